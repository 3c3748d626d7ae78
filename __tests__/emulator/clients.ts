/** SDK clients pointed at an emulator, as the scan engine builds them (real clients, real HTTP). */
import { AccountClient } from '@aws-sdk/client-account'
import { ACMClient } from '@aws-sdk/client-acm'
import { RDSClient } from '@aws-sdk/client-rds'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { DEFAULT_STATIC_CREDENTIAL, type AwsEmulator } from '../../emulator/aws/index.js'

export const STATIC_CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: DEFAULT_STATIC_CREDENTIAL.accessKeyId,
  secretAccessKey: DEFAULT_STATIC_CREDENTIAL.secretAccessKey
}

export interface ClientOptions {
  region: string
  credentials?: AwsCredentialIdentity
  maxAttempts?: number
  /** Gives up on an unanswered request after this long, with a TimeoutError. */
  requestTimeoutMs?: number
}

function config(aws: AwsEmulator, options: ClientOptions) {
  return {
    endpoint: aws.url,
    region: options.region,
    credentials: options.credentials ?? STATIC_CREDENTIALS,
    maxAttempts: options.maxAttempts ?? 3,
    ...(options.requestTimeoutMs === undefined
      ? {}
      : {
          requestHandler: { requestTimeout: options.requestTimeoutMs, throwOnRequestTimeout: true }
        })
  }
}

export const rdsClient = (aws: AwsEmulator, options: ClientOptions) =>
  new RDSClient(config(aws, options))
export const acmClient = (aws: AwsEmulator, options: ClientOptions) =>
  new ACMClient(config(aws, options))
export const stsClient = (aws: AwsEmulator, options: ClientOptions) =>
  new STSClient(config(aws, options))
/** The Account API is global: its clients sign for us-east-1, as the SDK does on AWS. */
export const accountClient = (aws: AwsEmulator, options: Partial<ClientOptions> = {}) =>
  new AccountClient(config(aws, { region: 'us-east-1', ...options }))
