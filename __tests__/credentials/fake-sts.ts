/**
 * A real STSClient whose HTTP layer is replaced by a tiny in-memory STS (awsQuery protocol), so
 * that the tests exercise the SDK's own request building and response parsing.
 */
import { Readable } from 'node:stream'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'

export interface StsCall {
  action: string
  params: Record<string, string>
  region: string
  signed: boolean
}

export interface FakeSts {
  calls: StsCall[]
  /** Role ARNs whose assumption fails with AccessDenied. */
  denied: Set<string>
  factory: (region: string, credentials?: AwsCredentialIdentityProvider) => STSClient
}

function xmlResponse(status: number, body: string) {
  return {
    response: {
      statusCode: status,
      headers: { 'content-type': 'text/xml' },
      body: Readable.from([Buffer.from(body)])
    }
  }
}

/** A session that lasts an hour from when it is issued, as a role-chained one does. */
function credentialsXml(account: string): string {
  const expiration = new Date(Date.now() + 3_600_000).toISOString()
  return (
    `<Credentials><AccessKeyId>ASIA${account}</AccessKeyId>` +
    `<SecretAccessKey>secret-${account}</SecretAccessKey>` +
    `<SessionToken>session-${account}</SessionToken>` +
    `<Expiration>${expiration}</Expiration></Credentials>`
  )
}

export function createFakeSts(callerAccount = '999999999999'): FakeSts {
  const calls: StsCall[] = []
  const denied = new Set<string>()

  const answer = (call: StsCall) => {
    const roleArn = call.params.RoleArn ?? ''
    const account = roleArn.split(':')[4] ?? ''
    if (call.action !== 'GetCallerIdentity' && denied.has(roleArn)) {
      return xmlResponse(
        403,
        '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
          `<Message>Not authorized to perform sts:${call.action}</Message></Error>` +
          '<RequestId>r-1</RequestId></ErrorResponse>'
      )
    }
    const result =
      call.action === 'GetCallerIdentity'
        ? `<Account>${callerAccount}</Account><Arn>arn:aws:iam::${callerAccount}:user/dev</Arn><UserId>AIDA</UserId>`
        : `${credentialsXml(account)}<AssumedRoleUser><Arn>${roleArn}</Arn><AssumedRoleId>AROA:x</AssumedRoleId></AssumedRoleUser>`
    return xmlResponse(
      200,
      `<${call.action}Response><${call.action}Result>${result}</${call.action}Result>` +
        `<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></${call.action}Response>`
    )
  }

  const factory = (region: string, credentials?: AwsCredentialIdentityProvider): STSClient =>
    new STSClient({
      region,
      maxAttempts: 1,
      ...(credentials === undefined ? {} : { credentials }),
      requestHandler: {
        handle: async (request: { body?: unknown; headers: Record<string, string> }) => {
          const params = Object.fromEntries(new URLSearchParams(String(request.body ?? '')))
          const call: StsCall = {
            action: params.Action ?? '',
            params,
            region,
            signed: request.headers.authorization !== undefined
          }
          calls.push(call)
          return answer(call)
        }
      }
    })

  return { calls, denied, factory }
}
