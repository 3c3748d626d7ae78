/**
 * CHANGELOG.md (keep-a-changelog) at a release: what the `## [Unreleased]` section lists becomes
 * `## [X.Y.Z] - YYYY-MM-DD`, under a new, empty Unreleased heading.
 */
const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m

export function releaseChangelog(text: string, version: string, date: string): string {
  const heading = UNRELEASED.exec(text)
  if (heading === null) {
    throw new Error(
      "CHANGELOG.md has no '## [Unreleased]' heading: add it above the latest version, with what this release changes."
    )
  }
  const start = heading.index + heading[0].length
  const next = text.slice(start).search(/^## /m)
  const end = next === -1 ? text.length : start + next
  const notes = text.slice(start, end).trim()
  if (notes === '') {
    throw new Error(
      "CHANGELOG.md's Unreleased section is empty: list what this release changes under it first."
    )
  }
  const rest = text.slice(end)
  return `${text.slice(0, start)}\n## [${version}] - ${date}\n\n${notes}\n${rest === '' ? '' : `\n${rest}`}`
}

/** The release date, UTC: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds read it. */
export function releaseDate(now: Date, sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw new Error(
        `SOURCE_DATE_EPOCH '${sourceDateEpoch}' is not a number of seconds: unset it, or set e.g. ${Math.floor(now.getTime() / 1000)}.`
      )
    }
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10)
  }
  return now.toISOString().slice(0, 10)
}
