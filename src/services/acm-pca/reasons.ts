/** The Private CA plug-in's reason codes, as the README's table explains them (generated from here). */
import type { ReasonInfo } from '../plugin.js'

export const PCA_REASONS: readonly ReasonInfo[] = [
  {
    code: 'pca-ca-expired',
    severity: 'expired',
    meaning:
      'the private CA has expired: no certificate it signed validates any more (its private ACM certificates carry it too)'
  },
  {
    code: 'pca-ca-expiring',
    severity: 'warning',
    meaning:
      'the private CA expires: every certificate it signed stops validating then, and none renews past it'
  },
  {
    code: 'pca-ca-not-active',
    severity: 'warning',
    meaning:
      'the private CA is disabled, deleted, failed or waiting for its certificate: it issues nothing, so its private certificates cannot renew'
  }
]
