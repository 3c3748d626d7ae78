/**
 * ACM in one account and region: every certificate from ListCertificates, and DescribeCertificate
 * only for those whose summary the evaluate stage flags (renewal details, validation, users).
 */
import {
  CertificateKeyPairOrigin,
  DescribeCertificateCommand,
  KeyAlgorithm,
  paginateListCertificates,
  type ACMClient,
  type CertificateDetail,
  type CertificateSummary,
  type DomainValidation
} from '@aws-sdk/client-acm'
import { summarizeAwsError } from '../../aws/aws-error.js'
import { FailureTally } from '../../aws/failure-tally.js'
import { isoDate } from '../../aws/iso-date.js'
import type { Location } from '../../model/index.js'
import { mapWithConcurrency } from '../../shared/pool.js'
import {
  undescribed,
  type AcmCertificateRecord,
  type AcmDomainValidation,
  type AcmInventory
} from './records.js'

export interface CollectAcmOptions {
  /** Whether the certificate's summary calls for DescribeCertificate. */
  needsDescribe: (certificate: AcmCertificateRecord) => boolean
  /** DescribeCertificate calls in flight at once (see DEFAULT_DESCRIBE_CONCURRENCY). */
  concurrency: number
  /** Aborts every call of the scan (its idle watchdog). */
  signal?: AbortSignal
  /** Told once the first ListCertificates page is in: the rest of the read is quota-paced. */
  listed?: () => void
}

/**
 * DescribeCertificate's published quota is 10 requests/s per account and region, and the
 * clients' pacer (src/aws/pacer.ts) sends them no faster. As many in flight as the quota's
 * burst keep a far region (300 ms a call) at the quota; more would only wait in the pacer.
 */
export const DEFAULT_DESCRIBE_CONCURRENCY = 10

/**
 * ListCertificates returns only RSA_1024 and RSA_2048 certificates unless every key type is
 * asked for, and leaves out ACME certificates unless their origin is.
 */
const ALL_KEY_TYPES: KeyAlgorithm[] = Object.values(KeyAlgorithm)
const ALL_KEY_PAIR_ORIGINS: CertificateKeyPairOrigin[] = Object.values(CertificateKeyPairOrigin)

/** ListCertificates' largest page (MaxItems). */
const PAGE_SIZE = 1000

/**
 * Describes start as each page arrives: ListCertificates is paced at 1 request/s, so waiting
 * for the last page would leave the DescribeCertificate quota idle for a second per page.
 */
export async function collectAcm(
  client: ACMClient,
  location: Location,
  opts: CollectAcmOptions
): Promise<AcmInventory> {
  const call = { abortSignal: opts.signal }
  const failures = new FailureTally('DescribeCertificate', opts.signal)
  const pages: Promise<(AcmCertificateRecord | null)[]>[] = []
  let wanted = 0
  try {
    for await (const page of paginateListCertificates(
      { client, pageSize: PAGE_SIZE },
      { Includes: { keyTypes: ALL_KEY_TYPES }, CertificateKeyPairOrigins: ALL_KEY_PAIR_ORIGINS },
      call
    )) {
      const listed = (page.CertificateSummaryList ?? []).map((s) => summaryRecord(s, location))
      const flagged = new Set(listed.filter(opts.needsDescribe))
      wanted += flagged.size
      pages.push(
        mapWithConcurrency(listed, opts.concurrency, (record) =>
          flagged.has(record)
            ? // The summary alone still proves expiry, imported and ineligible: keep it, undescribed.
              failures.attempt(() => describe(client, record, call), record)
            : Promise.resolve(record)
        )
      )
      if (pages.length === 1) opts.listed?.()
    }
  } catch (err) {
    // No describe may outlive the client the engine closes when this read fails.
    await Promise.allSettled(pages)
    throw err
  }
  const certificates = (await Promise.all(pages)).flat()
  const inventory: AcmInventory = {
    ...location,
    certificates: certificates.filter((c) => c !== null)
  }
  const note = failures.note(wanted, 'certificates not described')
  if (note !== null) inventory.incomplete = [note]
  return inventory
}

function summaryRecord(s: CertificateSummary, location: Location): AcmCertificateRecord {
  return {
    ...location,
    arn: s.CertificateArn ?? '',
    domainName: s.DomainName ?? '',
    subjectAlternativeNames: s.SubjectAlternativeNameSummaries ?? [],
    type: s.Type ?? '',
    status: s.Status ?? '',
    notBefore: isoDate(s.NotBefore),
    notAfter: isoDate(s.NotAfter),
    inUse: s.InUse ?? false,
    renewalEligibility: s.RenewalEligibility ?? null,
    keyAlgorithm: s.KeyAlgorithm ?? null,
    keyPairOrigin: s.CertificateKeyPairOrigin ?? null,
    extendedKeyUsages: s.ExtendedKeyUsages ?? [],
    exported: s.Exported ?? false,
    ...undescribed()
  }
}

/**
 * Adds DescribeCertificate's details. A certificate deleted between the list and this call is
 * gone (null); any other error is the caller's to record.
 */
async function describe(
  client: ACMClient,
  record: AcmCertificateRecord,
  call: { abortSignal: AbortSignal | undefined }
): Promise<AcmCertificateRecord | null> {
  let detail: CertificateDetail | undefined
  try {
    const out = await client.send(
      new DescribeCertificateCommand({ CertificateArn: record.arn }),
      call
    )
    detail = out.Certificate
  } catch (err) {
    if (summarizeAwsError(err).code === 'ResourceNotFoundException') return null
    throw err
  }
  if (detail === undefined) return record
  const renewal = detail.RenewalSummary
  return {
    ...record,
    // The summary lists at most 100 names; the detail has them all.
    subjectAlternativeNames: detail.SubjectAlternativeNames ?? record.subjectAlternativeNames,
    status: detail.Status ?? record.status,
    notBefore: isoDate(detail.NotBefore) ?? record.notBefore,
    notAfter: isoDate(detail.NotAfter) ?? record.notAfter,
    renewalEligibility: detail.RenewalEligibility ?? record.renewalEligibility,
    described: true,
    inUseBy: detail.InUseBy ?? [],
    certificateAuthorityArn: detail.CertificateAuthorityArn ?? null,
    renewalStatus: renewal?.RenewalStatus ?? null,
    renewalStatusReason: renewal?.RenewalStatusReason ?? null,
    domainValidations: (
      renewal?.DomainValidationOptions ??
      detail.DomainValidationOptions ??
      []
    ).map(domainValidation),
    failureReason: detail.FailureReason ?? null
  }
}

function domainValidation(v: DomainValidation): AcmDomainValidation {
  const record = v.ResourceRecord
  return {
    domainName: v.DomainName ?? '',
    validationMethod: v.ValidationMethod ?? null,
    validationStatus: v.ValidationStatus ?? null,
    validationEmails: v.ValidationEmails ?? [],
    resourceRecord:
      record === undefined
        ? null
        : { name: record.Name ?? '', type: record.Type ?? '', value: record.Value ?? '' }
  }
}
