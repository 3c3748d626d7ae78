/**
 * AWS's published request-rate quotas for the calls a scan makes, per account and region.
 * Each is a token bucket on AWS's side: `burst` requests at once, refilled at `perSecond`.
 * Calls absent here have no published rate: they are sent unpaced.
 */

/** One of AWS's token buckets. */
export interface Quota {
  /** Sustained requests per second (the bucket's refill rate). */
  perSecond: number
  /** Requests allowed at once from a full bucket (its capacity). */
  burst: number
}

/** Which bucket a call draws from: its name (an operation, or a group sharing one) and size. */
export interface QuotaBucket {
  name: string
  quota: Quota
}

interface ClientQuotas {
  /** Operations with a bucket of their own. */
  operations?: Readonly<Record<string, Quota>>
  /** One bucket every operation of the API shares (name: `*`). */
  shared?: Quota
}

/**
 * Keyed by the SDK client's name (`context.clientName`).
 * - ACM, https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html ("API rate quotas"):
 *   DescribeCertificate 10 requests/s, ListCertificates 1 request/s.
 * - RDS, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-api-throttling.html:
 *   "up to 300 requests in a burst and a sustained 12 requests per second" per account and
 *   region; shared by every RDS call here, the safe reading.
 * - ELB, https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-api-throttling.html:
 *   non-mutating (Describe*) calls share a bucket of 40 refilled at 10/s, and each API version
 *   (Classic, v2) has its own.
 */
const QUOTAS: Readonly<Record<string, ClientQuotas>> = {
  ACMClient: {
    operations: {
      DescribeCertificate: { perSecond: 10, burst: 10 },
      ListCertificates: { perSecond: 1, burst: 1 }
    }
  },
  RDSClient: { shared: { perSecond: 12, burst: 300 } },
  ElasticLoadBalancingClient: { shared: { perSecond: 10, burst: 40 } },
  ElasticLoadBalancingV2Client: { shared: { perSecond: 10, burst: 40 } }
}

/** The bucket a call of `operation` through `client` draws from, or undefined: unpaced. */
export function quotaBucket(client: string, operation: string): QuotaBucket | undefined {
  const quotas = QUOTAS[client]
  if (quotas === undefined) return undefined
  const own = quotas.operations?.[operation]
  if (own !== undefined) return { name: operation, quota: own }
  return quotas.shared === undefined ? undefined : { name: '*', quota: quotas.shared }
}
