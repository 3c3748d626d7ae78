/**
 * AWS Organizations (ListAccounts, DescribeOrganization) through the real
 * @aws-sdk/client-organizations (JSON 1.1, `AWSOrganizationsV20161128.` targets): paging of at
 * most 20 with empty pages that still carry a NextToken, `State` (and the legacy `Status` alone
 * on request), who may list (management account, delegated administrator) and who may not, the
 * errors in the model's own form; and what a scan of an organization goes through in STS: role
 * trust, role chaining's one-hour cap, sessions that expire on the emulator's clock. Also the
 * generator's `organization` option and the estate checks that catch typos in access fields.
 *
 * Every emulator here starts at the one pinned instant NOW; dates are asserted against NOW or
 * against the emulator's own clock (`aws.now()`), never against the machine's.
 */
import { createHash } from 'node:crypto'
import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  type Account,
  type OrganizationsClient
} from '@aws-sdk/client-organizations'
import { GetCallerIdentityCommand, type GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@aws-sdk/types'
import {
  generateEstate,
  startAwsEmulator,
  type AwsEmulator,
  type Estate,
  type GenerateOptions
} from '../../emulator/aws/index.js'
import {
  STATIC_CREDENTIALS,
  assumeRole,
  listAccountPages,
  once,
  organizationsClient,
  stsClient,
  webIdentitySession
} from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000
const HOUR_MS = 3_600_000

const MANAGEMENT = '111111111111'
/** A delegated administrator. */
const ADMIN = '222222222222'
/** A plain member with resources. */
const MEMBER = '333333333333'
/** An estate account the organization still shows as PENDING_ACTIVATION. */
const PENDING = '444444444444'
const CLOSED = '900000000001'
const SUSPENDED = '900000000002'
const LEAVING = '900000000003'
/** Members without resources, bringing the organization to 50 accounts. */
const BULK = Array.from({ length: 43 }, (_, i) => String(910_000_000_000 + i))

const HUB_ROLE = `arn:aws:iam::${MANAGEMENT}:role/aws-cert-watch-hub`
const memberRole = (account: string) => `arn:aws:iam::${account}:role/aws-cert-watch`
const CHAINING_MESSAGE =
  'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'

const estate: Estate = {
  accounts: {
    [MANAGEMENT]: {
      name: 'management',
      email: 'root@example.com',
      roles: ['aws-cert-watch-hub', 'aws-cert-watch'],
      roleTrust: { 'aws-cert-watch': [HUB_ROLE] },
      regions: { 'us-east-1': {} }
    },
    [ADMIN]: {
      name: 'security',
      roles: ['aws-cert-watch'],
      roleTrust: { 'aws-cert-watch': [HUB_ROLE] },
      regions: { 'us-east-1': {} }
    },
    [MEMBER]: {
      name: 'prod',
      // No `roles`: any role name exists; these two trust only whom they name.
      roleTrust: {
        'aws-cert-watch': [HUB_ROLE],
        'break-glass': [MANAGEMENT],
        auditor: [`arn:aws:iam::${MANAGEMENT}:root`]
      },
      regions: { 'us-east-1': {} }
    },
    [PENDING]: { name: 'new', state: 'PENDING_ACTIVATION', regions: { 'us-east-1': {} } }
  },
  organization: {
    managementAccount: MANAGEMENT,
    delegatedAdministrators: [ADMIN],
    members: {
      [CLOSED]: { name: 'closed', state: 'CLOSED' },
      [SUSPENDED]: { name: 'suspended', state: 'SUSPENDED' },
      [LEAVING]: { name: 'leaving', state: 'PENDING_CLOSURE', email: 'leaving@example.org' },
      ...Object.fromEntries(BULK.map((id, i) => [id, { name: `bulk-${i}` }]))
    }
  }
}
const ALL_IDS = [MANAGEMENT, ADMIN, MEMBER, PENDING, CLOSED, SUSPENDED, LEAVING, ...BULK]

/** The estate with other organization settings. */
const variant = (extra: Partial<NonNullable<Estate['organization']>>): Estate => ({
  ...estate,
  organization: { ...(estate.organization as NonNullable<Estate['organization']>), ...extra }
})

/** GetCallerIdentity with the given credentials. */
async function callerIdentity(
  aws: AwsEmulator,
  credentials: AwsCredentialIdentity
): Promise<GetCallerIdentityCommandOutput> {
  const sts = stsClient(aws, { region: 'us-east-1', credentials, maxAttempts: 1 })
  try {
    return await sts.send(new GetCallerIdentityCommand({}))
  } finally {
    sts.destroy()
  }
}

const ids = (accounts: Account[]) => accounts.map((a) => a.Id as string)
const flat = (pages: Account[][]) => pages.flat()

describe('Organizations ListAccounts', () => {
  let aws: AwsEmulator
  let org: OrganizationsClient
  let listed: Account[]

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    org = organizationsClient(aws, { maxAttempts: 1 })
    listed = flat(await listAccountPages(aws))
  })
  afterAll(async () => {
    org.destroy()
    await aws.close()
  })
  beforeEach(() => aws.clearCalls())

  it('lists every account of the organization once, with the members the model defines', async () => {
    expect(listed).toHaveLength(50)
    expect(new Set(ids(listed))).toEqual(new Set(ALL_IDS))
    const { Organization } = await org.send(new DescribeOrganizationCommand({}))
    const orgId = Organization?.Id as string
    const management = listed.find((a) => a.Id === MANAGEMENT)
    expect(management).toEqual({
      Id: MANAGEMENT,
      Arn: `arn:aws:organizations::${MANAGEMENT}:account/${orgId}/${MANAGEMENT}`,
      Email: 'root@example.com',
      Name: 'management',
      State: 'ACTIVE',
      Paths: [expect.stringMatching(new RegExp(`^${orgId}/r-[a-z0-9]{4}/${MANAGEMENT}/$`))],
      JoinedMethod: 'INVITED',
      JoinedTimestamp: expect.any(Date)
    })
    const rootPath = (management?.Paths?.[0] as string).replace(`${MANAGEMENT}/`, '')
    for (const account of listed) {
      expect(account.Arn).toBe(
        `arn:aws:organizations::${MANAGEMENT}:account/${orgId}/${account.Id}`
      )
      expect(account.Paths).toEqual([`${rootPath}${account.Id}/`])
      expect(['INVITED', 'CREATED']).toContain(account.JoinedMethod)
      // Retired on 2026-09-09: only State is answered.
      expect(account).not.toHaveProperty('Status')
    }
    // Defaults: the account id as the name, a derived address; the estate's when it gives them.
    expect(listed.find((a) => a.Id === ADMIN)).toMatchObject({
      Name: 'security',
      Email: `aws-${ADMIN}@example.com`
    })
    expect(listed.find((a) => a.Id === LEAVING)?.Email).toBe('leaving@example.org')
  })

  it('dates every joining before the clock, the management account first', () => {
    const joined = (id: string) =>
      (listed.find((a) => a.Id === id)?.JoinedTimestamp as Date).getTime()
    const founded = joined(MANAGEMENT)
    expect(founded).toBeLessThanOrEqual(NOW.getTime() - 1500 * DAY)
    for (const id of ALL_IDS.filter((a) => a !== MANAGEMENT)) {
      expect(joined(id)).toBeGreaterThan(founded)
      expect(joined(id)).toBeLessThanOrEqual(NOW.getTime() - 30 * DAY)
    }
  })

  it("answers each account's State", () => {
    const state = Object.fromEntries(listed.map((a) => [a.Id, a.State]))
    expect(state).toMatchObject({
      [MANAGEMENT]: 'ACTIVE',
      [ADMIN]: 'ACTIVE',
      [MEMBER]: 'ACTIVE',
      [PENDING]: 'PENDING_ACTIVATION',
      [CLOSED]: 'CLOSED',
      [SUSPENDED]: 'SUSPENDED',
      [LEAVING]: 'PENDING_CLOSURE'
    })
    expect(BULK.map((id) => state[id])).toEqual(BULK.map(() => 'ACTIVE'))
  })

  it('keeps one order across listings, which is not by account id', async () => {
    const again = flat(await listAccountPages(aws, STATIC_CREDENTIALS, 7))
    expect(ids(again)).toEqual(ids(listed))
    expect(ids(listed)).not.toEqual([...ALL_IDS].sort())
  })

  it('pages of 20 by default', async () => {
    const first = await org.send(new ListAccountsCommand({}))
    expect(first.Accounts).toHaveLength(20)
    expect(first.NextToken).toEqual(expect.any(String))
    const pages = await listAccountPages(aws)
    expect(pages.map((p) => p.length)).toEqual([20, 20, 10])
  })

  it.each([1, 7, 19, 20])(
    'pages of MaxResults %i, the paginator getting them all',
    async (size) => {
      const first = await org.send(new ListAccountsCommand({ MaxResults: size }))
      expect(first.Accounts).toHaveLength(size)
      expect(first.NextToken).toEqual(expect.any(String))
      const pages = await listAccountPages(aws, STATIC_CREDENTIALS, size)
      expect(pages).toHaveLength(Math.ceil(50 / size))
      expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true)
      expect(ids(flat(pages))).toEqual(ids(listed))
    }
  )

  it('answers the last page without a NextToken', async () => {
    const pages: (string | undefined)[] = []
    let token: string | undefined
    do {
      const out = await org.send(new ListAccountsCommand({ MaxResults: 20, NextToken: token }))
      token = out.NextToken
      pages.push(token)
    } while (token)
    expect(pages).toEqual([expect.any(String), expect.any(String), undefined])
  })

  it.each([
    [0, 'greater than or equal to 1'],
    [21, 'less than or equal to 20'],
    [100, 'less than or equal to 20']
  ])('refuses MaxResults %i (the model: 1..20)', async (size, bound) => {
    await expect(org.send(new ListAccountsCommand({ MaxResults: size }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: `1 validation error detected: Value '${size}' at 'maxResults' failed to satisfy constraint: Member must have value ${bound}`,
      $metadata: { httpStatusCode: 400 }
    })
  })

  it.each([
    ['not base64 JSON', 'garbage!'],
    ['a page number of 0', Buffer.from('{"o":20,"p":0}').toString('base64url')],
    ['a negative offset', Buffer.from('{"o":-1,"p":1}').toString('base64url')],
    ['no offset', Buffer.from('{"p":1}').toString('base64url')],
    ['an offset past the last account', Buffer.from('{"o":50,"p":3}').toString('base64url')]
  ])('refuses a NextToken with %s: InvalidInputException', async (_what, token) => {
    await expect(org.send(new ListAccountsCommand({ NextToken: token }))).rejects.toMatchObject({
      name: 'InvalidInputException',
      // The model's InvalidInputExceptionReason INVALID_PAGINATION_TOKEN travels as this value.
      Reason: 'INVALID_NEXT_TOKEN',
      message:
        'You specified an invalid value for nextToken. You must get the value from the response to a previous call to the API.',
      $metadata: { httpStatusCode: 400 }
    })
    expect(aws.calls).toEqual([
      expect.objectContaining({
        service: 'organizations',
        operation: 'ListAccounts',
        status: 400,
        errorCode: 'InvalidInputException'
      })
    ])
  })

  it('records its calls as service organizations, global (any signing region)', async () => {
    const elsewhere = organizationsClient(aws, { region: 'eu-central-1' })
    try {
      const out = await elsewhere.send(new ListAccountsCommand({ MaxResults: 3 }))
      expect(out.Accounts).toHaveLength(3)
    } finally {
      elsewhere.destroy()
    }
    await org.send(new DescribeOrganizationCommand({}))
    expect(aws.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status])).toEqual([
      ['organizations', 'ListAccounts', MANAGEMENT, 'eu-central-1', 200],
      ['organizations', 'DescribeOrganization', MANAGEMENT, 'us-east-1', 200]
    ])
  })

  it('describes the organization to its management account', async () => {
    const { Organization } = await org.send(new DescribeOrganizationCommand({}))
    const management = listed.find((a) => a.Id === MANAGEMENT)
    expect(Organization).toEqual({
      Id: expect.stringMatching(/^o-[a-z0-9]{10,32}$/),
      Arn: `arn:aws:organizations::${MANAGEMENT}:organization/${Organization?.Id}`,
      FeatureSet: 'ALL',
      MasterAccountArn: management?.Arn,
      MasterAccountId: MANAGEMENT,
      MasterAccountEmail: 'root@example.com',
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }]
    })
  })

  describe('who may list', () => {
    let hub: AwsCredentialIdentity

    beforeAll(async () => {
      hub = await webIdentitySession(aws, HUB_ROLE)
    })

    it("lists for the hub role's session in the management account", async () => {
      expect(ids(flat(await listAccountPages(aws, hub)))).toEqual(ids(listed))
      expect(aws.calls.filter((c) => c.service === 'organizations')).not.toHaveLength(0)
      expect(aws.calls.every((c) => c.account === MANAGEMENT && c.status === 200)).toBe(true)
    })

    it('lists for a delegated administrator', async () => {
      const admin = await assumeRole(aws, memberRole(ADMIN), hub)
      expect(ids(flat(await listAccountPages(aws, admin)))).toEqual(ids(listed))
    })

    it('refuses any other member: AccessDeniedException, yet describes the organization to it', async () => {
      const member = await assumeRole(aws, memberRole(MEMBER), hub)
      const client = organizationsClient(aws, { credentials: member, maxAttempts: 1 })
      try {
        await expect(client.send(new ListAccountsCommand({}))).rejects.toMatchObject({
          name: 'AccessDeniedException',
          message: "You don't have permissions to access this resource.",
          // The emulator's one status for JSON 1.1's AccessDeniedException (errors.ts).
          $metadata: { httpStatusCode: 400 }
        })
        const { Organization } = await client.send(new DescribeOrganizationCommand({}))
        expect(Organization?.MasterAccountId).toBe(MANAGEMENT)
      } finally {
        client.destroy()
      }
      expect(
        aws.calls
          .filter((c) => c.service === 'organizations')
          .map((c) => [c.operation, c.account, c.status, c.errorCode])
      ).toEqual([
        ['ListAccounts', MEMBER, 400, 'AccessDeniedException'],
        ['DescribeOrganization', MEMBER, 200, undefined]
      ])
    })
  })
})

