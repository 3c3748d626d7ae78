/** Raw HTTP against the local GitHub API: what any client sees before Octokit interprets it. */
import {
  USER_TOKEN,
  startGitHubApi,
  type GitHubApi,
  type GitHubApiOptions
} from '../../emulator/github/index.js'

export interface RawAnswer {
  status: number
  headers: Headers
  text: string
  /** The parsed body when it is JSON, else null. */
  json: Record<string, unknown> & unknown[]
}

export type RawCall = (
  method: string,
  path: string,
  body?: unknown,
  token?: string | null
) => Promise<RawAnswer>

/** Requests as `token` (USER_TOKEN unless given; null: no authorization header). */
export function rawCaller(api: GitHubApi): RawCall {
  return async (method, path, body, token = USER_TOKEN) => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `token ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' })
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const text = await response.text()
    const isJson = (response.headers.get('content-type') ?? '').includes('json')
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: (isJson && text !== '' ? JSON.parse(text) : null) as RawAnswer['json']
    }
  }
}

/** A test file's local GitHub API and its raw caller, set up before its first test. */
export interface LocalGitHub {
  api: GitHubApi
  call: RawCall
}

/**
 * Starts one local GitHub API for the test file, closes it after the last test, and after each
 * test puts back the options in `reset` and removes any request hook. `clock`, when given,
 * dates what the API records.
 */
export function localGitHub(reset: Partial<GitHubApiOptions>, clock?: () => Date): LocalGitHub {
  const local = {} as LocalGitHub
  beforeAll(async () => {
    local.api = await startGitHubApi()
    local.call = rawCaller(local.api)
    if (clock !== undefined) local.api.state.clock = clock
  })
  afterAll(() => local.api.close())
  afterEach(() => {
    local.api.setOptions(reset)
    local.api.state.onRequest = undefined
  })
  return local
}
