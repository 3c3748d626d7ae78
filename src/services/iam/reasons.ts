/** The IAM plug-in's reason codes, as the README's table explains them (generated from here). */
import type { ReasonInfo } from '../plugin.js'

export const IAM_REASONS: readonly ReasonInfo[] = [
  {
    code: 'iam-server-cert-expired',
    severity: 'expired',
    meaning:
      'the IAM server certificate has expired or was deleted while an endpoint still names it (a clean-up, `warning`, when every region was read and nothing serves it)'
  },
  {
    code: 'iam-server-cert-expiring',
    severity: 'warning',
    meaning: 'the IAM server certificate expires, and IAM never renews it'
  }
]
