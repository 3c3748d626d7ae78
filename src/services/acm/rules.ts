import { atLeast, type Reason, type Severity, type Thresholds } from '../../model/index.js'
import {
  DAY_MS,
  daysLeft,
  expiryClause,
  hasPassed,
  parseInstant,
  severityOfDate
} from '../../shared/dates.js'
import type { AcmCertificateRecord, AcmDomainValidation } from './records.js'
import { answersExpected } from './validation-answer.js'
import {
  ACM_RENEWAL_LEAD_DAYS,
  DNS_CHECK_MARGIN_DAYS,
  renewalWindows,
  type Renewer,
  type RenewalWindows
} from './renewal-schedule.js'

/** ACM's name for the TLS client-authentication extended key usage. */
const CLIENT_AUTH_EKU = 'TLS_WEB_CLIENT_AUTHENTICATION'

const ISSUANCE_FAILED = new Set(['FAILED', 'VALIDATION_TIMED_OUT'])

interface Clock {
  now: Date
  thresholds: Thresholds
  /**
   * A later certificate for the same names in the same account and region (a renewal that
   * came as a new certificate, as ACME's do), if any.
   */
  newer?: AcmCertificateRecord
}

/** Every reason for one ACM certificate. */
export function assessAcmCertificate(cert: AcmCertificateRecord, clock: Clock): Reason[] {
  if (ISSUANCE_FAILED.has(cert.status)) return [issuanceFailedReason(cert)]
  if (cert.status === 'PENDING_VALIDATION') return issuancePendingReasons(cert)
  if (cert.status === 'REVOKED') return [revokedReason(cert)]
  return issuedReasons(cert, clock)
}

/**
 * A certificate that never issued cannot be attached to anything, so nothing in use breaks: a
 * warning (someone asked for it and is waiting), not critical. Should AWS nonetheless say it is
 * in use, whatever relies on it has no valid certificate: critical.
 */
function issuanceFailedReason(cert: AcmCertificateRecord): Reason {
  const why = cert.failureReason ? `: ${cert.failureReason}` : ''
  const what = cert.status === 'VALIDATION_TIMED_OUT' ? 'validation timed out' : 'issuance failed'
  return {
    code: 'acm-failed',
    severity: cert.inUse ? 'critical' : 'warning',
    message: `Certificate for ${cert.domainName} was never issued (${what}${why}); it must be requested again.`
  }
}

/** A new request waiting for its approval mail: nothing in use depends on it yet. */
function issuancePendingReasons(cert: AcmCertificateRecord): Reason[] {
  const reason = emailValidationReason(cert, 'notice', 'issue')
  return reason ? [reason] : []
}

/**
 * ACM lists a revoked certificate as REVOKED; there is no separate reason code for it (the
 * report's codes are a contract), and for whatever uses it, it is as broken as an expired one.
 */
function revokedReason(cert: AcmCertificateRecord): Reason {
  return {
    code: 'acm-expired',
    severity: cert.inUse ? 'expired' : 'warning',
    message: `Certificate for ${cert.domainName} was revoked${cert.inUse ? ' and is still in use' : ''}; clients reject it.`
  }
}

/** Who renews the certificate: its ACME client, ACM (eligible), or nobody. */
export function renewerOf(cert: AcmCertificateRecord): Renewer {
  if (cert.keyPairOrigin === 'ACME') return 'acme-client'
  const managed = cert.type === 'AMAZON_ISSUED' || cert.type === 'PRIVATE'
  return managed && cert.renewalEligibility === 'ELIGIBLE' ? 'acm' : 'nobody'
}

/** NotAfter - NotBefore in whole days, or null when a date is unknown. */
export function lifetimeDays(cert: AcmCertificateRecord): number | null {
  const from = parseInstant(cert.notBefore)
  const to = parseInstant(cert.notAfter)
  return from === null || to === null ? null : Math.round((to - from) / DAY_MS)
}

/** The certificate's windows: its lifetime and renewer, inside the user's ceilings. */
export function windowsOf(cert: AcmCertificateRecord, thresholds: Thresholds): RenewalWindows {
  return renewalWindows(lifetimeDays(cert), renewerOf(cert), thresholds)
}

