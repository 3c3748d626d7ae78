/**
 * What a run changes in the tracking issue, decided from the report and the body as it stands
 * (pure). Ticks are people's acknowledgements: they hold while the finding is no more urgent
 * than when it was ticked, and are dropped, so that the finding is seen again, when it gets
 * worse. A finding is announced (comment) when it is new or more urgent than the body showed.
 */
import { severityRank, type ParsedIssueBody } from '../report/issue-body.js'
import type { Finding, Report } from '../types.js'

export interface IssuePlan {
  /** Finding ids to render ticked. */
  acknowledged: Set<string>
  /** Findings to announce in a comment, most urgent first (report order). */
  escalated: Finding[]
}

export function planIssueUpdate(report: Report, current: ParsedIssueBody): IssuePlan {
  const acknowledged = new Set<string>()
  const escalated: Finding[] = []
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
  return { acknowledged, escalated }
}

/**
 * When the size budget left findings out of the body, any unlisted finding no more urgent than
 * the most urgent one left out may simply have been there unseen: it is not announced as new.
 */
function mayHaveBeenOmitted(rank: number, current: ParsedIssueBody): boolean {
  return current.omitted !== null && rank >= severityRank(current.omitted.mostUrgent)
}
