/**
 * Whether the step fails, and the one line that says why. Pure: the caller calls setFailed.
 */
import { SEVERITIES, type FailOn, type Finding, type Report } from '../model/index.js'
import { oneLine } from '../shared/text.js'
import { daysLeftText, resourceLabel } from '../report/finding-text.js'

/** How many of the worst resources the failure line names before "and N more". */
const NAMED_IN_MESSAGE = 3

function describe(finding: Finding, now: Date): string {
  return `${oneLine(resourceLabel(finding))} (${finding.account}/${finding.region}, ${daysLeftText(finding, now)})`
}

/** Every account/region/service failed and no resource was seen: a scan that did not happen. */
export function nothingScanned(report: Report): boolean {
  const sawNothing = Object.values(report.totals.resourcesScanned).every((count) => count === 0)
  return (
    sawNothing && report.coverage.length > 0 && report.coverage.every((r) => r.status === 'failed')
  )
}

export function failureMessage(report: Report, failOn: FailOn): string | null {
  if (nothingScanned(report)) {
    const codes = [...new Set(report.coverage.map((row) => oneLine(row.detail)))].slice(0, 2)
    return `Nothing could be scanned: every account/region/service failed (${codes.join('; ')}). Check the role's permissions and the regions input.`
  }
  if (failOn === 'none') return null
  const limit = SEVERITIES.indexOf(failOn)
  const failing = report.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit)
  if (failing.length === 0) return null
  const named = failing
    .slice(0, NAMED_IN_MESSAGE)
    .map((finding) => describe(finding, new Date(report.generatedAt)))
    .join(', ')
  const more =
    failing.length > NAMED_IN_MESSAGE ? ` and ${failing.length - NAMED_IN_MESSAGE} more` : ''
  return `${failing.length} resource(s) at or above fail-on '${failOn}': ${named}${more}. See the job summary for the commands that fix them.`
}