function issuedReasons(cert: AcmCertificateRecord, clock: Clock): Reason[] {
  const { now } = clock
  const reasons: Reason[] = []
  const notAfter = cert.notAfter
  const windows = windowsOf(cert, clock.thresholds)
  const expiry = severityOfDate(notAfter, now, windows)
  const name = cert.domainName
  const acme = windows.renewer === 'acme-client'

  if (cert.status === 'EXPIRED' || expiry === 'expired') {
    reasons.push({
      code: 'acm-expired',
      severity: 'expired',
      message: `${acme ? 'ACME certificate' : 'Certificate'} for ${name} ${notAfter ? expiryClause(notAfter, now) : 'has expired'}${acme ? ': its ACME client did not renew it' : ''}.`
    })
  } else if (expiry !== null && notAfter) {
    reasons.push({
      code: 'acm-expiring',
      severity: expiry,
      message: `${acme ? 'ACME certificate' : 'Certificate'} for ${name} ${expiryClause(notAfter, now)}.`
    })
  }

  const inWindow = expiry !== null || cert.status === 'EXPIRED'
  const windowSeverity = cert.status === 'EXPIRED' ? 'expired' : expiry
  if (acme && expiry !== null && expiry !== 'expired') {
    reasons.push(acmeLateReason(windows, expiry, clock.newer))
  }
  if (cert.type === 'IMPORTED' && inWindow) {
    reasons.push({
      code: 'acm-imported',
      severity: atLeast('warning', windowSeverity),
      message:
        'Imported certificate: ACM never renews it; a new certificate must be imported or issued.'
    })
  }

  const amazonIssued = cert.type === 'AMAZON_ISSUED' && !acme
  if (amazonIssued && cert.renewalEligibility === 'INELIGIBLE' && inWindow) {
    reasons.push({
      code: 'acm-ineligible',
      severity: atLeast('warning', windowSeverity),
      message: `Not eligible for managed renewal (${cert.inUse ? 'ACM does not consider it in use' : 'not in use by any AWS resource'}): ACM will not renew it.`
    })
  }

  const renewal = cert.described ? cert.renewalStatus : null
  if (amazonIssued && renewal === 'FAILED') {
    const why = cert.renewalStatusReason ? `: ${cert.renewalStatusReason}` : ''
    const failedDomains = cert.domainValidations
      .filter((validation) => validation.validationStatus === 'FAILED')
      .map((validation) => validation.domainName)
    const which =
      failedDomains.length > 0 ? ` (validation failed for ${failedDomains.join(', ')})` : ''
    reasons.push({
      code: 'acm-renewal-failed',
      severity: atLeast('critical', windowSeverity),
      message: `Managed renewal failed${why}${which}.`
    })
  }
  if (amazonIssued && renewal === 'PENDING_VALIDATION') {
    reasons.push({
      code: 'acm-renewal-pending-validation',
      severity: atLeast('warning', windowSeverity),
      message: `Managed renewal is waiting for domain validation${pendingDomainsClause(cert)}.`
    })
  }
  if (amazonIssued && renewal !== 'FAILED' && renewal !== 'PENDING_VALIDATION') {
    const stalled = stalledReason(cert, clock, windows)
    if (stalled) reasons.push(stalled)
  }
  if (amazonIssued) {
    const email = emailValidationReason(cert, atLeast('warning', windowSeverity), 'renew')
    if (email) reasons.push(email)
  }
  reasons.push(...validationRecordReasons(cert, clock, windows))
  const eku = clientAuthReason(cert)
  if (eku) reasons.push(eku)
  const exported = exportedRenewalReason(cert, clock, windows)
  if (exported) reasons.push(exported)
  return reasons
}

/**
 * An ACME certificate inside its window: its client should have renewed it by now (a renewal is
 * a new certificate, so one still listed as the newest for its names was not renewed).
 */
function acmeLateReason(
  windows: RenewalWindows,
  severity: Severity,
  newer: AcmCertificateRecord | undefined
): Reason {
  const life = windows.lifetimeDays === null ? '' : ` of its ${windows.lifetimeDays}`
  const schedule = `ACME clients renew with about a third of the lifetime left (${windows.renewalStartsDays ?? 0}${life} days)`
  return {
    code: 'acm-renewal-stalled',
    severity,
    message: newer
      ? `Its ACME client renewed it as ${newer.arn}, but this certificate is still in use: move what serves it to the new one.`
      : `Its ACME client has not renewed it: ${schedule}, and no newer certificate for its names exists.`
  }
}

