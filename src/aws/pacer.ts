/**
 * Client-side pacing at AWS's published quotas (quotas.ts): every call of a scan to one
 * account x region x quota bucket waits for its turn in one shared bucket, so that AWS's own
 * bucket is never found empty and throttling becomes the exception. A call that is throttled
 * all the same is sent again as soon as the next token is due (AWS's bucket is empty at that
 * moment), instead of after the SDK's random backoff of up to a second and more.
 *
 * The SDK's adaptive retry mode does something else: it starts limiting only after throttling,
 * at a rate derived from a measured send rate that lags far behind the real one, which leaves a
 * region's last calls trickling out well under the quota.
 */
import { summarizeAwsError, isThrottled } from './aws-error.js'
import { quotaBucket, type Quota } from './quotas.js'

/** The pacer's clock and sleep, passed in so that tests run it without wall time. */
export interface PacerClock {
  /** Milliseconds on a monotonic clock. */
  now(): number
  sleep(ms: number): Promise<void>
}

export const SYSTEM_PACER_CLOCK: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * How much later than the call before it a call may reach AWS (an event loop busy parsing
 * between the pacer's go and the socket write, a slower connection): AWS's bucket is filled by
 * arrival times, ours by send times. The pacer keeps this much of AWS's bucket in reserve, and
 * a quarter of the interval where that is more (ListCertificates' 1/s: the first call of a
 * fresh client is the slowest to leave), so such jitter is never a throttle. On two busy cores
 * it passes 100 ms: with a reserve of 100 ms, the bundled CLI's default bench scan had 0-6
 * DescribeCertificate calls throttled per run (calls a busy endpoint stamped late, then on
 * time); with 200 ms, none in 6 runs, at the cost of one call less in each region's first burst.
 */
export const ARRIVAL_JITTER_MS = 200

/**
 * How far below the published quota a bucket slows when AWS keeps throttling it (other tools
 * spend the same account's quota, or the account's quota is lower): a throttle within
 * LONE_THROTTLE_INTERVALS of the one before halves its rate, down to 1/64 of it, and each
 * answered call wins back a tenth of the way. A lone throttle is arrival jitter, not a lower
 * quota: it only costs the call its wait for the next token.
 */
const LONE_THROTTLE_INTERVALS = 10
const MAX_SLOWDOWN = 64
const RECOVERY = 0.9

/**
 * One AWS bucket seen from the client, as a virtual schedule (GCRA): `due` is when the bucket
 * would be full again if nothing more were sent. A call may go once `due - tolerance` has
 * passed, and moves `due` on by one interval. Calls take their turns in the order they asked.
 */
export class PacedBucket {
  /** The share of AWS's bucket kept for arrival jitter, in ms of its refill. */
  readonly reserveMs: number
  private readonly baseIntervalMs: number
  private readonly burstToleranceMs: number
  private slowdown = 1
  private slowedAt = Number.NEGATIVE_INFINITY
  private throttledAt = Number.NEGATIVE_INFINITY
  private due = Number.NEGATIVE_INFINITY
  private queue: Promise<void> = Promise.resolve()

  constructor(
    quota: Quota,
    private readonly clock: PacerClock
  ) {
    this.baseIntervalMs = 1000 / quota.perSecond
    this.reserveMs = Math.max(ARRIVAL_JITTER_MS, this.baseIntervalMs / 4)
    this.burstToleranceMs = (quota.burst - 1) * this.baseIntervalMs - this.reserveMs
  }

  private get intervalMs(): number {
    return this.baseIntervalMs * this.slowdown
  }

  /** A bucket slowed by throttling sends evenly: its burst is what AWS just refused. */
  private get toleranceMs(): number {
    return this.slowdown > 1 ? -this.reserveMs : this.burstToleranceMs
  }

  /**
   * Resolves when the caller may send. `signal` ends the wait early with its reason; a turn
   * given up that way is still used (the next caller's wait is already computed from it),
   * which costs one interval and only after an abort.
   */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      if (signal?.aborted) return
      const now = this.clock.now()
      const at = Math.max(now, this.due - this.toleranceMs)
      this.due = Math.max(this.due, at) + this.intervalMs
      if (at <= now) return
      await this.clock.sleep(at - now)
      // A timer that fired late sends late. Up to half the reserve is left to absorb that (the
      // other half is the network's); beyond it, the calls after it keep their distance from
      // it. Moving the schedule by every late millisecond would slow a busy process's pace.
      this.due += Math.max(0, this.clock.now() - at - this.reserveMs / 2)
    })
    this.queue = turn
    return signal === undefined ? turn : untilAborted(turn, signal)
  }

  /**
   * AWS said its bucket is empty now: the schedule starts again from an empty bucket, the next
   * call a full interval (and the reserve) away, at half the rate unless the throttle is a lone
   * one. The throttles of calls sent together (within one interval of the last halving) halve
   * it once.
   */
  throttled(): void {
    const now = this.clock.now()
    const lone = now - this.throttledAt > LONE_THROTTLE_INTERVALS * this.intervalMs
    this.throttledAt = now
    if (!lone && now - this.slowedAt >= this.intervalMs) {
      this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * 2)
      this.slowedAt = now
    }
    this.due = now + this.intervalMs + this.reserveMs + this.toleranceMs
  }

  /** A call was answered (not throttled): the rate creeps back towards the quota. */
  answered(): void {
    this.slowdown = Math.max(1, this.slowdown * RECOVERY)
  }
}

