/**
 * The inputs that say which accounts a run scans: `accounts`, `member-role-name`,
 * `exclude-accounts` and `shard`, each parsed into its typed value or refused in one line.
 */
import type { AccountSelection, Shard } from '../model/index.js'
import { ConfigError, quote } from './config-error.js'
import { splitList } from './fields.js'

const ACCOUNT_ID = /^\d{12}$/

/** 12-digit account ids, each once, in input order. */
export function parseAccountIds(input: string, value: string): string[] {
  const ids = [...new Set(splitList(value))]
  const bad = ids.find((id) => !ACCOUNT_ID.test(id))
  if (bad !== undefined) {
    throw new ConfigError(
      input,
      `has ${quote(bad)}, which is not a 12-digit account id`,
      '111111111111,222222222222'
    )
  }
  return ids
}

/** Empty: the accounts of `role-to-assume`; `organization`; or a list of account ids. */
export function parseAccounts(input: string, value: string): AccountSelection {
  const text = value.trim()
  if (text === '') return { kind: 'roles' }
  if (text.toLowerCase() === 'organization') return { kind: 'organization' }
  const ids = parseAccountIds(input, text)
  if (ids.length === 0) return { kind: 'roles' }
  return { kind: 'list', ids }
}

// IAM role names: up to 64 of [\w+=,.@-], after an optional path.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/

export function parseRoleName(input: string, value: string): string {
  const name = value.trim() || 'aws-cert-watch'
  if (!ROLE_NAME.test(name)) {
    throw new ConfigError(
      input,
      `must be an IAM role name (optionally after a path), got ${quote(value)}`,
      'aws-cert-watch'
    )
  }
  return name
}

/** GitHub runs at most 256 jobs per workflow run, so no matrix has more legs. */
export const MAX_SHARDS = 256

/** `i/n`: this leg is the i-th of n (1-based); default `1/1`. */
export function parseShard(input: string, value: string): Shard {
  const text = value.trim()
  if (text === '') return { index: 1, count: 1 }
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || !(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new ConfigError(
      input,
      `must be i/n with 1 <= i <= n <= ${MAX_SHARDS}, got ${quote(value)}`,
      '3/8'
    )
  }
  return { index, count }
}

/**
 * `accounts` other than the role list scans each account through `member-role-name`, assumed
 * from one hub: `role-to-assume` may then name that hub role, not a role per account.
 */
export function checkHubRole(
  accountsInput: string,
  accounts: AccountSelection,
  roleInput: string,
  roles: readonly string[]
): void {
  if (accounts.kind !== 'roles' && roles.length > 1) {
    throw new ConfigError(
      roleInput,
      `names ${roles.length} roles, but with ${accountsInput} set it is the one hub role that assumes member-role-name in each account`,
      'arn:aws:iam::111111111111:role/aws-cert-watch-hub'
    )
  }
}

/**
 * A leg (`shard` i/n, n > 1) sees only its share of the accounts: a tracking issue it kept would
 * drop every other leg's findings as fixed. Publishing the issue is the merge action's job.
 */
export function checkLegPublishing(
  shardInput: string,
  shard: Shard,
  issueInput: string,
  issue: boolean
): void {
  if (shard.count > 1 && issue) {
    throw new ConfigError(
      issueInput,
      `is true but ${shardInput} is ${shard.index}/${shard.count}: a leg's tracking issue would list only its own shard's accounts. Set ${issueInput}: false on the legs and keep the issue with the merge action (aws-cert-watch/merge)`,
      'false'
    )
  }
}
