/**
 * ACM's ListCertificates and DescribeCertificate (JSON 1.1, `CertificateManager.<Op>`), with
 * ListCertificates' real defaults: without `Includes.keyTypes` only RSA_1024 and RSA_2048
 * certificates are listed, and without the top-level `CertificateKeyPairOrigins` member (it is
 * not inside `Includes` in the current model) only AWS_MANAGED and CUSTOMER_PROVIDED ones.
 * Timestamps are epoch seconds, as the JSON protocol sends them.
 */
import { AwsError } from './errors.js'
import { epochSeconds as epoch, integerInRange, stringArray, type JsonObject } from './json.js'
import { paginate } from './query.js'
import type { AcmCertificate, DomainValidation, RegionalHandler, RegionWorld } from './world.js'

export type AcmHandler = RegionalHandler<JsonObject, JsonObject>

const DEFAULT_KEY_TYPES = ['RSA_1024', 'RSA_2048']
const DEFAULT_ORIGINS = ['AWS_MANAGED', 'CUSTOMER_PROVIDED']
/** Every key type ACM issues or imports (the model's KeyAlgorithm). */
export const ACM_KEY_TYPES = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1'
] as const
const KEY_TYPES = new Set<string>(ACM_KEY_TYPES)
const STATUSES = new Set([
  'PENDING_VALIDATION',
  'ISSUED',
  'INACTIVE',
  'EXPIRED',
  'VALIDATION_TIMED_OUT',
  'REVOKED',
  'FAILED'
])
/** ACM's own page size when MaxItems is absent (our choice; the model states none). */
const DEFAULT_PAGE = 1000

function listCertificates(input: JsonObject, region: RegionWorld): JsonObject {
  const includes = (input.Includes ?? {}) as JsonObject
  const keyTypes =
    stringArray(includes.keyTypes, 'includes.keyTypes', KEY_TYPES) ?? DEFAULT_KEY_TYPES
  const origins =
    stringArray(input.CertificateKeyPairOrigins, 'certificateKeyPairOrigins') ?? DEFAULT_ORIGINS
  const statuses = stringArray(input.CertificateStatuses, 'certificateStatuses', STATUSES)
  const keyUsage = stringArray(includes.keyUsage, 'includes.keyUsage')
  const extendedKeyUsage = stringArray(includes.extendedKeyUsage, 'includes.extendedKeyUsage')
  const exportOption = includes.exportOption as string | undefined
  const managedBy = includes.managedBy as string | undefined
  const maxItems = integerInRange(input.MaxItems, 'maxItems', 1, 1000) ?? DEFAULT_PAGE
  if ((input.SortBy === undefined) !== (input.SortOrder === undefined)) {
    throw new AwsError('ValidationException', 'SortBy and SortOrder must be specified together')
  }
  let certificates = region.certificates.filter(
    (c) =>
      keyTypes.includes(c.keyAlgorithm) &&
      origins.includes(c.keyPairOrigin) &&
      (statuses === undefined || statuses.length === 0 || statuses.includes(c.status)) &&
      (keyUsage === undefined ||
        keyUsage.includes('ANY') ||
        c.keyUsages.some((u) => keyUsage.includes(u))) &&
      (extendedKeyUsage === undefined ||
        extendedKeyUsage.includes('ANY') ||
        c.extendedKeyUsages.some((u) => extendedKeyUsage.includes(u.name))) &&
      (exportOption === undefined || c.exportOption === exportOption) &&
      (managedBy === undefined || c.managedBy === managedBy)
  )
  if (input.SortBy === 'CREATED_AT') {
    const sign = input.SortOrder === 'DESCENDING' ? -1 : 1
    const at = (c: AcmCertificate) => (c.createdAt ?? c.importedAt ?? new Date(0)).getTime()
    certificates = [...certificates].sort((a, b) => sign * (at(a) - at(b)))
  }
  const fingerprint = JSON.stringify([
    keyTypes,
    origins,
    statuses,
    keyUsage,
    extendedKeyUsage,
    exportOption,
    managedBy,
    input.SortBy,
    input.SortOrder
  ])
  const { items, next } = paginate(
    certificates,
    input.NextToken as string | undefined,
    maxItems,
    fingerprint,
    'InvalidArgsException'
  )
  return { CertificateSummaryList: items.map(summary), NextToken: next }
}

