/**
 * credentials: Settings -> one set of AWS credentials per account to scan.
 *
 * - role ARNs + GitHub OIDC: one ID token (retried), then STS AssumeRoleWithWebIdentity per role;
 * - role ARNs without OIDC: an error inside GitHub Actions (the workflow lacks the permission),
 *   STS AssumeRole from the default chain elsewhere (the CLI on a workstation);
 * - no role: the SDK's default chain, with GetCallerIdentity to learn the account.
 *
 * `AWS_ENDPOINT_URL*` is left to the SDK, which is how tests point STS at the emulator.
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { explainFailure, formatAwsError, summarizeAwsError } from '../aws/aws-error.js'
import { awsClientOptions } from '../aws/client-options.js'
import {
  DEFAULT_BUDGETS,
  deadlineSignal,
  withDeadline,
  type TimeBudgets
} from '../shared/budget.js'
import { partitionOf } from '../aws/regions.js'
import type { AccountSelection, Settings } from '../model/index.js'
import { mapWithConcurrency } from '../shared/pool.js'
import { shardLabel } from '../shared/shard.js'
import { withBackoff } from './backoff.js'
import { organizationAccounts } from './organization.js'
import { selectAccounts } from './selection.js'

/** The credentials to scan one account with. */
export interface AccountCredentials {
  /** 12-digit account id. */
  account: string
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity
  /** How they were obtained, for the log and the report. */
  source: 'oidc' | 'assume-role' | 'default-chain' | 'member-role'
  /**
   * Gets new credentials the same way (a new OIDC token and role session, a new AssumeRole, or
   * the default chain asked again), for a scan that met ExpiredToken. Clients built afterwards
   * use them. Absent when there is nothing to renew.
   */
  refresh?: () => Promise<void>
}