describe('Organizations ListAccounts: empty pages and the legacy Status', () => {
  let aws: AwsEmulator | undefined
  afterEach(async () => {
    await aws?.close()
    aws = undefined
  })

  it('answers empty pages with a NextToken, and the paginator still gets every account', async () => {
    aws = await startAwsEmulator({ estate: variant({ emptyPages: [0, 2] }), now: NOW })
    const first = await once(organizationsClient(aws), (c) => c.send(new ListAccountsCommand({})))
    expect(first).toMatchObject({ Accounts: [], NextToken: expect.any(String) })
    const pages = await listAccountPages(aws)
    expect(pages.map((p) => p.length)).toEqual([0, 20, 0, 20, 10])
    expect(new Set(ids(flat(pages)))).toEqual(new Set(ALL_IDS))
    expect(ids(flat(pages))).toHaveLength(50)
    // Empty pages are counted per listing: a second one meets them again.
    expect((await listAccountPages(aws, STATIC_CREDENTIALS, 10)).map((p) => p.length)).toEqual([
      0, 10, 0, 10, 10, 10, 10
    ])
  })

  it('answers Status alone with statusOnly: PENDING_ACTIVATION as ACTIVE, CLOSED as SUSPENDED', async () => {
    aws = await startAwsEmulator({ estate: variant({ statusOnly: true }), now: NOW })
    const accounts = flat(await listAccountPages(aws))
    expect(accounts).toHaveLength(50)
    for (const account of accounts) expect(account).not.toHaveProperty('State')
    const status = Object.fromEntries(accounts.map((a) => [a.Id, a.Status]))
    expect(status).toMatchObject({
      [MANAGEMENT]: 'ACTIVE',
      [PENDING]: 'ACTIVE',
      [CLOSED]: 'SUSPENDED',
      [SUSPENDED]: 'SUSPENDED',
      [LEAVING]: 'PENDING_CLOSURE'
    })
    expect(BULK.map((id) => status[id])).toEqual(BULK.map(() => 'ACTIVE'))
  })

  it('answers AWSOrganizationsNotInUseException to both calls when no organization exists', async () => {
    aws = await startAwsEmulator({
      estate: { accounts: { [MANAGEMENT]: { regions: { 'us-east-1': {} } } } },
      now: NOW
    })
    const client = organizationsClient(aws, { maxAttempts: 1 })
    try {
      for (const command of [new ListAccountsCommand({}), new DescribeOrganizationCommand({})]) {
        await expect(client.send(command as ListAccountsCommand)).rejects.toMatchObject({
          name: 'AWSOrganizationsNotInUseException',
          message: 'Your account is not a member of an organization.',
          $metadata: { httpStatusCode: 400 }
        })
      }
    } finally {
      client.destroy()
    }
    expect(aws.calls.map((c) => [c.service, c.errorCode])).toEqual([
      ['organizations', 'AWSOrganizationsNotInUseException'],
      ['organizations', 'AWSOrganizationsNotInUseException']
    ])
  })
})

