/**
 * Knobs: the behaviour of the emulated AWS front end that is not about resources: latency,
 * per-operation request quotas (throttling) and injected faults.
 */

/** The services that hold resources a scan reads (the call log's names: ELB's two APIs apart). */
export const RESOURCE_SERVICES = [
  'rds',
  'acm',
  'acm-pca',
  'iam',
  'elb',
  'elbv2',
  'cloudfront'
] as const

/** Every service the emulator serves: the resource ones, and those a scan reads its way by. */
export type ServiceId = (typeof RESOURCE_SERVICES)[number] | 'sts' | 'account' | 'organizations'

export interface Knobs {
  /** Added to every call, or per operation name (`{"DescribeCertificate": 40}`); ms. */
  latencyMs: number | Record<string, number>
  /**
   * Requests/second per operation name per account+region (a name two services share, such as
   * DescribeLoadBalancers, sets the quota of both, each counted apart). 0 or absent = unlimited.
   * Defaults follow ACM's published quotas (DescribeCertificate 10, ListCertificates 1); every
   * other call is unlimited by default.
   */
  quotas: Record<string, number>
  /**
   * One more bucket per service, per account+region, that every call of that service draws from
   * as well (`{"elbv2": {"perSecond": 10, "burst": 40}}`): AWS's RDS quota and each ELB API's
   * Describe* quota are of this kind. Absent (the default): none. Unlike `quotas`, a new value
   * replaces the old one whole.
   */
  serviceQuotas?: Partial<Record<ServiceId, ServiceQuota>>
  faults: Fault[]
  /**
   * When set, AssumeRoleWithWebIdentity answers InvalidIdentityToken for a JWT whose `aud`
   * differs (overrides the estate's `expectedAudience`).
   */
  expectedAudience?: string
}

/**
 * An injected fault. The selectors (`service`, `region`, `account`, `operation`; absent = any)
 * choose the calls it applies to; what it does to them is one of:
 * - `error`: answer with that AWS error, in the call's protocol (errors.ts translates
 *   `AccessDenied`, `Throttling`, `ExpiredToken`... between Query, JSON and restJson1 spellings);
 * - `response`: answer with a raw, non-AWS response, as a proxy or a look-alike endpoint would;
 * - `hang`: read the request and never answer, as an endpoint that accepts connections and then
 *   goes silent (the socket stays open until the client gives up or the emulator closes);
 * - none of these (`error` absent or ''): serve the call, `delayMs` later.
 * `hang` wins over `response`, which wins over `error`. Only the first fault that fails a call
 * answers it; the `delayMs` of every matching fault adds up.
 */
export interface Fault {
  service?: ServiceId
  region?: string
  account?: string
  operation?: string
  /** AWS error code to answer with; absent or '' for a slow call that still succeeds. */
  error?: string
  /** HTTP status of the `error`; default per code and protocol (see errors.ts). */
  status?: number
  /** Share of matching calls that fail, 0..1 (default 1); spread evenly, not at random. */
  rate?: number
  /**
   * Only the first N calls the fault matches (counted per fault) are subject to it; later ones
   * are served as if it were absent. `{ error: 'ExpiredToken', times: 1 }` fails the first call
   * and lets the retry through. Absent: every matching call.
   */
  times?: number
  /** Extra latency for matching calls. */
  delayMs?: number
  /** Never answer matching calls; the call log records them with status 0. */
  hang?: true
  /** Answer matching calls with this instead of an AWS response. */
  response?: RawResponse
}

/** A non-AWS HTTP answer: `{ status: 502, contentType: 'text/html', body: '<html>...' }`. */
export interface RawResponse {
  status: number
  /** Default `text/plain`. */
  contentType?: string
  body: string
}

export const DEFAULT_QUOTAS: Readonly<Record<string, number>> = {
  DescribeCertificate: 10,
  ListCertificates: 1
}

export function mergeKnobs(base: Knobs, override: Partial<Knobs> | undefined): Knobs {
  if (!override) return base
  return {
    latencyMs: override.latencyMs ?? base.latencyMs,
    quotas: override.quotas ? { ...base.quotas, ...override.quotas } : base.quotas,
    serviceQuotas: override.serviceQuotas ?? base.serviceQuotas,
    faults: override.faults ?? base.faults,
    expectedAudience: override.expectedAudience ?? base.expectedAudience
  }
}