/** Everything with a side effect that resolving credentials needs, passed in. */
export interface CredentialDeps {
  /** Fetches a GitHub OIDC ID token for `audience` (the action passes `core.getIDToken`). */
  getIdToken?: (audience: string) => Promise<string>
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` and `_TOKEN` are set: the job may ask for a token. */
  oidcAvailable: boolean
  sleep: (ms: number) => Promise<void>
  random: () => number
  log: (msg: string) => void
  /** Masks a value in the job log (`core.setSecret`). */
  setSecret: (s: string) => void
  env: NodeJS.ProcessEnv
  /**
   * Builds the STS client for `region`, with `credentials` when the call is signed (AssumeRole,
   * GetCallerIdentity) and none for AssumeRoleWithWebIdentity. Defaults to `makeStsClient`.
   */
  makeStsClient?: (
    region: string,
    credentials: AwsCredentialIdentityProvider | undefined,
    budget: TimeBudgets['aws']
  ) => STSClient
  /** Time limits of STS and OIDC calls; default DEFAULT_BUDGETS. */
  budgets?: Pick<TimeBudgets, 'aws' | 'oidcMs'>
  /**
   * The clock sessions expire by (ms since the epoch), to renew one before it runs out; default
   * Date.now. The scan passes one that runs from its own instant, as AWS's (the emulator's) does.
   */
  clock?: () => number
}

/**
 * Off a GitHub runner (the CLI, the benchmark): no OIDC token to ask for, real waits between
 * retries, and no job log to mask secrets in.
 */
export function workstationCredentialDeps(
  log: (msg: string) => void,
  env: NodeJS.ProcessEnv
): CredentialDeps {
  return {
    oidcAvailable: false,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    log,
    setSecret: () => {},
    env
  }
}

/** The STS client used unless a test injects another. */
export function makeStsClient(
  region: string,
  credentials: AwsCredentialIdentityProvider | undefined,
  budget: TimeBudgets['aws']
): STSClient {
  return new STSClient({
    ...awsClientOptions(budget),
    region,
    ...(credentials === undefined ? {} : { credentials })
  })
}

/** Attempts to fetch the OIDC token: a few, since the token service has transient 5xx. */
const ID_TOKEN_ATTEMPTS = 4

/**
 * An assumed role's session: an hour, the most AWS allows a chained session (a member role
 * assumed from the hub); a longer scan renews each one RENEW_BEFORE_MS before it runs out.
 */
const SESSION_SECONDS = 3600
const RENEW_BEFORE_MS = 5 * 60_000

/** AssumeRole calls in flight at once: STS allows hundreds a second, a runner needs no more. */
const ASSUME_CONCURRENCY = 16

export const OIDC_MISSING_MESSAGE =
  'role-to-assume is set but this job cannot request a GitHub OIDC token: add ' +
  '`permissions: id-token: write` to the workflow (or job). Pull requests from forks never ' +
  'get a token; run the scan on push, schedule or workflow_dispatch instead.'

export async function resolveAccounts(
  settings: Settings,
  deps: CredentialDeps
): Promise<AccountCredentials[]> {
  const stsFor = deps.makeStsClient ?? makeStsClient
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  const context: Context = {
    settings,
    deps,
    budgets,
    sts: (credentials) => stsFor(settings.awsRegion, credentials, budgets.aws)
  }
  if (settings.accounts.kind === 'roles') {
    if (settings.rolesToAssume.length === 0) {
      const own = await fromDefaultChain(context)
      return choose(context, [own.account]).length > 0 ? [own] : []
    }
    const chosen = new Set(choose(context, settings.rolesToAssume.map(accountOfRole)))
    return assumeRoles(
      context,
      settings.rolesToAssume.filter((arn) => chosen.has(accountOfRole(arn)))
    )
  }
  return fromHub(context, settings.accounts)
}

/**
 * `accounts: organization` or a list: the hub's credentials (`role-to-assume`, or the default
 * chain) list the Organization if asked, and assume `member-role-name` in every other chosen
 * account; the hub's own account is scanned with its own credentials.
 */
async function fromHub(
  context: Context,
  selection: Exclude<AccountSelection, { kind: 'roles' }>
): Promise<AccountCredentials[]> {
  const { settings, deps } = context
  const [hub] =
    settings.rolesToAssume.length === 0
      ? [await fromDefaultChain(context)]
      : await assumeRoles(context, settings.rolesToAssume)
  if (hub === undefined) throw new Error('role-to-assume names no hub role')
  let ids: string[]
  if (selection.kind === 'organization') {
    const listed = await organizationAccounts(
      hub.credentials,
      settings.awsRegion,
      context.budgets.aws
    )
    for (const { id, state } of listed.skipped) deps.log(`Skipping account ${id}: ${state}`)
    deps.log(
      `The Organization lists ${listed.active.length} ACTIVE accounts (${listed.skipped.length} others skipped)`
    )
    ids = listed.active
  } else {
    ids = selection.ids
  }
  const chosen = choose(context, ids)
  const partition = partitionOf(settings.awsRegion)
  const roleArns = chosen
    .filter((id) => id !== hub.account)
    .map((id) => `arn:${partition}:iam::${id}:role/${settings.memberRoleName}`)
  // Every AssumeRole of the run is signed by the hub, whose own session renews itself.
  const sts = context.sts(hubProvider(hub))
  const members = await assumeRolesWith(
    context,
    sts,
    roleArns,
    'member-role',
    `check that the role exists in that account and that its trust policy allows the hub ` +
      `(account ${hub.account})`
  )
  const byAccount = new Map(members.map((member) => [member.account, member]))
  return chosen.flatMap((id) => {
    const credentials = id === hub.account ? hub : byAccount.get(id)
    return credentials === undefined ? [] : [credentials]
  })
}

/** The accounts this leg scans, logged when a shard or exclude-accounts leaves some out. */
function choose({ settings, deps }: Context, ids: readonly string[]): string[] {
  const chosen = selectAccounts(ids, settings)
  const all = new Set(ids).size
  if (chosen.length < all) {
    const shard = settings.shard.count > 1 ? `shard ${shardLabel(settings.shard)}` : 'this scan'
    deps.log(`Accounts: ${chosen.length} of ${all} are in ${shard}`)
  }
  return chosen
}

/** The hub's credentials as a provider, for the STS client that signs the member AssumeRoles. */
function hubProvider(hub: AccountCredentials): AwsCredentialIdentityProvider {
  const { credentials } = hub
  return typeof credentials === 'function' ? credentials : async () => credentials
}

function accountOfRole(roleArn: string): string {
  return roleArn.split(':')[4] ?? ''
}

/** `role-to-assume`'s roles: through OIDC on a runner that may ask for a token, else AssumeRole. */
async function assumeRoles(context: Context, roleArns: string[]): Promise<AccountCredentials[]> {
  const { deps } = context
  if (deps.oidcAvailable && deps.getIdToken !== undefined) {
    return assumeWithOidc(context, roleArns, deps.getIdToken)
  }
  if (deps.env.GITHUB_ACTIONS === 'true') {
    throw new Error(OIDC_MISSING_MESSAGE)
  }
  return assumeFromDefaultChain(context, roleArns)
}

interface Context {
  settings: Settings
  deps: CredentialDeps
  budgets: Pick<TimeBudgets, 'aws' | 'oidcMs'>
  /** An STS client in the home region, signed with `credentials` when given. */
  sts: (credentials?: AwsCredentialIdentityProvider) => STSClient
}

/**
 * Every STS call gets the idle budget as its deadline (one call, one answer). A call it cuts
 * off fails with the reason, so that the message says STS did not answer, not "Request aborted".
 */
async function stsSend<T>(
  context: Context,
  send: (options: { abortSignal: AbortSignal }) => Promise<T>
): Promise<T> {
  const deadline = deadlineSignal(context.budgets.aws.idleMs, 'STS')
  try {
    return await send({ abortSignal: deadline })
  } catch (err) {
    throw explainFailure(err, deadline)
  }
}

async function fromDefaultChain(context: Context): Promise<AccountCredentials> {
  const { deps } = context
  const sts = context.sts()
  try {
    const identity = await stsSend(context, (options) =>
      sts.send(new GetCallerIdentityCommand({}), options)
    )
    if (identity.Account === undefined) throw new Error('GetCallerIdentity returned no account')
    deps.log(`Using the default credential chain: account ${identity.Account}`)
    // The client's resolved provider is the SDK's default chain, memoized and refreshed on
    // expiry, so every RDS/ACM client shares one lookup of environment, profile, SSO or IMDS.
    // The client stays open: a chain that assumes a role (profile role_arn, web identity file)
    // refreshes through its HTTP handler.
    const chain = sts.config.credentials
    return {
      account: identity.Account,
      credentials: chain,
      source: 'default-chain',
      refresh: async () => {
        await chain({ forceRefresh: true })
      }
    }
  } catch (err) {
    sts.destroy()
    throw new Error(
      `No usable AWS credentials from the default chain (${formatAwsError(err)}). Set ` +
        'role-to-assume, or configure credentials before this step ' +
        '(e.g. aws-actions/configure-aws-credentials).',
      { cause: err }
    )
  }
}

async function assumeWithOidc(
  context: Context,
  roleArns: string[],
  getIdToken: (audience: string) => Promise<string>
): Promise<AccountCredentials[]> {
  const { settings, deps } = context
  const fetchToken = async (): Promise<string> => {
    const token = await fetchIdToken(context, getIdToken)
    deps.setSecret(token)
    return token
  }
  // One token for the first round of every role; a refresh asks for a new one, since a token
  // lives minutes and a refresh comes when a session of an hour has run out.
  const firstToken = await fetchToken()
  return assumeEach(roleArns, context, {
    source: 'oidc',
    hint:
      "check that the role's trust policy allows token.actions.githubusercontent.com with " +
      `audience ${settings.audience} and this repository's subject`,
    // AssumeRoleWithWebIdentity is an unsigned call: the token is the proof.
    assume: async (roleArn, first) => {
      const token = first ? firstToken : await fetchToken()
      const sts = context.sts()
      try {
        const out = await stsSend(context, (options) =>
          sts.send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: roleArn,
              RoleSessionName: settings.roleSessionName,
              WebIdentityToken: token,
              DurationSeconds: SESSION_SECONDS
            }),
            options
          )
        )
        return out.Credentials
      } finally {
        sts.destroy()
      }
    }
  })
}

