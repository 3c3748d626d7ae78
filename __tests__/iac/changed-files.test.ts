/** The files a pull request changes, from git, in a full and in a shallow checkout. */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changedFiles, gitIn, pullRequestRange } from '../../src/iac/changed-files.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

describe('changed files', () => {
  let dir: string
  let origin: string
  let base: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-changed-'))
    origin = join(dir, 'origin')
    git(dir, 'init', '--quiet', '--initial-branch=main', origin)
    for (const file of ['kept.tf', 'edited.tf', 'deleted.tf'])
      await writeFile(join(origin, file), `# ${file}\n`)
    git(origin, 'add', '.')
    git(origin, 'commit', '--quiet', '-m', 'base')
    base = git(origin, 'rev-parse', 'HEAD')
    await writeFile(join(origin, 'edited.tf'), '# edited\n')
    await writeFile(join(origin, 'new file.tf'), '# added\n')
    git(origin, 'rm', '--quiet', 'deleted.tf')
    git(origin, 'add', '.')
    git(origin, 'commit', '--quiet', '-m', 'pull request')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads the base commit of pull request events only', () => {
    const payload = { pull_request: { number: 3, base: { sha: base } } }
    expect(pullRequestRange('pull_request', payload)).toEqual({ base, number: 3 })
    expect(pullRequestRange('pull_request_target', payload)).toEqual({ base, number: 3 })
    expect(pullRequestRange('push', payload)).toBeNull()
    expect(
      pullRequestRange('pull_request', { pull_request: { base: { sha: 'HEAD; rm -rf /' } } })
    ).toBeNull()
    expect(pullRequestRange('pull_request', null)).toBeNull()
  })

  it('gives what the pull request adds or edits, not what it deletes', async () => {
    expect(await changedFiles({ base, number: 3 }, gitIn(origin, 10_000))).toEqual({
      files: ['edited.tf', 'new file.tf']
    })
  })

  it('fetches the base commit a shallow checkout lacks', async () => {
    const shallow = join(dir, 'shallow')
    git(dir, 'clone', '--quiet', '--depth=1', `file://${origin}`, shallow)
    expect(() => git(shallow, 'cat-file', '-e', `${base}^{commit}`)).toThrow()
    expect(await changedFiles({ base, number: 3 }, gitIn(shallow, 10_000))).toEqual({
      files: ['edited.tf', 'new file.tf']
    })
  })

  it('says why when the base cannot be had', async () => {
    const lonely = join(dir, 'lonely')
    git(dir, 'init', '--quiet', lonely)
    const missing = 'f'.repeat(40)
    expect(await changedFiles({ base: missing, number: 3 }, gitIn(lonely, 10_000))).toEqual({
      problem:
        "the pull request's base commit ffffffffffff is not in the checkout and could not be fetched"
    })
  })
})
