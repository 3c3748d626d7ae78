/**
 * AWS errors as each protocol puts them on the wire. Handlers throw `AwsError` with the code the
 * service's model names; the server renders it as an XML error document (the Query services
 * RDS, STS, IAM, ELB, and CloudFront's REST-XML), JSON 1.1 (ACM, AWS Private CA, Organizations) or restJson1
 * (the Account API).
 *
 * The same situation has different codes per protocol: AWS's Query services say `AccessDenied`
 * (403), `Throttling` (400), `InvalidClientTokenId` (403); its JSON 1.1 services say
 * `AccessDeniedException` (400), `ThrottlingException` (400), `UnrecognizedClientException` (400);
 * restJson1 services such as the Account API sit behind API Gateway (its model says so of the
 * `x-amzn-ErrorType` header), which answers authentication and authorisation failures with 403
 * and names throttling `TooManyRequestsException` (429). CloudFront (REST-XML) uses the Query
 * codes and statuses (its model's `AccessDenied` is 403) and the same `<ErrorResponse>` document.
 * `PROTOCOL_CODES` translates a fault written in any style into the protocol of the call.
 */
import { xmlDocument } from './xml.js'

export type Protocol = 'query' | 'rest-xml' | 'json' | 'rest-json'

export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** HTTP status; default from `defaultStatus`. */
    readonly status?: number,
    /** Further members of the error shape (JSON 1.1 only), e.g. Organizations' `Reason`. */
    readonly fields?: Readonly<Record<string, string>>
  ) {
    super(message)
  }
}

/** [query, json, rest-json] codes naming the same condition. */
const PROTOCOL_CODES: [string, string, string][] = [
  ['AccessDenied', 'AccessDeniedException', 'AccessDeniedException'],
  ['Throttling', 'ThrottlingException', 'TooManyRequestsException'],
  ['InvalidClientTokenId', 'UnrecognizedClientException', 'UnrecognizedClientException'],
  ['SignatureDoesNotMatch', 'InvalidSignatureException', 'InvalidSignatureException'],
  [
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException',
    'MissingAuthenticationTokenException'
  ],
  ['ExpiredToken', 'ExpiredTokenException', 'ExpiredTokenException'],
  ['IncompleteSignature', 'IncompleteSignatureException', 'IncompleteSignatureException'],
  ['InternalFailure', 'InternalFailure', 'InternalServerException']
]

const COLUMN: Record<Protocol, number> = { query: 0, 'rest-xml': 0, json: 1, 'rest-json': 2 }

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

/** Where restJson1 differs from the statuses above (see the header comment). */
const REST_JSON_STATUS: Record<string, number> = {
  AccessDeniedException: 403,
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  MissingAuthenticationTokenException: 403,
  ExpiredTokenException: 403,
  IncompleteSignatureException: 403,
  TooManyRequestsException: 429,
  UnknownOperationException: 404
}

const SERVER_ERRORS = new Set(['InternalFailure', 'InternalServerException', 'ServiceUnavailable'])

export function codeFor(code: string, protocol: Protocol): string {
  const codes = PROTOCOL_CODES.find((row) => row.includes(code))
  return codes ? (codes[COLUMN[protocol]] as string) : code
}

export function defaultStatus(code: string, protocol: Protocol): number {
  return (
    (protocol === 'rest-json' ? REST_JSON_STATUS[code] : undefined) ??
    STATUS[code] ??
    (SERVER_ERRORS.has(code) ? 500 : 400)
  )
}

const DEFAULT_MESSAGES: Record<string, string> = {
  AccessDenied: 'User is not authorized to perform this operation',
  Throttling: 'Rate exceeded',
  ExpiredToken: 'The security token included in the request is expired',
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

/** The XML error document the Query services and CloudFront send, in the service's namespace. */
export function renderXmlError(
  error: AwsError,
  namespace: string,
  requestId: string
): RenderedError {
  const code = codeFor(error.code, 'query')
  const type = defaultStatus(code, 'query') >= 500 ? 'Receiver' : 'Sender'
  const body = xmlDocument('ErrorResponse', namespace, {
    Error: { Type: type, Code: code, Message: error.message },
    RequestId: requestId
  })
  return {
    status: error.status ?? defaultStatus(code, 'query'),
    code,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body
  }
}

/**
 * JSON 1.1 error document. The message travels under the name the service's model gives its
 * errors' member: `message` for ACM and AWS Private CA, `Message` for Organizations (its model's
 * exceptions all have a `Message` member); the SDK reads either.
 */
export function renderJsonError(
  error: AwsError,
  requestId: string,
  messageKey: 'message' | 'Message' = 'message'
): RenderedError {
  const code = codeFor(error.code, 'json')
  return {
    status: error.status ?? defaultStatus(code, 'json'),
    code,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: JSON.stringify({ __type: code, [messageKey]: error.message, ...error.fields })
  }
}

/**
 * restJson1 error, as the Account API sends it: the code travels in `x-amzn-ErrorType`, which
 * the SDK reads before the body, and the body carries only the message.
 */
export function renderRestJsonError(error: AwsError, requestId: string): RenderedError {
  const code = codeFor(error.code, 'rest-json')
  return {
    status: error.status ?? defaultStatus(code, 'rest-json'),
    code,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': code,
      'x-amzn-requestid': requestId
    },
    body: JSON.stringify({ message: error.message })
  }
}
