/**
 * Steps for an IAM server certificate: a replacement in ACM (which renews what it issues) in
 * every region that serves it, each endpoint switched to it by its own plug-in's commands, then
 * the old certificate deleted.
 */
import type { Remediation } from '../../model/index.js'
import { command } from '../../shared/shell-quote.js'
import { NEW_CERTIFICATE, type CertificateUse } from '../certificate-uses.js'

/** CloudFront takes ACM certificates from this region only. */
const CLOUDFRONT_CERTIFICATE_REGION = 'us-east-1'

export interface IamSubject {
  /** The certificate's name; null when only CloudFront's id for a deleted one is known. */
  name: string | null
  /** Deleted from IAM while endpoints still name it: nothing left to delete. */
  deleted: boolean
}

export function iamRemediation(
  subject: IamSubject,
  uses: readonly CertificateUse[],
  unread: readonly string[]
): Remediation[] {
  const steps: Remediation[] = []
  const regions = [
    ...new Set(
      uses.map((use) =>
        use.consumer.service === 'cloudfront' ? CLOUDFRONT_CERTIFICATE_REGION : use.region
      )
    )
  ].sort()
  if (subject.name !== null && !subject.deleted && regions.length > 0) {
    steps.push({
      summary: 'See which names the certificate covers: its replacement needs the same.',
      command: `${command('aws iam get-server-certificate', ['--server-certificate-name', subject.name], ['--query', 'ServerCertificate.CertificateBody'], ['--output', 'text'])} | openssl x509 -noout -subject -ext subjectAltName`
    })
  }
  for (const region of regions) {
    steps.push({
      summary: `Request its replacement from ACM in ${region}, which renews what it issues: DOMAIN_NAME is the subject the step above printed, its other names go after --subject-alternative-names (or import the certificate you have with aws acm import-certificate). ${NEW_CERTIFICATE} below is the new certificate's ARN.`,
      command: command(
        'aws acm request-certificate',
        ['--domain-name', 'DOMAIN_NAME'],
        ['--validation-method', 'DNS'],
        ['--region', region]
      )
    })
  }
  const byConsumer = [...uses].sort((a, b) =>
    a.consumer.id < b.consumer.id ? -1 : a.consumer.id > b.consumer.id ? 1 : 0
  )
  for (const use of byConsumer) steps.push(...use.switchSteps)
  if (unread.length > 0) {
    steps.push({
      summary: `Look for endpoints serving it where the scan did not (${unread.join('; ')}) and switch them too.`,
      command: ''
    })
  }
  if (subject.name !== null && !subject.deleted) {
    steps.push({
      summary:
        uses.length === 0 && unread.length === 0
          ? 'Nothing serves it: delete it.'
          : 'Once nothing serves it, delete it.',
      command: command('aws iam delete-server-certificate', [
        '--server-certificate-name',
        subject.name
      ])
    })
  }
  return steps
}
