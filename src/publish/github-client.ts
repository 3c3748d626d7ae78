/**
 * The one place that builds the GitHub client: @actions/github's Octokit (REST methods,
 * pagination, GraphQL) with the retry and throttling plugins, pointed at `GITHUB_API_URL` so
 * that it works on GitHub Enterprise Server and against the local API in tests.
 *
 * Every request has a time limit, a whole run's requests can be cut off at once (`signal`), a
 * rate-limit wait longer than the budget allows is not sat out, and an answer that is not
 * GitHub's JSON (a proxy's HTML page) is refused before Octokit turns its text into a message.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { DEFAULT_BUDGETS, formatSeconds } from '../shared/budget.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Where the client reports retries and Octokit's own warnings (@actions/core fits). */
export interface GitHubClientLog {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export interface GitHubClientOptions {
  /** API root; default `GITHUB_API_URL`, then `https://api.github.com`. */
  baseUrl?: string
  log?: GitHubClientLog
  /** How often a rate-limited or failed request is tried again (default 3). */
  retries?: number
  /**
   * Milliseconds per second of `retry-after` and per back-off step (default 1000). Only tests
   * against the local API lower it.
   */
  retryAfterBaseValue?: number
  /**
   * Space writes as GitHub asks (one write a second, one notifying write every three seconds,
   * per the plugin's defaults). Default true; tests against the local API turn it off.
   */
  paceWrites?: boolean
  /** One request's time limit; default DEFAULT_BUDGETS.github.requestMs. */
  requestMs?: number
  /** The longest rate-limit wait to sit out; default DEFAULT_BUDGETS.github.longestWaitSeconds. */
  longestWaitSeconds?: number
  /** Aborts every request of the client (the run's GitHub budget is spent). */
  signal?: AbortSignal
}

/**
 * An answer that is not the GitHub API's: HTML from a proxy or a login page. Its body is never
 * shown (a proxy may echo the request, token included); only its status and type are.
 */
export class NotGitHubResponse extends Error {
  override readonly name = 'NotGitHubResponse'

  constructor(
    readonly status: number,
    readonly contentType: string,
    /** The first bytes, for the debug log after masking. */
    readonly preview: string
  ) {
    super(`HTTP ${status} (${contentType || 'no content type'}), not a GitHub API response`)
  }
}

/** A request that outlived its own time limit (not the run's). */
export class GitHubRequestTimeout extends Error {
  override readonly name = 'GitHubRequestTimeout'

  constructor(readonly ms: number) {
    super(`no answer within ${formatSeconds(ms)}`)
  }
}

const SILENT_LOG: GitHubClientLog = { debug: () => {}, info: () => {}, warning: () => {} }

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? SILENT_LOG
  const retries = options.retries ?? 3
  const longestWait = options.longestWaitSeconds ?? DEFAULT_BUDGETS.github.longestWaitSeconds
  const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com'
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      count: number
    ) => {
      if (retryAfter > longestWait) {
        log.warning(
          `GitHub ${kind} on ${request.method} ${request.url}: it resets in ${retryAfter} s, ` +
            `longer than this run waits (${longestWait} s); giving up`
        )
        return false
      }
      if (count >= retries) {
        log.warning(
          `GitHub ${kind} on ${request.method} ${request.url}; giving up after ${count} retries`
        )
        return false
      }
      log.info(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
      return true
    }
  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    ...(options.retryAfterBaseValue === undefined
      ? {}
      : { retryAfterBaseValue: options.retryAfterBaseValue }),
    ...(options.paceWrites === false
      ? { write: unpacedGroup(), notifications: unpacedGroup() }
      : {})
  }
  return getOctokit(
    token,
    {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message)
      },
      request: {
        fetch: guardedFetch(options.requestMs ?? DEFAULT_BUDGETS.github.requestMs, options.signal)
      },
      retry: {
        retries,
        ...(options.retryAfterBaseValue === undefined
          ? {}
          : { retryAfterBaseValue: options.retryAfterBaseValue })
      },
      throttle
    },
    retry,
    throttling
  )
}

/**
 * `fetch` with the request's own time limit and the run's signal, refusing non-JSON answers.
 * Octokit wraps what this throws as a RequestError (status 500, the error as its cause), which
 * the retry plugin tries again a bounded number of times.
 */
function guardedFetch(requestMs: number, runSignal: AbortSignal | undefined): typeof fetch {
  return async (input, init) => {
    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(new GitHubRequestTimeout(requestMs)), requestMs)
    timer.unref()
    const signals = [timeout.signal, runSignal, init?.signal ?? undefined].filter(
      (signal): signal is AbortSignal => signal !== undefined
    )
    try {
      const response = await fetch(input, { ...init, signal: AbortSignal.any(signals) })
      const type = response.headers.get('content-type') ?? ''
      if (HAS_NO_BODY.has(response.status) || /\bjson\b/i.test(type)) return response
      const preview = (await response.text().catch(() => '')).slice(0, 300)
      throw new NotGitHubResponse(response.status, type.split(';')[0]?.trim() ?? '', preview)
    } finally {
      clearTimeout(timer)
    }
  }
}

/** Statuses whose answers carry no body, hence no content type to check. */
const HAS_NO_BODY = new Set([204, 205, 304])

type LimiterGroup = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>

/**
 * A stand-in for the plugin's Bottleneck group that runs every job at once: the pacing groups
 * are only consulted through `key(id).schedule(options, job, ...args)`.
 */
function unpacedGroup(): LimiterGroup {
  const limiter = {
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => job(...args))
  }
  return { key: () => limiter } as unknown as LimiterGroup
}
