/** The infrastructure-code checks' reason codes, as the README's table explains them. */
import type { ReasonInfo } from '../../services/plugin.js'

export const IAC_REASONS: readonly ReasonInfo[] = [
  {
    code: 'iac-rds-ca-outdated',
    severity: 'expired',
    meaning:
      'a DB instance or cluster pins a retired CA, or one that is not current (warning when only the known list says so; with AWS credentials DescribeCertificates decides), or leaves it unset where the account default is known to be bad'
  },
  {
    code: 'iac-acm-email-validation',
    severity: 'warning',
    meaning:
      'an ACM certificate validated by e-mail (CloudFormation’s default when `ValidationMethod` is omitted): every renewal waits for someone to click an approval mail'
  },
  {
    code: 'iac-certificate-file-expired',
    severity: 'expired',
    meaning:
      'a certificate in a repository file, or the body of an IAM server certificate, has expired'
  },
  {
    code: 'iac-certificate-file-expiring',
    severity: 'warning',
    meaning:
      'a certificate in a repository file, or the body of an IAM server certificate, expires within `warning-days` (critical within `critical-days`); nobody renews it'
  }
]
