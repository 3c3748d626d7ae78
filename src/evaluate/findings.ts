import {
  mostUrgent,
  severityRank,
  type Finding,
  type Reason,
  type Remediation,
  type ServiceName,
  type SourceLocation
} from '../model/index.js'
import { daysLeft, parseInstant } from '../shared/dates.js'

/** Who a finding is about. */
export interface FindingSubject {
  service: ServiceName
  resourceType: string
  resourceId: string
  resourceArn: string
  account: string
  region: string
  resourceName?: string
  /** Where infrastructure code sets it: the finding is then an `iac` one, keyed by file. */
  location?: SourceLocation
}

/**
 * One finding from a resource's reasons (at least one). The id is built from fields that do not
 * change between runs, because it keys the tracking issue's checkboxes.
 */
export function assembleFinding(
  subject: FindingSubject,
  reasons: readonly Reason[],
  expiresAt: string | null,
  remediation: readonly Remediation[],
  now: Date
): Finding {
  const sorted = sortReasons(reasons)
  const severity = mostUrgent(...sorted.map((reason) => reason.severity))
  if (severity === null) throw new Error(`no reason for ${subject.resourceArn}`)
  const expiresMs = parseInstant(expiresAt)
  const finding: Finding = {
    id: findingId(subject),
    source: subject.location === undefined ? 'aws' : 'iac',
    service: subject.service,
    resourceType: subject.resourceType,
    resourceId: subject.resourceId,
    resourceArn: subject.resourceArn,
    account: subject.account,
    region: subject.region,
    severity,
    expiresAt: expiresMs === null ? null : new Date(expiresMs).toISOString(),
    daysLeft: expiresMs === null ? null : daysLeft(expiresMs, now),
    reasons: sorted,
    remediation: dedupeSteps(remediation),
    location: subject.location === undefined ? null : { ...subject.location }
  }
  if (subject.resourceName !== undefined && subject.resourceName !== subject.resourceId) {
    finding.resourceName = subject.resourceName
  }
  return finding
}

export function findingId(
  subject: Pick<FindingSubject, 'service' | 'account' | 'region' | 'resourceId' | 'location'>
): string {
  if (subject.location !== undefined) return `iac:${subject.location.file}:${subject.resourceId}`
  return `${subject.service}:${subject.account}:${subject.region}:${subject.resourceId}`
}

/** Most urgent first; equal severities keep the rules' order (a stable sort). */
export function sortReasons(reasons: readonly Reason[]): Reason[] {
  return [...reasons].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
}

/** Severity, then expiry (soonest first, no date last), then id: a total, stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity)
  if (bySeverity !== 0) return bySeverity
  const aMs = parseInstant(a.expiresAt)
  const bMs = parseInstant(b.expiresAt)
  if (aMs !== bMs) {
    if (aMs === null) return 1
    if (bMs === null) return -1
    return aMs - bMs
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function dedupeSteps(steps: readonly Remediation[]): Remediation[] {
  const seen = new Set<string>()
  return steps.filter((step) => {
    const key = `${step.summary}\u0000${step.command}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
