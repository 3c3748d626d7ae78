import { atLeast, type Reason, type Severity, type Thresholds } from '../../model/index.js'
import { daysLeft, expiryClause, parseInstant, severityOfDate } from '../../shared/dates.js'
import type { AcmCertificateRecord, AcmDomainValidation } from './records.js'

/** ACM starts managed renewal this many days before expiry (DESIGN.md, "AWS facts"). */
export const ACM_RENEWAL_LEAD_DAYS = 60

const ISSUANCE_FAILED = new Set(['FAILED', 'VALIDATION_TIMED_OUT'])

interface Clock {
  now: Date
  thresholds: Thresholds
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

function issuedReasons(cert: AcmCertificateRecord, clock: Clock): Reason[] {
  const { now, thresholds } = clock
  const reasons: Reason[] = []
  const notAfter = cert.notAfter
  const expiry = severityOfDate(notAfter, now, thresholds)
  const name = cert.domainName

  if (cert.status === 'EXPIRED' || expiry === 'expired') {
    reasons.push({
      code: 'acm-expired',
      severity: 'expired',
      message: `Certificate for ${name} ${notAfter ? expiryClause(notAfter, now) : 'has expired'}.`
    })
  } else if (expiry !== null && notAfter) {
    reasons.push({
      code: 'acm-expiring',
      severity: expiry,
      message: `Certificate for ${name} ${expiryClause(notAfter, now)}.`
    })
  }

  const inWindow = expiry !== null || cert.status === 'EXPIRED'
  const windowSeverity = cert.status === 'EXPIRED' ? 'expired' : expiry
  if (cert.type === 'IMPORTED' && inWindow) {
    reasons.push({
      code: 'acm-imported',
      severity: atLeast('warning', windowSeverity),
      message:
        'Imported certificate: ACM never renews it; a new certificate must be imported or issued.'
    })
  }

  const amazonIssued = cert.type === 'AMAZON_ISSUED'
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
    const stalled = stalledReason(cert, clock, windowSeverity)
    if (stalled) reasons.push(stalled)
  }
  if (amazonIssued) {
    const email = emailValidationReason(cert, atLeast('warning', windowSeverity), 'renew')
    if (email) reasons.push(email)
  }
  return reasons
}

/**
 * ACM starts renewing an eligible certificate 60 days before expiry and normally finishes within
 * hours; one still unrenewed inside criticalDays is stuck even though AWS reports no failure.
 */
function stalledReason(
  cert: AcmCertificateRecord,
  { now, thresholds }: Clock,
  windowSeverity: Severity | null
): Reason | null {
  if (cert.renewalEligibility !== 'ELIGIBLE') return null
  const ms = parseInstant(cert.notAfter)
  if (ms === null) return null
  const days = daysLeft(ms, now)
  if (days > thresholds.criticalDays) return null
  const left = days < 0 ? 'past expiry' : `${days} ${days === 1 ? 'day' : 'days'} before expiry`
  return {
    code: 'acm-renewal-stalled',
    severity: atLeast('critical', windowSeverity),
    message: `Eligible for managed renewal, yet still not renewed ${left} (ACM starts renewing ${ACM_RENEWAL_LEAD_DAYS} days before): the renewal is stuck.`
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
  thresholds: Thresholds
): boolean {
  if (ISSUANCE_FAILED.has(cert.status) || cert.status === 'PENDING_VALIDATION') return true
  // Only the detail names the private CA, whose expiry or status decides whether it can renew.
  if (cert.type === 'PRIVATE') return true
  if (cert.type !== 'AMAZON_ISSUED') return false
  const ms = parseInstant(cert.notAfter)
  if (ms === null) return cert.status === 'EXPIRED'
  return daysLeft(ms, now) <= Math.max(thresholds.warningDays, ACM_RENEWAL_LEAD_DAYS)
}
