/**
 * The Private CA plug-in's checks: a finding per CA with a trouble, naming the private ACM
 * certificates it signed (from the ACM plug-in's inventories), whose own findings carry it too.
 */
import { assembleFinding } from '../../evaluate/findings.js'
import type { Consumer, Finding } from '../../model/index.js'
import { earliest } from '../../shared/dates.js'
import type { AcmInventory } from '../acm/records.js'
import { withConsumers } from '../certificate-uses.js'
import type { EvaluateContext } from '../plugin.js'
import type { PcaInventory } from './records.js'
import { pcaRemediation } from './remediation.js'
import { caReasons, caName, caTroubles } from './rules.js'

export function pcaFindings(
  inventories: readonly PcaInventory[],
  context: EvaluateContext
): Finding[] {
  const clock = { now: context.now, thresholds: context.thresholds }
  const signedBy = signedCertificates(context.inventories('acm') as readonly AcmInventory[])
  const findings: Finding[] = []
  for (const pca of inventories) {
    for (const ca of pca.certificateAuthorities) {
      const troubles = caTroubles(ca, clock)
      if (troubles.length === 0) continue
      const signed = signedBy.get(ca.arn) ?? []
      const finding = assembleFinding(
        {
          service: 'acm-pca',
          resourceType: 'private-ca',
          resourceId: ca.id,
          resourceArn: ca.arn,
          account: ca.account,
          region: ca.region,
          resourceName: caName(ca)
        },
        caReasons(ca, troubles),
        earliest(...troubles.map((trouble) => trouble.breaksAt)),
        pcaRemediation(
          ca,
          troubles,
          signed.map((s) => ({ arn: s.id, region: s.region }))
        ),
        context.now
      )
      findings.push(
        withConsumers(
          finding,
          signed.map((s) => s.consumer)
        )
      )
    }
  }
  return findings
}

/** The private certificates ACM read, by the CA that signed them (a CA may sign across accounts). */
function signedCertificates(
  inventories: readonly AcmInventory[]
): Map<string, { id: string; region: string; consumer: Consumer }[]> {
  const byCa = new Map<string, { id: string; region: string; consumer: Consumer }[]>()
  for (const acm of inventories) {
    for (const cert of acm.certificates) {
      if (cert.certificateAuthorityArn === null) continue
      const signed = byCa.get(cert.certificateAuthorityArn) ?? []
      signed.push({
        id: cert.arn,
        region: cert.region,
        consumer: {
          service: 'acm',
          resourceType: 'acm-certificate',
          id: cert.arn,
          name: cert.domainName
        }
      })
      byCa.set(cert.certificateAuthorityArn, signed)
    }
  }
  for (const signed of byCa.values())
    signed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return byCa
}
