/**
 * Reading Query-protocol requests (form-encoded `Action=...&Filters.Filter.1.Name=...`) and the
 * paging every service here uses. Query lists arrive as `Prefix.<MemberName>.<n>`; the member
 * name differs per list (`Filter`, `Value`, `member`), so readers accept any.
 */
import { AwsError } from './errors.js'
import { integerInRange } from './json.js'

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

/**
 * The request's parameters other than the paging ones, in a canonical order: what a paging token
 * is bound to.
 */
export function fingerprintOf(params: Params, paging: readonly string[]): string {
  return [...params]
    .filter(([k]) => !paging.includes(k))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/** A required parameter, with the validation message AWS's Query services send. */
export function requiredParam(params: Params, name: string, member: string): string {
  const value = params.get(name)
  if (value === undefined || value === '') {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`
    )
  }
  return value
}

export interface PageSize {
  /** The parameter (`MaxItems`, `PageSize`) and the model's member name in messages. */
  param: string
  member: string
  max: number
  default: number
}

/**
 * One page of a list paged by `Marker`, sized as the model allows (1..max), answering as the
 * Query services built on AWS's common validation do: ValidationError, for a bad size or token.
 */
export function markerPage<T>(params: Params, items: T[], size: PageSize): Page<T> {
  const raw = params.get(size.param)
  const n =
    raw === undefined
      ? size.default
      : (integerInRange(Number(raw), size.member, 1, size.max, 'ValidationError') as number)
  const fingerprint = fingerprintOf(params, ['Marker', size.param])
  return paginate(items, params.get('Marker'), n, fingerprint, 'ValidationError')
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
