/**
 * Steps for a private CA: renew its own certificate in place (a root signs its own; a
 * subordinate's parent signs it), bring a disabled or deleted one back, then renew the
 * certificates it signed, which still chain to the old CA certificate.
 */
import type { Remediation } from '../../model/index.js'
import { command, type CommandArg } from '../../shared/shell-quote.js'
import type { CertificateAuthorityRecord } from './records.js'
import type { CaTrouble } from './rules.js'

/** The template a root CA signs its own certificate with (AWS Private CA's template ARNs). */
const ROOT_TEMPLATE = 'arn:aws:acm-pca:::template/RootCACertificate/V1'

export function pcaRemediation(
  ca: CertificateAuthorityRecord,
  troubles: readonly CaTrouble[],
  signed: readonly { arn: string; region: string }[]
): Remediation[] {
  const codes = new Set(troubles.map((trouble) => trouble.code))
  const arn: CommandArg = ['--certificate-authority-arn', ca.arn]
  const region: CommandArg = ['--region', ca.region]
  const steps: Remediation[] = []
  if (ca.status === 'DISABLED') {
    steps.push({
      summary: 'Turn the CA back on.',
      command: command(
        'aws acm-pca update-certificate-authority',
        arn,
        ['--status', 'ACTIVE'],
        region
      )
    })
  }
  if (ca.status === 'DELETED') {
    steps.push({
      summary: 'Restore the CA before its restore period ends, then turn it on.',
      command: command('aws acm-pca restore-certificate-authority', arn, region)
    })
    steps.push({
      summary: 'Turn it on again.',
      command: command(
        'aws acm-pca update-certificate-authority',
        arn,
        ['--status', 'ACTIVE'],
        region
      )
    })
  }
  if (ca.status === 'FAILED') {
    steps.push({
      summary: 'A CA that failed to be created cannot be repaired: delete it and create it again.',
      command: command(
        'aws acm-pca delete-certificate-authority',
        arn,
        ['--permanent-deletion-time-in-days', '7'],
        region
      )
    })
  }
  const renew =
    codes.has('pca-ca-expired') ||
    codes.has('pca-ca-expiring') ||
    ca.status === 'PENDING_CERTIFICATE'
  if (renew) steps.push(...caCertificateSteps(ca, arn, region))
  if (renew || codes.has('pca-ca-not-active')) {
    for (const certificate of signed) {
      steps.push({
        summary:
          'Then renew each private certificate it signed, so that it chains to the new CA certificate.',
        command: command(
          'aws acm renew-certificate',
          ['--certificate-arn', certificate.arn],
          ['--region', certificate.region]
        )
      })
    }
  }
  return steps
}

/** A new CA certificate over the same key: its CSR, signed, installed. */
function caCertificateSteps(
  ca: CertificateAuthorityRecord,
  arn: CommandArg,
  region: CommandArg
): Remediation[] {
  const steps: Remediation[] = [
    {
      summary: "Get the CA's certificate signing request.",
      command: `${command('aws acm-pca get-certificate-authority-csr', arn, ['--output', 'text'], region)} > ca.csr`
    }
  ]
  if (ca.type === 'ROOT') {
    steps.push(
      {
        summary: 'Have the root CA sign its own new certificate (choose the validity you need).',
        command: command(
          'aws acm-pca issue-certificate',
          arn,
          ['--csr', 'fileb://ca.csr'],
          ['--signing-algorithm', ca.signingAlgorithm ?? 'SHA256WITHRSA'],
          ['--template-arn', ROOT_TEMPLATE],
          ['--validity', 'Value=10,Type=YEARS'],
          ['--query', 'CertificateArn'],
          ['--output', 'text'],
          region
        )
      },
      {
        summary: 'Fetch it (ISSUED_CERTIFICATE_ARN: the ARN the last command printed).',
        command: `${command('aws acm-pca get-certificate', arn, ['--certificate-arn', 'ISSUED_CERTIFICATE_ARN'], ['--query', 'Certificate'], ['--output', 'text'], region)} > ca.pem`
      },
      {
        summary: 'Install it as the CA certificate.',
        command: command(
          'aws acm-pca import-certificate-authority-certificate',
          arn,
          ['--certificate', 'fileb://ca.pem'],
          region
        )
      }
    )
    return steps
  }
  steps.push({
    summary:
      'Have the parent CA sign ca.csr (template SubordinateCACertificate_PathLen0/V1, or the path length you use), then install the result with its chain.',
    command: command(
      'aws acm-pca import-certificate-authority-certificate',
      arn,
      ['--certificate', 'fileb://ca.pem'],
      ['--certificate-chain', 'fileb://chain.pem'],
      region
    )
  })
  return steps
}
