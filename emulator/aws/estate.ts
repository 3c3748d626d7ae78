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
  /**
   * An AWS Organization that every account of the estate belongs to (served by Organizations'
   * ListAccounts and DescribeOrganization). Absent: no account is in an organization, and both
   * answer AWSOrganizationsNotInUseException.
   */
  organization?: OrganizationSpec
  /** Account id (12 digits) -> account. */
  accounts: Record<string, AccountSpec>
}

/** An organization account's `State` (Organizations' AccountState). */
export type AccountState =
  'ACTIVE' | 'SUSPENDED' | 'PENDING_ACTIVATION' | 'PENDING_CLOSURE' | 'CLOSED'

export const ACCOUNT_STATES: readonly AccountState[] = [
  'ACTIVE',
  'SUSPENDED',
  'PENDING_ACTIVATION',
  'PENDING_CLOSURE',
  'CLOSED'
]

export interface OrganizationSpec {
  /** The management account: an account of the estate. */
  managementAccount: string
  /** `o-` + 10 to 32 lowercase letters or digits. Default: derived from the management account. */
  id?: string
  /**
   * Member accounts registered as delegated administrators: they may call ListAccounts too (any
   * other member gets AccessDeniedException). Not the management account.
   */
  delegatedAdministrators?: string[]
  /**
   * Organization accounts the estate has no resources for (closed or suspended ones, say):
   * ListAccounts lists them, but they are not estate accounts (nothing can be called in them).
   * Account id (12 digits, not one of `accounts`) -> member.
   */
  members?: Record<string, OrganizationMemberSpec>
  /**
   * Zero-based numbers of the ListAccounts pages that come back empty with a NextToken, as AWS
   * may answer; the accounts continue on the next page. Counted per listing, from its first call.
   */
  emptyPages?: number[]
  /**
   * Answer the account's legacy `Status` only, and no `State`: the shape before `State` existed,
   * for testing a caller's fallback. Default false: `State` only, as since Status was retired
   * (2026-09-09).
   */
  statusOnly?: boolean
}

export interface OrganizationMemberSpec {
  /** Default: the account id. */
  name?: string
  /** Default: derived from the account id. */
  email?: string
  /** Default `ACTIVE`. */
  state?: AccountState
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
   * role name is accepted (the ARN must still be well formed). Listing roles without the member
   * role a caller assumes is how an account that lacks that role is described.
   */
  roles?: string[]
  /**
   * Role name -> the principals its trust policy allows to AssumeRole it: role ARNs
   * (`arn:aws:iam::<account>:role/<name>`), other IAM or STS principal ARNs, or 12-digit account
   * ids (any principal of that account; `arn:aws:iam::<account>:root` means the same). A caller
   * not listed gets AccessDenied. A role without an entry trusts every caller, as before; the
   * entry governs AssumeRole only (AssumeRoleWithWebIdentity's trust is the OIDC provider's). A
   * role named here must be among `roles` when `roles` is given.
   */
  roleTrust?: Record<string, string[]>
  /** The account's organization `State` (only with `organization`). Default `ACTIVE`. */
  state?: AccountState
  /** The account's root email, as Organizations lists it. Default: derived from the id. */
  email?: string
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
  /**
   * Default: derived: issued certificates live 13 months (imported ones a year, ACME ones 45 days)
   * ending at notAfter.
   */
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
  /**
   * What the emulator's DNS server (`dns: true`) answers for the certificate's DNS validation
   * CNAMEs: `present` (default), `missing` (NXDOMAIN: someone deleted it), `wrong` (a CNAME to
   * another value, say a record left from an older certificate).
   */
  validationRecord?: 'present' | 'missing' | 'wrong'
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
  /**
   * ACM's names, e.g. `TLS_WEB_CLIENT_AUTHENTICATION` for a certificate that still carries the
   * client-authentication EKU. Default `TLS_WEB_SERVER_AUTHENTICATION` alone, as ACM has issued
   * since June 2025.
   */
  extendedKeyUsages?: string[]
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
  try {
    checkAccess(estate)
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error })
  }
  return estate
}

