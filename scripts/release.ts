/**
 * `npm run release -- VERSION`: cuts a release in this clone. Everything is checked before
 * anything changes; then the version, the changelog and dist/ are committed and tagged, and the
 * major tag that `uses: owner/aws-cert-watch@vX` follows is moved to the release. Pushing is
 * left to the person releasing: the last line prints the command.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { releaseChangelog, releaseDate } from './release/changelog.js'
import { nextVersion, releaseTags } from './release/version.js'
import { runScript } from './script-entry.js'

const USAGE = `Usage: npm run release -- VERSION

VERSION is X.Y.Z (semver, greater than package.json's version) or patch, minor or major.
Refuses a working tree with uncommitted changes, a tag that exists, and an empty Unreleased
section in CHANGELOG.md. Then: package.json and package-lock.json get the version (npm version),
CHANGELOG.md's Unreleased section becomes "## [X.Y.Z] - YYYY-MM-DD" (UTC; SOURCE_DATE_EPOCH
when set), npm run bundle rebuilds dist/, and all of it is committed as "Release vX.Y.Z",
tagged vX.Y.Z, with the major tag vX moved to it. Nothing is pushed.
`

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trimEnd()
}

/** A command whose output is the release's log: on stderr, so stdout carries only the result. */
function step(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 2, 2] })
}

async function main(requested: string): Promise<number> {
  const changes = git('status', '--porcelain', '--untracked-files=normal')
  if (changes !== '') {
    const files = changes.split('\n').map((line) => line.slice(3))
    throw new Error(
      `The working tree has uncommitted changes (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}): commit or stash them, then release.`
    )
  }
  const current = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
  const version = nextVersion(current, requested)
  const tags = releaseTags(version)
  if (git('tag', '--list', tags.exact) !== '') {
    throw new Error(`Tag ${tags.exact} exists already: release a later version.`)
  }
  const changelog = releaseChangelog(
    readFileSync('CHANGELOG.md', 'utf8'),
    version,
    releaseDate(new Date(), process.env.SOURCE_DATE_EPOCH)
  )

  step('npm', ['version', version, '--no-git-tag-version'])
  writeFileSync('CHANGELOG.md', changelog)
  try {
    step('npm', ['run', 'bundle'])
  } catch {
    throw new Error(
      `npm run bundle failed, so nothing was committed: fix the bundle, undo the release's edits (git checkout -- . && git clean -fd dist), and release again.`
    )
  }
  git('add', '--all', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'dist')
  git('commit', '--quiet', '-m', `Release ${tags.exact}`)
  git('tag', '-a', tags.exact, '-m', `Release ${tags.exact}`)
  git(
    'tag',
    '-f',
    '-a',
    tags.major,
    '-m',
    `${tags.major}: the latest ${tags.major}.x release, ${tags.exact}`
  )
  process.stdout.write(
    `Released ${tags.exact} (${git('rev-parse', '--short', 'HEAD')}); ${tags.major} moved to it. Publish with:\n` +
      `  git push origin HEAD ${tags.exact} && git push --force origin ${tags.major}\n`
  )
  return 0
}

await runScript(
  () => {
    const args = process.argv.slice(2)
    if (args.includes('--help') || args.includes('-h')) return null
    if (args.length !== 1) throw new Error('Give exactly one VERSION.')
    return args[0] as string
  },
  USAGE,
  async (requested) => {
    try {
      return await main(requested)
    } catch (error) {
      process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`)
      return 1
    }
  }
)
