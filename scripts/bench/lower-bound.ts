/**
 * The least work a complete scan of an estate must do, and the least time the quotas and the
 * endpoints' latency allow it: the yardstick the benchmark divides measured figures by. Pure
 * arithmetic over counts taken from the estate; nothing here measures anything.
 */

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
}

/** What one account holds of the global services, read once per account. */
export interface AccountLoad {
  account: string
  serverCertificates: number
  distributions: number
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
/** Largest pages of ListServerCertificates, ListDistributions, ListCertificateAuthorities. */
export const IAM_PAGE_SIZE = 1000
export const CLOUDFRONT_PAGE_SIZE = 100
export const PCA_PAGE_SIZE = 100

/** The operations a scan makes, in the order the benchmark lists them. */
export const OPERATIONS = [
  'GetCallerIdentity',
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

/**
 * Calls a complete scan cannot avoid, per operation. `engineVersionPairs`: distinct
 * engine/version pairs among DB instances with a finding across the whole scan (the answer does
 * not depend on the region, so one call per pair suffices). DescribeLoadBalancers counts both
 * ELB APIs' pages.
 */
export function requiredCalls(
  loads: readonly RegionLoad[],
  accounts: readonly AccountLoad[],
  engineVersionPairs: number
): Record<Operation, number> {
  const sum = (of: (load: RegionLoad) => number) => loads.reduce((n, load) => n + of(load), 0)
  const perAccount = (of: (load: AccountLoad) => number) =>
    accounts.reduce((n, load) => n + of(load), 0)
  return {
    GetCallerIdentity: 1,
    ListCertificates: sum((l) => pagesFor(l.acmCertificates, ACM_PAGE_SIZE)),
    DescribeCertificate: sum((l) => l.acmDescribes),
    DescribeDBInstances: sum((l) => pagesFor(l.dbInstances, RDS_PAGE_SIZE)),
    DescribeDBClusters: sum((l) => pagesFor(l.dbClusters, RDS_PAGE_SIZE)),
    DescribeCertificates: sum((l) => pagesFor(l.rdsCas, RDS_PAGE_SIZE)),
    DescribePendingMaintenanceActions: sum((l) => pagesFor(l.maintenanceResources, RDS_PAGE_SIZE)),
    DescribeDBEngineVersions: engineVersionPairs,
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
 * Time to send `calls` requests at `rate` per second when the quota's token bucket starts full:
 * AWS (and the emulator) let a burst of one second's worth through at once, then one call every
 * 1/rate seconds. Measured from the first request to the last one's departure.
 */
export function quotaSpanMs(calls: number, rate: number): number {
  if (calls <= 0 || rate <= 0) return 0
  const burst = Math.max(1, rate)
  return (Math.max(0, calls - burst) / rate) * 1000
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
 * RDS in one region: four independent lists, each a serial chain of pages (RDS Describe* quotas
 * are generous, so latency alone sets the pace). Engine-version look-ups are left out: one
 * region's answer serves all, so no particular region has to wait for one.
 */
export function rdsChainMs(load: RegionLoad): number {
  const longest = Math.max(
    pagesFor(load.dbInstances, RDS_PAGE_SIZE),
    pagesFor(load.dbClusters, RDS_PAGE_SIZE),
    pagesFor(load.rdsCas, RDS_PAGE_SIZE),
    pagesFor(load.maintenanceResources, RDS_PAGE_SIZE)
  )
  return longest * load.latencyMs
}

/**
 * ELB in one region: the two lists of load balancers side by side, then the listeners of every
 * load balancer at once, then the certificates of every secure listener at once (ELB publishes
 * no per-operation quota, so latency alone sets the pace). Private CA: its one list.
 */
export function elbChainMs(load: RegionLoad): number {
  const lists = Math.max(
    pagesFor(load.classicLoadBalancers, ELB_PAGE_SIZE),
    pagesFor(load.loadBalancers, ELB_PAGE_SIZE)
  )
  const listeners = load.listenedLoadBalancers > 0 ? 1 : 0
  const certificates = load.secureListeners > 0 ? 1 : 0
  return (lists + listeners + certificates) * load.latencyMs
}

export function pcaChainMs(load: RegionLoad): number {
  return pagesFor(load.privateCas, PCA_PAGE_SIZE) * load.latencyMs
}

export interface WallTimeFloor {
  ms: number
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
 * The least wall time of a whole scan: learning the account (one STS round trip from the home
 * region) comes first; then every region, and each account's global lists (IAM, CloudFront,
 * from the home region), can proceed at once, so the slowest chain decides.
 */
export function minimumWallTime(
  loads: readonly RegionLoad[],
  accounts: readonly AccountLoad[],
  quotas: AcmQuotas,
  homeLatencyMs: number
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
  return { ms: homeLatencyMs + Math.max(worst, ...global), slowest }
}
