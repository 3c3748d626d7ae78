/**
 * The least work a complete scan of an estate must do, and the least time the quotas and the
 * endpoints' latency allow it: the yardstick the benchmark divides measured figures by. Pure
 * arithmetic over counts taken from the estate; nothing here measures anything.
 */
import { quotaBucket, type Quota } from '../../src/aws/quotas.js'

/** What one account and region holds, as far as the number of calls and their pace go. */
export interface RegionLoad {
  account: string
  region: string
  /** Round-trip time of one call to this region's endpoints. */
  latencyMs: number
  /** Every certificate ListCertificates must return (all key types and origins). */
  acmCertificates: number
  /** Certificates whose summary calls for DescribeCertificate (evaluate's acmNeedsDescribe). */
  acmDescribes: number
  dbInstances: number
  /** Every DB cluster DescribeDBClusters lists (Aurora, DocumentDB, Neptune, Multi-AZ). */
  dbClusters: number
  /** Resources with at least one pending maintenance action. */
  maintenanceResources: number
  /** CAs DescribeCertificates lists. */
  rdsCas: number
  /**
   * Distinct engine/version pairs among this region's DB instances with a finding: one
   * DescribeDBEngineVersions each. Every account and region asks for itself (so that a refusal
   * in one never decides what another reports), after its four lists.
   */
  engineVersionLookups: number
  /** Classic Load Balancers (the Classic API's DescribeLoadBalancers). */
  classicLoadBalancers: number
  /** Application, Network and Gateway Load Balancers (the v2 API's DescribeLoadBalancers). */
  loadBalancers: number
  /** Those with TLS listeners to list: one DescribeListeners each (elb's listensForTls). */
  listenedLoadBalancers: number
  /** HTTPS and TLS listeners: one DescribeListenerCertificates each (its SNI certificates). */
  secureListeners: number
  /** Private CAs ListCertificateAuthorities lists. */
  privateCas: number
  /**
   * DNS validation CNAMEs of the certificates about to renew (the validation-record check): DNS
   * questions, not AWS calls, so kept out of the call floor.
   */
  dnsQuestions: number
}

/** What one account holds of the global services, read once per account. */
export interface AccountLoad {
  account: string
  serverCertificates: number
  distributions: number
}

/**
 * What the scan must do to get its credentials before it can read anything:
 * - `default-chain` (no `role-to-assume`, one account): one GetCallerIdentity to learn the
 *   account;
 * - `organization` (`accounts: organization` with `role-to-assume`, off a GitHub runner): one
 *   AssumeRole for the hub role from the default chain, ListAccounts one page after another
 *   (each needs the previous NextToken), then one AssumeRole of `member-role-name` in every
 *   other ACTIVE account the scan (or its shard) covers, all of which may run at once.
 */
export type CredentialsLoad =
  | { kind: 'default-chain' }
  | {
      kind: 'organization'
      /** Every account ListAccounts returns: ACTIVE, SUSPENDED, CLOSED, ... */
      listed: number
      /** Pages that come back empty with a NextToken (AWS warns they may). */
      emptyPages: number
      /** ACTIVE accounts other than the hub's that this scan assumes the member role in. */
      members: number
    }

/** Requests per second per operation, account and region (AWS's published ACM quotas). */
export interface AcmQuotas {
  ListCertificates: number
  DescribeCertificate: number
}

/** ListCertificates' largest page (MaxItems). */
export const ACM_PAGE_SIZE = 1000
/** Largest page of RDS Describe* calls (MaxRecords). */
export const RDS_PAGE_SIZE = 100
/** Largest page of the ELB Describe* calls (PageSize). */
export const ELB_PAGE_SIZE = 400
/** ListAccounts' largest page (MaxResults). */
export const ORGANIZATIONS_PAGE_SIZE = 20
/** Largest pages of ListServerCertificates, ListDistributions, ListCertificateAuthorities. */
export const IAM_PAGE_SIZE = 1000
export const CLOUDFRONT_PAGE_SIZE = 100
export const PCA_PAGE_SIZE = 100

/** The operations a scan makes, in the order the benchmark lists them. */
export const OPERATIONS = [
  'GetCallerIdentity',
  'AssumeRole',
  'ListAccounts',
  'ListCertificates',
  'DescribeCertificate',
  'DescribeDBInstances',
  'DescribeDBClusters',
  'DescribeCertificates',
  'DescribePendingMaintenanceActions',
  'DescribeDBEngineVersions',
  'ListCertificateAuthorities',
  'DescribeLoadBalancers',
  'DescribeListeners',
  'DescribeListenerCertificates',
  'ListServerCertificates',
  'ListDistributions'
] as const

export type Operation = (typeof OPERATIONS)[number]

/** Pages a list of `items` takes: an empty list still takes one call to learn that it is empty. */
export function pagesFor(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize))
}

