/**
 * The estate file: a JSON description of the AWS resources the emulator serves. It is written by
 * hand (estates/*.json) or by generate.ts. Only what makes a resource interesting is required;
 * everything else (ARNs, thumbprints, serials, creation dates, validation records) is derived in
 * world.ts, so small estates stay short. estates/README.md documents the format for users.
 *
 * Dates (`DateSpec`) are either absolute ISO-8601 strings or relative to the emulator's clock:
 * `now`, `+30d`, `-2d`, `+6h`, `+15m`, `-90s`. Relative dates keep fixtures from rotting.
 */
import { readFileSync } from 'node:fs'
import type { Knobs } from './knobs.js'

/** An absolute ISO-8601 date, or `now` / `+Nd` / `-Nh` / `+Nm` / `+Ns` relative to the clock. */
export type DateSpec = string

/** `resolveDate` bound to the emulator's clock; undefined stays undefined. */
export type DateOf = (spec: DateSpec | undefined) => Date | undefined

export interface Estate {
  /** Free text shown by the CLI; optional. */
  description?: string
  /**
   * Account that static access keys belong to (credentials not issued by STS). Default: the
   * first key of `accounts`.
   */
  defaultAccount?: string
  /**
   * Static access keys the emulator accepts (signatures are verified with the secret). Default:
   * one key, `AKIAEMULATOR0EXAMPLE` / `emulator-secret-access-key`.
   */
  credentials?: StaticCredential[]
  /**
   * When set, AssumeRoleWithWebIdentity rejects a JWT whose `aud` claim differs, with
   * InvalidIdentityToken. Tokens that are not JWTs are accepted as opaque strings.
   */
  expectedAudience?: string
  /** Engine versions known in every region (a region's `rds.engineVersions` adds to these). */
  engineVersions?: EngineVersionSpec[]
  /** Latency, quotas and faults; the server's own `knobs` option overrides these. */
  knobs?: Partial<Knobs>
  /** Account id (12 digits) -> account. */
  accounts: Record<string, AccountSpec>
}

export interface StaticCredential {
  accessKeyId: string
  secretAccessKey: string
  /** IAM user name GetCallerIdentity reports. Default `emulator`. */
  userName?: string
}

export interface AccountSpec {
  /** A human name (`prod`), used in derived domain names and by the CLI. Optional. */
  name?: string
  /** IAM (global: served whatever the signing region). */
  iam?: IamSpec
  /** CloudFront (global). */
  cloudfront?: CloudFrontSpec
  /**
   * Role names that AssumeRole / AssumeRoleWithWebIdentity accept in this account. Absent: any
   * role name is accepted (the ARN must still be well formed).
   */
  roles?: string[]
  /**
   * Enabled regions -> resources. A region not listed here answers like an opt-in region
   * that is not enabled for the account.
   */
  regions: Record<string, RegionSpec>
}

export interface RegionSpec {
  rds?: RdsSpec
  acm?: AcmSpec
  elb?: ElbSpec
  acmPca?: AcmPcaSpec
}

/**
 * The certificate a listener or distribution serves: an IAM server certificate of the account by
 * name, an ACM certificate by domain (the first one of that domain in the region's list), or any
 * ARN as it is (a deleted certificate, another account's). A name or domain the estate does not
 * have is an error when the emulator starts.
 */
export type CertificateRef =
  | { iam: string }
  | {
      acm: string
      /** Default: the referencing resource's region; us-east-1 for CloudFront, which uses no other. */
      region?: string
    }
  | { arn: string }

export interface IamSpec {
  serverCertificates?: ServerCertificateSpec[]
}

export interface ServerCertificateSpec {
  /** ServerCertificateName. */
  name: string
  /** Default `/`; must begin and end with `/`. */
  path?: string
  expiration: DateSpec
  /** Default: derived, 30-330 days ago and before the expiration. */
  uploadDate?: DateSpec
}

export interface CloudFrontSpec {
  distributions?: DistributionSpec[]
}

export interface DistributionSpec {
  /** Distribution id (`E` + 13 characters). Default: derived from the account and position. */
  id?: string
  /** CNAMEs. Default none. */
  aliases?: string[]
  /** Default true. */
  enabled?: boolean
  /** `Deployed` (default) or `InProgress`. */
  status?: string
  /** Absent: CloudFront's default certificate (*.cloudfront.net). */
  certificate?: CertificateRef
}

export interface ElbSpec {
  /** Classic Load Balancers (the 2012-06-01 API). */
  classic?: ClassicLoadBalancerSpec[]
  /** Application and Network Load Balancers (the 2015-12-01 API). */
  loadBalancers?: LoadBalancerSpec[]
}

export interface ClassicLoadBalancerSpec {
  name: string
  /** `internet-facing` (default) or `internal`. */
  scheme?: string
  listeners: ClassicListenerSpec[]
}