/** The GitHub OIDC token, retried with backoff, each attempt within the OIDC budget. */
async function fetchIdToken(
  context: Context,
  getIdToken: (audience: string) => Promise<string>
): Promise<string> {
  const { settings, deps, budgets } = context
  return withBackoff(
    () =>
      withDeadline(getIdToken(settings.audience), budgets.oidcMs, "GitHub's OIDC token service"),
    {
      attempts: ID_TOKEN_ATTEMPTS,
      baseMs: 1000,
      maxMs: 8000,
      sleep: deps.sleep,
      random: deps.random,
      onRetry: (err, attempt, delayMs) =>
        deps.log(
          `Getting the GitHub OIDC token failed (attempt ${attempt} of ${ID_TOKEN_ATTEMPTS}: ` +
            `${formatAwsError(err)}); retrying in ${delayMs} ms`
        )
    }
  ).catch((err: unknown) => {
    throw new Error(
      `Could not get a GitHub OIDC token for audience ${settings.audience} after ` +
        `${ID_TOKEN_ATTEMPTS} attempts: ${formatAwsError(err)}`,
      { cause: err }
    )
  })
}

function assumeFromDefaultChain(
  context: Context,
  roleArns: string[]
): Promise<AccountCredentials[]> {
  // One client signed by the default chain for every AssumeRole of the run, refreshes included.
  return assumeRolesWith(
    context,
    context.sts(),
    roleArns,
    'assume-role',
    'check that your default credentials may call sts:AssumeRole on it and that ' +
      "the role's trust policy allows them"
  )
}

