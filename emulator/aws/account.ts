/**
 * The AWS Account Management API (2021-02-01, restJson1, signing name `account`): ListRegions,
 * `POST /listRegions`. Global, like STS: one endpoint answers for every region, so it is not
 * region-checked. It answers for the caller's own account only: every caller is treated like a
 * member account, whom AWS refuses another AccountId (a management account with trusted access
 * for Account Management may ask for a member's on AWS; the emulator does not model that).
 *
 * Opt-in status: a region enabled by default in every account is ENABLED_BY_DEFAULT whatever the
 * estate lists (the estate's regions are where resources are, not a setting); an opt-in region
 * is ENABLED when the account's estate lists it, else DISABLED. Regions outside the two lists
 * below (other partitions: China, GovCloud) are never listed, as in the commercial partition.
 * The lists are the emulator's own, not imported from src/config/regions.ts: the emulator stands
 * for AWS, so a region the product gets wrong must not be wrong here too.
 */
import { AwsError } from './errors.js'
import type { Principal } from './identity.js'
import { integerInRange, stringArray, type JsonObject } from './json.js'
import { paginate } from './query.js'
import type { AccountWorld } from './world.js'

/** Commercial regions every account has, which cannot be disabled. */
export const ENABLED_BY_DEFAULT_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2'
] as const

/** Commercial regions an account must opt in to. */
export const OPT_IN_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'me-west-1',
  'mx-central-1',
  'sa-west-1'
] as const

export interface AccountContext {
  /** The caller's account. */
  account: AccountWorld
  caller: Principal
}

export type AccountHandler = (input: JsonObject, context: AccountContext) => JsonObject

const ALL_REGIONS = [...ENABLED_BY_DEFAULT_REGIONS, ...OPT_IN_REGIONS].sort()
const BY_DEFAULT = new Set<string>(ENABLED_BY_DEFAULT_REGIONS)
const OPT_STATUSES = new Set(['ENABLED', 'ENABLING', 'DISABLING', 'DISABLED', 'ENABLED_BY_DEFAULT'])
/** The model states no default page size; 20 is ours. */
const DEFAULT_PAGE = 20

function optStatus(region: string, account: AccountWorld): string {
  if (BY_DEFAULT.has(region)) return 'ENABLED_BY_DEFAULT'
  return account.regions.has(region) ? 'ENABLED' : 'DISABLED'
}

function listRegions(input: JsonObject, { account, caller }: AccountContext): JsonObject {
  const target = input.AccountId
  if (target !== undefined) {
    if (typeof target !== 'string' || !/^\d{12}$/.test(target)) {
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value '${String(target)}' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d{12}`
      )
    }
    if (target !== caller.account) {
      throw new AwsError(
        'AccessDeniedException',
        `User: ${caller.arn} is not authorized to perform: account:ListRegions on resource: arn:aws:account::${caller.account}:account/${target}`
      )
    }
  }
  const wanted = stringArray(input.RegionOptStatusContains, 'regionOptStatusContains', OPT_STATUSES)
  const size = integerInRange(input.MaxResults, 'maxResults', 1, 50) ?? DEFAULT_PAGE
  const regions = ALL_REGIONS.map((name) => ({
    RegionName: name,
    RegionOptStatus: optStatus(name, account)
  })).filter((r) => !wanted?.length || wanted.includes(r.RegionOptStatus))
  const { items, next } = paginate(
    regions,
    input.NextToken as string | undefined,
    size,
    JSON.stringify(wanted ?? []),
    'ValidationException'
  )
  return { Regions: items, NextToken: next }
}

/** restJson1 routes: request path -> operation. */
export const ACCOUNT_ROUTES: Readonly<
  Record<string, { operation: string; handler: AccountHandler }>
> = {
  '/listRegions': { operation: 'ListRegions', handler: listRegions }
}