describe('STS for an organization scan: role trust, role chaining, expiry', () => {
  let aws: AwsEmulator
  let hub: AwsCredentialIdentity

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    hub = await webIdentitySession(aws, HUB_ROLE)
  })
  afterAll(async () => {
    await aws.close()
  })

  const whoAmI = (credentials: AwsCredentialIdentity) => callerIdentity(aws, credentials)

  it("accepts the hub role's session where the member role trusts it", async () => {
    const member = await assumeRole(aws, memberRole(MEMBER), hub)
    expect(await whoAmI(member)).toMatchObject({
      Account: MEMBER,
      Arn: `arn:aws:sts::${MEMBER}:assumed-role/aws-cert-watch/scan`
    })
  })

  it('refuses another caller, naming its ARN', async () => {
    // The static key is an IAM user of the management account, not the hub role.
    await expect(assumeRole(aws, memberRole(MEMBER))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${MANAGEMENT}:user/emulator is not authorized to perform: sts:AssumeRole on resource: ${memberRole(MEMBER)}`,
      $metadata: { httpStatusCode: 403 }
    })
    // A member's session is not the hub either.
    const member = await assumeRole(aws, memberRole(MEMBER), hub)
    await expect(assumeRole(aws, memberRole(ADMIN), member)).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:sts::${MEMBER}:assumed-role/aws-cert-watch/scan is not authorized to perform: sts:AssumeRole on resource: ${memberRole(ADMIN)}`
    })
  })

  it('accepts any principal of an account a role trusts by id', async () => {
    const breakGlass = `arn:aws:iam::${MEMBER}:role/break-glass`
    expect((await whoAmI(await assumeRole(aws, breakGlass))).Account).toBe(MEMBER)
    expect((await whoAmI(await assumeRole(aws, breakGlass, hub))).Account).toBe(MEMBER)
    const other = await assumeRole(aws, memberRole(ADMIN), hub)
    await expect(assumeRole(aws, breakGlass, other)).rejects.toMatchObject({
      name: 'AccessDenied'
    })
    // `arn:aws:iam::<account>:root` means the same as the account id.
    const auditor = `arn:aws:iam::${MEMBER}:role/auditor`
    expect((await whoAmI(await assumeRole(aws, auditor))).Account).toBe(MEMBER)
    await expect(assumeRole(aws, auditor, other)).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining(
        `User: arn:aws:sts::${ADMIN}:assumed-role/aws-cert-watch/scan`
      )
    })
  })

  it('caps a chained session at an hour: 3601 s is a ValidationError, 3600 s is fine', async () => {
    await expect(assumeRole(aws, memberRole(MEMBER), hub, 3601)).rejects.toMatchObject({
      name: 'ValidationError',
      message: CHAINING_MESSAGE,
      $metadata: { httpStatusCode: 400 }
    })
    const before = aws.now().getTime()
    const session = await assumeRole(aws, memberRole(MEMBER), hub, 3600)
    const expiry = (session.expiration as Date).getTime()
    // STS dates it on the emulator's clock, which started at NOW.
    expect(expiry).toBeGreaterThanOrEqual(NOW.getTime() + HOUR_MS)
    expect(expiry).toBeGreaterThanOrEqual(before + HOUR_MS - 1000)
    expect(expiry).toBeLessThanOrEqual(aws.now().getTime() + HOUR_MS)
  })

  it('lets credentials that are not a role session ask for longer', async () => {
    const breakGlass = `arn:aws:iam::${MEMBER}:role/break-glass`
    const session = await assumeRole(aws, breakGlass, STATIC_CREDENTIALS, 7200)
    expect((session.expiration as Date).getTime()).toBeGreaterThanOrEqual(
      NOW.getTime() + 2 * HOUR_MS
    )
  })
})

