/**
 * How long a run may wait for anything outside the process. Every network call and file write
 * has a limit, so that an endpoint that accepts a connection and never answers costs a bounded
 * amount of time and the results gathered so far are still published.
 */
export interface TimeBudgets {
  aws: {
    /** Opening a TCP/TLS connection to an AWS endpoint. */
    connectMs: number
    /** One HTTP attempt, request sent to response read. */
    attemptMs: number
    /**
     * How long a scan (one account x region x service, or one credential exchange) may go
     * without any answer from AWS before it is given up. An answer of any kind (a page, a
     * throttling error) resets it, so a large, slow but progressing scan is never cut short.
     */
    idleMs: number
  }
  github: {
    /** One HTTP request to the GitHub API, retries not included. */
    requestMs: number
    /** Everything the tracking issue needs in one run, retries and pacing included. */
    totalMs: number
    /** The longest rate-limit wait (retry-after, reset) worth sitting out. */
    longestWaitSeconds: number
  }
  /** Asking GitHub's token service for an OIDC token, per attempt. */
  oidcMs: number
  /** Writing the report or the job summary. */
  fileMs: number
}

/**
 * AWS's describe and list calls answer within a second or two from a runner; 20 s per attempt
 * is far beyond a slow one. The idle limit outlasts the SDK's longest backoff (20 s) plus a
 * slow attempt, so only an endpoint that has stopped answering reaches it. GitHub's API answers
 * in well under a second; its total covers a run's listing, writes (paced one per second) and
 * a short rate-limit wait.
 */
export const DEFAULT_BUDGETS: TimeBudgets = {
  aws: { connectMs: 5_000, attemptMs: 20_000, idleMs: 60_000 },
  github: { requestMs: 15_000, totalMs: 90_000, longestWaitSeconds: 30 },
  oidcMs: 20_000,
  fileMs: 10_000
}

/** Thrown by `withDeadline` when the limit passes first. */
export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded'

  constructor(
    /** What was waited for, as it reads after "no answer from": `the GitHub API`. */
    readonly what: string,
    readonly ms: number
  ) {
    super(`no answer from ${what} within ${formatSeconds(ms)}`)
  }
}

/**
 * Resolves or rejects like `work`, or rejects with DeadlineExceeded after `ms`; `onTimeout`
 * runs first (to abort what `work` started). The timer never keeps the process alive.
 */
export async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  what: string,
  onTimeout?: () => void
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.()
      reject(new DeadlineExceeded(what, ms))
    }, ms)
    timer.unref()
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A signal that aborts after `ms` with DeadlineExceeded as its reason (AbortSignal.timeout's
 * reason says only "timeout"); its timer never keeps the process alive.
 */
export function deadlineSignal(ms: number, what: string): AbortSignal {
  const controller = new AbortController()
  setTimeout(() => controller.abort(new DeadlineExceeded(what, ms)), ms).unref()
  return controller.signal
}

/** `60 s`, `1.5 s`, `250 ms`. */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const seconds = ms / 1000
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`
}
