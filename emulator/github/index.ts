/**
 * A local GitHub REST API for the tracking-issue code paths: the real Octokit reaches it through
 * `GITHUB_API_URL` (or an explicit baseUrl), exactly as it reaches GitHub Enterprise Server.
 *
 * It answers what GitHub answers for the requests aws-cert-watch makes, including the failures
 * that matter: 401 for an unknown token, 403 `Resource not accessible by integration` for a
 * token without `issues: write` (and for GET /user with an App installation token), 410 when
 * issues are disabled, 422 for a body over 65,536 characters, a secondary rate limit (403 with
 * `retry-after`) every Nth request, and the `x-ratelimit-*` headers on every answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { routeRequest, type RequestContext } from './routes.js'
import { GitHubState, type EmulatedUser, type RecordedCall } from './state.js'

export { GitHubState } from './state.js'
export type {
  CommentRecord,
  EmulatedUser,
  IssueRecord,
  LabelRecord,
  RecordedCall,
  RequestHook,
  SeedIssue
} from './state.js'

/** A personal token whose owner is a user; GET /user works. */
export const USER_TOKEN = 'ghp_emulated_user_token'
/** A GITHUB_TOKEN-like App installation token: issues are written as `github-actions[bot]`. */
export const ACTIONS_TOKEN = 'ghs_emulated_actions_token'

export interface GitHubApiOptions {
  port?: number
  /** Token -> identity. Default: USER_TOKEN (octocat) and ACTIONS_TOKEN (github-actions[bot]). */
  users?: Record<string, EmulatedUser>
  /** Token -> issues permission; tokens not listed have `write`. */
  permissions?: Record<string, 'write' | 'read'>
  /** false: every issue endpoint answers 410, as for a repository with issues turned off. */
  issuesEnabled?: boolean
  /**
   * Answer every Nth authenticated request (counted from when this option was set) with a
   * secondary rate limit; 0 or undefined: never.
   */
  secondaryRateLimitEvery?: number
  /** Longest issue or comment body accepted (default 65,536, GitHub's limit). */
  maxBodyLength?: number
}

export interface GitHubApi {
  /** Base URL for Octokit / `GITHUB_API_URL`, e.g. `http://127.0.0.1:40123`. */
  url: string
  port: number
  state: GitHubState
  /** Every request answered, in order. */
  calls: RecordedCall[]
  close(): Promise<void>
  /** Changes options for the requests that follow. */
  setOptions(options: Partial<GitHubApiOptions>): void
}

const DEFAULT_USERS: Record<string, EmulatedUser> = {
  [USER_TOKEN]: { login: 'octocat', id: 583231, type: 'User' },
  [ACTIONS_TOKEN]: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
}

const RATE_LIMIT = 5000
const DOCS = 'https://docs.github.com/rest'

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  let settings: GitHubApiOptions = {
    ...options,
    users: options.users ?? DEFAULT_USERS,
    maxBodyLength: options.maxBodyLength ?? 65536
  }
  const state = new GitHubState()
  const calls: RecordedCall[] = []
  const used = new Map<string, number>()
  let received = 0
  // Counted from when secondaryRateLimitEvery was last set, so that tests know which request hits.
  let sinceLimitSet = 0
  let url = ''

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    received += 1
    const index = received
    const target = new URL(req.url ?? '/', url)
    const method = req.method ?? 'GET'
    const query = Object.fromEntries(target.searchParams)
    const raw = await readBody(req)
    let body: unknown = undefined
    let status = 500
    const send = (code: number, payload: unknown, headers: Record<string, string> = {}) => {
      status = code
      res.writeHead(code, {
        'content-type': 'application/json; charset=utf-8',
        ...headers
      })
      res.end(payload === undefined ? '' : JSON.stringify(payload))
    }
    try {
      if (raw !== '') {
        try {
          body = JSON.parse(raw)
        } catch {
          send(400, { message: 'Problems parsing JSON', documentation_url: DOCS })
          return
        }
      }
      await state.onRequest?.({ index, method, path: target.pathname, query, body }, state)

      const token = tokenOf(req.headers.authorization)
      const user = token === null ? undefined : settings.users?.[token]
      if (user === undefined || token === null) {
        send(401, { message: 'Bad credentials', documentation_url: DOCS })
        return
      }
      const count = (used.get(token) ?? 0) + 1
      used.set(token, count)
      const rateHeaders = {
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - count)),
        'x-ratelimit-used': String(count),
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        'x-github-api-version-selected': '2022-11-28'
      }
      const every = settings.secondaryRateLimitEvery ?? 0
      sinceLimitSet += 1
      if (every > 0 && sinceLimitSet % every === 0) {
        send(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you ' +
              'try again.',
            documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`
          },
          { ...rateHeaders, 'retry-after': '1' }
        )
        return
      }
      const context: RequestContext = {
        method,
        path: target.pathname,
        query,
        body,
        user,
        canWrite: (settings.permissions?.[token] ?? 'write') === 'write',
        issuesEnabled: settings.issuesEnabled ?? true,
        maxBodyLength: settings.maxBodyLength ?? 65536,
        baseUrl: url,
        state
      }
      const answer = routeRequest(context)
      send(answer.status, answer.body, { ...rateHeaders, ...answer.headers })
    } catch (error) {
      send(500, { message: `Emulator error: ${String(error)}`, documentation_url: DOCS })
    } finally {
      calls.push({ index, method, path: target.pathname, query, body, status })
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  url = `http://127.0.0.1:${port}`

  return {
    url,
    port,
    state,
    calls,
    setOptions(next) {
      settings = { ...settings, ...next }
      if (next.secondaryRateLimitEvery !== undefined) sinceLimitSet = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}

function tokenOf(header: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
  return match?.[1] ?? null
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