export function defaultKnobs(): Knobs {
  return { latencyMs: 0, quotas: { ...DEFAULT_QUOTAS }, faults: [] }
}

export function latencyFor(knobs: Knobs, operation: string): number {
  if (typeof knobs.latencyMs === 'number') return knobs.latencyMs
  return knobs.latencyMs[operation] ?? 0
}

/** What the front end decided about one call before any handler runs. */
export interface Verdict {
  delayMs: number
  /** The fault to answer with, or undefined to serve the call. */
  fault?: Fault
}

/** A token bucket: `burst` calls at once, refilled at `perSecond`. */
export interface ServiceQuota {
  perSecond: number
  burst: number
}

export interface CallKey {
  service: ServiceId
  operation: string
  account: string
  region: string
}

/**
 * Token buckets per operation+account+region: a bucket holds `rate` tokens (at least one) and
 * refills at `rate` per second, so a steady caller at the quota is never throttled and a burst
 * above it is, which is how AWS's published per-second quotas behave from the outside. A
 * service's shared bucket (`serviceQuotas`) holds its `burst`.
 */
export class Throttler {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  /**
   * Takes a token from the call's operation bucket and from its service's shared one; false
   * (and neither taken) when the caller is over either quota.
   */
  take(key: CallKey, rate: number | undefined, nowMs: number, shared?: ServiceQuota): boolean {
    // The service too: both load balancing APIs have a DescribeLoadBalancers.
    const own = this.bucket(
      `${key.service}|${key.operation}|${key.account}|${key.region}`,
      rate,
      Math.max(1, rate ?? 0),
      nowMs
    )
    const service = this.bucket(
      `${key.service}|*|${key.account}|${key.region}`,
      shared?.perSecond,
      Math.max(1, shared?.burst ?? 1),
      nowMs
    )
    if ((own?.tokens ?? 1) < 1 || (service?.tokens ?? 1) < 1) return false
    if (own) own.tokens -= 1
    if (service) service.tokens -= 1
    return true
  }

  /** The bucket `id`, refilled up to now; undefined without a quota. */
  private bucket(id: string, rate: number | undefined, capacity: number, nowMs: number) {
    if (!rate || rate <= 0) return undefined
    const bucket = this.buckets.get(id) ?? { tokens: capacity, at: nowMs }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * rate)
    bucket.at = nowMs
    this.buckets.set(id, bucket)
    return bucket
  }

  reset(): void {
    this.buckets.clear()
  }
}

/**
 * Chooses the faults for a call. A fault with rate r fails r of its matching calls, spread
 * evenly (an error-diffusion counter per fault), so tests are deterministic and a 0.5 rate
 * alternates failure and success, which the SDK's retry recovers from. Counters live per Fault
 * object, so `setKnobs` with new faults starts them afresh.
 */
export class FaultInjector {
  private readonly owed = new WeakMap<Fault, number>()
  private readonly seen = new WeakMap<Fault, number>()

  judge(knobs: Knobs, key: CallKey): Verdict {
    let delayMs = latencyFor(knobs, key.operation)
    let chosen: Fault | undefined
    for (const fault of knobs.faults) {
      if (!matches(fault, key) || this.spent(fault)) continue
      delayMs += fault.delayMs ?? 0
      if (!fails(fault) || chosen) continue
      const rate = Math.min(1, Math.max(0, fault.rate ?? 1))
      const owed = (this.owed.get(fault) ?? 0) + rate
      if (owed >= 1 - 1e-9) {
        this.owed.set(fault, owed - 1)
        chosen = fault
      } else {
        this.owed.set(fault, owed)
      }
    }
    return chosen ? { delayMs, fault: chosen } : { delayMs }
  }

  /** Counts a matching call; true once the fault's `times` calls are behind it. */
  private spent(fault: Fault): boolean {
    if (fault.times === undefined) return false
    const seen = (this.seen.get(fault) ?? 0) + 1
    this.seen.set(fault, seen)
    return seen > fault.times
  }
}

function fails(fault: Fault): boolean {
  return fault.hang === true || fault.response !== undefined || Boolean(fault.error)
}

function matches(fault: Fault, key: CallKey): boolean {
  return (
    (fault.service === undefined || fault.service === key.service) &&
    (fault.region === undefined || fault.region === key.region) &&
    (fault.account === undefined || fault.account === key.account) &&
    (fault.operation === undefined || fault.operation === key.operation)
  )
}
