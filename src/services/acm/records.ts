/** What the ACM plug-in reads: one account and region's certificates. */
import type { CnameAnswer } from '../../collect/dns-resolver.js'
import type { Location } from '../../model/index.js'

/** One domain's validation state (from `DescribeCertificate`). */
export interface AcmDomainValidation {
  domainName: string
  /** `EMAIL` | `DNS` | `HTTP`. */
  validationMethod: string | null
  /** `PENDING_VALIDATION` | `SUCCESS` | `FAILED`. */
  validationStatus: string | null
  validationEmails: string[]
  /** The CNAME that DNS validation needs. */
  resourceRecord: { name: string; type: string; value: string } | null
}

/** An ACM certificate: the ListCertificates summary, plus DescribeCertificate when fetched. */
export interface AcmCertificateRecord extends Location {
  arn: string
  domainName: string
  subjectAlternativeNames: string[]
  /** `AMAZON_ISSUED` | `IMPORTED` | `PRIVATE`. */
  type: string
  /** `ISSUED` | `PENDING_VALIDATION` | `EXPIRED` | `FAILED` | `VALIDATION_TIMED_OUT` | ... */
  status: string
  notBefore: string | null
  notAfter: string | null
  inUse: boolean
  /** `ELIGIBLE` | `INELIGIBLE`. */
  renewalEligibility: string | null
  /** `RSA_2048`, `EC_prime256v1`, ... */
  keyAlgorithm: string | null
  /**
   * `AWS_MANAGED`, `CUSTOMER_PROVIDED` (imported) or `ACME`: an ACME certificate is renewed by
   * the ACME client that requested it, never by ACM.
   */
  keyPairOrigin: string | null
  /** The summary's ExtendedKeyUsages names (`TLS_WEB_SERVER_AUTHENTICATION`, ...). */
  extendedKeyUsages: string[]
  exported: boolean
  /** Whether DescribeCertificate was called: the fields below are null/empty otherwise. */
  described: boolean
  /** ARNs of the AWS resources that use it (DescribeCertificate). */
  inUseBy: string[]
  /** The private CA that signed it (DescribeCertificate; PRIVATE certificates only). */
  certificateAuthorityArn: string | null
  /** `PENDING_AUTO_RENEWAL` | `PENDING_VALIDATION` | `SUCCESS` | `FAILED`. */
  renewalStatus: string | null
  renewalStatusReason: string | null
  /** RenewalSummary.DomainValidationOptions when a renewal is under way, else the issuance's. */
  domainValidations: AcmDomainValidation[]
  failureReason: string | null
  /**
   * What public DNS answered for its DNS validation CNAMEs (`dns-check`), for certificates whose
   * managed renewal is near; empty when not asked.
   */
  validationDns: ValidationDnsCheck[]
}

/**
 * The fields only DescribeCertificate (and the DNS check) fill, as a summary leaves them: what
 * every record built from a ListCertificates summary starts with (fresh lists each time).
 */
export function undescribed(): Pick<
  AcmCertificateRecord,
  | 'described'
  | 'inUseBy'
  | 'certificateAuthorityArn'
  | 'renewalStatus'
  | 'renewalStatusReason'
  | 'domainValidations'
  | 'failureReason'
  | 'validationDns'
> {
  return {
    described: false,
    inUseBy: [],
    certificateAuthorityArn: null,
    renewalStatus: null,
    renewalStatusReason: null,
    domainValidations: [],
    failureReason: null,
    validationDns: []
  }
}

/** One DNS validation CNAME, as ACM expects it and as public DNS answered. */
export interface ValidationDnsCheck {
  domainName: string
  record: { name: string; type: string; value: string }
  answer: CnameAnswer
}

/** Everything collected for ACM in one account and region. */
export interface AcmInventory extends Location {
  certificates: AcmCertificateRecord[]
  /**
   * Calls that failed after the list was read (DescribeCertificate): the certificates stay, with
   * only their summary, and the coverage row says which checks are missing. Absent when none.
   */
  incomplete?: string[]
  /**
   * Validation records DNS did not answer for (`dns-check`): said on the coverage row, which
   * stays `ok`, since a timeout proves nothing either way. Absent when none.
   */
  dnsNote?: string
}
