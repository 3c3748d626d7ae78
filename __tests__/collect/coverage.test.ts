import type { Estate, RegionSpec } from '../../emulator/aws/estate.js'
import { parseSettings } from '../../src/config/index.js'
import { acmPlugin } from '../../src/services/acm/index.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import { acmOf, collect, rdsOf } from './collect-helpers.js'
import { resolveAccounts, type AccountCredentials } from '../../src/credentials/index.js'
import type { CoverageRow } from '../../src/model/index.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const HOME = '111111111111'
const OTHER = '222222222222'

function regionWith(prefix: string, instances: number, certificates: number): RegionSpec {
  return {
    rds: {
      instances: Array.from({ length: instances }, (_, n) => ({
        id: `${prefix}-db-${n}`,
        engine: n % 2 === 0 ? 'postgres' : 'mysql'
      }))
    },
    acm: {
      certificates: Array.from({ length: certificates }, (_, n) => ({
        domain: `${prefix}-${n}.example.com`,
        ...(n % 2 === 0 ? { type: 'IMPORTED' } : {})
      }))
    }
  }
}

/** Imported certificates described, no engine versions looked up. */
const services = (describeConcurrency?: number) => [
  rdsPlugin({ needsEngineVersion: () => false }),
  acmPlugin({
    needsDescribe: (c) => c.type === 'IMPORTED',
    ...(describeConcurrency === undefined ? {} : { describeConcurrency })
  })
]

function rowsOf(coverage: CoverageRow[]) {
  return coverage.map((r) => [r.account, r.region, r.service, r.status])
}

