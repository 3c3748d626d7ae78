/**
 * What is known of the RDS certificate authorities when infrastructure code is checked: the
 * live DescribeCertificates list when AWS credentials are at hand (the truth, per account and
 * region), otherwise this release's list (src/aws/rds-cas.ts). Findings say which it was.
 */
import { CURRENT_RDS_CA_PATTERN, CURRENT_RDS_CAS, RETIRED_RDS_CAS } from '../../aws/rds-cas.js'

export type RdsCaCatalog =
  | { kind: 'known' }
  | {
      kind: 'live'
      account: string
      region: string
      /** Identifier -> ValidTill (ISO) as DescribeCertificates lists them. */
      cas: ReadonlyMap<string, string | null>
      /** The CA new instances get in that account and region (its override, if set). */
      defaultCa: string | null
    }

export const KNOWN_CA_CATALOG: RdsCaCatalog = { kind: 'known' }

/** How a CA identifier stands, in the catalog's own terms. */
export type CaStanding =
  | { kind: 'current'; validTill: string | null }
  | { kind: 'retired'; expiredOn: string | null }
  | { kind: 'unknown' }

export function caStanding(catalog: RdsCaCatalog, identifier: string): CaStanding {
  if (catalog.kind === 'live') {
    if (!catalog.cas.has(identifier))
      return { kind: 'retired', expiredOn: RETIRED_RDS_CAS[identifier] ?? null }
    return { kind: 'current', validTill: catalog.cas.get(identifier) ?? null }
  }
  const retired = RETIRED_RDS_CAS[identifier]
  if (retired !== undefined) return { kind: 'retired', expiredOn: retired }
  if (CURRENT_RDS_CA_PATTERN.test(identifier)) return { kind: 'current', validTill: null }
  return { kind: 'unknown' }
}

/** "checked against DescribeCertificates in 123456789012 us-east-1" / "per the known list". */
export function catalogSource(catalog: RdsCaCatalog): string {
  return catalog.kind === 'live'
    ? `checked against DescribeCertificates in account ${catalog.account}, ${catalog.region}`
    : `per aws-cert-watch's list of RDS CAs (${CURRENT_RDS_CAS.join(', ')} are current); no AWS credentials here to ask DescribeCertificates`
}
