import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { parseSettings } from '../../src/config/index.js'
import {
  OIDC_MISSING_MESSAGE,
  resolveAccounts,
  type CredentialDeps
} from '../../src/credentials/index.js'
import { createFakeSts, type FakeSts } from './fake-sts.js'

const ROLE_A = 'arn:aws:iam::111111111111:role/aws-cert-watch'
const ROLE_B = 'arn:aws:iam::222222222222:role/team/aws-cert-watch'

function settingsWith(roles: string[], extra: Record<string, string> = {}) {
  const values: Record<string, string> = {
    regions: 'us-east-1',
    'role-to-assume': roles.join('\n'),
    'aws-region': 'eu-west-1',
    'role-session-name': 'scan-42',
    ...extra
  }
  return parseSettings((name) => values[name] ?? '')
}

interface Harness {
  deps: CredentialDeps
  sts: FakeSts
  sleeps: number[]
  logs: string[]
  secrets: string[]
  tokenRequests: string[]
}

function harness(options: { tokenFailures?: number; oidc?: boolean; actions?: boolean } = {}) {
  const sts = createFakeSts()
  const h: Harness = {
    sts,
    sleeps: [],
    logs: [],
    secrets: [],
    tokenRequests: [],
    deps: undefined as unknown as CredentialDeps
  }
  let failuresLeft = options.tokenFailures ?? 0
  h.deps = {
    oidcAvailable: options.oidc ?? true,
    getIdToken: async (audience) => {
      h.tokenRequests.push(audience)
      if (failuresLeft > 0) {
        failuresLeft -= 1
        throw new Error('Failed to get ID Token. Error Code : 503')
      }
      return 'eyJ.oidc.token'
    },
    sleep: async (ms) => {
      h.sleeps.push(ms)
    },
    random: () => 0.5,
    log: (msg) => h.logs.push(msg),
    setSecret: (s) => h.secrets.push(s),
    env: options.actions === false ? {} : { GITHUB_ACTIONS: 'true' },
    makeStsClient: sts.factory
  }
  return h
}

async function resolveIdentity(
  credentials: AwsCredentialIdentityProvider | AwsCredentialIdentity
): Promise<AwsCredentialIdentity> {
  return typeof credentials === 'function' ? credentials() : credentials
}