describe('coverage when parts of the scan fail', () => {
  let h: Harness
  let accounts: AccountCredentials[]

  const estate: Estate = {
    defaultAccount: HOME,
    accounts: {
      [HOME]: {
        regions: {
          'us-east-1': regionWith('home-east', 12, 6),
          'eu-west-1': regionWith('home-eu', 7, 4)
        }
      },
      [OTHER]: {
        roles: ['aws-cert-watch'],
        regions: { 'us-east-1': regionWith('other-east', 3, 2) }
      }
    }
  }

  beforeAll(async () => {
    h = await startHarness(estate, new Date(), {
      quotas: { ListCertificates: 0 },
      faults: [{ service: 'rds', region: 'eu-west-1', account: HOME, error: 'AccessDenied' }]
    })
    // The CLI path: AssumeRole from the default chain (the static key) into both accounts.
    const settings = parseSettings(
      (name) =>
        ({
          regions: 'us-east-1',
          'role-to-assume': `arn:aws:iam::${HOME}:role/reader\narn:aws:iam::${OTHER}:role/aws-cert-watch`
        })[name] ?? ''
    )
    accounts = await resolveAccounts(settings, {
      oidcAvailable: false,
      sleep: async () => undefined,
      random: () => 0,
      log: () => undefined,
      setSecret: () => undefined,
      env: {}
    })
  })

  afterAll(async () => {
    await h.close()
  })

  it('turns an AccessDenied region into a failed row and completes the rest', async () => {
    const logs: string[] = []
    const inventory = await collect({
      accounts,
      regions: ['us-east-1', 'eu-west-1'],
      services: services(),
      log: (msg) => logs.push(msg)
    })

    const denied = inventory.coverage.find(
      (r) => r.account === HOME && r.region === 'eu-west-1' && r.service === 'rds'
    )
    expect(denied).toEqual({
      account: HOME,
      region: 'eu-west-1',
      service: 'rds',
      status: 'failed',
      detail: expect.stringMatching(/^AccessDenied \(HTTP 403\): User is not authorized/)
    })
    // A failed scan contributes no records: nothing unread can look expired or clean.
    expect(rdsOf(inventory).some((r) => r.account === HOME && r.region === 'eu-west-1')).toBe(false)

    const home = (region: string) => ({
      rds: rdsOf(inventory).find((r) => r.account === HOME && r.region === region),
      acm: acmOf(inventory).find((r) => r.account === HOME && r.region === region)
    })
    expect(home('us-east-1').rds?.instances).toHaveLength(12)
    expect(home('us-east-1').acm?.certificates).toHaveLength(6)
    expect(home('eu-west-1').acm?.certificates).toHaveLength(4)
    expect(
      rdsOf(inventory).find((r) => r.account === OTHER && r.region === 'us-east-1')?.instances
    ).toHaveLength(3)

    // OTHER has no eu-west-1 (a default region): its auth error is a failure, not a skip.
    expect(rowsOf(inventory.coverage)).toEqual([
      [HOME, 'us-east-1', 'rds', 'ok'],
      [HOME, 'us-east-1', 'acm', 'ok'],
      [HOME, 'eu-west-1', 'rds', 'failed'],
      [HOME, 'eu-west-1', 'acm', 'ok'],
      [OTHER, 'us-east-1', 'rds', 'ok'],
      [OTHER, 'us-east-1', 'acm', 'ok'],
      [OTHER, 'eu-west-1', 'rds', 'failed'],
      [OTHER, 'eu-west-1', 'acm', 'failed']
    ])
    expect(inventory.coverage[6]?.detail).toMatch(/^InvalidClientTokenId \(HTTP 403\)/)
    expect(inventory.coverage[7]?.detail).toMatch(/^UnrecognizedClientException \(HTTP 400\)/)
    expect(logs).toContain(`rds ${HOME} eu-west-1: failed: ${denied?.detail}`)
  })

  it('reports a role that cannot be assumed as failed rows for its account', async () => {
    const settings = parseSettings(
      (name) =>
        ({
          regions: 'us-east-1',
          'role-to-assume': `arn:aws:iam::${HOME}:role/reader\narn:aws:iam::${OTHER}:role/not-allowed`
        })[name] ?? ''
    )
    const partial = await resolveAccounts(settings, {
      oidcAvailable: false,
      sleep: async () => undefined,
      random: () => 0,
      log: () => undefined,
      setSecret: () => undefined,
      env: {}
    })
    const inventory = await collect({
      accounts: partial,
      regions: ['us-east-1'],
      services: services().slice(0, 1)
    })
    expect(rowsOf(inventory.coverage)).toEqual([
      [HOME, 'us-east-1', 'rds', 'ok'],
      [OTHER, 'us-east-1', 'rds', 'failed']
    ])
    expect(inventory.coverage[1]?.detail).toMatch(
      /^Could not assume arn:aws:iam::222222222222:role\/not-allowed: AccessDenied \(HTTP 403\)/
    )
  })
})

describe('throttling', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(
      {
        defaultAccount: HOME,
        accounts: { [HOME]: { regions: { 'us-east-1': regionWith('busy', 260, 40) } } }
      },
      new Date(),
      // Tight quotas so that paging and describing are throttled repeatedly.
      { quotas: { DescribeDBInstances: 2, DescribeCertificate: 4, ListCertificates: 0 } }
    )
  })

  afterAll(async () => {
    await h.close()
  })

  it('is ridden out by the pacer and the retries: complete results, no failed rows', async () => {
    const inventory = await collect({
      accounts: [staticAccount(HOME)],
      regions: ['us-east-1'],
      services: services(6)
    })
    expect(rowsOf(inventory.coverage)).toEqual([
      [HOME, 'us-east-1', 'rds', 'ok'],
      [HOME, 'us-east-1', 'acm', 'ok']
    ])
    expect(rdsOf(inventory)[0]?.instances).toHaveLength(260)
    expect(acmOf(inventory)[0]?.certificates).toHaveLength(40)
    expect(acmOf(inventory)[0]?.certificates.filter((c) => c.described)).toHaveLength(20)

    const throttled = h.emu.calls.filter((c) => c.errorCode?.startsWith('Throttling'))
    expect(throttled.length).toBeGreaterThan(0)
    expect(callCount(h.emu, 'DescribeCertificate', { status: 200 })).toBe(20)
    expect(callCount(h.emu, 'DescribeDBInstances', { status: 200 })).toBe(3)
  })
})
