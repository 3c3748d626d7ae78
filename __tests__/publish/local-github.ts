/** The real Octokit, as the action builds it, pointed at a local GitHub API. */
import type { GitHubApi } from '../../emulator/github/index.js'
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions
} from '../../src/publish/github-client.js'

export interface RecordingLog {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  messages: string[]
}

export function recordingLog(): RecordingLog {
  const messages: string[] = []
  const keep = (message: string) => {
    messages.push(message)
  }
  return { debug: keep, info: keep, warning: keep, messages }
}

/** Writes unpaced and retry waits in milliseconds, so that a test run takes no real waiting. */
export function localClient(
  api: GitHubApi,
  token: string,
  log = recordingLog(),
  options: Pick<GitHubClientOptions, 'requestMs' | 'longestWaitSeconds' | 'signal'> = {}
): GitHubClient {
  return createGitHubClient(token, {
    baseUrl: api.url,
    log,
    paceWrites: false,
    retryAfterBaseValue: 5,
    ...options
  })
}
