/**
 * AWS Private CA's ListCertificateAuthorities (JSON 1.1, `ACMPrivateCA.<Op>`, signing name
 * `acm-pca`). MaxResults may be 1..1000 but, as the model says, "the action only returns a
 * maximum of 100 items". ResourceOwner SELF (the default) lists the account's own CAs;
 * OTHER_ACCOUNTS lists CAs shared through AWS RAM, of which the emulator has none.
 */
import { AwsError } from './errors.js'
import { epochSeconds as epoch, integerInRange, type JsonObject } from './json.js'
import { paginate } from './query.js'
import type { CertificateAuthority } from './tls-world.js'
import type { RegionalHandler } from './world.js'

export type PcaHandler = RegionalHandler<JsonObject, JsonObject>

const PAGE_CAP = 100
const OWNERS = new Set(['SELF', 'OTHER_ACCOUNTS'])

const listCertificateAuthorities: PcaHandler = (input, region) => {
  const size = Math.min(
    integerInRange(input.MaxResults, 'maxResults', 1, 1000) ?? PAGE_CAP,
    PAGE_CAP
  )
  const owner = input.ResourceOwner ?? 'SELF'
  if (typeof owner !== 'string' || !OWNERS.has(owner)) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${String(owner)}' at 'resourceOwner' failed to satisfy constraint: Member must satisfy enum value set: [SELF, OTHER_ACCOUNTS]`
    )
  }
  const cas = owner === 'SELF' ? region.certificateAuthorities : []
  const { items, next } = paginate(
    cas,
    input.NextToken as string | undefined,
    size,
    owner,
    'InvalidNextTokenException'
  )
  return {
    CertificateAuthorities: items.map((ca) => caJson(ca, region.account)),
    NextToken: next
  }
}

function caJson(ca: CertificateAuthority, account: string): JsonObject {
  return {
    Arn: ca.arn,
    OwnerAccount: account,
    CreatedAt: epoch(ca.createdAt),
    LastStateChangeAt: epoch(ca.lastStateChangeAt),
    Type: ca.type,
    Serial: ca.serial,
    Status: ca.status,
    NotBefore: epoch(ca.notBefore),
    NotAfter: epoch(ca.notAfter),
    FailureReason: ca.failureReason,
    CertificateAuthorityConfiguration: {
      KeyAlgorithm: 'RSA_2048',
      SigningAlgorithm: 'SHA256WITHRSA',
      Subject: { Country: 'US', Organization: ca.organization, CommonName: ca.commonName }
    },
    RevocationConfiguration: {
      CrlConfiguration: { Enabled: false },
      OcspConfiguration: { Enabled: false }
    },
    RestorableUntil: epoch(ca.restorableUntil),
    KeyStorageSecurityStandard: 'FIPS_140_2_LEVEL_3_OR_HIGHER',
    UsageMode: ca.usageMode
  }
}

export const PCA_HANDLERS: Readonly<Record<string, PcaHandler>> = {
  ListCertificateAuthorities: listCertificateAuthorities
}