/**
 * ACM starts renewing an eligible certificate 60 days before expiry (at half the lifetime when
 * that is shorter) and normally finishes within hours; AWS's failure notices start at 45 days. One still unrenewed
 * past three quarters of that lead is stuck even though AWS reports no failure.
 */
function stalledReason(
  cert: AcmCertificateRecord,
  { now }: Clock,
  windows: RenewalWindows
): Reason | null {
  if (windows.renewer !== 'acm' || windows.renewalStartsDays === null) return null
  const ms = parseInstant(cert.notAfter)
  if (ms === null) return null
  const days = daysLeft(ms, now)
  if (days > windows.warningDays) return null
  const passed = hasPassed(ms, now)
  const left = passed ? 'past expiry' : `${days} ${days === 1 ? 'day' : 'days'} before expiry`
  return {
    code: 'acm-renewal-stalled',
    severity: passed ? 'expired' : days <= windows.criticalDays ? 'critical' : 'warning',
    message: `Eligible for managed renewal, yet still not renewed ${left} (ACM starts renewing ${windows.renewalStartsDays} days before and normally finishes within hours): the renewal is stuck.`
  }
}

/**
 * A DNS validation CNAME that public DNS no longer answers as ACM expects: the managed renewal
 * will fail on it. Critical once the renewal has started, a warning in the margin before.
 */
function validationRecordReasons(
  cert: AcmCertificateRecord,
  { now }: Clock,
  windows: RenewalWindows
): Reason[] {
  const ms = parseInstant(cert.notAfter)
  const days = ms === null ? null : daysLeft(ms, now)
  const started =
    days !== null && windows.renewalStartsDays !== null && days <= windows.renewalStartsDays
  return cert.validationDns.flatMap((check) => {
    if (check.answer.kind === 'unknown' || answersExpected(check)) return []
    const { name, type, value } = check.record
    const found =
      check.answer.kind === 'missing'
        ? `is missing (${check.answer.detail} for ${name})`
        : `points elsewhere (${name} ${type} ${check.answer.values.join(', ')}, not ${value})`
    return [
      {
        code: 'acm-validation-record-missing',
        severity: started ? 'critical' : 'warning',
        message: `The DNS validation record for ${check.domainName} ${found}: ACM's managed renewal ${started ? 'has started and ' : `starts ${windows.renewalStartsDays ?? ACM_RENEWAL_LEAD_DAYS} days before expiry and `}needs it to resolve in public DNS.`
      }
    ]
  })
}

/**
 * Public CAs stopped issuing server certificates with the TLS client-authentication EKU (ACM in
 * June 2025) and browsers are distrusting public certificates that carry it. Private ones are
 * the right home for client certificates and are not judged here.
 */
function clientAuthReason(cert: AcmCertificateRecord): Reason | null {
  if (cert.type !== 'AMAZON_ISSUED' && cert.type !== 'IMPORTED') return null
  if (!cert.extendedKeyUsages.includes(CLIENT_AUTH_EKU)) return null
  return {
    code: 'acm-client-auth-eku',
    severity: 'warning',
    message:
      'Carries the TLS client-authentication extended key usage, which browsers are distrusting in public certificates: replace it with a server-authentication-only certificate, and issue client certificates (mTLS) from a private CA.'
  }
}

/**
 * ACM renews an exported certificate like any other, but the copy exported from it does not
 * change: from the renewal on, it must be exported and deployed again.
 */
function exportedRenewalReason(
  cert: AcmCertificateRecord,
  { now }: Clock,
  windows: RenewalWindows
): Reason | null {
  if (!cert.exported || windows.renewer !== 'acm' || windows.renewalStartsDays === null) {
    return null
  }
  const ms = parseInstant(cert.notAfter)
  if (ms === null) return null
  if (hasPassed(ms, now) || daysLeft(ms, now) > windows.renewalStartsDays) return null
  return {
    code: 'acm-exported-renewal',
    severity: 'notice',
    message: `Exported: ACM renews it from ${windows.renewalStartsDays} days before expiry, but the exported copy does not change; export it again after the renewal and deploy it wherever the copy runs.`
  }
}