export interface ClassicListenerSpec {
  protocol: 'HTTPS' | 'SSL' | 'HTTP' | 'TCP'
  port: number
  /** Default 80. */
  instancePort?: number
  /** Required for HTTPS and SSL, refused for HTTP and TCP. */
  certificate?: CertificateRef
}

export interface LoadBalancerSpec {
  name: string
  /** `application` (default) or `network`. */
  type?: 'application' | 'network'
  /**
   * The ARN's last part (16 hex digits). Default: derived from account, region and name; give it
   * to match an ARN an ACM certificate's `inUseBy` already names.
   */
  id?: string
  /** `internet-facing` (default) or `internal`. */
  scheme?: string
  /** `active` (default), `provisioning`, `active_impaired`, `failed`. */
  state?: string
  listeners: ListenerSpec[]
}

export interface ListenerSpec {
  port: number
  /** HTTP and HTTPS on application load balancers, TCP and TLS on network ones. */
  protocol: 'HTTPS' | 'TLS' | 'HTTP' | 'TCP'
  /** The default certificate: required for HTTPS and TLS, refused for HTTP and TCP. */
  certificate?: CertificateRef
  /** Further certificates served by SNI (DescribeListenerCertificates lists them). */
  sniCertificates?: CertificateRef[]
}

export interface AcmPcaSpec {
  certificateAuthorities?: CertificateAuthoritySpec[]
}

export interface CertificateAuthoritySpec {
  /** The CA's subject CN; ACM certificates name their issuer by it (`certificateAuthority`). */
  commonName: string
  /** `ROOT` (default) or `SUBORDINATE`. */
  type?: string
  /**
   * `ACTIVE` (default; `EXPIRED` once notAfter has passed), `DISABLED`, `EXPIRED`, `FAILED`,
   * `PENDING_CERTIFICATE`, `CREATING`, `DELETED`. CREATING, PENDING_CERTIFICATE and FAILED CAs
   * have no CA certificate, so no dates or serial are served for them.
   */
  status?: string
  /** Default: ten years before notAfter. */
  notBefore?: DateSpec
  /** Also the latest a certificate it signs can expire (see AcmCertificateSpec.notAfter). */
  notAfter: DateSpec
  /** For FAILED: `REQUEST_TIMED_OUT`, `UNSUPPORTED_ALGORITHM`, `OTHER`. */
  failureReason?: string
  /** `GENERAL_PURPOSE` (default) or `SHORT_LIVED_CERTIFICATE`. */
  usageMode?: string
}

export interface RdsSpec {
  instances?: DbInstanceSpec[]
  clusters?: DbClusterSpec[]
  /**
   * The CAs DescribeCertificates lists in this region. Absent: AWS's current real list
   * (rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1). Entries naming a real CA inherit
   * its thumbprint and dates unless they give their own.
   */
  certificates?: CaSpec[]
  /**
   * The account-level override of the default CA for new launches (ModifyCertificates): the
   * named CA gets CustomerOverride=true and becomes DefaultCertificateForNewLaunches.
   */
  customerOverride?: { identifier: string; validTill?: DateSpec }
  pendingMaintenance?: PendingMaintenanceSpec[]
  /** Engine versions of this region, added to (and overriding) the estate-level ones. */
  engineVersions?: EngineVersionSpec[]
}

export interface CaSpec {
  identifier: string
  /** Default `CA`. */
  type?: string
  /** Hex SHA-1; derived from the identifier when absent. */
  thumbprint?: string
  validFrom?: DateSpec
  validTill?: DateSpec
}

export interface DbInstanceSpec {
  /** DBInstanceIdentifier. */
  id: string
  /** `mysql`, `postgres`, `aurora-mysql`, `docdb`, `neptune`, `custom-oracle-ee`, ... */
  engine: string
  /** Default: a current version of the engine (see world.ts). */
  engineVersion?: string
  /** Default `db.t3.medium` (`db.r6g.large` for cluster members). */
  instanceClass?: string
  /** Default `available`. */
  status?: string
  /** DBClusterIdentifier of the Aurora / DocumentDB / Neptune cluster it belongs to. */
  cluster?: string
  /**
   * CACertificateIdentifier. Default: the region's CA for new launches; `null` for RDS Custom
   * (engines `custom-*`), which has no CA.
   */
  ca?: string | null
  /**
   * CertificateDetails.ValidTill (the server certificate). Default: about a year ahead but never
   * after the CA. `null` omits CertificateDetails (e.g. some Neptune instances).
   */
  serverCertValidTill?: DateSpec | null
  /** Default: derived from the identifier, 60-400 days ago. */
  createdAt?: DateSpec
  multiAz?: boolean
}

export interface DbClusterSpec {
  /** DBClusterIdentifier. */
  id: string
  engine: string
  engineVersion?: string
  status?: string
  /**
   * A Multi-AZ DB cluster (RDS for MySQL/PostgreSQL with DBClusterInstanceClass): only these
   * carry CertificateDetails on the cluster. Default false (Aurora & co. do not).
   */
  multiAzDbCluster?: boolean
  /** For Multi-AZ DB clusters: the CA (default: the region's default CA). */
  ca?: string
  /** For Multi-AZ DB clusters: CertificateDetails.ValidTill. */
  serverCertValidTill?: DateSpec
  createdAt?: DateSpec
}

