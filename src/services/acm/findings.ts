/** The ACM plug-in's checks over one account and region: a finding per certificate with reasons. */
import { assembleFinding } from '../../evaluate/findings.js'
import type { Finding } from '../../model/index.js'
import { earliest } from '../../shared/dates.js'
import type { EvaluateContext } from '../plugin.js'
import type { AcmCertificateRecord, AcmInventory } from './records.js'
import { acmRemediation } from './remediation.js'
import { assessAcmCertificate } from './rules.js'

export function acmFindings(inventory: AcmInventory, options: EvaluateContext): Finding[] {
  const clock = { now: options.now, thresholds: options.thresholds }
  const findings: Finding[] = []
  for (const cert of inventory.certificates) {
    const reasons = assessAcmCertificate(cert, clock)
    if (reasons.length === 0) continue
    findings.push(
      assembleFinding(
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
        earliest(cert.notAfter),
        acmRemediation(cert, reasons),
        options.now
      )
    )
  }
  return findings
}

/** The UUID at the end of `arn:aws:acm:<region>:<account>:certificate/<uuid>`. */
function certificateId(cert: AcmCertificateRecord): string {
  const slash = cert.arn.lastIndexOf('/')
  return slash >= 0 && slash < cert.arn.length - 1 ? cert.arn.slice(slash + 1) : cert.arn
}
