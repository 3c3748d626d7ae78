/**
 * Reading Query-protocol requests (form-encoded `Action=...&Filters.Filter.1.Name=...`) and the
 * paging both RDS and ACM use. Query lists arrive as `Prefix.<MemberName>.<n>`; the member name
 * differs per list (`Filter`, `Value`, `member`), so readers accept any.
 */
import { AwsError } from './errors.js'

export type Params = Map<string, string>

export function parseForm(text: string): Params {
  const params: Params = new Map()
  for (const [key, value] of new URLSearchParams(text)) params.set(key, value)
  return params
}

/** Values of `prefix.<member>.1`, `prefix.<member>.2`, ... in index order. */
export function readList(params: Params, prefix: string): string[] {
  const found: [number, string][] = []
  const re = new RegExp(`^${escapeRe(prefix)}\\.[A-Za-z]+\\.(\\d+)$`)
  for (const [key, value] of params) {
    const match = re.exec(key)
    if (match) found.push([Number(match[1]), value])
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, value]) => value)
}

export interface QueryFilter {
  name: string
  values: string[]
}

/** `Filters.Filter.N.Name` + `Filters.Filter.N.Values.Value.M`. */
export function readFilters(params: Params): QueryFilter[] {
  const filters: QueryFilter[] = []
  const re = /^Filters\.[A-Za-z]+\.(\d+)\.Name$/
  for (const [key, name] of params) {
    const match = re.exec(key)
    if (!match) continue
    const base = key.slice(0, -'.Name'.length)
    filters.push({ name, values: readList(params, `${base}.Values`) })
  }
  return filters
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Opaque paging tokens: the offset plus a fingerprint of the request's filters, so a token
 * replayed with other filters is refused as AWS refuses it.
 */
export function encodeToken(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url')
}

export function decodeToken(token: string, fingerprint: string, errorCode: string): number {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown
      f?: unknown
    }
    if (typeof decoded.o === 'number' && decoded.o >= 0 && decoded.f === fingerprint)
      return decoded.o
  } catch {
    // fall through to the error below
  }
  throw new AwsError(errorCode, `Invalid pagination token: ${token}`)
}

export interface Page<T> {
  items: T[]
  next: string | undefined
}

export function paginate<T>(
  items: T[],
  token: string | undefined,
  size: number,
  fingerprint: string,
  errorCode: string
): Page<T> {
  const start = token ? decodeToken(token, fingerprint, errorCode) : 0
  const end = start + size
  return {
    items: items.slice(start, end),
    next: end < items.length ? encodeToken(end, fingerprint) : undefined
  }
}
