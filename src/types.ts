/**
 * The data every stage shares. Each stage reads the types of the stage before it and produces
 * its own; nothing else crosses a stage boundary (see ../shared/DESIGN.md, "Pipeline").
 *
 * Dates are ISO-8601 strings in UTC (`2026-11-23T00:00:00.000Z`) so that records serialise to the
 * JSON report unchanged; `null` means AWS did not say.
 */

/** A service the scan knows how to collect. */
export type ServiceName = 'rds' | 'acm'

/** How soon something breaks if nobody acts, most urgent first. */
export type Severity = 'expired' | 'critical' | 'warning' | 'notice'

/** `max-severity` output: the worst severity among the findings, or `none`. */
export type MaxSeverity = Severity | 'none'

/** `fail-on` input: the least severity that fails the step. */
export type FailOn = 'none' | 'warning' | 'critical' | 'expired'

/** Severities from most to least urgent; index order is rank order. */
export const SEVERITIES: readonly Severity[] = ['expired', 'critical', 'warning', 'notice']

// ---------------------------------------------------------------------------------------------
// config
// ---------------------------------------------------------------------------------------------

/** Validated settings: the only thing the rest of the pipeline reads of the user's input. */
export interface Settings {
  /** Regions to scan, validated against the known region list, deduplicated, in input order. */
  regions: string[]
  /** Services to scan (`services`, default `rds,acm`). */
  services: ServiceName[]
  /**
   * Role ARNs to assume (`role-to-assume`): one per account. Empty means "use the credentials
   * the SDK's default chain finds" and scan that one account.
   */
  rolesToAssume: string[]
  /** `role-session-name`, default `aws-cert-watch`. */
  roleSessionName: string
  /** OIDC audience (`audience`), default `sts.amazonaws.com`. */
  audience: string
  /** Home region for STS calls (`aws-region`), default `us-east-1`. */
  awsRegion: string
  /** Days before expiry at which a finding becomes `warning` (default 45). */
  warningDays: number
  /** Days before expiry at which a finding becomes `critical` (default 14); < warningDays. */
  criticalDays: number
  /** Least severity that fails the step (`fail-on`, default `none`). */
  failOn: FailOn
  /** GitHub token for the tracking issue; empty disables the issue. Never logged. */
  githubToken: string
  /** Whether to keep the tracking issue (`issue`, default true). */
  issue: boolean
  /** Title of the tracking issue (`issue-title`). */
  issueTitle: string
  /** Labels put on the tracking issue (`issue-labels`, default `aws-cert-watch`). */
  issueLabels: string[]
  /** Distinguishes several tracking issues in one repository (`issue-key`, default ''). */
  issueKey: string
  /** Close the tracking issue when nothing needs action (`close-when-clear`, default true). */
  closeWhenClear: boolean
  /** Where the JSON report is written (`report-path`). */
  reportPath: string
  /** ARN glob patterns (`*` any run of characters, `?` one) of resources to leave out. */
  ignore: string[]
  /** The CA that remediation commands rotate to (`target-ca`, default `rds-ca-rsa2048-g1`). */
  targetCa: string
}

/** Thresholds as the evaluate stage and the report see them. */
export interface Thresholds {
  warningDays: number
  criticalDays: number
}

// ---------------------------------------------------------------------------------------------
// collect: plain inventory records, no judgement
// ---------------------------------------------------------------------------------------------

/** Where a record came from. */
export interface Location {
  /** 12-digit AWS account id. */
  account: string
  region: string
}

/** A CA as `DescribeCertificates` lists it for one region. */
export interface RdsCaRecord extends Location {
  /** e.g. `rds-ca-rsa2048-g1`. */
  identifier: string
  validFrom: string | null
  validTill: string | null
  /** The account overrides the default CA for new launches with this one. */
  customerOverride: boolean
  customerOverrideValidTill: string | null
  /** New instances in this account and region get this CA. */
  defaultForNewLaunches: boolean
}

/** An RDS / Aurora / DocumentDB / Neptune DB instance (one `DescribeDBInstances` entry). */
export interface RdsInstanceRecord extends Location {
  identifier: string
  arn: string
  /** `mysql`, `aurora-postgresql`, `docdb`, `neptune`, `custom-oracle-ee`, ... */
  engine: string
  engineVersion: string
  /** Aurora / DocumentDB / Neptune cluster the instance belongs to. */
  clusterIdentifier: string | null
  /** `CACertificateIdentifier`; null for RDS Custom and other engines without one. */
  caIdentifier: string | null
  /** `CertificateDetails.CAIdentifier`. */
  serverCertCa: string | null
  /** `CertificateDetails.ValidTill`: when the instance's server certificate expires. */
  serverCertValidTill: string | null
}

/** A Multi-AZ DB cluster that carries its own `CertificateDetails`. */
export interface RdsClusterRecord extends Location {
  identifier: string
  arn: string
  engine: string
  engineVersion: string
  caIdentifier: string | null
  serverCertValidTill: string | null
}

/** A pending maintenance action (`DescribePendingMaintenanceActions`) on one resource. */
export interface RdsMaintenanceRecord extends Location {
  resourceArn: string
  /** e.g. `ca-certificate-rotation`, `system-update`. */
  action: string
  autoAppliedAfterDate: string | null
  forcedApplyDate: string | null
  currentApplyDate: string | null
  optInStatus: string | null
  description: string | null
}