describe('STS sessions on the emulator clock', () => {
  let aws: AwsEmulator
  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
  })
  afterAll(async () => {
    await aws.close()
  })

  it('expires every session once the clock has moved an hour on: ExpiredToken', async () => {
    const start = aws.now().getTime()
    expect(start).toBeGreaterThanOrEqual(NOW.getTime())
    expect(start).toBeLessThan(NOW.getTime() + HOUR_MS)
    const hub = await webIdentitySession(aws, HUB_ROLE)
    const member = await assumeRole(aws, memberRole(MEMBER), hub)
    const whoAmI = (credentials: AwsCredentialIdentity) => callerIdentity(aws, credentials)
    expect((await whoAmI(member)).Account).toBe(MEMBER)
    const list = (credentials: AwsCredentialIdentity) =>
      once(organizationsClient(aws, { credentials, maxAttempts: 1 }), (c) =>
        c.send(new ListAccountsCommand({ MaxResults: 1 }))
      )
    expect((await list(hub)) as { Accounts?: Account[] }).toMatchObject({
      Accounts: [expect.any(Object)]
    })

    aws.advanceClock(HOUR_MS + 1000)
    expect(aws.now().getTime()).toBeGreaterThanOrEqual(start + HOUR_MS + 1000)
    const expired = {
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired'
    }
    await expect(whoAmI(member)).rejects.toMatchObject(expired)
    await expect(whoAmI(hub)).rejects.toMatchObject(expired)
    // JSON 1.1 says it under its own code.
    await expect(list(hub)).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      message: 'The security token included in the request is expired'
    })
    // Static keys never expire; a session issued now lasts from the moved clock.
    expect((await whoAmI(STATIC_CREDENTIALS)).Account).toBe(MANAGEMENT)
    const fresh = await webIdentitySession(aws, HUB_ROLE)
    expect((fresh.expiration as Date).getTime()).toBeGreaterThanOrEqual(start + 2 * HOUR_MS + 1000)
    expect((await whoAmI(fresh)).Account).toBe(MANAGEMENT)
  })

  it('refuses to move the clock back', () => {
    expect(() => aws.advanceClock(-1)).toThrow('advanceClock(-1): not a duration')
  })
})