/** The credential calls: STS (GetCallerIdentity, AssumeRole) and Organizations (ListAccounts). */
export function credentialCalls(
  credentials: CredentialsLoad
): Pick<Record<Operation, number>, 'GetCallerIdentity' | 'AssumeRole' | 'ListAccounts'> {
  if (credentials.kind === 'default-chain') {
    return { GetCallerIdentity: 1, AssumeRole: 0, ListAccounts: 0 }
  }
  return {
    GetCallerIdentity: 0,
    AssumeRole: 1 + credentials.members,
    ListAccounts: listAccountsPages(credentials)
  }
}

/** ListAccounts' pages: full ones of 20 (at least one), plus the empty ones in between. */
export function listAccountsPages(
  credentials: Extract<CredentialsLoad, { kind: 'organization' }>
): number {
  return pagesFor(credentials.listed, ORGANIZATIONS_PAGE_SIZE) + credentials.emptyPages
}

/**
 * Calls a complete scan cannot avoid, per operation. DescribeDBEngineVersions: one per
 * engine/version pair with a finding in each account and region (each asks for itself).
 * DescribeLoadBalancers counts both ELB APIs' pages.
 */
export function requiredCalls(
  loads: readonly RegionLoad[],
  accounts: readonly AccountLoad[],
  credentials: CredentialsLoad
): Record<Operation, number> {
  const sum = (of: (load: RegionLoad) => number) => loads.reduce((n, load) => n + of(load), 0)
  const perAccount = (of: (load: AccountLoad) => number) =>
    accounts.reduce((n, load) => n + of(load), 0)
  return {
    ...credentialCalls(credentials),
    ListCertificates: sum((l) => pagesFor(l.acmCertificates, ACM_PAGE_SIZE)),
    DescribeCertificate: sum((l) => l.acmDescribes),
    DescribeDBInstances: sum((l) => pagesFor(l.dbInstances, RDS_PAGE_SIZE)),
    DescribeDBClusters: sum((l) => pagesFor(l.dbClusters, RDS_PAGE_SIZE)),
    DescribeCertificates: sum((l) => pagesFor(l.rdsCas, RDS_PAGE_SIZE)),
    DescribePendingMaintenanceActions: sum((l) => pagesFor(l.maintenanceResources, RDS_PAGE_SIZE)),
    DescribeDBEngineVersions: sum((l) => l.engineVersionLookups),
    ListCertificateAuthorities: sum((l) => pagesFor(l.privateCas, PCA_PAGE_SIZE)),
    DescribeLoadBalancers: sum(
      (l) =>
        pagesFor(l.classicLoadBalancers, ELB_PAGE_SIZE) + pagesFor(l.loadBalancers, ELB_PAGE_SIZE)
    ),
    DescribeListeners: sum((l) => l.listenedLoadBalancers),
    DescribeListenerCertificates: sum((l) => l.secureListeners),
    ListServerCertificates: perAccount((a) => pagesFor(a.serverCertificates, IAM_PAGE_SIZE)),
    ListDistributions: perAccount((a) => pagesFor(a.distributions, CLOUDFRONT_PAGE_SIZE))
  }
}

/**
 * Time before any account can be read, at the home region's round trip (STS and Organizations
 * answer there): GetCallerIdentity; or the hub's AssumeRole, then ListAccounts' pages one after
 * another, then one round trip for every member AssumeRole at once.
 */
export function credentialsMs(credentials: CredentialsLoad, homeLatencyMs: number): number {
  if (credentials.kind === 'default-chain') return homeLatencyMs
  const members = credentials.members > 0 ? 1 : 0
  return (1 + listAccountsPages(credentials) + members) * homeLatencyMs
}

/**
 * Time to send `calls` requests at `rate` per second when the quota's token bucket starts full:
 * AWS (and the emulator) let `burst` calls through at once (ACM's buckets: one second's
 * worth), then one call every 1/rate seconds. Measured from the first request to the last
 * one's departure.
 */
export function quotaSpanMs(calls: number, rate: number, burst = rate): number {
  if (calls <= 0 || rate <= 0) return 0
  return (Math.max(0, calls - Math.max(1, burst)) / rate) * 1000
}

/** A published bucket (src/aws/quotas.ts) that every call of `client` in a region shares. */
function sharedQuota(client: string): Quota {
  const found = quotaBucket(client, 'Describe')
  if (found?.name !== '*') throw new Error(`src/aws/quotas.ts gives ${client} no shared bucket`)
  return found.quota
}

/** RDS's bucket and each ELB API's: the floor counts them, the bench's emulator enforces them. */
export const SHARED_QUOTAS = {
  rds: sharedQuota('RDSClient'),
  elb: sharedQuota('ElasticLoadBalancingClient'),
  elbv2: sharedQuota('ElasticLoadBalancingV2Client')
} as const

/** The time a bucket shared by `calls` takes to let them all through, plus the last's answer. */
function sharedBucketMs(calls: number, quota: Quota, latencyMs: number): number {
  return quotaSpanMs(calls, quota.perSecond, quota.burst) + latencyMs
}

