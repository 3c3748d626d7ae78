/**
 * `accounts: organization` and explicit account lists against the emulator over HTTP: the hub
 * role (OIDC) lists the Organization through pages (one of them empty), keeps the ACTIVE
 * accounts, assumes the member role in each (role chaining), and a scan reports every reachable
 * account, with a coverage row for the one that lacks the member role.
 */
import { generateEstate, type GeneratedOrganization } from '../../emulator/aws/index.js'
import type { Estate } from '../../emulator/aws/estate.js'
import { parseSettings } from '../../src/config/index.js'
import { resolveAccounts, type CredentialDeps } from '../../src/credentials/index.js'
import { organizationAccounts } from '../../src/credentials/organization.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { DEFAULT_BUDGETS } from '../../src/shared/budget.js'
import { STATIC_KEY, callCount, startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-11-30T08:00:00Z')
const REGION = 'eu-west-1'
const ACCOUNTS = Array.from({ length: 50 }, (_, i) => String(100000000001 + i * 7919))

function organizationEstate(): { estate: Estate; organization: GeneratedOrganization } {
  const generated = generateEstate({
    accounts: ACCOUNTS,
    regions: [REGION],
    instances: 50,
    certificates: 50,
    problemShare: 0.2,
    seed: 20261130,
    organization: { suspended: 2, closed: 1, missingMemberRole: 1 }
  })
  const estate = generated.estate
  const organization = generated.organization as GeneratedOrganization
  // The second page comes back empty with a NextToken, as AWS warns it may.
  estate.organization = {
    ...(estate.organization as NonNullable<Estate['organization']>),
    emptyPages: [1]
  }
  return { estate, organization }
}

describe('accounts: organization (50 accounts, 2 suspended, 1 closed, 1 without the member role)', () => {
  let harness: Harness
  let organization: GeneratedOrganization
  const logs: string[] = []
  const tokens: string[] = []

  const deps = (overrides: Partial<CredentialDeps> = {}): CredentialDeps => ({
    oidcAvailable: true,
    getIdToken: async (audience) => {
      tokens.push(audience)
      return `token-${tokens.length}`
    },
    sleep: async () => {},
    random: () => 0.5,
    log: (message) => logs.push(message),
    setSecret: () => {},
    env: { GITHUB_ACTIONS: 'true' },
    clock: () => harness.emu.now().getTime(),
    ...overrides
  })

  const settings = (values: Record<string, string>) =>
    parseSettings(
      (name) =>
        ({
          regions: REGION,
          services: 'rds,acm',
          'role-to-assume': organization.hubRoleArn,
          ...values
        })[name] ?? ''
    )

  beforeAll(async () => {
    const built = organizationEstate()
    organization = built.organization
    harness = await startHarness(built.estate, NOW)
  })

  afterAll(async () => {
    await harness?.close()
  })

  beforeEach(() => {
    harness.emu.clearCalls()
    logs.length = 0
  })

  it('lists every page, empty one included, and keeps only ACTIVE accounts', async () => {
    const accounts = await resolveAccounts(settings({ accounts: 'organization' }), deps())

    // 50 + 3 members over pages of 20, with page 1 empty: 20, 0, 20, 13.
    expect(
      harness.emu.calls.filter((c) => c.operation === 'ListAccounts').map((c) => c.status)
    ).toEqual([200, 200, 200, 200])
    const expected = [...ACCOUNTS].sort()
    expect(accounts.map((a) => a.account)).toEqual(expected)
    for (const skipped of [...organization.suspended, ...organization.closed]) {
      expect(accounts.map((a) => a.account)).not.toContain(skipped)
    }
    expect(logs).toContain('The Organization lists 50 ACTIVE accounts (3 others skipped)')
    expect(logs).toContain(`Skipping account ${organization.closed[0]}: CLOSED`)
    // The hub is scanned with its own session; every other account through its member role.
    const hub = accounts.find((a) => a.account === organization.managementAccount)
    expect(hub?.source).toBe('oidc')
    expect(accounts.filter((a) => a.source === 'member-role')).toHaveLength(49)
    expect(callCount(harness.emu, 'AssumeRole')).toBe(49)
    expect(callCount(harness.emu, 'AssumeRoleWithWebIdentity')).toBe(1)
    // Every member AssumeRole is signed by the hub's session (role chaining).
    expect(
      harness.emu.calls
        .filter((c) => c.operation === 'AssumeRole')
        .every((c) => c.account === organization.managementAccount)
    ).toBe(true)
  })

  it('scans every reachable account and reports the missing member role as coverage', async () => {
    const result: ScanResult = await scan(
      settings({ accounts: 'organization' }),
      testScanDeps(NOW, { credentials: deps() })
    )
    const [lacking] = organization.missingMemberRole
    expectValidReport(result.report)
    expect(result.report.scope.accounts).toEqual([...ACCOUNTS].sort())
    const failed = result.report.coverage.filter((row) => row.status === 'failed')
    expect(failed.map((row) => [row.account, row.service])).toEqual([
      [lacking, 'rds'],
      [lacking, 'acm']
    ])
    for (const row of failed) {
      expect(row.detail).toContain(`arn:aws:iam::${lacking}:role/aws-cert-watch`)
      expect(row.detail).toMatch(/AccessDenied \(HTTP 403\)/)
    }
    const ok = result.report.coverage.filter((row) => row.status === 'ok')
    expect(new Set(ok.map((row) => row.account)).size).toBe(49)
    // Findings come from member accounts too, not only from the hub.
    const findingAccounts = new Set(result.report.findings.map((f) => f.account))
    expect(findingAccounts.size).toBeGreaterThan(1)
    expect(findingAccounts.has(lacking as string)).toBe(false)
  }, 60_000)

  it('takes an explicit account list, and exclude-accounts removes some', async () => {
    const [, second, third, fourth] = ACCOUNTS as [string, string, string, string]
    const accounts = await resolveAccounts(
      settings({
        accounts: [fourth, second, organization.managementAccount, third].join(','),
        'exclude-accounts': third
      }),
      deps()
    )
    expect(accounts.map((a) => [a.account, a.source])).toEqual(
      [
        [organization.managementAccount, 'oidc'],
        [second, 'member-role'],
        [fourth, 'member-role']
      ].sort()
    )
    // A list needs no Organizations call.
    expect(callCount(harness.emu, 'ListAccounts')).toBe(0)
    expect(callCount(harness.emu, 'AssumeRole')).toBe(2)
  })

  it('excludes the hub account itself when asked', async () => {
    const accounts = await resolveAccounts(
      settings({ accounts: 'organization', 'exclude-accounts': organization.managementAccount }),
      deps()
    )
    expect(accounts.map((a) => a.account)).not.toContain(organization.managementAccount)
    expect(accounts).toHaveLength(49)
  })

  it('renews a chained session before it expires, and the hub session with it', async () => {
    const member = ACCOUNTS[1] as string
    const [account] = await resolveAccounts(settings({ accounts: member }), deps())
    const provider = account?.credentials
    if (typeof provider !== 'function') throw new Error('expected a provider')
    const first = await provider()
    expect(callCount(harness.emu, 'AssumeRole')).toBe(1)
    // The member session asked for the most a chained session may have: an hour.
    const left = (first.expiration?.getTime() ?? 0) - harness.emu.now().getTime()
    expect(left).toBeGreaterThan(3_590_000)
    expect(left).toBeLessThanOrEqual(3_600_000)

    harness.emu.advanceClock(56 * 60_000)
    const renewed = await provider()
    expect(renewed.accessKeyId).not.toBe(first.accessKeyId)
    expect(callCount(harness.emu, 'AssumeRole', { status: 200 })).toBe(2)

    // Past the hour the hub's own session has run out: it is renewed (a new OIDC token)
    // before it signs the member's next AssumeRole, so nothing meets ExpiredToken.
    harness.emu.advanceClock(60 * 60_000)
    const tokensBefore = tokens.length
    const again = await provider()
    expect(again.accessKeyId).not.toBe(renewed.accessKeyId)
    expect(tokens.length).toBe(tokensBefore + 1)
    expect(harness.emu.calls.filter((c) => c.errorCode === 'ExpiredToken')).toEqual([])
  })
})

describe('the Organization listing', () => {
  const MANAGEMENT = '123456789012'
  const MEMBER = '210987654321'
  let harness: Harness

  const estate = (organization: Partial<NonNullable<Estate['organization']>>): Estate => ({
    defaultAccount: MANAGEMENT,
    organization: {
      managementAccount: MANAGEMENT,
      members: {
        '300000000003': { state: 'PENDING_ACTIVATION' },
        '300000000004': { state: 'CLOSED' },
        '300000000005': { state: 'SUSPENDED' }
      },
      ...organization
    },
    accounts: { [MANAGEMENT]: { regions: {} }, [MEMBER]: { regions: {} } }
  })

  afterEach(async () => {
    await harness?.close()
  })

  it('reads the legacy Status only where State is absent', async () => {
    harness = await startHarness(estate({ statusOnly: true }), NOW)
    const listed = await organizationAccounts(STATIC_KEY, 'us-east-1', DEFAULT_BUDGETS.aws)
    // Status said ACTIVE for an account not yet activated, SUSPENDED for a closed one.
    expect([...listed.active].sort()).toEqual([MANAGEMENT, MEMBER, '300000000003'].sort())
    expect(listed.skipped.map((s) => s.state).sort()).toEqual(['SUSPENDED', 'SUSPENDED'])
  })

  it('keeps State == ACTIVE when State is there', async () => {
    harness = await startHarness(estate({}), NOW)
    const listed = await organizationAccounts(STATIC_KEY, 'us-east-1', DEFAULT_BUDGETS.aws)
    expect([...listed.active].sort()).toEqual([MANAGEMENT, MEMBER].sort())
    expect(listed.skipped.map((s) => s.state).sort()).toEqual([
      'CLOSED',
      'PENDING_ACTIVATION',
      'SUSPENDED'
    ])
  })

  it("asks the endpoint of the home region's partition", async () => {
    harness = await startHarness(estate({}), NOW)
    await organizationAccounts(STATIC_KEY, 'us-gov-east-1', DEFAULT_BUDGETS.aws)
    await organizationAccounts(STATIC_KEY, 'eu-west-1', DEFAULT_BUDGETS.aws)
    expect(
      harness.emu.calls.filter((c) => c.operation === 'ListAccounts').map((c) => c.region)
    ).toEqual(['us-gov-west-1', 'us-east-1'])
  })

  it('says in one line why a member account may not list the Organization', async () => {
    harness = await startHarness({ ...estate({}), defaultAccount: MEMBER }, NOW)
    await expect(
      organizationAccounts(STATIC_KEY, 'us-east-1', DEFAULT_BUDGETS.aws)
    ).rejects.toThrow(
      /^Could not list the AWS Organization's accounts \(organizations:ListAccounts\): AccessDeniedException \(HTTP 400\).*management account or a delegated administrator\.$/
    )
  })
})