function summary(c: AcmCertificate): JsonObject {
  return {
    CertificateArn: c.arn,
    DomainName: c.domain,
    SubjectAlternativeNameSummaries: c.sans.slice(0, 100),
    HasAdditionalSubjectAlternativeNames: c.sans.length > 100,
    Status: c.status,
    Type: c.type,
    KeyAlgorithm: c.keyAlgorithm,
    KeyUsages: c.keyUsages,
    ExtendedKeyUsages: c.extendedKeyUsages.map((u) => u.name),
    ExportOption: c.exportOption,
    InUse: c.inUseBy.length > 0,
    Exported: c.exported,
    RenewalEligibility: c.renewalEligibility,
    NotBefore: epoch(c.notBefore),
    NotAfter: epoch(c.notAfter),
    CreatedAt: epoch(c.createdAt),
    IssuedAt: epoch(c.issuedAt),
    ImportedAt: epoch(c.importedAt),
    RevokedAt: epoch(c.revokedAt),
    ManagedBy: c.managedBy,
    CertificateKeyPairOrigin: c.keyPairOrigin
  }
}

const ARN_RE = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/[A-Za-z0-9-]+$/

function describeCertificate(input: JsonObject, region: RegionWorld): JsonObject {
  const arn = input.CertificateArn
  if (typeof arn !== 'string' || arn.length < 20) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${String(arn)}' at 'certificateArn' failed to satisfy constraint: Member must have length greater than or equal to 20`
    )
  }
  if (!ARN_RE.test(arn))
    throw new AwsError('InvalidArnException', `String '${arn}' is not a valid ARN.`)
  const certificate = region.certificates.find((c) => c.arn === arn)
  if (!certificate)
    throw new AwsError('ResourceNotFoundException', `Could not find certificate ${arn}.`)
  return { Certificate: detail(certificate) }
}

function validationJson(v: DomainValidation): JsonObject {
  return {
    DomainName: v.domain,
    ValidationEmails: v.emails,
    ValidationDomain: v.validationDomain,
    ValidationStatus: v.status,
    ResourceRecord: v.record
      ? { Name: v.record.name, Type: v.record.type, Value: v.record.value }
      : undefined,
    ValidationMethod: v.method
  }
}

function detail(c: AcmCertificate): JsonObject {
  return {
    CertificateArn: c.arn,
    CertificateAuthorityArn: c.certificateAuthorityArn,
    DomainName: c.domain,
    SubjectAlternativeNames: c.sans,
    ManagedBy: c.managedBy,
    DomainValidationOptions: c.domainValidations?.map(validationJson),
    Serial: c.serial,
    Subject: c.subject,
    Issuer: c.issuer,
    CreatedAt: epoch(c.createdAt),
    IssuedAt: epoch(c.issuedAt),
    ImportedAt: epoch(c.importedAt),
    Status: c.status,
    RevokedAt: epoch(c.revokedAt),
    NotBefore: epoch(c.notBefore),
    NotAfter: epoch(c.notAfter),
    KeyAlgorithm: c.keyAlgorithm,
    SignatureAlgorithm: c.serial ? c.signatureAlgorithm : undefined,
    InUseBy: c.inUseBy,
    FailureReason: c.failureReason,
    Type: c.type,
    RenewalSummary: c.renewal
      ? {
          RenewalStatus: c.renewal.status,
          DomainValidationOptions: c.renewal.validations.map(validationJson),
          RenewalStatusReason: c.renewal.reason,
          UpdatedAt: epoch(c.renewal.updatedAt)
        }
      : undefined,
    KeyUsages: c.keyUsages.map((name) => ({ Name: name })),
    ExtendedKeyUsages: c.extendedKeyUsages.map((u) => ({ Name: u.name, OID: u.oid })),
    RenewalEligibility: c.renewalEligibility,
    Options: { CertificateTransparencyLoggingPreference: 'ENABLED', Export: c.exportOption },
    CertificateKeyPairOrigin: c.keyPairOrigin
  }
}

export const ACM_HANDLERS: Readonly<Record<string, AcmHandler>> = {
  ListCertificates: listCertificates,
  DescribeCertificate: describeCertificate
}
