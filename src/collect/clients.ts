/**
 * The one place RDS and ACM clients are built. Endpoints are left to the SDK, which honours
 * `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_RDS` / `AWS_ENDPOINT_URL_ACM` (the emulator's hook).
 */
import { ACMClient } from '@aws-sdk/client-acm'
import { RDSClient } from '@aws-sdk/client-rds'
import type { AccountCredentials } from '../credentials/index.js'

/**
 * Adaptive mode adds client-side rate limiting once AWS throttles, on top of backoff; each
 * client covers one account x region x service, which is exactly the scope of AWS's quotas.
 * Eight attempts ride out a burst of throttling (backoff grows to ~20 s) without hanging a job
 * on an endpoint that keeps failing.
 */
const CLIENT_OPTIONS = { retryMode: 'adaptive', maxAttempts: 8 } as const

export function makeRdsClient(account: AccountCredentials, region: string): RDSClient {
  return new RDSClient({ ...CLIENT_OPTIONS, region, credentials: account.credentials })
}

export function makeAcmClient(account: AccountCredentials, region: string): ACMClient {
  return new ACMClient({ ...CLIENT_OPTIONS, region, credentials: account.credentials })
}
