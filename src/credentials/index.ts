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
import type { Settings } from '../types.js'
import { formatAwsError } from '../aws/aws-error.js'
import { withBackoff } from './backoff.js'

/** The credentials to scan one account with. */
export interface AccountCredentials {
  /** 12-digit account id. */
  account: string
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity
  /** How they were obtained, for the log and the report. */
  source: 'oidc' | 'assume-role' | 'default-chain'
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
  makeStsClient?: (region: string, credentials?: AwsCredentialIdentityProvider) => STSClient
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
  credentials?: AwsCredentialIdentityProvider
): STSClient {
  return new STSClient({
    region,
    maxAttempts: 5,
    retryMode: 'adaptive',
    ...(credentials === undefined ? {} : { credentials })
  })
}

/** Attempts to fetch the OIDC token: a few, since the token service has transient 5xx. */
const ID_TOKEN_ATTEMPTS = 4

/** An assumed role's session: long enough for a scan of every region of many accounts. */
const SESSION_SECONDS = 3600

export const OIDC_MISSING_MESSAGE =
  'role-to-assume is set but this job cannot request a GitHub OIDC token: add ' +
  '`permissions: id-token: write` to the workflow (or job). Pull requests from forks never ' +
  'get a token; run the scan on push, schedule or workflow_dispatch instead.'

export async function resolveAccounts(
  settings: Settings,
  deps: CredentialDeps
): Promise<AccountCredentials[]> {
  const stsFor = deps.makeStsClient ?? makeStsClient
  if (settings.rolesToAssume.length === 0) {
    return [await fromDefaultChain(settings, deps, stsFor)]
  }
  if (deps.oidcAvailable && deps.getIdToken !== undefined) {
    return assumeWithOidc(settings, deps, deps.getIdToken, stsFor)
  }
  if (deps.env.GITHUB_ACTIONS === 'true') {
    throw new Error(OIDC_MISSING_MESSAGE)
  }
  return assumeFromDefaultChain(settings, deps, stsFor)
}

type StsFactory = NonNullable<CredentialDeps['makeStsClient']>

async function fromDefaultChain(
  settings: Settings,
  deps: CredentialDeps,
  stsFor: StsFactory
): Promise<AccountCredentials> {
  const sts = stsFor(settings.awsRegion)
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}))
    if (identity.Account === undefined) throw new Error('GetCallerIdentity returned no account')
    deps.log(`Using the default credential chain: account ${identity.Account}`)
    // The client's resolved provider is the SDK's default chain, memoized and refreshed on
    // expiry, so every RDS/ACM client shares one lookup of environment, profile, SSO or IMDS.
    // The client stays open: a chain that assumes a role (profile role_arn, web identity file)
    // refreshes through its HTTP handler.
    return {
      account: identity.Account,
      credentials: sts.config.credentials,
      source: 'default-chain'
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
  settings: Settings,
  deps: CredentialDeps,
  getIdToken: (audience: string) => Promise<string>,
  stsFor: StsFactory
): Promise<AccountCredentials[]> {
  const token = await withBackoff(() => getIdToken(settings.audience), {
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
  }).catch((err: unknown) => {
    throw new Error(
      `Could not get a GitHub OIDC token for audience ${settings.audience} after ` +
        `${ID_TOKEN_ATTEMPTS} attempts: ${formatAwsError(err)}`,
      { cause: err }
    )
  })
  deps.setSecret(token)

  // AssumeRoleWithWebIdentity is an unsigned call: the token is the proof.
  const sts = stsFor(settings.awsRegion)
  try {
    return await assumeEach(settings.rolesToAssume, deps, {
      source: 'oidc',
      hint:
        "check that the role's trust policy allows token.actions.githubusercontent.com with " +
        `audience ${settings.audience} and this repository's subject`,
      assume: async (roleArn) => {
        const out = await sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: settings.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: SESSION_SECONDS
          })
        )
        return out.Credentials
      }
    })
  } finally {
    sts.destroy()
  }
}

async function assumeFromDefaultChain(
  settings: Settings,
  deps: CredentialDeps,
  stsFor: StsFactory
): Promise<AccountCredentials[]> {
  const sts = stsFor(settings.awsRegion)
  try {
    return await assumeEach(settings.rolesToAssume, deps, {
      source: 'assume-role',
      hint:
        'check that your default credentials may call sts:AssumeRole on it and that ' +
        "the role's trust policy allows them",
      assume: async (roleArn) => {
        const out = await sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: settings.roleSessionName,
            DurationSeconds: SESSION_SECONDS
          })
        )
        return out.Credentials
      }
    })
  } finally {
    sts.destroy()
  }
}

/**
 * Assumes every role concurrently. A role that cannot be assumed does not stop the others: its
 * account gets a provider that fails with the STS error, so each of its region/service scans
 * becomes a failed coverage row that says why. Only when no role works at all is it an error.
 */
interface AssumeMethod {
  source: AccountCredentials['source']
  /** What to check when a role cannot be assumed, appended to the STS error. */
  hint: string
  assume: (roleArn: string) => Promise<Credentials | undefined>
}

async function assumeEach(
  roleArns: string[],
  deps: CredentialDeps,
  { source, hint, assume }: AssumeMethod
): Promise<AccountCredentials[]> {
  const outcomes = await Promise.allSettled(
    roleArns.map(async (roleArn) => toIdentity(roleArn, await assume(roleArn)))
  )
  const failures: string[] = []
  const accounts = outcomes.map((outcome, index): AccountCredentials => {
    const roleArn = roleArns[index] ?? ''
    const account = roleArn.split(':')[4] ?? ''
    if (outcome.status === 'fulfilled') {
      const identity = outcome.value
      for (const secret of [
        identity.accessKeyId,
        identity.secretAccessKey,
        identity.sessionToken
      ]) {
        if (secret) deps.setSecret(secret)
      }
      deps.log(`Assumed ${roleArn} (${source}): account ${account}`)
      return { account, credentials: identity, source }
    }
    const reason = outcome.reason as unknown
    const message = `Could not assume ${roleArn}: ${formatAwsError(reason)}; ${hint}`
    failures.push(message)
    deps.log(message)
    return {
      account,
      credentials: () => Promise.reject(reason instanceof Error ? reason : new Error(message)),
      source
    }
  })
  if (failures.length === roleArns.length) {
    throw new Error(failures.join(' | '))
  }
  return accounts
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
