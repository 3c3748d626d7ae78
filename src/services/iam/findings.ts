/**
 * The IAM plug-in's checks: a finding per server certificate whose expiry is due, and one per
 * certificate an endpoint still names after IAM deleted it, each naming who serves it.
 */
import { COMMERCIAL_REGIONS } from '../../aws/regions.js'
import { assembleFinding } from '../../evaluate/findings.js'
import { GLOBAL_REGION, type Finding, type ServiceName } from '../../model/index.js'
import {
  CertificateUses,
  consumersOf,
  unreadEndpoints,
  withConsumers,
  type CertificateUse,
  type EndpointReach
} from '../certificate-uses.js'
import type { EvaluateContext } from '../plugin.js'
import type { IamInventory } from './records.js'
import { iamRemediation } from './remediation.js'
import { assessServerCertificate, deletedCertificateReason, type Usage } from './rules.js'

/** The plug-ins whose endpoints serve IAM server certificates. */
export const IAM_CERTIFICATE_CONSUMERS: readonly ServiceName[] = ['elb', 'cloudfront']

/** Where those endpoints can be: a load balancer in any region, CloudFront once per account. */
const REACH: readonly EndpointReach[] = [
  { name: 'elb', label: 'load balancers', regions: COMMERCIAL_REGIONS },
  { name: 'cloudfront', label: 'CloudFront distributions', regions: [GLOBAL_REGION] }
]

export function iamFindings(
  inventories: readonly IamInventory[],
  context: EvaluateContext
): Finding[] {
  const uses = CertificateUses.read(context, IAM_CERTIFICATE_CONSUMERS)
  const clock = { now: context.now, thresholds: context.thresholds }
  const findings: Finding[] = []
  for (const iam of inventories) {
    const unread = unreadEndpoints(context.coverage, iam.account, REACH)
    for (const cert of iam.serverCertificates) {
      const served = uses.of(iam.account, cert.arn, cert.id)
      const reason = assessServerCertificate(cert, clock, usage(served, unread))
      if (reason === null) continue
      const finding = assembleFinding(
        {
          service: 'iam',
          resourceType: 'iam-server-certificate',
          resourceId: cert.name,
          resourceArn: cert.arn,
          account: iam.account,
          region: iam.region
        },
        [reason],
        cert.expiration,
        iamRemediation({ name: cert.name, deleted: false }, served, unread),
        context.now
      )
      findings.push(withConsumers(finding, consumersOf(served)))
    }
    findings.push(...deletedCertificateFindings(iam, uses, unread, context.now))
  }
  return findings
}

/** Certificates of this account that endpoints name and IAM does not list. */
function deletedCertificateFindings(
  iam: IamInventory,
  uses: CertificateUses,
  unread: readonly string[],
  now: Date
): Finding[] {
  const listed = new Set(iam.serverCertificates.flatMap((cert) => [cert.arn, cert.id]))
  const missing = uses.unlisted(
    (use) => use.account === iam.account && isIamCertificate(use, iam.account),
    (certificate) => listed.has(certificate)
  )
  return [...missing].map(([certificate, served]) => {
    const name = nameInArn(certificate)
    const finding = assembleFinding(
      {
        service: 'iam',
        resourceType: 'iam-server-certificate',
        resourceId: name ?? certificate,
        resourceArn: certificate,
        account: iam.account,
        region: iam.region
      },
      [deletedCertificateReason(name ?? certificate, usage(served, unread))],
      null,
      iamRemediation({ name, deleted: true }, served, unread),
      now
    )
    return withConsumers(finding, consumersOf(served))
  })
}

function usage(served: readonly CertificateUse[], unread: readonly string[]): Usage {
  return { named: served.length > 0, live: served.some((use) => use.live), unread }
}

const IAM_ARN = /^arn:aws:iam::(\d{12}):server-certificate\/(?:.*\/)?([^/]+)$/

/**
 * Whether a use names an IAM server certificate of `account`: by ARN (load balancers), or by
 * id (CloudFront, whose ACM certificates are ARNs).
 */
function isIamCertificate(use: CertificateUse, account: string): boolean {
  const arn = IAM_ARN.exec(use.certificate)
  if (arn) return arn[1] === account
  return use.consumer.service === 'cloudfront' && !use.certificate.startsWith('arn:')
}

/** The name at the end of an IAM server certificate ARN (after its path), or null. */
function nameInArn(certificate: string): string | null {
  return IAM_ARN.exec(certificate)?.[2] ?? null
}
