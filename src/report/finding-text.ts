/**
 * Plain-text pieces every renderer shows the same way (table, summary, annotations). They are
 * NOT escaped: each renderer escapes for its own context.
 */
import type { CoverageRow, Finding, Severity } from '../model/index.js'
import { daysLeft, daysPhrase, hasPassed, parseInstant } from '../shared/dates.js'

export const SEVERITY_TITLES: Record<Severity, string> = {
  expired: 'Expired',
  critical: 'Critical',
  warning: 'Warning',
  notice: 'Notice'
}

/** "1 region", "3 regions". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * The date a finding's headline names and the day count beside it: those of what drives its
 * severity, the earliest of the date that breaks it (`expiresAt`) and the `dueAt` of its most
 * urgent reasons (a rotation due in 12 days that ranks it critical, not the certificate that
 * expires in 20).
 */
export interface Due {
  /** ISO instant; null when nothing is dated (a retired CA). */
  at: string | null
  /** `daysLeft` from the scan to `at` (calendar days); null with it. */
  days: number | null
  /** Whether `at` is behind the scan's clock. */
  passed: boolean
  /** `expiry` when `at` is the date that breaks the certificate; `due` for a reason's date. */
  kind: 'expiry' | 'due'
}

export function dueOf(finding: Finding, now: Date): Due {
  const candidates = [
    { iso: finding.expiresAt, kind: 'expiry' as const },
    ...finding.reasons
      .filter((reason) => reason.severity === finding.severity && reason.dueAt !== undefined)
      .map((reason) => ({ iso: reason.dueAt ?? null, kind: 'due' as const }))
  ]
  let best: Due = { at: null, days: null, passed: false, kind: 'expiry' }
  let bestMs = Infinity
  for (const { iso, kind } of candidates) {
    const ms = parseInstant(iso)
    if (ms === null || ms >= bestMs) continue
    bestMs = ms
    best = {
      at: new Date(ms).toISOString(),
      days: daysLeft(ms, now),
      passed: hasPassed(ms, now),
      kind
    }
  }
  return best
}

/**
 * "6 days left", "expires tomorrow", "expires today", "expired yesterday", "expired 20 days
 * ago" ("due ..." for a reason's date); without a date, "already expired" for what is broken
 * (a retired CA) and "no expiry date" otherwise. Days are calendar days (`daysLeft`).
 */
export function daysLeftText(finding: Finding, now: Date): string {
  const due = dueOf(finding, now)
  if (due.days === null)
    return finding.severity === 'expired' ? 'already expired' : 'no expiry date'
  const verb = due.kind === 'due' ? 'due' : due.passed ? 'expired' : 'expires'
  if (!due.passed && due.days > 1) return `${due.days} days left`
  return `${verb} ${daysPhrase(due.days)}`
}

/** The name people know a resource by: the domain for ACM, the identifier for RDS. */
export function resourceLabel(finding: Finding): string {
  return finding.resourceName ?? finding.resourceId
}

/** "db-instance orders-db", "acm-certificate shop.example.com". */
export function resourceTitle(finding: Finding): string {
  return `${finding.resourceType} ${resourceLabel(finding)}`
}

/** Count of each severity in a list of findings. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { expired: 0, critical: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}

/**
 * The step that fixes something: the first AWS command that changes state. Preparatory steps
 * (TLS query, CA bundle) and read-only checks (`describe-*`, `get-*`, `list-*`) come first in
 * the list but are the fallback only when there is nothing else.
 */
export function mainStep(finding: Finding): Finding['remediation'][number] | undefined {
  const aws = finding.remediation.filter((step) => step.command.startsWith('aws '))
  return (
    aws.find((step) => !/^aws \S+ (describe|get|list)-/.test(step.command)) ??
    aws[0] ??
    finding.remediation[0]
  )
}

/**
 * A command a shell runs (the AWS CLI, openssl), as opposed to a line of infrastructure code to
 * write in a file or SQL.
 */
export function isShellCommand(command: string): boolean {
  return /^(aws|openssl) /.test(command)
}

/** A SQL step: run on the database, and shown as a block by its plug-in's issue section. */
export function isSql(command: string): boolean {
  return /^\s*(select|with)\b/i.test(command)
}

/**
 * `Shard 3/8 is missing: ...`, for a merged report whose legs did not all report; '' when none
 * is missing. Plain text.
 */
export function missingShardsText(missing: readonly string[] | undefined): string {
  if (missing === undefined || missing.length === 0) return ''
  const which =
    missing.length === 1
      ? `Shard ${missing[0]} is`
      : `Shards ${missing.slice(0, -1).join(', ')} and ${missing.at(-1)} are`
  return `${which} missing: no report of ${missing.length === 1 ? 'that leg' : 'those legs'} was merged, so ${missing.length === 1 ? 'its' : 'their'} accounts were not scanned and what the tracking issue listed for them is kept, not re-checked.`
}

/**
 * Where a coverage row's read was, as logs and the table name it: `account / region / service`,
 * or for an iac reader's row, which has no account or region, the reader alone.
 */
export function coverageRowPlace(row: Pick<CoverageRow, 'account' | 'region' | 'service'>): string {
  return row.account === '' ? row.service : `${row.account} / ${row.region} / ${row.service}`
}
