/** SDK clients pointed at an emulator, as the scan engine builds them (real clients, real HTTP). */
import { AccountClient } from '@aws-sdk/client-account'
import { ACMClient } from '@aws-sdk/client-acm'
import { ACMPCAClient } from '@aws-sdk/client-acm-pca'
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { IAMClient } from '@aws-sdk/client-iam'
import {
  OrganizationsClient,
  paginateListAccounts,
  type Account
} from '@aws-sdk/client-organizations'
import { RDSClient } from '@aws-sdk/client-rds'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
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
/** Organizations too (its endpoint is in us-east-1). */
export const organizationsClient = (aws: AwsEmulator, options: Partial<ClientOptions> = {}) =>
  new OrganizationsClient(config(aws, { region: 'us-east-1', ...options }))

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

/** STS's credentials as the SDK's clients take them (Expiration kept, to compare). */
export function sessionCredentials(credentials: Credentials | undefined): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.SessionToken) {
    throw new Error('STS answered no credentials')
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {})
  }
}

/** AssumeRoleWithWebIdentity (unsigned, as from a GitHub runner), with an opaque token. */
export async function webIdentitySession(
  aws: AwsEmulator,
  roleArn: string
): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ endpoint: aws.url, region: 'us-east-1' })
  try {
    const out = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: 'aws-cert-watch',
        WebIdentityToken: 'opaque-token'
      })
    )
    return sessionCredentials(out.Credentials)
  } finally {
    sts.destroy()
  }
}

/** AssumeRole with the given credentials (the static key by default). */
export async function assumeRole(
  aws: AwsEmulator,
  roleArn: string,
  credentials: AwsCredentialIdentity = STATIC_CREDENTIALS,
  durationSeconds?: number
): Promise<AwsCredentialIdentity> {
  const sts = stsClient(aws, { region: 'us-east-1', credentials, maxAttempts: 1 })
  try {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: 'scan',
        ...(durationSeconds === undefined ? {} : { DurationSeconds: durationSeconds })
      })
    )
    return sessionCredentials(out.Credentials)
  } finally {
    sts.destroy()
  }
}

/** Every ListAccounts page the SDK's paginator fetches, with the given credentials. */
export async function listAccountPages(
  aws: AwsEmulator,
  credentials: AwsCredentialIdentity = STATIC_CREDENTIALS,
  pageSize?: number
): Promise<Account[][]> {
  const client = organizationsClient(aws, { credentials })
  try {
    const pages: Account[][] = []
    const config = { client, ...(pageSize === undefined ? {} : { pageSize }) }
    for await (const page of paginateListAccounts(config, {})) pages.push(page.Accounts ?? [])
    return pages
  } finally {
    client.destroy()
  }
}
