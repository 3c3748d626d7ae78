/**
 * Why the tracking issue could not be kept, as one true sentence the caller can print while
 * keeping the scan's own results (report, summary, outputs). Each cause has its own sentence;
 * nothing GitHub (or whatever answered in its place) sent is shown except GitHub's own short
 * error message from a JSON answer, with anything like a token masked.
 */
import { DeadlineExceeded, formatSeconds } from '../shared/budget.js'
import { oneLine, redactSecrets } from '../shared/text.js'
import { GitHubRequestTimeout, NotGitHubResponse } from './github-client.js'

export type TrackingIssueFailure =
  /** 403: the token lacks `issues: write`. */
  | 'permission'
  /** 410: the repository has issues turned off. */
  | 'issues-disabled'
  /** 401: the token was rejected. */
  | 'bad-credentials'
  /** The token's rate limit (primary or secondary) is used up for longer than the run waits. */
  | 'rate-limited'
  /** 403 on a locked issue: GitHub refuses comments (and edits) there from an App token. */
  | 'locked'
  /** 410 on one issue: it was deleted while the run worked on it. */
  | 'deleted'
  /** 404: the repository does not exist or the token cannot see it. */
  | 'not-found'
  /** No answer within the time limit. */
  | 'timeout'
  /** The API could not be reached at all (connection refused, DNS). */
  | 'unreachable'
  /** Something other than the GitHub API answered (a proxy's HTML page). */
  | 'not-github'
  /** Anything else GitHub answered with an error. */
  | 'api'

export class TrackingIssueError extends Error {
  override readonly name = 'TrackingIssueError'

  constructor(
    readonly failure: TrackingIssueFailure,
    message: string,
    /** HTTP status GitHub answered; null when nothing answered. */
    readonly status: number | null,
    options?: { cause?: unknown; debug?: string }
  ) {
    super(oneLine(message), options)
    this.debug = options?.debug ?? ''
  }

  /** For the debug log only: the start of an answer that was not GitHub's, masked. */
  readonly debug: string
}

