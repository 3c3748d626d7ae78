/** SDK clients pointed at an emulator, as the scan engine builds them (real clients, real HTTP). */
import { AccountClient } from '@aws-sdk/client-account'
import { ACMClient } from '@aws-sdk/client-acm'
import { ACMPCAClient } from '@aws-sdk/client-acm-pca'
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { IAMClient } from '@aws-sdk/client-iam'
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
export const elbClient = (aws: AwsEmulator, options: ClientOptions) =>
  new ElasticLoadBalancingClient(config(aws, options))
export const elbv2Client = (aws: AwsEmulator, options: ClientOptions) =>
  new ElasticLoadBalancingV2Client(config(aws, options))
export const pcaClient = (aws: AwsEmulator, options: ClientOptions) =>
  new ACMPCAClient(config(aws, options))
/** The Account API is global: its clients sign for us-east-1, as the SDK does on AWS. */
export const accountClient = (aws: AwsEmulator, options: Partial<ClientOptions> = {}) =>
  new AccountClient(config(aws, { region: 'us-east-1', ...options }))
/** IAM and CloudFront are global too. */
export const iamClient = (aws: AwsEmulator, options: Partial<ClientOptions> = {}) =>
  new IAMClient(config(aws, { region: 'us-east-1', ...options }))
export const cloudFrontClient = (aws: AwsEmulator, options: Partial<ClientOptions> = {}) =>
  new CloudFrontClient(config(aws, { region: 'us-east-1', ...options }))

/** Sends with a fresh client, then lets it go. */
export async function once<C extends { destroy(): void }>(
  client: C,
  send: (c: C) => Promise<unknown>
) {
  try {
    return await send(client)
  } finally {
    client.destroy()
  }
}
