import { oneLine } from '../shared/text.js'

/** What an AWS SDK error (or a network error on the way) says, flattened for a report line. */
export interface AwsErrorSummary {
  /** The AWS error code (`AccessDenied`, `ThrottlingException`), or a Node code (`ECONNREFUSED`). */
  code: string
  message: string
  /** HTTP status of the AWS response; null when no response arrived. */
  httpStatus: number | null
}

interface ErrorLike {
  name?: unknown
  code?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: unknown }
}

export function summarizeAwsError(err: unknown): AwsErrorSummary {
  const e: ErrorLike = typeof err === 'object' && err !== null ? (err as ErrorLike) : {}
  // The SDK names service errors after their code; plain Errors keep `Error` as name and carry
  // a Node `code` when the network failed.
  const name = typeof e.name === 'string' && e.name !== 'Error' ? e.name : undefined
  const code = name ?? (typeof e.code === 'string' ? e.code : 'Error')
  const status = e.$metadata?.httpStatusCode
  const message = typeof e.message === 'string' ? e.message : String(err)
  return {
    code,
    message: oneLine(message),
    httpStatus: typeof status === 'number' ? status : null
  }
}

/** `Code (HTTP 403): message`, one line. */
export function formatAwsError(err: unknown): string {
  const { code, message, httpStatus } = summarizeAwsError(err)
  const status = httpStatus === null ? '' : ` (HTTP ${httpStatus})`
  return message === '' || message === code ? `${code}${status}` : `${code}${status}: ${message}`
}
