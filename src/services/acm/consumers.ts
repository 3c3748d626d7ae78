/**
 * Who serves an ACM certificate: the listeners and distributions the endpoint plug-ins read
 * that name it, and the resources ACM's own InUseBy lists (API Gateway, App Runner, ...), named
 * by their ARN where no plug-in read them.
 */
import type { Consumer } from '../../model/index.js'
import { consumersOf, type CertificateUse, type CertificateUses } from '../certificate-uses.js'
import type { AcmCertificateRecord } from './records.js'

export interface Served {
  uses: CertificateUse[]
  consumers: Consumer[]
  /** A live endpoint serves it, or ACM says something uses it. */
  inUse: boolean
}

export function servedBy(cert: AcmCertificateRecord, uses: CertificateUses): Served {
  const found = [
    ...uses.of(cert.account, cert.arn),
    ...cert.inUseBy.flatMap((endpoint) => uses.at(endpoint, cert.arn))
  ]
  const unread = cert.inUseBy.filter((endpoint) => !uses.knows(endpoint)).map(arnConsumer)
  const consumers = [...consumersOf(found), ...unread].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  )
  return {
    uses: found,
    consumers: consumers.filter((c, i) => i === 0 || consumers[i - 1]?.id !== c.id),
    inUse: cert.inUse || found.some((use) => use.live)
  }
}

/** `arn:aws:apigateway:eu-west-1::/domainnames/api.example.com` as a consumer. */
function arnConsumer(arn: string): Consumer {
  const [, , service = '', , , resource = ''] = arn.split(':')
  const type = resource.split(/[/:]/).find((part) => part !== '') ?? 'resource'
  return { service, resourceType: type, id: arn, name: arn }
}
