/**
 * A local stand-in for the Actions runtime's OIDC token service, so that `core.getIDToken`
 * runs unmodified in end-to-end tests: it is reached through `ACTIONS_ID_TOKEN_REQUEST_URL` with
 * the bearer `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, and answers `{ "value": "<jwt>" }` as GitHub does.
 * The JWT carries GitHub's real claim names; its signature is not verifiable (nothing here holds
 * GitHub's keys), which is fine because the AWS emulator only checks `aud` and presence.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface OidcTokenServerOptions {
  /** `repository` claim, e.g. `acme/infra`. */
  repository?: string
  /** `ref` claim. */
  ref?: string
  /** Fail this many requests with a 500 before answering (to exercise the caller's retries). */
  failFirst?: number
}

export interface OidcTokenServer {
  /** Value for `ACTIONS_ID_TOKEN_REQUEST_URL` (already has a query string, as the runtime's does). */
  requestUrl: string
  /** Value for `ACTIONS_ID_TOKEN_REQUEST_TOKEN`. */
  requestToken: string
  /** Audiences asked for, one entry per request. */
  requests: Array<{ audience: string | null; status: number }>
  close(): Promise<void>
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export async function startOidcTokenServer(
  options: OidcTokenServerOptions = {}
): Promise<OidcTokenServer> {
  const repository = options.repository ?? 'acme/infra'
  const ref = options.ref ?? 'refs/heads/main'
  const requestToken = randomBytes(16).toString('hex')
  const requests: OidcTokenServer['requests'] = []
  let failuresLeft = options.failFirst ?? 0

  const answer = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const audience = url.searchParams.get('audience')
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      requests.push({ audience, status: 401 })
      answer(res, 401, { message: 'Bad credentials' })
      return
    }
    if (failuresLeft > 0) {
      failuresLeft -= 1
      requests.push({ audience, status: 500 })
      answer(res, 500, { message: 'Internal Server Error' })
      return
    }
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      iss: 'https://token.actions.githubusercontent.com',
      aud: audience ?? `https://github.com/${repository.split('/')[0]}`,
      sub: `repo:${repository}:ref:${ref}`,
      repository,
      ref,
      jti: randomBytes(8).toString('hex'),
      iat: now,
      nbf: now - 5,
      exp: now + 300
    }
    const jwt = [
      base64url({ typ: 'JWT', alg: 'RS256' }),
      base64url(claims),
      randomBytes(32).toString('base64url')
    ].join('.')
    requests.push({ audience, status: 200 })
    answer(res, 200, { value: jwt })
  }

  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    requestUrl: `http://127.0.0.1:${port}/_apis/distributedtask/token?api-version=2.0`,
    requestToken,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())))
  }
}
