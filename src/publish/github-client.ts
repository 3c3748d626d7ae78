/**
 * The one place that builds the GitHub client: @actions/github's Octokit (REST methods and
 * pagination) with the retry and throttling plugins, pointed at `GITHUB_API_URL` so that it
 * works on GitHub Enterprise Server and against the local API in tests.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

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
}

const SILENT_LOG: GitHubClientLog = { debug: () => {}, info: () => {}, warning: () => {} }

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const log = options.log ?? SILENT_LOG
  const retries = options.retries ?? 3
  const baseUrl = options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com'
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      count: number
    ) => {
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