describe('resolveAccounts with OIDC', () => {
  it('assumes every role with one web identity token, in the home region', async () => {
    const h = harness()
    const accounts = await resolveAccounts(settingsWith([ROLE_A, ROLE_B]), h.deps)

    expect(accounts.map((a) => [a.account, a.source])).toEqual([
      ['111111111111', 'oidc'],
      ['222222222222', 'oidc']
    ])
    expect(await resolveIdentity(accounts[1]!.credentials)).toMatchObject({
      accessKeyId: 'ASIA222222222222',
      secretAccessKey: 'secret-222222222222',
      sessionToken: 'session-222222222222'
    })
    expect(h.tokenRequests).toEqual(['sts.amazonaws.com'])
    expect(h.sts.calls.map((c) => [c.action, c.region, c.signed])).toEqual([
      ['AssumeRoleWithWebIdentity', 'eu-west-1', false],
      ['AssumeRoleWithWebIdentity', 'eu-west-1', false]
    ])
    expect(h.sts.calls[0]!.params).toMatchObject({
      RoleArn: ROLE_A,
      RoleSessionName: 'scan-42',
      WebIdentityToken: 'eyJ.oidc.token',
      DurationSeconds: '3600'
    })
  })

  it('renews one account on refresh with a new token, sharing one renewal between callers', async () => {
    const h = harness()
    const accounts = await resolveAccounts(settingsWith([ROLE_A, ROLE_B]), h.deps)
    const before = h.sts.calls.length
    await Promise.all([accounts[1]!.refresh?.(), accounts[1]!.refresh?.()])
    expect(h.tokenRequests).toHaveLength(2)
    expect(h.sts.calls.slice(before).map((c) => [c.action, c.params.RoleArn])).toEqual([
      ['AssumeRoleWithWebIdentity', ROLE_B]
    ])
    expect(h.logs.join('\n')).toContain(`Assumed ${ROLE_B} again (oidc)`)
    await expect(resolveIdentity(accounts[1]!.credentials)).resolves.toHaveProperty(
      'accessKeyId',
      'ASIA222222222222'
    )
  })

  it('masks the token and every returned secret', async () => {
    const h = harness()
    await resolveAccounts(settingsWith([ROLE_A]), h.deps)
    expect(h.secrets).toEqual(
      expect.arrayContaining([
        'eyJ.oidc.token',
        'ASIA111111111111',
        'secret-111111111111',
        'session-111111111111'
      ])
    )
    expect(h.logs.join('\n')).not.toMatch(/secret-|session-|eyJ/)
  })

  it('asks for the configured audience', async () => {
    const h = harness()
    await resolveAccounts(settingsWith([ROLE_A], { audience: 'sts.example.com' }), h.deps)
    expect(h.tokenRequests).toEqual(['sts.example.com'])
  })

  it('retries the token with growing, jittered waits through the injected sleep', async () => {
    const h = harness({ tokenFailures: 2 })
    const accounts = await resolveAccounts(settingsWith([ROLE_A]), h.deps)

    expect(accounts).toHaveLength(1)
    expect(h.tokenRequests).toHaveLength(3)
    // random() = 0.5 puts each wait at three quarters of its doubling bound (1 s, 2 s).
    expect(h.sleeps).toEqual([750, 1500])
    expect(h.logs.filter((l) => l.includes('retrying'))).toHaveLength(2)
  })

  it('gives up after four attempts with the last error', async () => {
    const h = harness({ tokenFailures: 10 })
    await expect(resolveAccounts(settingsWith([ROLE_A]), h.deps)).rejects.toThrow(
      /Could not get a GitHub OIDC token for audience sts.amazonaws.com after 4 attempts: .*503/
    )
    expect(h.tokenRequests).toHaveLength(4)
    expect(h.sleeps).toHaveLength(3)
    expect(h.sts.calls).toHaveLength(0)
  })

  it('keeps the other accounts when one role cannot be assumed', async () => {
    const h = harness()
    h.sts.denied.add(ROLE_B)
    const accounts = await resolveAccounts(settingsWith([ROLE_A, ROLE_B]), h.deps)

    expect(accounts.map((a) => a.account)).toEqual(['111111111111', '222222222222'])
    await expect(resolveIdentity(accounts[0]!.credentials)).resolves.toHaveProperty(
      'accessKeyId',
      'ASIA111111111111'
    )
    // The failing account's provider fails with the role and STS's answer, so its scans say why.
    await expect(resolveIdentity(accounts[1]!.credentials)).rejects.toMatchObject({
      name: 'RoleNotAssumed',
      message: expect.stringMatching(
        new RegExp(`^Could not assume ${ROLE_B}: AccessDenied \\(HTTP 403\\).*trust policy`)
      )
    })
    expect(h.logs.join('\n')).toMatch(
      new RegExp(`Could not assume ${ROLE_B}: AccessDenied \\(HTTP 403\\).*trust policy`)
    )
  })

  it('goes on when no role can be assumed, so that every row of the report says why', async () => {
    const h = harness()
    h.sts.denied.add(ROLE_A)
    const [only] = await resolveAccounts(settingsWith([ROLE_A]), h.deps)
    expect(only?.account).toBe('111111111111')
    await expect(resolveIdentity(only!.credentials)).rejects.toThrow(
      /^Could not assume .*aws-cert-watch: AccessDenied/
    )
  })

  it('says that STS did not answer, without a trust-policy hint, when it hangs', async () => {
    const h = harness()
    const hanging: CredentialDeps = {
      ...h.deps,
      budgets: { aws: { connectMs: 100, attemptMs: 5_000, idleMs: 50 }, oidcMs: 1_000 },
      // An STS that takes the request and never answers: only the call's abort ends it, as
      // the SDK's own HTTP handler does.
      makeStsClient: (region) =>
        new STSClient({
          region,
          maxAttempts: 1,
          requestHandler: {
            handle: (_request: unknown, options?: { abortSignal?: AbortSignal }) =>
              new Promise((_, reject) =>
                options?.abortSignal?.addEventListener('abort', () =>
                  reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))
                )
              )
          }
        })
    }
    const [only] = await resolveAccounts(settingsWith([ROLE_A]), hanging)
    const error = await resolveIdentity(only!.credentials).catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      `Could not assume ${ROLE_A}: no answer from STS within 50 ms`
    )
  })
})

