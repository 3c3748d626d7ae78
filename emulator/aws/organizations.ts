/**
 * AWS Organizations (API 2016-11-28, JSON 1.1, `X-Amz-Target: AWSOrganizationsV20161128.<Op>`,
 * signing name `organizations`): ListAccounts and DescribeOrganization. Global, like IAM: one
 * endpoint answers whatever region the client signs for (AWS's is in us-east-1).
 *
 * Who may call what, as the API reference says: any member account may DescribeOrganization;
 * only the management account or a delegated administrator may ListAccounts (any other member
 * gets AccessDeniedException); an account outside every organization gets
 * AWSOrganizationsNotInUseException from both. Errors carry `Message`, the member the model's
 * exceptions have.
 *
 * ListAccounts pages hold at most 20 accounts (the model's MaxResults 1..20, and the default);
 * the estate may ask for some pages to come back empty with a NextToken, as AWS warns they can.
 * The order is stable but not by id (a hash of it), so a caller cannot rely on any. Each account
 * has `State` (since `Status` was retired on 2026-09-09), or `Status` alone when the estate asks
 * for the shape from before `State` existed.
 */
import { alphanumeric, hashHex, pick } from './derive.js'
import { AwsError } from './errors.js'
import type { AccountState, Estate } from './estate.js'
import type { Principal } from './identity.js'
import { epochSeconds, integerInRange, type JsonObject } from './json.js'
import type { World } from './world.js'

const DAY = 86_400_000
/** The model's MaxResults range; 20 is also what AWS returns by default. */
const MAX_PAGE = 20

export interface OrganizationAccount {
  id: string
  arn: string
  email: string
  name: string
  state: AccountState
  joinedMethod: 'INVITED' | 'CREATED'
  joinedAt: Date
}

export interface OrganizationWorld {
  id: string
  arn: string
  /** The root's id (`r-` + 4 characters), for the accounts' `Paths`. */
  rootId: string
  management: OrganizationAccount
  /** Who may call ListAccounts: the management account and the delegated administrators. */
  listers: Set<string>
  /** Every account of the organization, in ListAccounts' order (stable, not by id). */
  accounts: OrganizationAccount[]
  emptyPages: Set<number>
  statusOnly: boolean
}

export interface OrganizationsContext {
  world: World
  caller: Principal
}

export type OrganizationsHandler = (input: JsonObject, context: OrganizationsContext) => JsonObject

/** The organization the estate describes (checked by estate.ts's checkAccess), if any. */
export function buildOrganization(estate: Estate, now: Date): OrganizationWorld | undefined {
  const spec = estate.organization
  if (!spec) return undefined
  const managementId = spec.managementAccount
  const id = spec.id ?? `o-${alphanumeric(`organization/${managementId}`, 10).toLowerCase()}`
  const entries = [
    ...Object.entries(estate.accounts).map(([account, a]) => [account, a] as const),
    ...Object.entries(spec.members ?? {})
  ]
  const accounts = entries.map(([account, member]): OrganizationAccount => {
    const management = account === managementId
    // The management account founded the organization; the others joined since.
    const daysAgo = management ? 1500 + pick(`joined/${account}`, 500) : 30 + pick(account, 1400)
    return {
      id: account,
      arn: `arn:aws:organizations::${managementId}:account/${id}/${account}`,
      email: member.email ?? `aws-${account}@example.com`,
      name: member.name ?? account,
      state: member.state ?? 'ACTIVE',
      joinedMethod: management || pick(`method/${account}`, 3) === 0 ? 'INVITED' : 'CREATED',
      joinedAt: new Date(now.getTime() - daysAgo * DAY)
    }
  })
  const order = (account: OrganizationAccount) => hashHex(`${id}/${account.id}`)
  accounts.sort((a, b) => (order(a) < order(b) ? -1 : 1))
  return {
    id,
    arn: `arn:aws:organizations::${managementId}:organization/${id}`,
    rootId: `r-${alphanumeric(`root/${id}`, 4).toLowerCase()}`,
    management: accounts.find((a) => a.id === managementId) as OrganizationAccount,
    listers: new Set([managementId, ...(spec.delegatedAdministrators ?? [])]),
    accounts,
    emptyPages: new Set(spec.emptyPages ?? []),
    statusOnly: spec.statusOnly ?? false
  }
}

