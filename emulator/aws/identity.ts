/**
 * Who may call: the estate's static access keys (the default account's) and the temporary
 * credentials STS issued (the role's account). Access key -> account is how one emulator serves
 * several accounts.
 */
import { randomBytes } from 'node:crypto'
import type { StaticCredential } from './estate.js'

export interface Principal {
  accessKeyId: string
  secretAccessKey: string
  /** Temporary credentials only: the token the caller must send as X-Amz-Security-Token. */
  sessionToken: string | undefined
  /** Expiry of temporary credentials, on the emulator's clock (ms since epoch). */
  expiresAt: number | undefined
  /**
   * The role an assumed-role session belongs to, as AssumeRole* was asked for it; undefined for
   * static keys. AssumeRole called with such credentials is role chaining.
   */
  roleArn: string | undefined
  account: string
  /** GetCallerIdentity's Arn and UserId. */
  arn: string
  userId: string
}

export const DEFAULT_STATIC_CREDENTIAL: StaticCredential = {
  accessKeyId: 'AKIAEMULATOR0EXAMPLE',
  secretAccessKey: 'emulator-secret-access-key',
  userName: 'emulator'
}

const ALPHANUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (let i = 0; i < length; i++) id += ALPHANUM[(bytes[i] as number) % ALPHANUM.length]
  return id
}

export class Identities {
  private readonly principals = new Map<string, Principal>()

  constructor(credentials: StaticCredential[], defaultAccount: string) {
    for (const c of credentials) {
      const user = c.userName ?? 'emulator'
      this.principals.set(c.accessKeyId, {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        sessionToken: undefined,
        expiresAt: undefined,
        roleArn: undefined,
        account: defaultAccount,
        arn: `arn:aws:iam::${defaultAccount}:user/${user}`,
        userId: `AIDA${c.accessKeyId.slice(4, 20).padEnd(17, 'X')}`
      })
    }
  }

  find(accessKeyId: string): Principal | undefined {
    return this.principals.get(accessKeyId)
  }

  /** Issues temporary credentials for an assumed role session, from `nowMs` on the emulator's clock. */
  issue(
    role: { arn: string; account: string; name: string },
    sessionName: string,
    lifetimeMs: number,
    nowMs: number
  ): Principal {
    const roleId = `AROA${randomId('', 17)}`
    const { account } = role
    const principal: Principal = {
      accessKeyId: randomId('ASIA', 16),
      secretAccessKey: randomBytes(30).toString('base64').slice(0, 40),
      sessionToken: `IQoJb3JpZ2luX2VtdWxhdG9y${randomBytes(96).toString('base64')}`,
      expiresAt: nowMs + lifetimeMs,
      roleArn: role.arn,
      account,
      arn: `arn:aws:sts::${account}:assumed-role/${role.name}/${sessionName}`,
      userId: `${roleId}:${sessionName}`
    }
    this.principals.set(principal.accessKeyId, principal)
    return principal
  }
}
