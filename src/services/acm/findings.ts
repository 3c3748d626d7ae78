/**
 * The ACM plug-in's checks: a finding per certificate with reasons, naming the endpoints that
 * serve it (a served certificate counts as in use) and carrying its private CA's troubles.
 */
import { assembleFinding } from '../../evaluate/findings.js'
import type { Finding, Remediation, ServiceName } from '../../model/index.js'
import { earliest, severityOfDate } from '../../shared/dates.js'
import { CertificateUses, withConsumers } from '../certificate-uses.js'
import type { EvaluateContext } from '../plugin.js'
import { servedBy, type Served } from './consumers.js'
import { certificateAuthorities, issuerTrouble } from './issuer.js'
import type { AcmCertificateRecord, AcmInventory } from './records.js'
import { acmRemediation } from './remediation.js'
import { assessAcmCertificate, newerCertificates, windowsOf } from './rules.js'

/** The plug-ins whose endpoints serve ACM certificates. */
export const ACM_CERTIFICATE_CONSUMERS: readonly ServiceName[] = ['elb', 'cloudfront']

export function acmFindings(
  inventories: readonly AcmInventory[],
  context: EvaluateContext
): Finding[] {
  const judge: Judge = {
    context,
    clock: { now: context.now, thresholds: context.thresholds },
    uses: CertificateUses.read(context, ACM_CERTIFICATE_CONSUMERS),
    cas: certificateAuthorities(context)
  }
  return inventories.flatMap((acm) => {
    const newerOf = newerCertificates(acm.certificates)
    return acm.certificates.flatMap((cert) => certificateFinding(cert, newerOf, judge) ?? [])
  })
}

/** What judging one certificate needs of the whole evaluation. */
interface Judge {
  context: EvaluateContext
  clock: { now: Date; thresholds: EvaluateContext['thresholds'] }
  uses: CertificateUses
  cas: ReturnType<typeof certificateAuthorities>
}

function certificateFinding(
  cert: AcmCertificateRecord,
  newerOf: (cert: AcmCertificateRecord) => AcmCertificateRecord | undefined,
  { context, clock, uses, cas }: Judge
): Finding | null {
  const served = servedBy(cert, uses)
  const judged = { ...cert, inUse: served.inUse }
  const newer = newerOf(cert)
  // Replaced by a later certificate for the same names and used by nothing: it just lapses.
  if (newer !== undefined && !served.inUse) return null
  const own = assessAcmCertificate(judged, newer === undefined ? clock : { ...clock, newer })
  const issuer = issuerTrouble(
    cert,
    cert.certificateAuthorityArn === null ? undefined : cas.get(cert.certificateAuthorityArn),
    clock,
    {
      inUse: served.inUse,
      window: severityOfDate(cert.notAfter, clock.now, windowsOf(cert, clock.thresholds))
    }
  )
  const reasons = [...own, ...(issuer?.reasons ?? [])]
  if (reasons.length === 0) return null
  const finding = assembleFinding(
    {
      service: 'acm',
      resourceType: 'acm-certificate',
      resourceId: certificateId(cert),
      resourceArn: cert.arn,
      account: cert.account,
      region: cert.region,
      resourceName: cert.domainName
    },
    reasons,
    earliest(cert.notAfter, ...(issuer?.breaksAt ?? [])),
    remediation(issuer?.steps ?? [], acmRemediation(judged, own, switchSteps(served))),
    context.now
  )
  return withConsumers(finding, served.consumers)
}

function switchSteps(served: Served): Remediation[] {
  return served.uses.flatMap((use) => use.switchSteps)
}

/** The CA's steps first; the certificate's own, less a command the CA's already run. */
function remediation(issuer: readonly Remediation[], own: readonly Remediation[]): Remediation[] {
  const done = new Set(issuer.map((step) => step.command).filter((command) => command !== ''))
  return [...issuer, ...own.filter((step) => !done.has(step.command))]
}

/** The UUID at the end of `arn:aws:acm:<region>:<account>:certificate/<uuid>`. */
function certificateId(cert: AcmCertificateRecord): string {
  const slash = cert.arn.lastIndexOf('/')
  return slash >= 0 && slash < cert.arn.length - 1 ? cert.arn.slice(slash + 1) : cert.arn
}
