/**
 * The whole OIDC path over HTTP: `core.getIDToken` against the local token service (which fails
 * its first requests), STS AssumeRoleWithWebIdentity on the AWS emulator, and a scan signed with
 * the session it returned.
 */
import * as core from '@actions/core'
import { jest } from '@jest/globals'
import type { Estate } from '../../emulator/aws/estate.js'
import { startOidcTokenServer, type OidcTokenServer } from '../../emulator/oidc/index.js'
import { parseSettings } from '../../src/config/index.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import { collect, rdsOf } from '../collect/collect-helpers.js'
import { resolveAccounts, type CredentialDeps } from '../../src/credentials/index.js'
import { callCount, startHarness, type Harness } from '../collect/emulator-harness.js'

const HOME = '111111111111'
const SCANNED = '333333333333'

const estate: Estate = {
  defaultAccount: HOME,
  expectedAudience: 'sts.amazonaws.com',
  accounts: {
    [HOME]: { regions: {} },
    [SCANNED]: {
      roles: ['gha-cert-watch'],
      regions: { 'eu-central-1': { rds: { instances: [{ id: 'db-1', engine: 'postgres' }] } } }
    }
  }
}

function settings(audience = '') {
  const values: Record<string, string> = {
    regions: 'eu-central-1',
    'role-to-assume': `arn:aws:iam::${SCANNED}:role/gha-cert-watch`,
    audience
  }
  return parseSettings((name) => values[name] ?? '')
}

describe('OIDC credentials end to end', () => {
  let h: Harness
  let oidc: OidcTokenServer
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  }
  const sleeps: number[] = []
  const masked: string[] = []
  let deps: CredentialDeps

  beforeAll(async () => {
    h = await startHarness(estate, new Date())
    oidc = await startOidcTokenServer({ failFirst: 2 })
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.requestUrl
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken
    // core.setSecret prints a masking command to stdout; the test records what was masked.
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    deps = {
      getIdToken: (audience) => core.getIDToken(audience),
      oidcAvailable: true,
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      random: () => 0.25,
      log: () => undefined,
      setSecret: (s) => masked.push(s),
      env: { GITHUB_ACTIONS: 'true' }
    }
  })

  afterAll(async () => {
    jest.restoreAllMocks()
    if (saved.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url
    if (saved.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    else process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token
    await oidc.close()
    await h.close()
  })

  it('retries the token service, assumes the role and scans with the session', async () => {
    const accounts = await resolveAccounts(settings(), deps)

    expect(accounts.map((a) => [a.account, a.source])).toEqual([[SCANNED, 'oidc']])
    expect(oidc.requests.map((r) => [r.audience, r.status])).toEqual([
      ['sts.amazonaws.com', 500],
      ['sts.amazonaws.com', 500],
      ['sts.amazonaws.com', 200]
    ])
    expect(sleeps).toEqual([625, 1250])
    expect(callCount(h.emu, 'AssumeRoleWithWebIdentity', { status: 200, account: SCANNED })).toBe(1)
    expect(masked).toHaveLength(4)
    expect(masked[0]).toMatch(/^eyJ/)

    const inventory = await collect({
      accounts,
      regions: ['eu-central-1'],
      services: [rdsPlugin({ needsEngineVersion: () => false })]
    })
    expect(inventory.coverage.map((r) => [r.account, r.status])).toEqual([[SCANNED, 'ok']])
    expect(rdsOf(inventory)[0]?.instances.map((i) => i.identifier)).toEqual(['db-1'])
  })

  it("explains a token the role's trust policy does not accept", async () => {
    const [account] = await resolveAccounts(settings('sts.example.com'), deps)
    const credentials = account!.credentials
    await expect(
      typeof credentials === 'function' ? credentials() : Promise.resolve(credentials)
    ).rejects.toThrow(
      /^Could not assume .*gha-cert-watch: InvalidIdentityTokenException \(HTTP 400\): Incorrect token audience.*trust policy/
    )
  })
})
