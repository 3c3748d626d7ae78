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
    severity: 'critical',
    meaning: 'eligible, yet still not renewed inside `critical-days`'
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
    code: 'acm-failed',
    severity: 'warning',
    meaning: 'the request never issued (failed or timed out)'
  }
]
