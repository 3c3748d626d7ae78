/** The ACM plug-in's reason codes, as the README's table explains them (generated from here). */
import type { ReasonInfo } from '../plugin.js'

export const ACM_REASONS: readonly ReasonInfo[] = [
  {
    code: 'acm-expired',
    severity: 'expired',
    meaning: 'the certificate has expired (or was revoked)'
  },
  { code: 'acm-expiring', severity: 'warning', meaning: 'the certificate expires' },
  { code: 'acm-imported', severity: 'warning', meaning: 'imported: ACM never renews it' },
  {
    code: 'acm-ineligible',
    severity: 'warning',
    meaning: 'not in use (`INELIGIBLE`): ACM will not renew it'
  },
  {
    code: 'acm-renewal-stalled',
    severity: 'warning',
    meaning:
      'a renewal that should have happened has not: eligible, yet unrenewed past three quarters of ACM’s renewal lead (45 of 60 days), or an ACME certificate its client has not renewed (critical nearer expiry)'
  },
  {
    code: 'acm-renewal-failed',
    severity: 'critical',
    meaning: "the managed renewal failed, with AWS's reason"
  },
  {
    code: 'acm-renewal-pending-validation',
    severity: 'warning',
    meaning: 'the managed renewal waits for domain validation'
  },
  {
    code: 'acm-email-validation',
    severity: 'warning',
    meaning: 'someone must click an approval mail (the addresses are listed)'
  },
  {
    code: 'acm-validation-record-missing',
    severity: 'warning',
    meaning:
      'a DNS validation CNAME of a certificate about to renew is missing or wrong in public DNS (`dns-check`): the renewal will fail (critical once it has started)'
  },
  {
    code: 'acm-client-auth-eku',
    severity: 'warning',
    meaning:
      'a public or imported certificate carries the TLS client-authentication EKU, which browsers are distrusting'
  },
  {
    code: 'acm-exported-renewal',
    severity: 'notice',
    meaning:
      'exported and about to be renewed by ACM: the exported copy must be exported and deployed again'
  },
  {
    code: 'acm-failed',
    severity: 'warning',
    meaning: 'the request never issued (failed or timed out)'
  }
]