/**
 * ACM in one region: the pages come one after another (each needs the previous NextToken) and
 * at most one per 1/quota seconds; a describe needs an ARN, so none can start before the first
 * page is back, though later pages may still be on their way. The last describe adds its own
 * round trip.
 */
export function acmChainMs(load: RegionLoad, quotas: AcmQuotas): number {
  const pages = pagesFor(load.acmCertificates, ACM_PAGE_SIZE)
  const pageGapMs = Math.max(
    load.latencyMs,
    quotas.ListCertificates > 0 ? 1000 / quotas.ListCertificates : 0
  )
  const laterPagesMs = (pages - 1) * pageGapMs
  const describesMs =
    load.acmDescribes > 0
      ? quotaSpanMs(load.acmDescribes, quotas.DescribeCertificate) + load.latencyMs
      : 0
  return load.latencyMs + Math.max(laterPagesMs, describesMs)
}

/**
 * RDS in one region: four independent lists, each a serial chain of pages; then, where
 * instances have findings, the region's engine-version look-ups, which need all four lists
 * (they decide which instances need one) and then run at once: one more round trip. Every
 * call draws from the account-region's one RDS bucket (300 at once, then 12/s), which only
 * an estate of many thousand resources in a region reaches.
 */
export function rdsChainMs(load: RegionLoad): number {
  const lists = [
    pagesFor(load.dbInstances, RDS_PAGE_SIZE),
    pagesFor(load.dbClusters, RDS_PAGE_SIZE),
    pagesFor(load.rdsCas, RDS_PAGE_SIZE),
    pagesFor(load.maintenanceResources, RDS_PAGE_SIZE)
  ]
  const lookups = load.engineVersionLookups > 0 ? 1 : 0
  const chain = (Math.max(...lists) + lookups) * load.latencyMs
  const calls = lists.reduce((a, b) => a + b, 0) + load.engineVersionLookups
  return Math.max(chain, sharedBucketMs(calls, SHARED_QUOTAS.rds, load.latencyMs))
}

/**
 * ELB in one region: the two lists of load balancers side by side, then the listeners of every
 * load balancer at once, then the certificates of every secure listener at once. Each API
 * version has its own Describe* bucket (40 at once, then 10/s): past 40 calls in a region the
 * v2 API's listeners and their certificates go at its pace. Private CA: its one list.
 */
export function elbChainMs(load: RegionLoad): number {
  const classicPages = pagesFor(load.classicLoadBalancers, ELB_PAGE_SIZE)
  const pages = pagesFor(load.loadBalancers, ELB_PAGE_SIZE)
  const listeners = load.listenedLoadBalancers > 0 ? 1 : 0
  const certificates = load.secureListeners > 0 ? 1 : 0
  const chain = (Math.max(classicPages, pages) + listeners + certificates) * load.latencyMs
  const v2Calls = pages + load.listenedLoadBalancers + load.secureListeners
  return Math.max(
    chain,
    sharedBucketMs(classicPages, SHARED_QUOTAS.elb, load.latencyMs),
    sharedBucketMs(v2Calls, SHARED_QUOTAS.elbv2, load.latencyMs)
  )
}

export function pcaChainMs(load: RegionLoad): number {
  return pagesFor(load.privateCas, PCA_PAGE_SIZE) * load.latencyMs
}

export interface WallTimeFloor {
  ms: number
  /** Of `ms`, the credentials before the first account can be read (credentialsMs). */
  credentialsMs: number
  /** The region whose chain sets the floor. */
  slowest: {
    account: string
    region: string
    acmMs: number
    rdsMs: number
    elbMs: number
    pcaMs: number
  } | null
}

/**
 * The least wall time of a whole scan: the credentials come first (credentialsMs, from the home
 * region); then every account and region, and each account's global lists (IAM, CloudFront,
 * from the home region), can proceed at once, so the slowest chain decides.
 */
export function minimumWallTime(
  loads: readonly RegionLoad[],
  accounts: readonly AccountLoad[],
  quotas: AcmQuotas,
  homeLatencyMs: number,
  credentials: CredentialsLoad
): WallTimeFloor {
  let slowest: WallTimeFloor['slowest'] = null
  let worst = 0
  for (const load of loads) {
    const chains = {
      acmMs: acmChainMs(load, quotas),
      rdsMs: rdsChainMs(load),
      elbMs: elbChainMs(load),
      pcaMs: pcaChainMs(load)
    }
    const ms = Math.max(...Object.values(chains))
    if (slowest === null || ms > worst) {
      worst = ms
      slowest = { account: load.account, region: load.region, ...chains }
    }
  }
  const global = accounts.map(
    (a) =>
      Math.max(
        pagesFor(a.serverCertificates, IAM_PAGE_SIZE),
        pagesFor(a.distributions, CLOUDFRONT_PAGE_SIZE)
      ) * homeLatencyMs
  )
  const before = credentialsMs(credentials, homeLatencyMs)
  return { ms: before + Math.max(worst, ...global), credentialsMs: before, slowest }
}
