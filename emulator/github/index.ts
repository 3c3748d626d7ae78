/**
 * A local GitHub REST API for the tracking-issue code paths: the real Octokit reaches it through
 * `GITHUB_API_URL` (or an explicit baseUrl), exactly as it reaches GitHub Enterprise Server.
 *
 * It answers what GitHub answers for the requests aws-cert-watch makes, including the failures
 * that matter: 401 for an unknown token, 403 `Resource not accessible by integration` for a
 * token without `issues: write` (and for GET /user with an App installation token), 410 when
 * issues are disabled, 410 for a deleted issue, 403 for an App token on a locked issue, 422 for a
 * body over 65,536 characters, a secondary rate limit (403 with `retry-after`) every Nth request,
 * and the `x-ratelimit-*` headers on every answer. POST /graphql answers the edit-history query
 * (graphql.ts). Options add the faults of the network in between: a request left hanging, an
 * HTML page from a proxy, a used-up primary rate limit.
 */
import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { answerGraphql } from './graphql.js'
import { routeRequest, type RequestContext } from './routes.js'
import { GitHubState, type EmulatedUser, type RecordedCall } from './state.js'

export { GitHubState } from './state.js'
export type {
  BodyEdit,
  CommentRecord,
  EmulatedUser,
  IssueRecord,
  LabelRecord,
  LockReason,
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
  /**
   * Matching requests (true: all) are read and never answered, nor recorded in `calls`: the
   * socket stays open until the client gives up or the server closes.
   */
  hang?: boolean | ((request: { method: string; path: string }) => boolean)
  /**
   * Every authenticated request is answered with this status and an HTML page, as a proxy in
   * front of GitHub Enterprise Server answers when GitHub is down (default page: the status line,
   * e.g. 502 Bad Gateway).
   */
  htmlResponse?: { status: number; body?: string }
  /**
   * The token's primary rate limit is used up: every authenticated request answers 403 with
   * `x-ratelimit-remaining: 0` and a reset this many seconds from now.
   */
  primaryRateLimit?: { resetInSeconds: number }
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
/** The App installation behind every Bot token, as GitHub names it in rate-limit messages. */
const INSTALLATION_ID = 1234567

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
    const { hang } = settings
    if (typeof hang === 'function' ? hang({ method, path: target.pathname }) : hang === true) return
    let body: unknown = undefined
    let status = 500
    const reply = (code: number, headers: Record<string, string>, text: string) => {
      status = code
      res.writeHead(code, headers)
      res.end(text)
    }
    const send = (code: number, payload: unknown, headers: Record<string, string> = {}) =>
      reply(
        code,
        { 'content-type': 'application/json; charset=utf-8', ...headers },
        payload === undefined ? '' : JSON.stringify(payload)
      )
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
      const html = settings.htmlResponse
      if (html !== undefined) {
        reply(html.status, { 'content-type': 'text/html' }, html.body ?? statusPage(html.status))
        return
      }
      const exhausted = settings.primaryRateLimit
      // A used-up limit is shown, not counted: the token resumes from its own count afterwards.
      const count = exhausted === undefined ? (used.get(token) ?? 0) + 1 : RATE_LIMIT
      if (exhausted === undefined) used.set(token, count)
      const rateHeaders = {
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - count)),
        'x-ratelimit-used': String(count),
        'x-ratelimit-reset': String(
          Math.floor(Date.now() / 1000) + (exhausted?.resetInSeconds ?? 3600)
        ),
        'x-ratelimit-resource': 'core',
        'x-github-api-version-selected': '2022-11-28'
      }
      // @octokit/plugin-throttling takes a 403 with `x-ratelimit-remaining: 0` for a primary
      // limit and hands onRateLimit the seconds until `x-ratelimit-reset`.
      if (exhausted !== undefined) {
        const who =
          user.type === 'Bot' ? `installation ID ${INSTALLATION_ID}` : `user ID ${user.id}`
        send(
          403,
          {
            message: `API rate limit exceeded for ${who}.`,
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
          },
          rateHeaders
        )
        return
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
      const answer =
        method === 'POST' && target.pathname === '/graphql'
          ? answerGraphql(context)
          : routeRequest(context)
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

function statusPage(status: number): string {
  const line = `${status} ${STATUS_CODES[status] ?? ''}`.trim()
  return `<html>\n<head><title>${line}</title></head>\n<body>\n<center><h1>${line}</h1></center>\n</body>\n</html>\n`
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
