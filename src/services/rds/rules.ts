import type { Location, Reason, Severity, Thresholds } from '../../model/index.js'
import {
  earliest,
  expiryClause,
  formatDay,
  parseInstant,
  severityOfDate
} from '../../shared/dates.js'
import type { RdsCaRecord, RdsMaintenanceRecord } from './records.js'

/** The maintenance action that rotates an instance's CA / server certificate. */
export const CA_ROTATION_ACTION = 'ca-certificate-rotation'

/** The certificate-bearing part of a DB instance or Multi-AZ DB cluster. */
export interface RdsCertificateHolder extends Location {
  arn: string
  caIdentifier: string | null
  serverCertValidTill: string | null
}

/** What the rules found for one DB instance or cluster. */
export interface RdsAssessment {
  reasons: Reason[]
  /** The earlier of the CA's and the server certificate's expiry, when known. */
  expiresAt: string | null
  /** The pending `ca-certificate-rotation`, if any. */
  pendingRotation: RdsMaintenanceRecord | null
}

interface Clock {
  now: Date
  thresholds: Thresholds
}

/**
 * Every reason for one DB instance or Multi-AZ DB cluster. Missing data never counts against
 * a resource: no CA identifier (RDS Custom) gives no CA reason, no server certificate date
 * (Neptune without CertificateDetails) gives no server certificate reason, and an empty CA list
 * (DescribeCertificates returned nothing for the region) cannot prove a CA retired.
 */
export function assessRdsHolder(
  holder: RdsCertificateHolder,
  cas: readonly RdsCaRecord[],
  maintenance: readonly RdsMaintenanceRecord[],
  clock: Clock
): RdsAssessment {
  const reasons: Reason[] = []
  const caDates = caReasons(holder, cas, clock, reasons)
  serverCertReasons(holder, clock, reasons)
  const pendingRotation = findPendingRotation(holder.arn, maintenance)
  if (pendingRotation) reasons.push(rotationReason(pendingRotation, clock))
  return { reasons, expiresAt: holderExpiry(holder, caDates, reasons, clock.now), pendingRotation }
}

/**
 * The earlier of the CA's and the server certificate's dates. A retired CA has no date left but
 * is already past, so a later server certificate date would read as time left: only a server
 * certificate date that has itself passed is kept then.
 */
function holderExpiry(
  holder: RdsCertificateHolder,
  caValidTill: string | null,
  reasons: readonly Reason[],
  now: Date
): string | null {
  if (!reasons.some((reason) => reason.code === 'rds-ca-retired')) {
    return earliest(caValidTill, holder.serverCertValidTill)
  }
  const serverMs = parseInstant(holder.serverCertValidTill)
  return serverMs !== null && serverMs < now.getTime() ? holder.serverCertValidTill : null
}

function caReasons(
  holder: RdsCertificateHolder,
  cas: readonly RdsCaRecord[],
  { now, thresholds }: Clock,
  reasons: Reason[]
): string | null {
  const caId = holder.caIdentifier
  if (!caId) return null
  const listed = cas.filter((ca) => ca.account === holder.account && ca.region === holder.region)
  if (listed.length === 0) return null
  const ca = listed.find((candidate) => candidate.identifier === caId)
  if (!ca) {
    reasons.push({
      code: 'rds-ca-retired',
      severity: 'expired',
      message: `CA ${caId} is retired: DescribeCertificates no longer lists it in ${holder.region}, so TLS clients that verify the server fail and the instance must move to a current CA.`
    })
    return null
  }
  const severity = severityOfDate(ca.validTill, now, thresholds)
  if (severity !== null && ca.validTill) {
    reasons.push({
      code: severity === 'expired' ? 'rds-ca-expired' : 'rds-ca-expiring',
      severity,
      message: `CA ${caId} ${expiryClause(ca.validTill, now)}.`
    })
  }
  return ca.validTill
}

function serverCertReasons(
  holder: RdsCertificateHolder,
  { now, thresholds }: Clock,
  reasons: Reason[]
): void {
  const validTill = holder.serverCertValidTill
  const severity = severityOfDate(validTill, now, thresholds)
  if (severity === null || !validTill) return
  reasons.push({
    code: severity === 'expired' ? 'rds-server-cert-expired' : 'rds-server-cert-expiring',
    severity,
    message: `Server certificate ${expiryClause(validTill, now)}.`
  })
}

