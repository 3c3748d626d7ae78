/**
 * STS (API 2011-06-15, Query protocol): AssumeRoleWithWebIdentity (unsigned, as the OIDC flow
 * sends it), AssumeRole and GetCallerIdentity. Issued credentials belong to the role's account,
 * which is how a scan reaches the estate's other accounts.
 *
 * A role is assumable when its account is in the estate and lists it among `roles` (or lists no
 * roles), and, for AssumeRole, when its `roleTrust` (if any) names the caller. AssumeRole with
 * credentials that are themselves an assumed-role session is role chaining, which AWS caps at an
 * hour. Sessions expire on the emulator's clock; the front end refuses expired ones.
 */
import { AwsError } from './errors.js'
import type { Identities, Principal } from './identity.js'
import { requiredParam, type Params } from './query.js'
import type { World } from './world.js'
import type { XmlObject } from './xml.js'

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

export interface StsContext {
  world: World
  identities: Identities
  /** The verified caller; undefined for the unsigned AssumeRoleWithWebIdentity. */
  caller: Principal | undefined
  /** Overrides the estate's expected audience (knob). */
  expectedAudience: string | undefined
  /** The emulator's clock: sessions last from here. */
  nowMs: number
}

export type StsHandler = (params: Params, context: StsContext) => XmlObject

const ROLE_ARN_RE = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/
const SESSION_RE = /^[\w+=,.@-]{2,64}$/

/** The account and role name of a well-formed role ARN (the account is not checked here). */
export function parseRoleArn(
  arn: string | undefined
): { account: string; role: string } | undefined {
  const match = arn === undefined ? null : ROLE_ARN_RE.exec(arn)
  return match ? { account: match[1] as string, role: match[2] as string } : undefined
}

const HOUR_MS = 3_600_000

function lifetimeMs(params: Params): number {
  const raw = params.get('DurationSeconds')
  if (raw === undefined) return HOUR_MS
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`
    )
  }
  return seconds * 1000
}

/**
 * Whether a trust policy's principals name the caller: its account (by id or `:root`), its
 * role (a session of it), or its own ARN.
 */
function trusts(principals: string[], caller: Principal): boolean {
  return principals.some(
    (p) =>
      p === caller.account ||
      p === `arn:aws:iam::${caller.account}:root` ||
      p === caller.roleArn ||
      p === caller.arn
  )
}

function assume(params: Params, context: StsContext, operation: string) {
  const roleArn = requiredParam(params, 'RoleArn', 'roleArn')
  const sessionName = requiredParam(params, 'RoleSessionName', 'roleSessionName')
  if (!SESSION_RE.test(sessionName)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`
    )
  }
  const role = parseRoleArn(roleArn)
  if (!role) throw new AwsError('ValidationError', `Request ARN is invalid`)
  const lifetime = lifetimeMs(params)
  const { caller } = context
  // Trust and chaining are about the credentials that call AssumeRole; a web identity brings none.
  const assumer = operation === 'AssumeRole' ? caller : undefined
  const account = context.world.accounts.get(role.account)
  const trusted = account?.roleTrust.get(role.role)
  if (
    !account ||
    (account.roles && !account.roles.has(role.role)) ||
    (assumer && trusted && !trusts(trusted, assumer))
  ) {
    throw new AwsError(
      'AccessDenied',
      caller
        ? `User: ${caller.arn} is not authorized to perform: sts:${operation} on resource: ${roleArn}`
        : `Not authorized to perform sts:${operation}`
    )
  }
  if (assumer?.roleArn !== undefined && lifetime > HOUR_MS) {
    throw new AwsError(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
    )
  }
  const principal = context.identities.issue(
    { arn: roleArn, account: role.account, name: role.role },
    sessionName,
    lifetime,
    context.nowMs
  )
  return {
    Credentials: {
      AccessKeyId: principal.accessKeyId,
      SecretAccessKey: principal.secretAccessKey,
      SessionToken: principal.sessionToken,
      Expiration: new Date(principal.expiresAt as number)
    },
    AssumedRoleUser: { AssumedRoleId: principal.userId, Arn: principal.arn }
  }
}

interface JwtClaims {
  aud?: string | string[]
  sub?: string
  iss?: string
}

/** The claims of a JWT, or undefined when the token is not one (opaque tokens are accepted). */
function jwtClaims(token: string): JwtClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const claims = JSON.parse(
      Buffer.from(parts[1] as string, 'base64url').toString('utf8')
    ) as unknown
    return claims !== null && typeof claims === 'object' ? (claims as JwtClaims) : undefined
  } catch {
    return undefined
  }
}

function assumeRoleWithWebIdentity(params: Params, context: StsContext): XmlObject {
  const token = requiredParam(params, 'WebIdentityToken', 'webIdentityToken')
  const claims = jwtClaims(token)
  const audiences = claims?.aud === undefined ? [] : [claims.aud].flat()
  const expected = context.expectedAudience ?? context.world.expectedAudience
  if (expected !== undefined && claims && !audiences.includes(expected)) {
    throw new AwsError('InvalidIdentityToken', 'Incorrect token audience')
  }
  const result = assume(params, context, 'AssumeRoleWithWebIdentity')
  return {
    Audience: audiences[0] ?? expected ?? 'sts.amazonaws.com',
    AssumedRoleUser: result.AssumedRoleUser,
    Provider: claims?.iss?.replace(/^https:\/\//, '') ?? 'emulator.local',
    Credentials: result.Credentials,
    SubjectFromWebIdentityToken: claims?.sub ?? 'emulator-subject'
  }
}

function assumeRole(params: Params, context: StsContext): XmlObject {
  return assume(params, context, 'AssumeRole')
}

function getCallerIdentity(_params: Params, context: StsContext): XmlObject {
  const caller = context.caller as Principal
  return { Arn: caller.arn, UserId: caller.userId, Account: caller.account }
}

export const STS_HANDLERS: Readonly<Record<string, StsHandler>> = {
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
  AssumeRole: assumeRole,
  GetCallerIdentity: getCallerIdentity
}

/** Operations STS serves without a signature. */
export const STS_UNSIGNED = new Set(['AssumeRoleWithWebIdentity'])
