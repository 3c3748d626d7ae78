/** Retrying a flaky call with exponential backoff and jitter, clock and randomness injected. */

export interface BackoffOptions {
  /** Total attempts, the first included. */
  attempts: number
  /** Upper bound of the first delay; each later bound doubles, up to maxMs. */
  baseMs: number
  maxMs: number
  sleep: (ms: number) => Promise<void>
  /** Uniform in [0, 1), like Math.random. */
  random: () => number
  /** Told about each failure that will be retried, before the wait. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void
}

/**
 * The delay before retry number `retry` (1-based): uniformly drawn from the upper half of an
 * exponentially growing bound, so that retries spread out ("equal jitter") without ever
 * collapsing to zero.
 */
export function backoffDelay(retry: number, options: BackoffOptions): number {
  const bound = Math.min(options.maxMs, options.baseMs * 2 ** (retry - 1))
  return Math.round(bound / 2 + options.random() * (bound / 2))
}

/** Calls `attempt` until it resolves or `options.attempts` calls have failed (then rethrows). */
export async function withBackoff<T>(
  attempt: () => Promise<T>,
  options: BackoffOptions
): Promise<T> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt()
    } catch (err) {
      if (tried >= options.attempts) throw err
      const delay = backoffDelay(tried, options)
      options.onRetry?.(err, tried, delay)
      await options.sleep(delay)
    }
  }
}
