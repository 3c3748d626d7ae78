/**
 * A private certificate shares its CA's troubles: it stops validating when the CA expires, and
 * ACM cannot renew it while the CA is not active (the Private CA plug-in's rules).
 */
import {
  atLeast,
  type Reason,
  type Remediation,
  type Severity,
  type Thresholds
} from '../../model/index.js'
import { caName, caTroubles, type CaTrouble } from '../acm-pca/rules.js'
import type { CertificateAuthorityRecord, PcaInventory } from '../acm-pca/records.js'
import type { EvaluateContext } from '../plugin.js'
import { command } from '../../shared/shell-quote.js'
import type { AcmCertificateRecord } from './records.js'

export interface IssuerTrouble {
  reasons: Reason[]
  /** When the CA breaks this certificate, if by a date. */
  breaksAt: (string | null)[]
  steps: Remediation[]
}

/** Every CA the Private CA plug-in read, by ARN. */
export function certificateAuthorities(
  context: Pick<EvaluateContext, 'inventories'>
): Map<string, CertificateAuthorityRecord> {
  const byArn = new Map<string, CertificateAuthorityRecord>()
  for (const pca of context.inventories('acm-pca') as readonly PcaInventory[]) {
    for (const ca of pca.certificateAuthorities) byArn.set(ca.arn, ca)
  }
  return byArn
}

export function issuerTrouble(
  cert: AcmCertificateRecord,
  ca: CertificateAuthorityRecord | undefined,
  clock: { now: Date; thresholds: Thresholds },
  served: { inUse: boolean; window: Severity | null }
): IssuerTrouble | null {
  if (ca === undefined) return null
  const troubles = caTroubles(ca, clock)
  if (troubles.length === 0) return null
  return {
    reasons: troubles.map((trouble) => ({
      code: trouble.code,
      severity: severity(trouble, served),
      message: `Signed by private CA ${caName(ca)}, which ${trouble.state}: ${EFFECT[trouble.code]}.`
    })),
    breaksAt: troubles.map((trouble) => trouble.breaksAt),
    steps: [
      {
        summary: `Fix private CA ${caName(ca)} first (its own finding has the steps), then renew this certificate from it.`,
        command: command(
          'aws acm renew-certificate',
          ['--certificate-arn', cert.arn],
          ['--region', cert.region]
        )
      }
    ]
  }
}

/**
 * An expired CA breaks what is served now; one that expires breaks it on that date; one that is
 * not active matters once ACM has to renew (the certificate's own window).
 */
function severity(
  trouble: CaTrouble,
  served: { inUse: boolean; window: Severity | null }
): Severity {
  if (trouble.code === 'pca-ca-expired') return served.inUse ? 'expired' : 'warning'
  if (trouble.code === 'pca-ca-expiring') return trouble.severity
  return served.window === null ? 'notice' : atLeast('warning', served.window)
}

const EFFECT: Readonly<Record<CaTrouble['code'], string>> = {
  'pca-ca-expired': 'this certificate no longer validates',
  'pca-ca-expiring': 'this certificate stops validating then and cannot renew past it',
  'pca-ca-not-active': 'ACM cannot renew this certificate'
}
