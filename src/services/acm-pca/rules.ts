/**
 * The Private CA plug-in's rules. A CA's expiry ends every certificate it signed (none validates
 * past it, and none can renew past it), and a CA that is not ACTIVE issues nothing, so ACM cannot
 * renew its private certificates: each is a trouble of the CA that its certificates share.
 */
import type { Reason, Severity, Thresholds } from '../../model/index.js'
import { expiryClause, formatDay, severityOfDate } from '../../shared/dates.js'
import type { CertificateAuthorityRecord } from './records.js'

/** One thing wrong with a CA, as both its finding and its certificates' findings say it. */
export interface CaTrouble {
  code: 'pca-ca-expired' | 'pca-ca-expiring' | 'pca-ca-not-active'
  /** The CA's own severity. */
  severity: Severity
  /** What is wrong, after the CA's name: `expires on 2027-01-01 (in 30 days)`. */
  state: string
  /** The date it breaks its certificates, when it is a date. */
  breaksAt: string | null
}

/** Not active, with how urgent that is: nothing it signed can renew while it stays so. */
const INACTIVE: Readonly<Record<string, { severity: Severity; state: string }>> = {
  DISABLED: { severity: 'warning', state: 'is DISABLED' },
  DELETED: { severity: 'warning', state: 'is scheduled for deletion' },
  // Never active: it signed nothing yet, so nothing depends on it.
  FAILED: { severity: 'notice', state: 'failed to be created' },
  PENDING_CERTIFICATE: { severity: 'notice', state: 'has no CA certificate installed' }
}

export function caTroubles(
  ca: CertificateAuthorityRecord,
  clock: { now: Date; thresholds: Thresholds }
): CaTrouble[] {
  const troubles: CaTrouble[] = []
  const window = severityOfDate(ca.notAfter, clock.now, clock.thresholds)
  if (ca.status === 'EXPIRED' || window === 'expired') {
    troubles.push({
      code: 'pca-ca-expired',
      severity: 'expired',
      state: ca.notAfter ? expiryClause(ca.notAfter, clock.now) : 'has expired',
      breaksAt: ca.notAfter
    })
  } else if (window !== null && ca.notAfter !== null) {
    troubles.push({
      code: 'pca-ca-expiring',
      severity: window,
      state: expiryClause(ca.notAfter, clock.now),
      breaksAt: ca.notAfter
    })
  }
  const inactive = INACTIVE[ca.status]
  if (inactive) {
    const detail =
      ca.status === 'DELETED' && ca.restorableUntil
        ? ` (restorable until ${formatDay(ca.restorableUntil)})`
        : ca.status === 'FAILED' && ca.failureReason
          ? ` (${ca.failureReason})`
          : ''
    troubles.push({
      code: 'pca-ca-not-active',
      severity: inactive.severity,
      state: `${inactive.state}${detail}`,
      breaksAt: null
    })
  }
  return troubles
}

/** How people name a CA: its common name, else its id. */
export function caName(ca: CertificateAuthorityRecord): string {
  return ca.commonName ?? ca.id
}

/** The CA's own reasons. */
export function caReasons(
  ca: CertificateAuthorityRecord,
  troubles: readonly CaTrouble[]
): Reason[] {
  return troubles.map((trouble) => ({
    code: trouble.code,
    severity: trouble.severity,
    message: `Private CA ${caName(ca)} ${trouble.state}: ${CONSEQUENCE[trouble.code]}.`
  }))
}

const CONSEQUENCE: Readonly<Record<CaTrouble['code'], string>> = {
  'pca-ca-expired': 'no certificate it signed validates any more, and it can sign no new ones',
  'pca-ca-expiring':
    'every certificate it signed stops validating then, and none can be renewed past that date',
  'pca-ca-not-active': 'it issues nothing, so ACM cannot renew the private certificates it signed'
}
