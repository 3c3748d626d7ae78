/** Raw HTTP against the local GitHub API: what any client sees before Octokit interprets it. */
import { USER_TOKEN, type GitHubApi } from '../../emulator/github/index.js'

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