/** The caller's organization; every estate account is in the estate's one, when it has one. */
function organizationOf(world: World): OrganizationWorld {
  if (!world.organization) {
    throw new AwsError(
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.'
    )
  }
  return world.organization
}

/**
 * The legacy `Status` of a `State`: it had only ACTIVE, SUSPENDED and PENDING_CLOSURE, so an
 * account not yet activated showed ACTIVE and a closed one SUSPENDED (which is why AWS added
 * `State`).
 */
function legacyStatus(state: AccountState): string {
  if (state === 'PENDING_ACTIVATION') return 'ACTIVE'
  if (state === 'CLOSED') return 'SUSPENDED'
  return state
}

function accountJson(account: OrganizationAccount, organization: OrganizationWorld): JsonObject {
  return {
    Id: account.id,
    Arn: account.arn,
    Email: account.email,
    Name: account.name,
    ...(organization.statusOnly
      ? { Status: legacyStatus(account.state) }
      : { State: account.state }),
    Paths: [`${organization.id}/${organization.rootId}/${account.id}/`],
    JoinedMethod: account.joinedMethod,
    JoinedTimestamp: epochSeconds(account.joinedAt)
  }
}

interface ListPosition {
  /** The next account to list. */
  offset: number
  /** The number of the page this token asks for (pages count from 0, empty ones too). */
  page: number
}

function encodePosition(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ o: position.offset, p: position.page })).toString('base64url')
}

/**
 * The position a NextToken names; a token this emulator cannot have issued (garbled, or past
 * the last of `count` accounts, where no NextToken is given) is InvalidInputException.
 */
function decodePosition(token: unknown, count: number): ListPosition {
  if (token === undefined || token === null) return { offset: 0, page: 0 }
  try {
    const decoded = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as {
      o?: unknown
      p?: unknown
    }
    const { o, p } = decoded
    const issuable = (o as number) >= 0 && (o as number) < count && (p as number) > 0
    if (Number.isInteger(o) && Number.isInteger(p) && issuable) {
      return { offset: o as number, page: p as number }
    }
  } catch {
    // answered below
  }
  throw new AwsError(
    'InvalidInputException',
    'You specified an invalid value for nextToken. You must get the value from the response to a previous call to the API.',
    undefined,
    // The model's enum member INVALID_PAGINATION_TOKEN; what travels is its value.
    { Reason: 'INVALID_NEXT_TOKEN' }
  )
}

const listAccounts: OrganizationsHandler = (input, { world, caller }) => {
  const size = integerInRange(input.MaxResults, 'maxResults', 1, MAX_PAGE) ?? MAX_PAGE
  const organization = organizationOf(world)
  if (!organization.listers.has(caller.account)) {
    throw new AwsError(
      'AccessDeniedException',
      "You don't have permissions to access this resource."
    )
  }
  const { accounts } = organization
  const { offset, page } = decodePosition(input.NextToken, accounts.length)
  if (organization.emptyPages.has(page) && offset < accounts.length) {
    return { Accounts: [], NextToken: encodePosition({ offset, page: page + 1 }) }
  }
  const end = Math.min(offset + size, accounts.length)
  return {
    Accounts: accounts.slice(offset, end).map((a) => accountJson(a, organization)),
    NextToken: end < accounts.length ? encodePosition({ offset: end, page: page + 1 }) : undefined
  }
}

const describeOrganization: OrganizationsHandler = (_input, { world }) => {
  const organization = organizationOf(world)
  const { management } = organization
  return {
    Organization: {
      Id: organization.id,
      Arn: organization.arn,
      FeatureSet: 'ALL',
      MasterAccountArn: management.arn,
      MasterAccountId: management.id,
      MasterAccountEmail: management.email,
      // Deprecated in the model ("Do not use"), yet still answered, as the CLI's example shows.
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }]
    }
  }
}

export const ORGANIZATIONS_HANDLERS: Readonly<Record<string, OrganizationsHandler>> = {
  ListAccounts: listAccounts,
  DescribeOrganization: describeOrganization
}