describe('generateEstate: organization', () => {
  const options: GenerateOptions = {
    accounts: [MANAGEMENT, ADMIN, MEMBER, PENDING],
    regions: ['us-east-1', 'eu-west-1'],
    instances: 12,
    certificates: 12,
    problemShare: 0.3,
    seed: 2026,
    serverCertificates: 4,
    classicLoadBalancers: 2,
    loadBalancers: 4,
    distributions: 2,
    certificateAuthorities: 2
  }
  const organized = { suspended: 2, closed: 1, missingMemberRole: 1 }

  it('leaves an estate without the option as it was before the option existed', () => {
    const json = JSON.stringify(generateEstate(options))
    expect(JSON.stringify(generateEstate({ ...options, organization: undefined }))).toBe(json)
    expect(json).not.toContain('organization')
    expect(json).not.toContain('roleTrust')
    // sha256 of what the generator makes of `options`: pinned before `organization` existed
    // (commit f3c9ae0), re-pinned only by a deliberate change of the generator (ACME
    // certificates became 45-day ones without planted problems).
    expect(createHash('sha256').update(json).digest('hex')).toBe(
      'dead3ad207ab9abbd32c47fc43aa5e63bd4c12b9652e9e8a8663b815dd098d73'
    )
  })

  it('plants the same resources with the option, adding only roles and the organization', () => {
    const plain = generateEstate(options)
    const { estate: withOrg, planted } = generateEstate({ ...options, organization: organized })
    expect(planted).toEqual(plain.planted)
    const strip = (e: Estate) =>
      Object.fromEntries(
        Object.entries(e.accounts).map(([id, a]) => {
          const { roles: _roles, roleTrust: _trust, ...rest } = a
          return [id, rest]
        })
      )
    expect(strip(withOrg)).toEqual(strip(plain.estate))
    expect(Object.keys(withOrg).sort()).toEqual(
      [...Object.keys(plain.estate), 'organization'].sort()
    )
  })

  it('says what it made', () => {
    expect(generateEstate({ ...options, organization: organized }).organization).toEqual({
      managementAccount: MANAGEMENT,
      hubRoleArn: HUB_ROLE,
      memberRoleName: 'aws-cert-watch',
      reachable: [MANAGEMENT, ADMIN, MEMBER],
      missingMemberRole: [PENDING],
      suspended: ['900000000000', '900000000001'],
      closed: ['900000000002']
    })
    expect(
      generateEstate({
        ...options,
        organization: { memberRoleName: 'scanner', hubRoleName: 'hub' }
      }).organization
    ).toMatchObject({
      hubRoleArn: `arn:aws:iam::${MANAGEMENT}:role/hub`,
      memberRoleName: 'scanner',
      reachable: [MANAGEMENT, ADMIN, MEMBER, PENDING],
      missingMemberRole: [],
      suspended: [],
      closed: []
    })
  })

  it('refuses more accounts without the member role than there are members', () => {
    expect(() => generateEstate({ ...options, organization: { missingMemberRole: 4 } })).toThrow(
      'organization.missingMemberRole 4: only 3 accounts besides the management account'
    )
  })

  it('serves what GeneratedOrganization says', async () => {
    const generated = generateEstate({ ...options, organization: organized })
    const made = generated.organization as NonNullable<typeof generated.organization>
    const aws = await startAwsEmulator({ estate: generated.estate, now: NOW })
    try {
      const hub = await webIdentitySession(aws, made.hubRoleArn)
      const accounts = flat(await listAccountPages(aws, hub))
      const state = Object.fromEntries(accounts.map((a) => [a.Id, a.State]))
      expect(state).toEqual({
        ...Object.fromEntries(
          [...made.reachable, ...made.missingMemberRole].map((id) => [id, 'ACTIVE'])
        ),
        ...Object.fromEntries(made.suspended.map((id) => [id, 'SUSPENDED'])),
        ...Object.fromEntries(made.closed.map((id) => [id, 'CLOSED']))
      })
      const role = (account: string) => `arn:aws:iam::${account}:role/${made.memberRoleName}`
      for (const account of made.reachable) {
        const session = await assumeRole(aws, role(account), hub)
        expect((await callerIdentity(aws, session)).Account).toBe(account)
        // The member role trusts only the hub role.
        await expect(assumeRole(aws, role(account))).rejects.toMatchObject({
          name: 'AccessDenied'
        })
      }
      for (const account of [...made.missingMemberRole, ...made.suspended, ...made.closed]) {
        await expect(assumeRole(aws, role(account), hub)).rejects.toMatchObject({
          name: 'AccessDenied',
          message: expect.stringContaining(`on resource: ${role(account)}`)
        })
      }
      // AWS's default role is there where the member role is not.
      const fallback = await assumeRole(
        aws,
        `arn:aws:iam::${PENDING}:role/OrganizationAccountAccessRole`,
        hub
      )
      expect(fallback.accessKeyId).toMatch(/^ASIA/)
    } finally {
      await aws.close()
    }
  })
})