/**
 * AssumeRole of each role through one STS client, whose credentials (the default chain's, or the
 * hub's) sign every call of the run, refreshes included.
 */
function assumeRolesWith(
  context: Context,
  sts: STSClient,
  roleArns: string[],
  source: AccountCredentials['source'],
  hint: string
): Promise<AccountCredentials[]> {
  return assumeEach(roleArns, context, {
    source,
    hint,
    assume: async (roleArn) => {
      const out = await stsSend(context, (options) =>
        sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: context.settings.roleSessionName,
            DurationSeconds: SESSION_SECONDS
          }),
          options
        )
      )
      return out.Credentials
    }
  })
}

interface AssumeMethod {
  source: AccountCredentials['source']
  /** What to check when a role cannot be assumed, appended to the STS error. */
  hint: string
  /** Assumes the role: `first` for the run's first round, false for a refresh. */
  assume: (roleArn: string, first: boolean) => Promise<Credentials | undefined>
}

/**
 * A role that could not be assumed, as every scan of its account reports it: the role, what
 * STS said (or that it did not answer), and what to check.
 */
export class RoleNotAssumedError extends Error {
  override readonly name = 'RoleNotAssumed'
}

/**
 * Assumes every role, a few at a time. A role that cannot be assumed does not stop the others:
 * its account gets a provider that fails with a RoleNotAssumedError, so each of its
 * region/service scans becomes a failed coverage row that says why. Even when no role works, the
 * run goes on to a report whose every row says so (and fails the step as "nothing could be
 * scanned"), so that the summary shows which account failed how.
 *
 * Each account's credentials are a provider over the latest session: a refresh (a new
 * assumption after ExpiredToken, or one a few minutes before the session runs out) reaches every
 * client built after it, and every request of the ones built before.
 */
async function assumeEach(
  roleArns: string[],
  context: Context,
  { source, hint, assume }: AssumeMethod
): Promise<AccountCredentials[]> {
  const { deps } = context
  const clock = deps.clock ?? Date.now
  const session = async (roleArn: string, first: boolean): Promise<AwsCredentialIdentity> => {
    const identity = toIdentity(roleArn, await assume(roleArn, first))
    for (const secret of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
      if (secret) deps.setSecret(secret)
    }
    return identity
  }
  const outcomes = await mapWithConcurrency(roleArns, ASSUME_CONCURRENCY, (roleArn) =>
    session(roleArn, true).then(
      (identity) => ({ ok: true as const, identity }),
      (reason: unknown) => ({ ok: false as const, reason })
    )
  )
  return outcomes.map((outcome, index): AccountCredentials => {
    const roleArn = roleArns[index] ?? ''
    const account = roleArn.split(':')[4] ?? ''
    if (outcome.ok) {
      deps.log(`Assumed ${roleArn} (${source}): account ${account}`)
      let current = outcome.identity
      let renewing: Promise<void> | null = null
      // Scans of one account that need a new session together share one.
      const refresh = (): Promise<void> => {
        renewing ??= session(roleArn, false)
          .then((identity) => {
            current = identity
            deps.log(
              `Assumed ${roleArn} again (${source}): fresh credentials for account ${account}`
            )
          })
          .finally(() => {
            renewing = null
          })
        return renewing
      }
      return {
        account,
        credentials: async () => {
          const expires = current.expiration?.getTime()
          if (expires !== undefined && expires - clock() < RENEW_BEFORE_MS) await refresh()
          return current
        },
        source,
        refresh
      }
    }
    // The hint is about what STS said; when STS did not answer at all, it would mislead.
    const answered = summarizeAwsError(outcome.reason).httpStatus !== null
    const error = new RoleNotAssumedError(
      `Could not assume ${roleArn}: ${formatAwsError(outcome.reason)}${answered ? `; ${hint}` : ''}`,
      { cause: outcome.reason }
    )
    deps.log(error.message)
    return { account, credentials: () => Promise.reject(error), source }
  })
}

function toIdentity(roleArn: string, credentials: Credentials | undefined): AwsCredentialIdentity {
  if (
    credentials?.AccessKeyId === undefined ||
    credentials.SecretAccessKey === undefined ||
    credentials.SessionToken === undefined
  ) {
    throw new Error(`STS returned no credentials for ${roleArn}`)
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    ...(credentials.Expiration === undefined ? {} : { expiration: credentials.Expiration })
  }
}
