/**
 * npm run release, run in a throwaway git repository shaped like this one: package.json and
 * package-lock.json at 0.1.0 (tagged v0.1.0 and v0), a CHANGELOG.md with an Unreleased section,
 * and a `bundle` script whose dist/ output carries the version, so a rebuilt dist/ shows.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nextVersion, releaseTags } from '../../scripts/release/version.js'
import { releaseChangelog, releaseDate } from '../../scripts/release/changelog.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const SCRIPT = join(ROOT, 'scripts', 'release.ts')
// 2027-03-15T12:00:00Z: the release date comes from SOURCE_DATE_EPOCH, never the clock.
const EPOCH = '1805112000'
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

const CHANGELOG = `# Changelog

Intro text stays.

## [Unreleased]

### Added
- The thing.

## [0.1.0] - 2026-11-30

### Added
- The first thing.
`

const BUILD = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
mkdirSync('dist', { recursive: true })
writeFileSync('dist/index.js', 'export const version = ' + JSON.stringify(version) + '\\n')
`

let repo: string

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV }
  }).trim()
}

function release(version: string) {
  const run = spawnSync(TSX, [SCRIPT, version], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, SOURCE_DATE_EPOCH: EPOCH }
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function json(
  file: string
): Promise<{ version: string; packages: Record<string, { version: string }> }> {
  return JSON.parse(await readFile(join(repo, file), 'utf8'))
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'aws-cert-watch-release-'))
  const pkg = {
    name: 'fixture',
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: { bundle: 'node build.mjs' }
  }
  const lock = {
    name: 'fixture',
    version: '0.1.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'fixture', version: '0.1.0' } }
  }
  await writeFile(join(repo, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  await writeFile(join(repo, 'package-lock.json'), JSON.stringify(lock, null, 2) + '\n')
  await writeFile(join(repo, 'CHANGELOG.md'), CHANGELOG)
  await writeFile(join(repo, 'build.mjs'), BUILD)
  await mkdir(join(repo, 'dist'))
  await writeFile(join(repo, 'dist', 'index.js'), 'export const version = "0.1.0"\n')
  git('init', '--quiet', '--initial-branch', 'main')
  git('add', '.')
  git('commit', '--quiet', '-m', 'Release v0.1.0')
  git('tag', '-a', 'v0.1.0', '-m', 'v0.1.0')
  git('tag', '-a', 'v0', '-m', 'v0')
})

afterEach(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('npm run release', () => {
  it('bumps, dates the changelog, rebuilds dist/, commits, tags vX.Y.Z and moves vX', async () => {
    const before = git('rev-parse', 'HEAD')
    const run = release('0.2.0')
    expect(run.stderr).not.toMatch(/^release:/m)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Released v0\.2\.0 \(\w+\); v0 moved to it\./)
    expect(run.stdout).toContain('git push origin HEAD v0.2.0 && git push --force origin v0')

    expect((await json('package.json')).version).toBe('0.2.0')
    const lock = await json('package-lock.json')
    expect([lock.version, lock.packages['']?.version]).toEqual(['0.2.0', '0.2.0'])
    expect(await readFile(join(repo, 'CHANGELOG.md'), 'utf8')).toBe(`# Changelog

Intro text stays.

## [Unreleased]

## [0.2.0] - 2027-03-15

### Added
- The thing.

## [0.1.0] - 2026-11-30

### Added
- The first thing.
`)
    expect(await readFile(join(repo, 'dist', 'index.js'), 'utf8')).toBe(
      'export const version = "0.2.0"\n'
    )

    expect(git('status', '--porcelain')).toBe('')
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.2.0')
    expect(git('rev-parse', 'HEAD~1')).toBe(before)
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'CHANGELOG.md',
      'dist/index.js',
      'package-lock.json',
      'package.json'
    ])
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-parse', 'v0.2.0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v0.1.0^{commit}')).toBe(before)
  })

  it('starts a new major tag for a new major, leaving the old one where it was', () => {
    const before = git('rev-parse', 'HEAD')
    expect(release('major').status).toBe(0)
    const head = git('rev-parse', 'HEAD')
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(head)
    expect(git('rev-parse', 'v1^{commit}')).toBe(head)
    expect(git('rev-parse', 'v0^{commit}')).toBe(before)
  })

  it.each([
    [
      'a modified file',
      async () => writeFile(join(repo, 'build.mjs'), BUILD + '// edit\n'),
      /^release: The working tree has uncommitted changes \(build\.mjs\): commit or stash them, then release\.\n$/
    ],
    [
      'an untracked file',
      async () => writeFile(join(repo, 'notes.txt'), 'x'),
      /^release: The working tree has uncommitted changes \(notes\.txt\)/
    ]
  ])('refuses a working tree with %s, changing nothing', async (_what, dirty, message) => {
    await dirty()
    const head = git('rev-parse', 'HEAD')
    const run = release('0.2.0')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(git('rev-parse', 'HEAD')).toBe(head)
    expect(git('tag', '--list', 'v0.2.0')).toBe('')
    expect((await json('package.json')).version).toBe('0.1.0')
  })

  it.each([
    [
      '1.2',
      "release: Version '1.2' is not a semver version: give X.Y.Z (e.g. 0.2.0) or patch, minor or major.\n"
    ],
    [
      'v0.2.0',
      "release: Version 'v0.2.0' is not a semver version: give X.Y.Z (e.g. 0.2.0) or patch, minor or major.\n"
    ],
    [
      '0.1.0',
      "release: Version 0.1.0 is not greater than package.json's 0.1.0: give a later one (e.g. 0.1.1).\n"
    ],
    [
      '0.0.9',
      "release: Version 0.0.9 is not greater than package.json's 0.1.0: give a later one (e.g. 0.1.1).\n"
    ]
  ])('refuses version %s in one line, changing nothing', async (version, message) => {
    const run = release(version)
    expect([run.status, run.stderr]).toEqual([1, message])
    expect(git('status', '--porcelain')).toBe('')
    expect(git('tag', '--list').split('\n')).toEqual(['v0', 'v0.1.0'])
  })

  it('refuses an existing tag and an empty Unreleased section', async () => {
    git('tag', 'v0.1.1')
    expect(release('patch')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'release: Tag v0.1.1 exists already: release a later version.\n'
    })

    await writeFile(
      join(repo, 'CHANGELOG.md'),
      CHANGELOG.replace('### Added\n- The thing.\n\n', '')
    )
    git('commit', '--quiet', '-am', 'Nothing unreleased')
    const run = release('0.2.0')
    expect([run.status, run.stderr]).toEqual([
      1,
      "release: CHANGELOG.md's Unreleased section is empty: list what this release changes under it first.\n"
    ])
    expect((await json('package.json')).version).toBe('0.1.0')
  })
})

describe('release versions, tags and changelog', () => {
  it('bumps by keyword and names the tags', () => {
    expect(['patch', 'minor', 'major'].map((bump) => nextVersion('1.4.2', bump))).toEqual([
      '1.4.3',
      '1.5.0',
      '2.0.0'
    ])
    expect(nextVersion('0.9.0', '0.10.0')).toBe('0.10.0')
    expect(releaseTags('0.10.0')).toEqual({ exact: 'v0.10.0', major: 'v0' })
  })

  it('releases the Unreleased section when it is the last one', () => {
    expect(
      releaseChangelog('# Changelog\n\n## [Unreleased]\n- One.\n', '1.0.0', '2027-01-02')
    ).toBe('# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2027-01-02\n\n- One.\n')
    expect(() => releaseChangelog('# Changelog\n', '1.0.0', '2027-01-02')).toThrow(
      "CHANGELOG.md has no '## [Unreleased]' heading"
    )
  })

  it('dates a release from SOURCE_DATE_EPOCH, else from the clock it is given', () => {
    const now = new Date('2027-06-30T23:59:59Z')
    expect(releaseDate(now, undefined)).toBe('2027-06-30')
    expect(releaseDate(now, EPOCH)).toBe('2027-03-15')
    expect(() => releaseDate(now, 'yesterday')).toThrow(
      "SOURCE_DATE_EPOCH 'yesterday' is not a number of seconds"
    )
  })
})
