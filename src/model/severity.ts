/** How soon something breaks if nobody acts, and the order every stage sorts by. */

/** How soon something breaks if nobody acts, most urgent first. */
export type Severity = 'expired' | 'critical' | 'warning' | 'notice'

/** `max-severity` output: the worst severity among the findings, or `none`. */
export type MaxSeverity = Severity | 'none'

/** `fail-on` input: the least severity that fails the step. */
export type FailOn = 'none' | 'warning' | 'critical' | 'expired'

/** Severities from most to least urgent; index order is rank order. */
export const SEVERITIES: readonly Severity[] = ['expired', 'critical', 'warning', 'notice']

/** Rank of a severity: 0 is the most urgent. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

/** The most urgent of the given severities (nulls ignored), or null when there are none. */
export function mostUrgent(...severities: (Severity | null)[]): Severity | null {
  let best: Severity | null = null
  for (const severity of severities) {
    if (severity !== null && (best === null || severityRank(severity) < severityRank(best))) {
      best = severity
    }
  }
  return best
}

/** `floor` raised to the date's own severity when that is more urgent ("warning at least"). */
export function atLeast(floor: Severity, dateSeverity: Severity | null): Severity {
  return mostUrgent(floor, dateSeverity) ?? floor
}
