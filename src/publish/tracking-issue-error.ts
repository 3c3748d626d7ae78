/**
 * Why the tracking issue could not be kept, as one line the caller can print as a warning
 * while keeping the scan's own results (report, summary, outputs).
 */
import { oneLine } from '../shared/text.js'

export type TrackingIssueFailure =
  /** 403: the token lacks `issues: write`. */
  | 'permission'
  /** 410: the repository has issues turned off. */
  | 'issues-disabled'
  /** 401: the token was rejected. */
  | 'bad-credentials'
  /** Anything else GitHub answered with an error. */
  | 'api'

export class TrackingIssueError extends Error {
  override readonly name = 'TrackingIssueError'

  constructor(
    readonly failure: TrackingIssueFailure,
    message: string,
    /** HTTP status GitHub answered. */
    readonly status: number | null,
    options?: { cause?: unknown }
  ) {
    super(oneLine(message), options)
  }
}

interface RequestErrorLike {
  status: number
  message: string
  request?: { method?: string; url?: string }
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

/** Turns an Octokit RequestError into a TrackingIssueError; anything else is returned as is. */
export function toTrackingIssueError(error: unknown, repository: string): unknown {
  if (!isRequestError(error) || error instanceof TrackingIssueError) return error
  const where = `${error.request?.method ?? ''} ${error.request?.url ?? ''}`.trim()
  const answer = `GitHub answered ${error.status} ${firstLine(error.message)} on ${where}`
  if (error.status === 403 && !/rate limit/i.test(error.message)) {
    return new TrackingIssueError(
      'permission',
      "The tracking issue needs 'permissions: issues: write' in the workflow " +
        `(${answer}); the scan's results are unaffected.`,
      403,
      { cause: error }
    )
  }
  if (error.status === 410) {
    return new TrackingIssueError(
      'issues-disabled',
      `Issues are disabled in ${repository} (${answer}): enable them or set 'issue: false'; ` +
        "the scan's results are unaffected.",
      410,
      { cause: error }
    )
  }
  if (error.status === 401) {
    return new TrackingIssueError(
      'bad-credentials',
      `GitHub rejected the 'github-token' input (${answer}); the scan's results are unaffected.`,
      401,
      { cause: error }
    )
  }
  return new TrackingIssueError(
    'api',
    `The tracking issue could not be updated (${answer}); the scan's results are unaffected.`,
    error.status,
    { cause: error }
  )
}

/** Octokit appends the documentation URL after a " - "; the first part is GitHub's message. */
function firstLine(message: string): string {
  return message.split(' - https://')[0] ?? message
}
