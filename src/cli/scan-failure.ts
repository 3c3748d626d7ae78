/**
 * Why a scan could not start, told to a person at a workstation: what failed, and what to try
 * there (a profile, `aws sso login`, the network). The SDK's error names and Node's network
 * codes decide, never the wording of a message.
 */
import {
  formatAwsError,
  isCredentialsRejected,
  isExpiredToken,
  summarizeAwsError
} from '../aws/aws-error.js'
import { oneLine } from '../shared/text.js'

/** One failure, as the CLI's error line prints it: `aws-cert-watch: <what> — <hint>`. */
export interface ScanFailure {
  what: string
  hint: string
}

/** The SDK's default chain found no credentials (or an SSO profile's token is missing or stale). */
const NO_CREDENTIALS = new Set(['CredentialsProviderError', 'TokenProviderError'])

/** No connection was made: refused, no such host, no route. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE'
])

/**
 * A connection that never answered: the HTTP handler's connect or socket time limit
 * (`TimeoutError`, `ETIMEDOUT`), or the scan's own deadlines.
 */
const NO_ANSWER = new Set(['TimeoutError', 'ETIMEDOUT', 'IdleTimeout', 'DeadlineExceeded'])

/** Codes with which AWS answered that it does not accept the credentials it was sent. */
const REFUSED = new Set(['SignatureDoesNotMatch', 'InvalidAccessKeyId'])

const PROFILE_HINT =
  'set AWS_PROFILE to a profile of ~/.aws/config (for an SSO profile, run "aws sso login" first) ' +
  'or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; --role-to-assume ARN then assumes a role with them'

const NETWORK_HINT =
  'check the network connection (and AWS_ENDPOINT_URL, if it is set); nothing says the credentials are wrong'

export function explainScanFailure(error: unknown): ScanFailure {
  for (const cause of causes(error)) {
    const { code, httpStatus } = summarizeAwsError(cause)
    const said = formatAwsError(cause)
    if (NO_CREDENTIALS.has(code)) {
      return { what: `no AWS credentials found (${said})`, hint: PROFILE_HINT }
    }
    if (UNREACHABLE.has(code)) return { what: `could not reach AWS (${said})`, hint: NETWORK_HINT }
    if (NO_ANSWER.has(code)) return { what: `AWS did not answer (${said})`, hint: NETWORK_HINT }
    if (httpStatus !== null && isExpiredToken(code)) {
      return {
        what: `the AWS credentials have expired (${said})`,
        hint: 'run "aws sso login" (or get new credentials) and try again'
      }
    }
    if (httpStatus !== null && (isCredentialsRejected(code) || REFUSED.has(code))) {
      return {
        what: `AWS refused the credentials (${said})`,
        hint: 'check which ones are in use (AWS_PROFILE, AWS_ACCESS_KEY_ID) and that the keys are current'
      }
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { what: oneLine(message), hint: 'run it again with --debug for the details' }
}

/** The error and what caused it, outermost first: the SDK's own error sits under our wording. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = error; current !== undefined && !chain.includes(current);) {
    chain.push(current)
    current = current instanceof Error ? current.cause : undefined
  }
  return chain
}
