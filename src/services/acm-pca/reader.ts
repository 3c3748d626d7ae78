/** AWS Private CA in one account and region: every CA the account owns, with its dates and status. */
import {
  paginateListCertificateAuthorities,
  type ACMPCAClient,
  type CertificateAuthority
} from '@aws-sdk/client-acm-pca'
import { isoDate } from '../../aws/iso-date.js'
import { allItems } from '../../aws/pages.js'
import type { Location } from '../../model/index.js'
import type { CertificateAuthorityRecord, PcaInventory } from './records.js'

/** ListCertificateAuthorities returns at most 100 CAs a page, whatever MaxResults says. */
const PAGE_SIZE = 100

export async function collectPca(
  client: ACMPCAClient,
  location: Location,
  signal: AbortSignal
): Promise<PcaInventory> {
  const cas = await allItems(
    // SELF (the default): a CA shared from another account is read in that account's scan.
    paginateListCertificateAuthorities(
      { client, pageSize: PAGE_SIZE },
      { ResourceOwner: 'SELF' },
      { abortSignal: signal }
    ),
    (page) => page.CertificateAuthorities
  )
  return { ...location, certificateAuthorities: cas.map((ca) => record(ca, location)) }
}

function record(ca: CertificateAuthority, location: Location): CertificateAuthorityRecord {
  const arn = ca.Arn ?? ''
  const configuration = ca.CertificateAuthorityConfiguration
  return {
    ...location,
    arn,
    id: arn.slice(arn.lastIndexOf('/') + 1),
    commonName: configuration?.Subject?.CommonName ?? null,
    type: ca.Type ?? null,
    status: ca.Status ?? '',
    notBefore: isoDate(ca.NotBefore),
    notAfter: isoDate(ca.NotAfter),
    failureReason: ca.FailureReason ?? null,
    restorableUntil: isoDate(ca.RestorableUntil),
    signingAlgorithm: configuration?.SigningAlgorithm ?? null
  }
}