const ACCOUNT_ID_RE = /^\d{12}$/
/** Organizations' OrganizationId. */
const ORGANIZATION_ID_RE = /^o-[a-z0-9]{10,32}$/
/** Organizations' Email: 6 to 64 characters. */
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** What a trust policy's `Principal.AWS` may name: an account, or an IAM or STS principal. */
const PRINCIPAL_RE =
  /^(?:\d{12}|arn:aws:iam::\d{12}:(?:root|(?:role|user)\/[\w+=,.@/-]+)|arn:aws:sts::\d{12}:assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+)$/

/**
 * Checks what decides who reaches which account (the organization, role trust), so that a typo
 * stops the emulator at start with the field named rather than surfacing as an AccessDenied.
 */
export function checkAccess(estate: Estate): void {
  const organization = estate.organization
  for (const [id, account] of Object.entries(estate.accounts)) {
    const where = `accounts.${id}`
    for (const [role, principals] of Object.entries(account.roleTrust ?? {})) {
      if (account.roles && !account.roles.includes(role)) {
        throw new Error(`${where}.roleTrust names role "${role}", which ${where}.roles lacks`)
      }
      if (!Array.isArray(principals)) {
        throw new Error(`${where}.roleTrust.${role}: not a list of principals`)
      }
      for (const principal of principals as unknown[]) {
        if (typeof principal !== 'string' || !PRINCIPAL_RE.test(principal)) {
          throw new Error(
            `${where}.roleTrust.${role}: ${JSON.stringify(principal)} is neither a 12-digit account id nor an IAM or STS principal ARN`
          )
        }
      }
    }
    if (!organization && (account.state !== undefined || account.email !== undefined)) {
      throw new Error(
        `${where}: "state" and "email" are organization fields; there is no "organization"`
      )
    }
    checkMember(where, account)
  }
  if (!organization) return
  const { managementAccount, members = {} } = organization
  if (typeof managementAccount !== 'string' || !estate.accounts[managementAccount]) {
    throw new Error(
      `organization.managementAccount ${JSON.stringify(managementAccount)} is not an account of the estate`
    )
  }
  if (organization.id !== undefined && !ORGANIZATION_ID_RE.test(organization.id)) {
    throw new Error(
      `organization.id "${organization.id}": use o- and 10 to 32 lowercase letters or digits`
    )
  }
  for (const [id, member] of Object.entries(members)) {
    const where = `organization.members.${id}`
    if (!ACCOUNT_ID_RE.test(id)) throw new Error(`${where}: the account id is not 12 digits`)
    if (estate.accounts[id]) {
      throw new Error(
        `${where} is an account of the estate, a member already (its state goes in accounts.${id}.state)`
      )
    }
    checkMember(where, member)
  }
  for (const admin of organization.delegatedAdministrators ?? []) {
    if (admin === managementAccount) {
      throw new Error(`organization.delegatedAdministrators: ${admin} is the management account`)
    }
    if (!estate.accounts[admin] && !members[admin]) {
      throw new Error(`organization.delegatedAdministrators: ${admin} is not in the organization`)
    }
  }
  for (const page of organization.emptyPages ?? []) {
    if (!Number.isInteger(page) || page < 0) {
      throw new Error(
        `organization.emptyPages: ${JSON.stringify(page)} is not a page number (0, 1, ...)`
      )
    }
  }
  if (organization.statusOnly !== undefined && typeof organization.statusOnly !== 'boolean') {
    throw new Error('organization.statusOnly: true or false')
  }
}

/** An organization account's `state` and `email`, wherever the estate gives them. */
function checkMember(where: string, member: { state?: AccountState; email?: string }): void {
  if (member.state !== undefined && !ACCOUNT_STATES.includes(member.state)) {
    throw new Error(`${where}.state "${member.state}": one of ${ACCOUNT_STATES.join(', ')}`)
  }
  const email = member.email
  if (email !== undefined && (!EMAIL_RE.test(email) || email.length < 6 || email.length > 64)) {
    throw new Error(`${where}.email "${email}": not an email address of 6 to 64 characters`)
  }
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
