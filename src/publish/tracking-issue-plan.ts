/**
 * What a run changes in the tracking issue, decided from the report and the body as it stands
 * (pure). Ticks are people's acknowledgements: they hold while the finding is no more urgent
 * than when it was ticked, and are dropped, so that the finding is seen again, when it gets
 * worse. A finding is announced (comment) when it is new or more urgent than the body showed.
 */
import { severityRank } from '../evaluate/index.js'
import type { ParsedIssueBody, UnverifiedFinding } from '../report/issue-body.js'
import type { Finding, Report } from '../types.js'

export interface IssuePlan {
  /** Finding ids to render ticked. */
  acknowledged: Set<string>
  /** Findings to announce in a comment, most urgent first (report order). */
  escalated: Finding[]
  /**
   * Findings the body listed that this run did not report because their scan failed: a failed
   * scan proves nothing fixed, so they stay (and keep the issue open).
   */
  unverified: UnverifiedFinding[]
}

export function planIssueUpdate(report: Report, current: ParsedIssueBody): IssuePlan {
  const acknowledged = new Set<string>()
  const escalated: Finding[] = []
  const unverified = carriedOver(report, current)
  for (const carried of unverified) {
    if (current.ticked.has(carried.id)) acknowledged.add(carried.id)
  }
  for (const finding of report.findings) {
    const known = current.knownSeverities.get(finding.id)
    const rank = severityRank(finding.severity)
    if (known === undefined) {
      if (!mayHaveBeenOmitted(rank, current)) escalated.push(finding)
      continue
    }
    if (rank < severityRank(known)) {
      escalated.push(finding)
      continue
    }
    if (current.ticked.has(finding.id)) acknowledged.add(finding.id)
  }
  return { acknowledged, escalated, unverified }
}

/**
 * Listed findings this run did not report, whose account x region x service scan failed
 * (entirely, or partly: then the checks that could have found them may not have run). One whose
 * scan succeeded is fixed; one whose region left the scan's scope is no longer tracked.
 */
function carriedOver(report: Report, current: ParsedIssueBody): UnverifiedFinding[] {
  const reported = new Set(report.findings.map((finding) => finding.id))
  const failed = new Map(
    report.coverage
      .filter((row) => row.status === 'failed')
      .map((row) => [`${row.service}:${row.account}:${row.region}`, row.detail])
  )
  const carried: UnverifiedFinding[] = []
  for (const [id, severity] of current.knownSeverities) {
    if (reported.has(id)) continue
    // Finding ids are `service:account:region:resource` (src/types.ts).
    const detail = failed.get(id.split(':').slice(0, 3).join(':'))
    if (detail !== undefined) carried.push({ id, severity, detail })
  }
  return carried
}

/**
 * When the size budget left findings out of the body, any unlisted finding no more urgent than
 * the most urgent one left out may simply have been there unseen: it is not announced as new.
 */
function mayHaveBeenOmitted(rank: number, current: ParsedIssueBody): boolean {
  return current.omitted !== null && rank >= severityRank(current.omitted.mostUrgent)
}