describe('resolveAccounts without OIDC', () => {
  it('inside GitHub Actions explains the missing permission and forks', async () => {
    const h = harness({ oidc: false })
    await expect(resolveAccounts(settingsWith([ROLE_A]), h.deps)).rejects.toThrow(
      OIDC_MISSING_MESSAGE
    )
    expect(OIDC_MISSING_MESSAGE).toMatch(/permissions: id-token: write/)
    expect(OIDC_MISSING_MESSAGE).toMatch(/forks/)
    expect(h.sts.calls).toHaveLength(0)
  })

  it('outside Actions assumes each role with signed AssumeRole calls', async () => {
    const h = harness({ oidc: false, actions: false })
    const accounts = await withStaticEnvCredentials(() =>
      resolveAccounts(settingsWith([ROLE_A, ROLE_B]), h.deps)
    )
    expect(accounts.map((a) => [a.account, a.source])).toEqual([
      ['111111111111', 'assume-role'],
      ['222222222222', 'assume-role']
    ])
    // The roles are assumed concurrently, so the calls may arrive in either order.
    const calls = h.sts.calls.map((c) => [c.action, c.signed, c.params.RoleArn])
    expect(calls.sort()).toEqual([
      ['AssumeRole', true, ROLE_A],
      ['AssumeRole', true, ROLE_B]
    ])
    expect(h.secrets).toContain('secret-222222222222')
  })
})

describe('resolveAccounts with the default chain', () => {
  it('learns the account from GetCallerIdentity and hands on the chain', async () => {
    const h = harness({ oidc: false, actions: false })
    const accounts = await withStaticEnvCredentials(async () => {
      const resolved = await resolveAccounts(settingsWith([]), h.deps)
      // Resolve while the environment still holds the keys the chain reads.
      return Promise.all(
        resolved.map(async (a) => ({ ...a, identity: await resolveIdentity(a.credentials) }))
      )
    })
    expect(accounts).toHaveLength(1)
    expect(accounts[0]).toMatchObject({
      account: '999999999999',
      source: 'default-chain',
      identity: { accessKeyId: 'AKIAENVENVENV', secretAccessKey: 'env-secret' }
    })
    expect(h.sts.calls.map((c) => [c.action, c.region, c.signed])).toEqual([
      ['GetCallerIdentity', 'eu-west-1', true]
    ])
  })

  it('says how to provide credentials when the chain finds none', async () => {
    const h = harness({ oidc: false, actions: false })
    await withEnv(
      {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined,
        AWS_PROFILE: undefined,
        AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
        AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
        AWS_CONFIG_FILE: '/nonexistent/config',
        AWS_EC2_METADATA_DISABLED: 'true'
      },
      () =>
        expect(resolveAccounts(settingsWith([]), h.deps)).rejects.toThrow(
          /No usable AWS credentials from the default chain .*configure-aws-credentials/
        )
    )
  })
})

async function withEnv<T>(values: Record<string, string | undefined>, fn: () => Promise<T>) {
  const saved = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]))
  const apply = (entries: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  apply(values)
  try {
    return await fn()
  } finally {
    apply(saved)
  }
}

function withStaticEnvCredentials<T>(fn: () => Promise<T>): Promise<T> {
  return withEnv(
    {
      AWS_ACCESS_KEY_ID: 'AKIAENVENVENV',
      AWS_SECRET_ACCESS_KEY: 'env-secret',
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined
    },
    fn
  )
}