/** Domains whose approval mail nobody has clicked yet (describe data only). */
export function pendingEmailValidations(cert: AcmCertificateRecord): AcmDomainValidation[] {
  if (!cert.described) return []
  return cert.domainValidations.filter(
    (validation) =>
      validation.validationMethod === 'EMAIL' &&
      validation.validationStatus === 'PENDING_VALIDATION'
  )
}

function emailValidationReason(
  cert: AcmCertificateRecord,
  severity: Severity,
  purpose: 'issue' | 'renew'
): Reason | null {
  const pending = pendingEmailValidations(cert)
  if (pending.length === 0) return null
  const domains = pending
    .map((validation) =>
      validation.validationEmails.length > 0
        ? `${validation.domainName} (mail sent to ${validation.validationEmails.join(', ')})`
        : validation.domainName
    )
    .join('; ')
  return {
    code: 'acm-email-validation',
    severity,
    message: `Someone must approve the validation mail to ${purpose} it: ${domains}.`
  }
}

function pendingDomainsClause(cert: AcmCertificateRecord): string {
  const pending = cert.domainValidations
    .filter((validation) => validation.validationStatus === 'PENDING_VALIDATION')
    .map(
      (validation) =>
        `${validation.domainName} by ${validation.validationMethod ?? 'unknown method'}`
    )
  return pending.length > 0 ? ` (${pending.join(', ')})` : ''
}

/**
 * Whether the ListCertificates summary flags something that DescribeCertificate data could
 * explain, so collect spends describe calls only there: issuance failures and pending requests
 * (FailureReason, approval addresses), private certificates (their CA), and Amazon-issued
 * certificates from the moment ACM starts renewing them (RenewalSummary), or from the warning
 * window when that is wider.
 */
export function acmNeedsDescribe(
  cert: AcmCertificateRecord,
  now: Date,
  thresholds: Thresholds,
  dnsCheck = false
): boolean {
  if (ISSUANCE_FAILED.has(cert.status) || cert.status === 'PENDING_VALIDATION') return true
  // Only the detail names the private CA, whose expiry or status decides whether it can renew.
  if (cert.type === 'PRIVATE') return true
  if (cert.type !== 'AMAZON_ISSUED') return false
  const ms = parseInstant(cert.notAfter)
  if (ms === null) return cert.status === 'EXPIRED'
  // The DNS check needs the validation records of those about to renew, a margin ahead.
  const lead = dnsCheck ? ACM_RENEWAL_LEAD_DAYS + DNS_CHECK_MARGIN_DAYS : ACM_RENEWAL_LEAD_DAYS
  return daysLeft(ms, now) <= Math.max(thresholds.warningDays, lead)
}

/**
 * The latest certificate issued for exactly the same names in the same account and region, and
 * expiring later than a given one: what renewed it when renewal makes a new certificate (ACME,
 * a re-request, a new import). Built once over `all` (one pass, not one per certificate: a
 * region can hold thousands); of certificates expiring at the same instant, the first listed.
 */
export function newerCertificates(
  all: readonly AcmCertificateRecord[]
): (cert: AcmCertificateRecord) => AcmCertificateRecord | undefined {
  const latest = new Map<string, { cert: AcmCertificateRecord; until: number }>()
  for (const cert of all) {
    const until = parseInstant(cert.notAfter)
    if (cert.status !== 'ISSUED' || until === null) continue
    const key = sameNames(cert)
    const found = latest.get(key)
    if (found === undefined || until > found.until) latest.set(key, { cert, until })
  }
  return (cert) => {
    const until = parseInstant(cert.notAfter)
    if (until === null) return undefined
    const found = latest.get(sameNames(cert))
    return found !== undefined && found.cert !== cert && found.until > until
      ? found.cert
      : undefined
  }
}

function sameNames(cert: AcmCertificateRecord): string {
  return `${cert.account} ${cert.region} ${nameSet(cert)}`
}

function nameSet(cert: AcmCertificateRecord): string {
  return [
    ...new Set([cert.domainName, ...cert.subjectAlternativeNames].map((n) => n.toLowerCase()))
  ]
    .sort()
    .join(' ')
}
