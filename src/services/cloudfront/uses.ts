/**
 * The certificate a distribution serves, named by its aliases (what its users type), with the
 * commands that move it to another certificate.
 */
import type { Remediation } from '../../model/index.js'
import { shellQuote } from '../../shared/shell-quote.js'
import { NEW_CERTIFICATE, type CertificateUse } from '../certificate-uses.js'
import type { DistributionRecord } from './records.js'

export function distributionUses(d: DistributionRecord): CertificateUse[] {
  const certificate = d.acmCertificateArn ?? d.iamCertificateId
  if (certificate === null) return []
  const names = [...d.aliases, ...(d.domainName ? [d.domainName] : [])].join(', ')
  return [
    {
      account: d.account,
      region: d.region,
      certificate,
      endpoint: d.arn,
      live: d.enabled,
      consumer: {
        service: 'cloudfront',
        resourceType: 'cloudfront-distribution',
        id: d.arn || d.id,
        name: `${d.id}${names ? ` (${names})` : ''}${d.enabled ? '' : ', disabled'}`
      },
      switchSteps: switchSteps(d)
    }
  ]
}

/**
 * UpdateDistribution takes the whole configuration and the ETag it was read with: save both,
 * swap the viewer certificate for the ACM one (jq is on GitHub's runners), send it back.
 */
function switchSteps(d: DistributionRecord): Remediation[] {
  const id = shellQuote(d.id)
  const saved = shellQuote(`${d.id}.json`)
  const edited = shellQuote(`${d.id}-config.json`)
  const swap =
    '.DistributionConfig | .ViewerCertificate |= (del(.IAMCertificateId, .Certificate, .CertificateSource)' +
    ` + {ACMCertificateArn: "${NEW_CERTIFICATE}", CloudFrontDefaultCertificate: false})`
  return [
    {
      summary: `Save distribution ${d.id}'s configuration and its ETag.`,
      command: `aws cloudfront get-distribution-config --id ${id} --output json > ${saved}`
    },
    {
      summary:
        'Point its viewer certificate at the new ACM certificate (which must be in us-east-1).',
      command: `jq ${shellQuote(swap)} ${saved} > ${edited}`
    },
    {
      summary: `Send distribution ${d.id} its new configuration.`,
      command: `aws cloudfront update-distribution --id ${id} --if-match "$(jq -r .ETag ${saved})" --distribution-config ${shellQuote(`file://${d.id}-config.json`)}`
    }
  ]
}
