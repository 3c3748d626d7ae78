/**
 * `iac-acm-email-validation`: a requested ACM certificate validated by e-mail, written so or by
 * leaving out a setting whose documented default is EMAIL (CloudFormation). Every renewal then
 * waits for someone to approve a mail to the domain's admin addresses, and ACM's managed
 * renewal of a DNS-validated certificate needs nobody.
 */
import type { Reason } from '../../model/index.js'
import type { IacAcmCertificateRecord } from '../records.js'

export function acmValidationReason(record: IacAcmCertificateRecord): Reason | null {
  if (!record.requested) return null
  const { value } = record
  const method =
    value.kind === 'literal' ? value.value : value.kind === 'absent' ? record.defaultValue : null
  if (method === null || method.toUpperCase() !== 'EMAIL') return null
  const domain =
    record.domainName === null ? 'The certificate' : `The certificate for ${record.domainName}`
  const how =
    value.kind === 'absent'
      ? `leaves ${record.attribute} out, and its default is EMAIL`
      : `sets ${record.attribute} to EMAIL${record.resolvedFrom === undefined ? '' : ` (from ${record.resolvedFrom})`}`
  return {
    code: 'iac-acm-email-validation',
    severity: 'warning',
    message: `${domain} ${how}: issuing it, and every renewal after, waits for someone to click an approval mail sent to the domain's admin addresses.`
  }
}
