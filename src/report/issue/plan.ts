/**
 * What a run changes in the tracking issue, decided from the report and the body as it stands
 * (pure). Ticks are people's acknowledgements: a tick remembers the severity it was given at and
 * holds while the finding is no more urgent than that, however its severity moved in between;
 * it is dropped, so that the finding is seen again, only when the finding gets more urgent than
 * when it was acknowledged. A finding is announced (comment) when it is new or more urgent than
 * the body showed, unless someone has already acknowledged it at that severity or above.
 */
import { severityRank } from '../../model/index.js'
import { shardOf } from '../../shared/shard.js'
import type { ParsedIssueBody, UnverifiedFinding } from './body.js'
import type { Finding, Report, Severity } from '../../model/index.js'

export interface IssuePlan {
  /** Finding ids to render ticked, with the severity each was acknowledged at. */
  acknowledged: Map<string, Severity>
  /** Findings to announce in a comment, most urgent first (report order). */
  escalated: Finding[]
  /**
   * Findings the body listed that this run did not report because their scan failed: a failed
   * scan proves nothing fixed, so they stay (and keep the issue open).
   */
  unverified: UnverifiedFinding[]
}

export function planIssueUpdate(report: Report, current: ParsedIssueBody): IssuePlan {
  const acknowledged = new Map<string, Severity>()
  const escalated: Finding[] = []
  const unverified = carriedOver(report, current)
  for (const carried of unverified) {
    const at = current.ticked.get(carried.id)
    if (at !== undefined) acknowledged.set(carried.id, at)
  }
  for (const finding of report.findings) {
    const rank = severityRank(finding.severity)
    const ackAt = current.ticked.get(finding.id)
    const stillAcknowledged = ackAt !== undefined && rank >= severityRank(ackAt)
    if (stillAcknowledged) acknowledged.set(finding.id, ackAt)
    const known = current.knownSeverities.get(finding.id)
    const news =
      known === undefined ? !mayHaveBeenOmitted(rank, current) : rank < severityRank(known)
    if (news && !stillAcknowledged) escalated.push(finding)
  }
  return { acknowledged, escalated, unverified }
}

/**
 * Listed findings this run did not report, whose account x region x service scan failed
 * (entirely, or partly: then the checks that could have found them may not have run), or whose
 * account belongs to a merged run's missing shard. One whose scan succeeded is fixed; one whose
 * region left the scan's scope is no longer tracked.
 */
function carriedOver(report: Report, current: ParsedIssueBody): UnverifiedFinding[] {
  const reported = new Set(report.findings.map((finding) => finding.id))
  const failed = new Map(
    report.coverage
      .filter((row) => row.status === 'failed')
      .map((row) => [`${row.service}:${row.account}:${row.region}`, row.detail])
  )
  const missing = new Set(report.scope.missingShards ?? [])
  const count = Number(report.scope.missingShards?.[0]?.split('/')[1])
  const carried: UnverifiedFinding[] = []
  for (const [id, severity] of current.knownSeverities) {
    if (reported.has(id)) continue
    // Finding ids are `service:account:region:resource` (src/model/finding.ts).
    const [service, account = '', region] = id.split(':')
    const shard = missing.size > 0 ? `${shardOf(account, count)}/${count}` : ''
    const detail = missing.has(shard)
      ? `shard ${shard} missing: its report was not merged`
      : failed.get(`${service}:${account}:${region}`)
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
