/**
 * The one place RDS and ACM clients are built, with the options every AWS client of a scan
 * shares (src/aws/client-options.ts).
 */
import { ACMClient } from '@aws-sdk/client-acm'
import { RDSClient } from '@aws-sdk/client-rds'
import { awsClientOptions } from '../aws/client-options.js'
import type { AccountCredentials } from '../credentials/index.js'
import type { TimeBudgets } from '../shared/budget.js'

export function makeRdsClient(
  account: AccountCredentials,
  region: string,
  budget: TimeBudgets['aws']
): RDSClient {
  return new RDSClient({ ...awsClientOptions(budget), region, credentials: account.credentials })
}

export function makeAcmClient(
  account: AccountCredentials,
  region: string,
  budget: TimeBudgets['aws']
): ACMClient {
  return new ACMClient({ ...awsClientOptions(budget), region, credentials: account.credentials })
}
