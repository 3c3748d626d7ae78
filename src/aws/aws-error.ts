import { oneLine } from '../shared/text.js'

/** What an AWS SDK error (or a network error on the way) says, flattened for a report line. */
export interface AwsErrorSummary {
  /**
   * The AWS error code (`AccessDenied`, `ThrottlingException`), a Node code (`ECONNREFUSED`),
   * or `NonAwsResponse` when what answered was not AWS (see NonAwsResponseError).
   */
  code: string
  message: string
  /** HTTP status of the AWS response; null when no response arrived. */
  httpStatus: number | null
}

/**
 * An answer that is not an AWS API response: an HTML page from a proxy, or a body the SDK could
 * not parse. Its message says so in words a person can act on; the SDK's own parser message
 * (`XML parse error ... inspect the hidden field {error}.$response`) helps nobody.
 */
export class NonAwsResponseError extends Error {
  override readonly name = 'NonAwsResponse'
  /** Read by the SDK's retry strategy: a 5xx from a proxy is as transient as AWS's own. */
  readonly $metadata: { httpStatusCode: number }

  constructor(readonly status: number) {
    super(nonAwsMessage(status))
    this.$metadata = { httpStatusCode: status }
  }
}

function nonAwsMessage(status: number): string {
  return status >= 400
    ? `HTTP ${status} from the endpoint, not an AWS error response`
    : `HTTP ${status} from the endpoint, not an AWS response`
}

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: unknown }
  $response?: unknown
  cause?: unknown
}

/**
 * The SDK keeps the raw response on errors it could not make sense of: a body that did not
 * parse (`SyntaxError`, "Deserialization error") or an error without an AWS error code
 * (`Unknown`). A service error with a code carries `$response` too, so the name decides.
 */
function isUnreadableAnswer(e: ErrorLike): boolean {
  if (!Object.prototype.hasOwnProperty.call(e, '$response')) return false
  const message = typeof e.message === 'string' ? e.message : ''
  return (
    e.name === 'SyntaxError' ||
    e.name === 'Unknown' ||
    e.name === 'UnknownError' ||
    message.includes('Deserialization error')
  )
}

export function summarizeAwsError(err: unknown): AwsErrorSummary {
  const e: ErrorLike = typeof err === 'object' && err !== null ? (err as ErrorLike) : {}
  // The HTTP handler keeps an abort signal's reason (a watchdog's IdleTimeout) as the cause.
  if (e.name === 'AbortError' && e.cause instanceof Error) return summarizeAwsError(e.cause)
  const status = e.$metadata?.httpStatusCode
  const httpStatus = typeof status === 'number' ? status : null
  if (err instanceof NonAwsResponseError || (httpStatus !== null && isUnreadableAnswer(e))) {
    return { code: 'NonAwsResponse', message: nonAwsMessage(httpStatus ?? 0), httpStatus }
  }
  // The SDK names service errors after their code; plain Errors keep `Error` as name and carry
  // a Node `code` when the network failed.
  const name = typeof e.name === 'string' && e.name !== 'Error' ? e.name : undefined
  const code = name ?? (typeof e.code === 'string' ? e.code : 'Error')
  const message = typeof e.message === 'string' ? e.message : String(err)
  return { code, message: oneLine(message), httpStatus }
}

/** `Code (HTTP 403): message`, one line; an answer that was not AWS's says just that. */
export function formatAwsError(err: unknown): string {
  const { code, message, httpStatus } = summarizeAwsError(err)
  // Our own words (an answer that was not AWS's, a scan given up) need no code in front.
  if (OWN_CODES.has(code)) return message
  const status = httpStatus === null ? '' : ` (HTTP ${httpStatus})`
  return message === '' || message === code ? `${code}${status}` : `${code}${status}: ${message}`
}

/**
 * The error that explains a failed call: when the call was aborted because its scan was given
 * up (an idle watchdog, a deadline), that reason, not the SDK's bare "Request aborted".
 */
export function explainFailure(err: unknown, signal: AbortSignal | undefined): unknown {
  return signal?.aborted === true && signal.reason instanceof Error ? signal.reason : err
}

const OWN_CODES = new Set(['NonAwsResponse', 'IdleTimeout', 'DeadlineExceeded', 'RoleNotAssumed'])

/** The caller may not make the call: another attempt (or another resource) gets the same. */
export function isAccessDenied(code: string): boolean {
  return ACCESS_DENIED.has(code)
}

/** The session's credentials have expired: fresh ones make the same call work. */
export function isExpiredToken(code: string): boolean {
  return EXPIRED_TOKEN.has(code)
}

/**
 * The endpoint does not accept the credentials at all. A disabled opt-in region answers this
 * way, but so does an enabled one to a session token from the global STS endpoint, which AWS
 * documents as not valid in opt-in regions: the code alone does not tell them apart.
 */
export function isCredentialsRejected(code: string): boolean {
  return CREDENTIALS_REJECTED.has(code)
}

/** AWS refused the call for the caller's request rate: the same call succeeds a little later. */
export function isThrottled(code: string): boolean {
  return THROTTLED.has(code)
}

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'])
const EXPIRED_TOKEN = new Set(['ExpiredToken', 'ExpiredTokenException'])
const CREDENTIALS_REJECTED = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'AuthFailure'
])

/** The throttling codes of AWS's protocols (Query, JSON, REST), as the SDK's retry reads them. */
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown'
])