describe('estate checks on who reaches which account', () => {
  const account = { regions: { 'us-east-1': {} } }
  it.each<[string, Estate, string]>([
    [
      'a misspelt account state',
      variant({ members: { [CLOSED]: { state: 'CLOSSED' as 'CLOSED' } } }),
      `organization.members.${CLOSED}.state "CLOSSED": one of ACTIVE, SUSPENDED, PENDING_ACTIVATION, PENDING_CLOSURE, CLOSED`
    ],
    [
      'a management account that is not in the estate',
      variant({ managementAccount: '11111111111' }),
      'organization.managementAccount "11111111111" is not an account of the estate'
    ],
    [
      'a trusted principal that is no ARN',
      {
        accounts: {
          [MANAGEMENT]: {
            ...account,
            roleTrust: { 'aws-cert-watch': [`arn:aws:iam:${MANAGEMENT}:role/aws-cert-watch-hub`] }
          }
        }
      },
      `accounts.${MANAGEMENT}.roleTrust.aws-cert-watch: "arn:aws:iam:${MANAGEMENT}:role/aws-cert-watch-hub" is neither a 12-digit account id nor an IAM or STS principal ARN`
    ],
    [
      'trust for a role the account lacks',
      {
        accounts: {
          [MANAGEMENT]: {
            ...account,
            roles: ['aws-cert-watch'],
            roleTrust: { 'aws-certwatch': [] }
          }
        }
      },
      `accounts.${MANAGEMENT}.roleTrust names role "aws-certwatch", which accounts.${MANAGEMENT}.roles lacks`
    ],
    [
      'an organization field without an organization',
      { accounts: { [MANAGEMENT]: { ...account, state: 'SUSPENDED' } } },
      `accounts.${MANAGEMENT}: "state" and "email" are organization fields; there is no "organization"`
    ],
    [
      'a delegated administrator outside the organization',
      variant({ delegatedAdministrators: ['555555555555'] }),
      'organization.delegatedAdministrators: 555555555555 is not in the organization'
    ],
    [
      'a bad address',
      variant({ members: { [CLOSED]: { email: 'closed.example.com' } } }),
      `organization.members.${CLOSED}.email "closed.example.com": not an email address of 6 to 64 characters`
    ],
    [
      'an empty page that is no page number',
      variant({ emptyPages: [1.5] }),
      'organization.emptyPages: 1.5 is not a page number (0, 1, ...)'
    ]
  ])('stops the emulator at start on %s, naming the field', async (_what, bad, message) => {
    await expect(startAwsEmulator({ estate: bad, now: NOW })).rejects.toThrow(message)
  })
})
