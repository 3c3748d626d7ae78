/**
 * Signature Version 4 as AWS checks it: parse the Authorization header, rebuild the canonical
 * request from what arrived, and compare signatures. Written against the SigV4 specification
 * (canonical request, string to sign, HMAC key chain); the tests sign with the SDK's own
 * signer, so any drift shows up as SignatureDoesNotMatch.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export interface ParsedAuthorization {
  accessKeyId: string
  date: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

const AUTH_RE =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})\s*$/

/** Undefined when the header is absent; throws `MalformedAuthorization` when unreadable. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  if (header === undefined || header === '') return undefined
  const match = AUTH_RE.exec(header)
  if (!match) throw new MalformedAuthorization(header)
  const [, accessKeyId, date, region, service, signedHeaders, signature] =
    match as unknown as string[]
  return {
    accessKeyId: accessKeyId as string,
    date: date as string,
    region: region as string,
    service: service as string,
    signedHeaders: (signedHeaders as string).split(';'),
    signature: signature as string
  }
}

export class MalformedAuthorization extends Error {}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function canonicalQuery(search: string): string {
  if (!search) return ''
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '))
      const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '))
      return [rfc3986(key), rfc3986(value)] as const
    })
  pairs.sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
  )
  return pairs.map(([k, v]) => `${k}=${v}`).join('&')
}

function canonicalPath(path: string): string {
  // Non-S3 services encode each segment of the (already encoded) path a second time.
  return path
    .split('/')
    .map((segment) => rfc3986(segment))
    .join('/')
}

const keyCache = new Map<string, Buffer>()

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const id = `${secret}|${date}|${region}|${service}`
  const cached = keyCache.get(id)
  if (cached) return cached
  const kDate = createHmac('sha256', `AWS4${secret}`).update(date).digest()
  const kRegion = createHmac('sha256', kDate).update(region).digest()
  const kService = createHmac('sha256', kRegion).update(service).digest()
  const key = createHmac('sha256', kService).update('aws4_request').digest()
  if (keyCache.size > 10_000) keyCache.clear()
  keyCache.set(id, key)
  return key
}

export interface SignedRequest {
  method: string
  /** Path and query as received (`/`, `/?Action=...`). */
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

/** True when the signature matches the one computed with `secret`. */
export function verifySignature(
  request: SignedRequest,
  auth: ParsedAuthorization,
  secret: string
): boolean {
  const amzDate = headerValue(request.headers, 'x-amz-date')
  if (!amzDate || !amzDate.startsWith(auth.date)) return false
  const q = request.url.indexOf('?')
  const path = q < 0 ? request.url : request.url.slice(0, q)
  const search = q < 0 ? '' : request.url.slice(q + 1)
  const headerLines = auth.signedHeaders.map((name) => {
    const value = headerValue(request.headers, name) ?? ''
    return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`
  })
  const payloadHash =
    headerValue(request.headers, 'x-amz-content-sha256') ??
    createHash('sha256').update(request.body).digest('hex')
  const canonical = [
    request.method,
    canonicalPath(path || '/'),
    canonicalQuery(search),
    headerLines.join(''),
    auth.signedHeaders.join(';'),
    payloadHash
  ].join('\n')
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonical).digest('hex')
  ].join('\n')
  const expected = createHmac('sha256', signingKey(secret, auth.date, auth.region, auth.service))
    .update(stringToSign)
    .digest()
  return timingSafeEqual(expected, Buffer.from(auth.signature, 'hex'))
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value.join(',') : value
}
