/**
 * The ACTIVE accounts of the AWS Organization, listed with the hub's credentials
 * (organizations:ListAccounts, from the management account or a delegated administrator).
 */
import type { Account } from '@aws-sdk/client-organizations'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { explainFailure, formatAwsError } from '../aws/aws-error.js'
import { awsClientOptions, watchAttempts } from '../aws/client-options.js'
import { allItems } from '../aws/pages.js'
import { partitionOf } from '../aws/regions.js'
import type { TimeBudgets } from '../shared/budget.js'
import { IdleWatchdog } from '../shared/idle-watchdog.js'

/**
 * What the hub credentials call beyond the scan's read-only policy, for the hub's permissions
 * policy (iam/hub-permissions-policy.json, generated from this): the listing, and the member
 * role in every account.
 */
export const HUB_IAM_ACTIONS = {
  organization: ['organizations:ListAccounts'],
  assumeMemberRole: ['sts:AssumeRole']
} as const

/** ListAccounts' largest page. */
const PAGE_SIZE = 20

/** Organizations is global: one endpoint per partition, in this region. */
const ORGANIZATIONS_REGION: Readonly<Record<ReturnType<typeof partitionOf>, string>> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-cn': 'cn-northwest-1'
}

export interface OrganizationAccounts {
  /** The ACTIVE ones, in the order listed. */
  active: string[]
  /** The others, with the state that left them out (`SUSPENDED`, `CLOSED`, ...). */
  skipped: { id: string; state: string }[]
}

/**
 * The account `Status` field was retired on 2026-09-09 (DESIGN.md, "AWS facts"): `State` says
 * whether an account is ACTIVE; `Status` is read only where `State` is absent.
 */
export function accountState(account: Pick<Account, 'State' | 'Status'>): string {
  return account.State ?? account.Status ?? 'UNKNOWN'
}

/** `homeRegion` (`aws-region`) says the partition, and so which endpoint answers. */
export async function organizationAccounts(
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity,
  homeRegion: string,
  budget: TimeBudgets['aws']
): Promise<OrganizationAccounts> {
  const { OrganizationsClient, paginateListAccounts } =
    await import('@aws-sdk/client-organizations')
  const client = new OrganizationsClient({
    ...awsClientOptions(budget),
    region: ORGANIZATIONS_REGION[partitionOf(homeRegion)],
    credentials
  })
  // A page may come back empty while NextToken is set: the paginator keeps going, and the
  // watchdog gives up only on an endpoint that stops answering, not on a long listing.
  const watchdog = new IdleWatchdog(budget.idleMs, 'AWS Organizations')
  watchAttempts(client, watchdog)
  try {
    const accounts = await allItems(
      paginateListAccounts({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: watchdog.signal }),
      (page) => page.Accounts
    )
    const result: OrganizationAccounts = { active: [], skipped: [] }
    for (const account of accounts) {
      const id = account.Id ?? ''
      const state = accountState(account)
      if (state === 'ACTIVE') result.active.push(id)
      else result.skipped.push({ id, state })
    }
    return result
  } catch (err) {
    throw new Error(
      `Could not list the AWS Organization's accounts (organizations:ListAccounts): ` +
        `${formatAwsError(explainFailure(err, watchdog.signal))}. The hub credentials must ` +
        "belong to the organization's management account or a delegated administrator.",
      { cause: err }
    )
  } finally {
    watchdog.stop()
    client.destroy()
  }
}