interface RequestErrorLike {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  cause?: unknown
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

const UNAFFECTED = "the scan's results are unaffected"

/**
 * Turns what a tracking-issue request threw into a TrackingIssueError with its sentence;
 * `secrets` (the token) are masked wherever GitHub's words are quoted.
 */
export function toTrackingIssueError(
  error: unknown,
  repository: string,
  secrets: readonly string[] = []
): unknown {
  if (error instanceof TrackingIssueError) return error
  const cause = rootCause(error)
  const where = isRequestError(error) ? requestLine(error) : ''
  const on = where === '' ? '' : ` (${where})`
  if (cause instanceof DeadlineExceeded) {
    return new TrackingIssueError(
      'timeout',
      `The tracking issue was not updated: GitHub did not finish answering within this run's ${formatSeconds(cause.ms)} budget${on}; ${UNAFFECTED}, and the next run tries again.`,
      null,
      { cause: error }
    )
  }
  if (cause instanceof GitHubRequestTimeout) {
    return new TrackingIssueError(
      'timeout',
      `GitHub did not answer within ${formatSeconds(cause.ms)}${on}; ${UNAFFECTED}, and the next run tries again.`,
      null,
      { cause: error }
    )
  }
  if (cause instanceof NotGitHubResponse) {
    return new TrackingIssueError(
      'not-github',
      `The GitHub API address answered with ${cause.message}${on}: a proxy or an outage in between? ${UNAFFECTED}.`,
      cause.status,
      { cause: error, debug: oneLine(redactSecrets(cause.preview, secrets)) }
    )
  }
  if (!isRequestError(error)) return error
  if (error.status === 500 && cause !== error && isNetworkError(cause)) {
    return new TrackingIssueError(
      'unreachable',
      `The GitHub API could not be reached (${[networkCode(cause), where].filter(Boolean).join(' on ')}); ${UNAFFECTED}.`,
      null,
      { cause: error }
    )
  }
  const said = githubMessage(error, secrets)
  const answer = `GitHub answered ${error.status}${said === '' ? '' : ` "${said}"`}${on}`
  const make = (failure: TrackingIssueFailure, sentence: string) =>
    new TrackingIssueError(failure, sentence, error.status, { cause: error })
  const headers = error.response?.headers ?? {}
  if ((error.status === 403 || error.status === 429) && headers['x-ratelimit-remaining'] === '0') {
    return make(
      'rate-limited',
      `The token's GitHub API rate limit is used up until ${resetTime(headers['x-ratelimit-reset'])} (${answer}); the tracking issue is updated by the first run after that; ${UNAFFECTED}.`
    )
  }
  if ((error.status === 403 || error.status === 429) && /rate limit/i.test(said)) {
    return make(
      'rate-limited',
      `GitHub's secondary rate limit stopped the tracking issue update (${answer}); the next run tries again; ${UNAFFECTED}.`
    )
  }
  if (error.status === 403 && /\blocked\b/i.test(said)) {
    return make(
      'locked',
      `Tracking issue ${issueRef(error)}is locked, and GitHub does not let this token comment on or edit a locked issue (${answer}): unlock it to have it kept current; ${UNAFFECTED}.`
    )
  }
  if (error.status === 403) {
    return make(
      'permission',
      `The tracking issue needs 'permissions: issues: write' in the workflow (${answer}); ${UNAFFECTED}.`
    )
  }
  if (error.status === 410 && /deleted/i.test(said)) {
    return make(
      'deleted',
      `Tracking issue ${issueRef(error)}was deleted while this run was updating it (${answer}); the next run opens a new one; ${UNAFFECTED}.`
    )
  }
  if (error.status === 410) {
    return make(
      'issues-disabled',
      `Issues are disabled in ${repository} (${answer}): enable them or set 'issue: false'; ${UNAFFECTED}.`
    )
  }
  if (error.status === 401) {
    return make(
      'bad-credentials',
      `GitHub rejected the 'github-token' input (${answer}); ${UNAFFECTED}.`
    )
  }
  if (error.status === 404) {
    return make(
      'not-found',
      `GitHub does not know ${repository}, or this token cannot see it (${answer}); ${UNAFFECTED}.`
    )
  }
  return make('api', `The tracking issue could not be updated (${answer}); ${UNAFFECTED}.`)
}

/** `PATCH /repos/acme/infra/issues/3`: the request, without host or query. */
function requestLine(error: RequestErrorLike): string {
  const method = error.request?.method ?? ''
  const url = error.request?.url ?? ''
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // A relative or templated URL is shown as it is.
  }
  return `${method} ${oneLine(path)}`.trim()
}

/** `#3 ` when the request was about one issue, else ''. */
function issueRef(error: RequestErrorLike): string {
  const number = /\/issues\/(\d+)/.exec(error.request?.url ?? '')?.[1]
  return number === undefined ? '' : `#${number} `
}

/**
 * GitHub's own error message, only from a JSON answer (Octokit puts a non-JSON body's whole
 * text in the message), cut short and masked.
 */
function githubMessage(error: RequestErrorLike, secrets: readonly string[]): string {
  const data = error.response?.data
  if (typeof data !== 'object' || data === null) return ''
  const message = (data as { message?: unknown }).message
  if (typeof message !== 'string') return ''
  const text = oneLine(redactSecrets(message, secrets))
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

function resetTime(reset: string | undefined): string {
  const seconds = Number(reset)
  if (!Number.isFinite(seconds) || seconds <= 0) return 'its reset'
  return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

function rootCause(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5; depth += 1) {
    const next = (current as { cause?: unknown } | null)?.cause
    if (next === undefined || next === null) return current
    current = next
  }
  return current
}

function isNetworkError(error: unknown): boolean {
  return networkCode(error) !== ''
}

/** `ECONNREFUSED`, `ENOTFOUND`, ... from a fetch failure; '' when it is not one. */
function networkCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : ''
}