/** What `DescribeDBEngineVersions` says about one engine version. */
export interface RdsEngineVersionRecord {
  engine: string
  engineVersion: string
  /** null when AWS did not say (older engines omit the field). */
  supportsCertificateRotationWithoutRestart: boolean | null
  supportedCaIdentifiers: string[]
}

/** Everything collected for RDS in one account and region. */
export interface RdsInventory extends Location {
  instances: RdsInstanceRecord[]
  clusters: RdsClusterRecord[]
  cas: RdsCaRecord[]
  maintenance: RdsMaintenanceRecord[]
  /** Only for the engine/version pairs of instances that have a problem. */
  engineVersions: RdsEngineVersionRecord[]
  /**
   * Supporting calls that failed while the instances were read (e.g. `DescribeCertificates:
   * AccessDenied (HTTP 403): ...`): the checks that need them are missing from this region's
   * findings, and its coverage row says so. Absent or empty when everything was read.
   */
  incomplete?: string[]
}

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
  exported: boolean
  /** Whether DescribeCertificate was called: the fields below are null/empty otherwise. */
  described: boolean
  /** ARNs of the AWS resources that use it (DescribeCertificate). */
  inUseBy: string[]
  /** `PENDING_AUTO_RENEWAL` | `PENDING_VALIDATION` | `SUCCESS` | `FAILED`. */
  renewalStatus: string | null
  renewalStatusReason: string | null
  /** RenewalSummary.DomainValidationOptions when a renewal is under way, else the issuance's. */
  domainValidations: AcmDomainValidation[]
  failureReason: string | null
}

/** Everything collected for ACM in one account and region. */
export interface AcmInventory extends Location {
  certificates: AcmCertificateRecord[]
  /**
   * Calls that failed after the list was read (DescribeCertificate): the certificates stay, with
   * only their summary, and the coverage row says which checks are missing. Absent when none.
   */
  incomplete?: string[]
}

/** How one account x region x service went. */
export interface CoverageRow {
  account: string
  region: string
  service: ServiceName
  status: 'ok' | 'failed' | 'skipped'
  /** For `failed`: the AWS error code and message; for `ok`: what was scanned. */
  detail: string
}

/** The collect stage's whole output. */
export interface Inventory {
  rds: RdsInventory[]
  acm: AcmInventory[]
  coverage: CoverageRow[]
}

// ---------------------------------------------------------------------------------------------
// evaluate: findings
// ---------------------------------------------------------------------------------------------

/** Every reason the evaluate stage can give (DESIGN.md, "Reason codes"). */
export type ReasonCode =
  | 'rds-ca-expired'
  | 'rds-ca-expiring'
  | 'rds-ca-retired'
  | 'rds-server-cert-expired'
  | 'rds-server-cert-expiring'
  | 'rds-rotation-scheduled'
  | 'rds-default-ca-expiring'
  | 'acm-expired'
  | 'acm-expiring'
  | 'acm-imported'
  | 'acm-ineligible'
  | 'acm-renewal-stalled'
  | 'acm-renewal-failed'
  | 'acm-renewal-pending-validation'
  | 'acm-email-validation'
  | 'acm-validation-record-missing'
  | 'acm-failed'

/** One reason a resource needs action. */
export interface Reason {
  code: ReasonCode
  severity: Severity
  /** One sentence, plain text (renderers escape it). */
  message: string
}

/** One step that fixes (part of) a finding. */
export interface Remediation {
  /** Plain-text sentence. */
  summary: string
  /** A command to run as is (AWS CLI or SQL); '' when the step is not a command. */
  command: string
}

/** The kind of resource a finding is about. */
export type ResourceType = 'db-instance' | 'db-cluster' | 'rds-default-ca' | 'acm-certificate'

/** One resource needing action, with every reason. Serialised as is into the report. */
export interface Finding {
  /** Stable across runs: `${service}:${account}:${region}:${resourceId}`. Keys issue checkboxes. */
  id: string
  service: ServiceName
  resourceType: ResourceType
  resourceId: string
  resourceArn: string
  /**
   * A human-readable name when resourceId is not one: the ACM certificate's domain name (its
   * resourceId is the certificate's UUID). Absent for RDS, whose identifiers are names.
   */
  resourceName?: string
  account: string
  region: string
  /** The most urgent of the reasons' severities. */
  severity: Severity
  /** The earliest date that breaks something; null when there is none (e.g. retired CA). */
  expiresAt: string | null
  /** Whole days from the scan's clock to expiresAt (negative when past); null with it. */
  daysLeft: number | null
  reasons: Reason[]
  remediation: Remediation[]
}

// ---------------------------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------------------------

/** The JSON report (`report-path`), schemaVersion 1. Field names are a public contract. */
export interface Report {
  schemaVersion: 1
  generatedAt: string
  thresholds: Thresholds
  scope: { accounts: string[]; regions: string[]; services: ServiceName[] }
  coverage: CoverageRow[]
  /** Most urgent first, then by expiry, then by id. */
  findings: Finding[]
  totals: {
    expired: number
    critical: number
    warning: number
    notice: number
    resourcesScanned: { rds: number; acm: number }
    /** Resources left out by `ignore` patterns. */
    ignored: number
  }
}
