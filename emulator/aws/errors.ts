/**
 * AWS errors as each protocol puts them on the wire. Handlers throw `AwsError` with the code the
 * service's model names; the server renders it as Query XML (RDS, STS) or JSON 1.1 (ACM).
 *
 * The same situation has different codes per protocol: AWS's Query services say `AccessDenied`
 * (403), `Throttling` (400), `InvalidClientTokenId` (403); its JSON services say
 * `AccessDeniedException` (400), `ThrottlingException` (400), `UnrecognizedClientException` (400).
 * `PROTOCOL_CODES` translates a fault written in either style into the protocol of the call.
 */
import { escapeXml } from './xml.js'

export type Protocol = 'query' | 'json'

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status; default from `defaultStatus`. */
    readonly status?: number
  ) {
    super(message)
  }
}

/** [query code, json code] pairs naming the same condition. */
const PROTOCOL_CODES: [string, string][] = [
  ['AccessDenied', 'AccessDeniedException'],
  ['Throttling', 'ThrottlingException'],
  ['InvalidClientTokenId', 'UnrecognizedClientException'],
  ['SignatureDoesNotMatch', 'InvalidSignatureException'],
  ['MissingAuthenticationToken', 'MissingAuthenticationTokenException'],
  ['ExpiredToken', 'ExpiredTokenException'],
  ['IncompleteSignature', 'IncompleteSignatureException']
]

const STATUS: Record<string, number> = {
  AccessDenied: 403,
  AccessDeniedException: 400,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  MissingAuthenticationToken: 403,
  ExpiredToken: 403,
  IncompleteSignature: 403,
  InvalidAction: 400,
  OptInRequired: 403,
  InternalFailure: 500,
  InternalServerException: 500,
  ServiceUnavailable: 503,
  ServiceUnavailableException: 503,
  DBInstanceNotFound: 404,
  DBClusterNotFoundFault: 404,
  CertificateNotFound: 404,
  ResourceNotFoundFault: 404
}

const SERVER_ERRORS = new Set(['InternalFailure', 'InternalServerException', 'ServiceUnavailable'])

export function codeFor(code: string, protocol: Protocol): string {
  for (const [query, json] of PROTOCOL_CODES) {
    if (code === query || code === json) return protocol === 'query' ? query : json
  }
  return code
}

export function defaultStatus(code: string): number {
  return STATUS[code] ?? (SERVER_ERRORS.has(code) ? 500 : 400)
}

const DEFAULT_MESSAGES: Record<string, string> = {
  AccessDenied: 'User is not authorized to perform this operation',
  Throttling: 'Rate exceeded',
  InternalFailure: 'An internal error has occurred. Please try your query again at a later time.',
  ServiceUnavailable: 'Service is unavailable. Please try again later.'
}

export function defaultMessage(code: string, operation: string): string {
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return `User is not authorized to perform: ${operation} because no identity-based policy allows the action`
  }
  return DEFAULT_MESSAGES[codeFor(code, 'query')] ?? code
}

export interface RenderedError {
  status: number
  /** The error code, for the call log; absent for successful answers. */
  code?: string
  headers: Record<string, string>
  body: string
}

/** Query protocol error document, as RDS and STS send it. */
export function renderQueryError(
  error: AwsError,
  namespace: string,
  requestId: string
): RenderedError {
  const code = codeFor(error.code, 'query')
  const type = defaultStatus(code) >= 500 ? 'Receiver' : 'Sender'
  const body =
    `<ErrorResponse xmlns="${namespace}">\n  <Error>\n    <Type>${type}</Type>\n` +
    `    <Code>${escapeXml(code)}</Code>\n    <Message>${escapeXml(error.message)}</Message>\n` +
    `  </Error>\n  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`
  return {
    status: error.status ?? defaultStatus(code),
    code,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body
  }
}

/** JSON 1.1 error document, as ACM sends it. */
export function renderJsonError(error: AwsError, requestId: string): RenderedError {
  const code = codeFor(error.code, 'json')
  return {
    status: error.status ?? defaultStatus(code),
    code,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: JSON.stringify({ __type: code, message: error.message })
  }
}
