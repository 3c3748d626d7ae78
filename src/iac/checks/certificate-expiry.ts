/**
 * `iac-certificate-file-expired` / `-expiring`: a certificate the repository holds as a file, or
 * as the body of an IAM server certificate. Nobody renews these: someone must replace them.
 */
import type { Reason } from '../../model/index.js'
import { expiryClause, severityOfDate } from '../../shared/dates.js'
import type { IacCertificate } from '../records.js'
import type { IacCheckContext } from './context.js'

export function certificateExpiryReason(
  certificate: IacCertificate,
  what: string,
  context: IacCheckContext
): Reason | null {
  const severity = severityOfDate(certificate.notAfter, context.now, context.thresholds)
  if (severity === null) return null
  return {
    code: severity === 'expired' ? 'iac-certificate-file-expired' : 'iac-certificate-file-expiring',
    severity,
    message: `${what} (${certificate.subject}, issued by ${certificate.issuer}) ${expiryClause(certificate.notAfter, context.now)}.`
  }
}
