/**
 * Whether an account has enabled an opt-in region, from the Account Management API
 * (`account:ListRegions`, global, one call per account). Asked only when an opt-in region
 * refuses the credentials: that refusal is what AWS answers for a disabled region, but also for
 * an enabled one reached with a session token from the global STS endpoint, so only the
 * account's own region list can say "not enabled" without hiding a real failure.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { explainFailure } from '../aws/aws-error.js'
import { awsClientOptions } from '../aws/client-options.js'
import { deadlineSignal, type TimeBudgets } from '../shared/budget.js'

/** `ENABLED`, `ENABLING`, `DISABLING`, `DISABLED` or `ENABLED_BY_DEFAULT`, as AWS spells them. */
export type RegionOptStatus = string

/** The account's status for `region`; rejects when the account's list cannot be read. */
export type RegionStatusLookup = (
  account: { account: string; credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity },
  region: string
) => Promise<RegionOptStatus | undefined>

/** What the engine itself calls, beside the plug-ins: the permissions policy includes it. */
export const REGION_STATUS_IAM_ACTIONS: readonly string[] = ['account:ListRegions']

/** Statuses in which the region does not serve the account: its scan is skipped, not failed. */
export function isRegionOff(status: RegionOptStatus | undefined): boolean {
  return status === 'DISABLED' || status === 'DISABLING'
}

/** The Account API is global; its endpoint is in us-east-1. */
const ACCOUNT_API_REGION = 'us-east-1'

/**
 * One ListRegions per account for the whole scan, shared by every region that asks (the promise
 * is kept, so concurrent scans share one call). The client is loaded only when first needed.
 */
export function accountApiRegionStatus(budget: TimeBudgets['aws']): RegionStatusLookup {
  const byAccount = new Map<string, Promise<Map<string, RegionOptStatus>>>()
  return async (account, region) => {
    let statuses = byAccount.get(account.account)
    if (statuses === undefined) {
      statuses = listRegions(account.credentials, budget)
      byAccount.set(account.account, statuses)
    }
    return (await statuses).get(region)
  }
}

async function listRegions(
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity,
  budget: TimeBudgets['aws']
): Promise<Map<string, RegionOptStatus>> {
  const { AccountClient, paginateListRegions } = await import('@aws-sdk/client-account')
  const client = new AccountClient({
    ...awsClientOptions(budget),
    region: ACCOUNT_API_REGION,
    credentials
  })
  const abortSignal = deadlineSignal(budget.idleMs, 'the Account API')
  try {
    const statuses = new Map<string, RegionOptStatus>()
    const pages = paginateListRegions({ client, pageSize: 50 }, {}, { abortSignal })
    for await (const page of pages) {
      for (const entry of page.Regions ?? []) {
        if (entry.RegionName !== undefined && entry.RegionOptStatus !== undefined) {
          statuses.set(entry.RegionName, entry.RegionOptStatus)
        }
      }
    }
    return statuses
  } catch (err) {
    throw explainFailure(err, abortSignal)
  } finally {
    client.destroy()
  }
}
