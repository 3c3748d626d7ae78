/**
 * Knobs: the behaviour of the emulated AWS front end that is not about resources: latency,
 * per-operation request quotas (throttling) and injected faults.
 */

export type ServiceId = 'rds' | 'acm' | 'sts'

export interface Knobs {
  /** Added to every call, or per operation name (`{"DescribeCertificate": 40}`); ms. */
  latencyMs: number | Record<string, number>
  /**
   * Requests/second per operation per account+region. 0 or absent = unlimited. Defaults follow
   * ACM's published quotas (DescribeCertificate 10, ListCertificates 1); RDS Describe* calls are
   * unlimited by default.
   */
  quotas: Record<string, number>
  faults: Fault[]
  /**
   * When set, AssumeRoleWithWebIdentity answers InvalidIdentityToken for a JWT whose `aud`
   * differs (overrides the estate's `expectedAudience`).
   */
  expectedAudience?: string
}

export interface Fault {
  service?: ServiceId
  region?: string
  account?: string
  operation?: string
  /** AWS error code to answer with; '' for a slow call that still succeeds. */
  error: string
  /** Default per code and protocol (see errors.ts). */
  status?: number
  /** Share of matching calls that fail, 0..1 (default 1); spread evenly, not at random. */
  rate?: number
  /** Extra latency for matching calls. */
  delayMs?: number
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

export interface CallKey {
  service: ServiceId
  operation: string
  account: string
  region: string
}

/**
 * Token buckets per operation+account+region: a bucket holds `rate` tokens (at least one) and
 * refills at `rate` per second, so a steady caller at the quota is never throttled and a burst
 * above it is, which is how AWS's published per-second quotas behave from the outside.
 */
export class Throttler {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  /** Takes a token; false when the caller is over the quota. */
  take(key: CallKey, rate: number | undefined, nowMs: number): boolean {
    if (!rate || rate <= 0) return true
    const id = `${key.operation}|${key.account}|${key.region}`
    const capacity = Math.max(1, rate)
    const bucket = this.buckets.get(id) ?? { tokens: capacity, at: nowMs }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * rate)
    bucket.at = nowMs
    this.buckets.set(id, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  reset(): void {
    this.buckets.clear()
  }
}

/**
 * Chooses the faults for a call. A fault with rate r fails r of its matching calls, spread
 * evenly (an error-diffusion counter per fault), so tests are deterministic and a 0.5 rate
 * alternates failure and success, which the SDK's retry recovers from.
 */
export class FaultInjector {
  private readonly owed = new WeakMap<Fault, number>()

  judge(knobs: Knobs, key: CallKey): Verdict {
    let delayMs = latencyFor(knobs, key.operation)
    let chosen: Fault | undefined
    for (const fault of knobs.faults) {
      if (!matches(fault, key)) continue
      delayMs += fault.delayMs ?? 0
      if (!fault.error || chosen) continue
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
}

function matches(fault: Fault, key: CallKey): boolean {
  return (
    (fault.service === undefined || fault.service === key.service) &&
    (fault.region === undefined || fault.region === key.region) &&
    (fault.account === undefined || fault.account === key.account) &&
    (fault.operation === undefined || fault.operation === key.operation)
  )
}