/** The pending CA rotation for a resource; the earliest one when AWS lists several. */
export function findPendingRotation(
  arn: string,
  maintenance: readonly RdsMaintenanceRecord[]
): RdsMaintenanceRecord | null {
  let found: RdsMaintenanceRecord | null = null
  for (const action of maintenance) {
    if (action.resourceArn !== arn || action.action !== CA_ROTATION_ACTION) continue
    const applyMs = parseInstant(rotationApplyDate(action)) ?? Infinity
    const foundMs = found ? (parseInstant(rotationApplyDate(found)) ?? Infinity) : Infinity
    if (!found || applyMs < foundMs) found = action
  }
  return found
}

/**
 * When the rotation will actually happen. CurrentApplyDate already accounts for opt-in requests
 * and both dates below, so it wins; without it the earlier of the other two is the next risk.
 */
export function rotationApplyDate(action: RdsMaintenanceRecord): string | null {
  return action.currentApplyDate ?? earliest(action.autoAppliedAfterDate, action.forcedApplyDate)
}

/**
 * A scheduled rotation is a notice until its apply date comes within the thresholds. A date
 * already past (the rotation is due and about to run) is critical, not expired: nothing is
 * broken by the schedule itself, but the instance may restart and clients need the new bundle.
 */
function rotationReason(action: RdsMaintenanceRecord, { now, thresholds }: Clock): Reason {
  const applyDate = rotationApplyDate(action)
  const dateSeverity = severityOfDate(applyDate, now, thresholds)
  const severity: Severity =
    dateSeverity === null ? 'notice' : dateSeverity === 'expired' ? 'critical' : dateSeverity
  const dates = [
    ['applies on', action.currentApplyDate],
    ['auto-applied after', action.autoAppliedAfterDate],
    ['forced on', action.forcedApplyDate]
  ]
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
    .map(([label, date]) => `${label} ${formatDay(date)}`)
  const when = dates.length > 0 ? dates.join(', ') : 'no apply date set'
  const optIn = action.optInStatus ? `; opt-in status: ${action.optInStatus}` : ''
  const reason: Reason = {
    code: 'rds-rotation-scheduled',
    severity,
    message: `A ${CA_ROTATION_ACTION} maintenance action is pending (${when}${optIn}).`
  }
  const dueMs = parseInstant(applyDate)
  if (dueMs !== null) reason.dueAt = new Date(dueMs).toISOString()
  return reason
}

/** The account's default CA for new launches in one region, when it is due. */
export interface DefaultCaAssessment {
  ca: RdsCaRecord
  /** The validity that matters: the override's when the account overrides the default. */
  validTill: string
  reason: Reason
}

/**
 * New instances silently get the default CA; when it expires within the warning window every
 * new launch starts on a dying CA. With a customer override, the override's own validity counts.
 */
export function assessDefaultCas(
  cas: readonly RdsCaRecord[],
  { now, thresholds }: Clock
): DefaultCaAssessment[] {
  const results: DefaultCaAssessment[] = []
  const seen = new Set<string>()
  for (const ca of cas) {
    // One finding per CA and place even if a record came in twice: the id must stay unique.
    const key = `${ca.account}:${ca.region}:${ca.identifier}`
    if (!ca.defaultForNewLaunches || seen.has(key)) continue
    seen.add(key)
    const validTill =
      ca.customerOverride && ca.customerOverrideValidTill
        ? ca.customerOverrideValidTill
        : ca.validTill
    const severity = severityOfDate(validTill, now, thresholds)
    if (severity === null || !validTill) continue
    const whose = ca.customerOverride ? "the account's override" : 'the default'
    results.push({
      ca,
      validTill,
      reason: {
        code: 'rds-default-ca-expiring',
        severity,
        message: `New DB instances in ${ca.region} get CA ${ca.identifier} (${whose}), which ${expiryClause(validTill, now)}.`
      }
    })
  }
  return results
}