export interface PendingMaintenanceSpec {
  /** A DB instance or cluster identifier of this region, or a full ARN. */
  resource: string
  /** e.g. `ca-certificate-rotation`, `system-update`, `db-upgrade`. */
  action: string
  autoAppliedAfter?: DateSpec
  forcedApply?: DateSpec
  /** Default: the earlier of autoAppliedAfter and forcedApply. */
  currentApply?: DateSpec
  /** e.g. `next-maintenance`, `immediate`. */
  optInStatus?: string
  /** Default: AWS's usual text for the action. */
  description?: string
}

export interface EngineVersionSpec {
  engine: string
  version: string
  /** `null` omits the field, as AWS does for engines that do not say. */
  supportsCertificateRotationWithoutRestart?: boolean | null
  /** Default: the region's CA identifiers. */
  supportedCaIdentifiers?: string[]
  description?: string
}

export interface AcmSpec {
  certificates?: AcmCertificateSpec[]
}

export interface AcmCertificateSpec {
  domain: string
  /** Extra names; DomainName is always the first SAN. */
  sans?: string[]
  /** Certificate id (the ARN's last part). Default: a UUID derived from account/region/domain. */
  id?: string
  /** `AMAZON_ISSUED` (default), `IMPORTED`, `PRIVATE`. */
  type?: string
  /** Default `ISSUED`. */
  status?: string
  /** One of the seven ACM key algorithms. Default `RSA_2048`. */
  keyAlgorithm?: string
  /** Default: derived (issued certificates: 13 months ending at notAfter). */
  notBefore?: DateSpec
  /**
   * Default: for issued certificates, derived from the id, 100-390 days ahead, but never after the
   * private CA that signed it (a CA cannot sign past its own expiry).
   */
  notAfter?: DateSpec
  createdAt?: DateSpec
  /**
   * ARNs of resources using it that the estate does not describe. The estate's own load
   * balancers and distributions that serve it are added to these. Empty: not in use.
   */
  inUseBy?: string[]
  exported?: boolean
  /** `ENABLED` | `DISABLED` (default). */
  exportOption?: string
  /** Default: derived as ACM does: AMAZON_ISSUED and (in use or exported) -> ELIGIBLE. */
  renewalEligibility?: string
  /** `DNS` (default for AMAZON_ISSUED) or `EMAIL` (or `HTTP`). */
  validationMethod?: string
  /** Validation state of the issuance's domains. Default: SUCCESS when ISSUED. */
  validationStatus?: string
  /** AMAZON_ISSUED only: a renewal under way (RenewalSummary). */
  renewal?: {
    status: string
    reason?: string
    updatedAt?: DateSpec
    /** Validation state of the renewal's domains; default derived from the status. */
    validationStatus?: string
  }
  /** e.g. `CAA_ERROR`, `NO_AVAILABLE_CONTACTS`, `DOMAIN_VALIDATION_DENIED`, `OTHER`. */
  failureReason?: string
  /** `AWS_MANAGED` (default), `CUSTOMER_PROVIDED` (default for IMPORTED), `ACME`. */
  keyPairOrigin?: string
  /** Issuer shown by DescribeCertificate; default `Amazon` / the import's issuer. */
  issuer?: string
  /** `CLOUDFRONT` for certificates managed by CloudFront. */
  managedBy?: string
  /** PRIVATE only: the commonName of the private CA of this region that signed it. */
  certificateAuthority?: string
  revokedAt?: DateSpec
}

/** Reads and parses an estate file; the emulator resolves its dates against its own clock. */
export function loadEstate(path: string): Estate {
  const estate = JSON.parse(readFileSync(path, 'utf8')) as Estate
  if (estate === null || typeof estate !== 'object' || typeof estate.accounts !== 'object') {
    throw new Error(`${path}: not an estate (no "accounts" object)`)
  }
  for (const account of Object.keys(estate.accounts)) {
    if (!/^\d{12}$/.test(account))
      throw new Error(`${path}: account id "${account}" is not 12 digits`)
  }
  return estate
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }

/** Resolves a DateSpec against the clock; throws on anything else so typos surface at start. */
export function resolveDate(spec: DateSpec, now: Date): Date {
  if (spec === 'now') return new Date(now.getTime())
  const relative = /^([+-])(\d+(?:\.\d+)?)([dhms])$/.exec(spec)
  if (relative) {
    const [, sign, amount, unit] = relative
    const ms = Number(amount) * (UNIT_MS[unit as string] as number)
    return new Date(now.getTime() + (sign === '-' ? -ms : ms))
  }
  const absolute = new Date(spec)
  if (Number.isNaN(absolute.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(spec)) {
    throw new Error(`invalid date "${spec}": use ISO-8601 or now/+Nd/-Nh/+Nm/+Ns`)
  }
  return absolute
}
