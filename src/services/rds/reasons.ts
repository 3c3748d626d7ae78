/** The RDS plug-in's reason codes, as the README's table explains them (generated from here). */
import type { ReasonInfo } from '../plugin.js'

export const RDS_REASONS: readonly ReasonInfo[] = [
  {
    code: 'rds-ca-retired',
    severity: 'expired',
    meaning:
      "the instance's CA is no longer listed by `DescribeCertificates` (e.g. `rds-ca-2019`): expired"
  },
  {
    code: 'rds-ca-expired',
    severity: 'expired',
    meaning: "the instance's CA has expired"
  },
  {
    code: 'rds-ca-expiring',
    severity: 'warning',
    meaning: "the instance's CA expires (the earlier of CA and server certificate counts)"
  },
  {
    code: 'rds-server-cert-expired',
    severity: 'expired',
    meaning:
      "the instance's own server certificate (`CertificateDetails.ValidTill`) has expired, even on a healthy CA"
  },
  {
    code: 'rds-server-cert-expiring',
    severity: 'warning',
    meaning:
      "the instance's own server certificate (`CertificateDetails.ValidTill`) expires, even on a healthy CA"
  },
  {
    code: 'rds-rotation-scheduled',
    severity: 'notice',
    meaning: 'a `ca-certificate-rotation` maintenance action is pending, with its apply dates'
  },
  {
    code: 'rds-default-ca-expiring',
    severity: 'warning',
    meaning: "the account's default CA for new launches (or its override) expires"
  }
]