/** Every bucket of a run, by account, region and quota bucket: one for all the run's clients. */
export class Pacer {
  private readonly buckets = new Map<string, PacedBucket>()

  constructor(private readonly clock: PacerClock = SYSTEM_PACER_CLOCK) {}

  bucket(account: string, region: string, client: string, operation: string): PacedBucket | null {
    const found = quotaBucket(client, operation)
    if (found === undefined) return null
    const key = `${account}|${region}|${client}|${found.name}`
    let bucket = this.buckets.get(key)
    if (bucket === undefined) {
      bucket = new PacedBucket(found.quota, this.clock)
      this.buckets.set(key, bucket)
    }
    return bucket
  }
}

/**
 * Throttled sends of one call the pacer retries itself, each when the next token is due; past
 * them the error goes to the SDK's retry, as any other.
 */
export const PACED_THROTTLE_RETRIES = 4

/** Where a client's calls count against AWS's quotas. */
export interface PaceScope {
  account: string
  region: string
  /** The scan's abort signal (its idle watchdog): a waiting call gives up with it. */
  signal?: AbortSignal
}

interface PacedStack {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: { clientName?: string; commandName?: string }
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'finalizeRequest'; priority: 'low'; name: string }
    ): void
  }
}

/**
 * Paces every call of `client` through `pacer`. It sits inside the SDK's retry loop (after
 * signing), so each attempt waits for its token, and a throttled attempt is sent again when the
 * next token is due.
 */
export function paceCalls(client: unknown, pacer: Pacer, scope: PaceScope): void {
  const stack = (client as Partial<PacedStack>).middlewareStack
  if (stack === undefined) return
  stack.add(
    (next, context) => {
      const operation = context.commandName?.replace(/Command$/, '') ?? ''
      const bucket = pacer.bucket(scope.account, scope.region, context.clientName ?? '', operation)
      if (bucket === null) return next
      return async (args) => {
        for (let retries = 0; ; retries++) {
          await bucket.take(scope.signal)
          try {
            const out = await next(args)
            bucket.answered()
            return out
          } catch (err) {
            if (retries >= PACED_THROTTLE_RETRIES || !isThrottled(summarizeAwsError(err).code)) {
              throw err
            }
            bucket.throttled()
          }
        }
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'awsCertWatchPacer' }
  )
}

/** `work`, or the signal's reason as soon as it aborts. */
function untilAborted(work: Promise<void>, signal: AbortSignal): Promise<void> {
  return Promise.race([work, abortOf(signal)])
}

/**
 * One promise per signal that rejects when it aborts: one abort listener for all the calls
 * waiting on it (a listener per waiting call makes Node warn of a leak past ten).
 */
const aborts = new WeakMap<AbortSignal, Promise<never>>()

function abortOf(signal: AbortSignal): Promise<never> {
  let aborted = aborts.get(signal)
  if (aborted === undefined) {
    aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason)
      else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
    // Rejecting when no call waits is no error.
    aborted.catch(() => {})
    aborts.set(signal, aborted)
  }
  return aborted
}
