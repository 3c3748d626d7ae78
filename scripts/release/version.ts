/**
 * The version a release gets: an exact semver version above the current one, or the next
 * `patch`, `minor` or `major` of it; and the tags it takes (`vX.Y.Z`, and `vX`, which a
 * workflow's `uses: owner/repo@vX` follows).
 */
import semver from 'semver'

export const BUMPS = ['patch', 'minor', 'major'] as const

export function nextVersion(current: string, requested: string): string {
  if ((BUMPS as readonly string[]).includes(requested)) {
    return semver.inc(current, requested as (typeof BUMPS)[number]) as string
  }
  if (semver.valid(requested) !== requested) {
    throw new Error(
      `Version '${requested}' is not a semver version: give X.Y.Z (e.g. ${semver.inc(current, 'minor')}) or patch, minor or major.`
    )
  }
  if (!semver.gt(requested, current)) {
    throw new Error(
      `Version ${requested} is not greater than package.json's ${current}: give a later one (e.g. ${semver.inc(current, 'patch')}).`
    )
  }
  return requested
}

/** `v1.2.3` and the major tag `v1` that moves with each release of that major. */
export function releaseTags(version: string): { exact: string; major: string } {
  return { exact: `v${version}`, major: `v${semver.major(version)}` }
}
