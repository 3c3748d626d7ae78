import type { Estate } from '../../emulator/aws/estate.js'
import { acmPlugin } from '../../src/services/acm/index.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import { acmOf, collect, rdsOf } from './collect-helpers.js'
import type { Inventory } from '../../src/model/index.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const ACCOUNT = '111111111111'

const estate: Estate = {
  defaultAccount: ACCOUNT,
  engineVersions: [
    { engine: 'mysql', version: '5.7.44', supportsCertificateRotationWithoutRestart: false }
  ],
  accounts: {
    [ACCOUNT]: {
      regions: {
        'us-east-1': {
          rds: {
            instances: [
              { id: 'old', engine: 'mysql', engineVersion: '5.7.44', ca: 'rds-ca-2019' },
              { id: 'new', engine: 'mysql', engineVersion: '8.0.35' }
            ]
          },
          acm: {
            certificates: [
              { domain: 'a.example.com', type: 'IMPORTED' },
              { domain: 'b.example.com', type: 'IMPORTED' },
              { domain: 'c.example.com' }
            ]
          }
        }
      }
    }
  }
}

describe('partial failures inside one scan', () => {
  let h: Harness
  let logs: string[]

  const scan = (describeConcurrency?: number): Promise<Inventory> =>
    collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: ['us-east-1'],
      services: [
        rdsPlugin({ needsEngineVersion: (i) => i.caIdentifier === 'rds-ca-2019' }),
        acmPlugin({
          needsDescribe: (c) => c.type === 'IMPORTED',
          ...(describeConcurrency === undefined ? {} : { describeConcurrency })
        })
      ],
      log: (msg) => logs.push(msg)
    })

  beforeAll(async () => {
    h = await startHarness(estate, new Date(), { quotas: { ListCertificates: 0 } })
  })

  beforeEach(() => {
    logs = []
    h.emu.clearCalls()
  })

  afterAll(async () => {
    await h.close()
  })

  it('keeps the instances when the engine-version lookup is denied, and says so', async () => {
    h.emu.setKnobs({ faults: [{ operation: 'DescribeDBEngineVersions', error: 'AccessDenied' }] })
    const inventory = await scan()

    expect(inventory.coverage.map((r) => r.status)).toEqual(['failed', 'ok'])
    expect(inventory.coverage[0]?.detail).toMatch(
      /^DescribeDBEngineVersions \(mysql 5\.7\.44\): AccessDenied \(HTTP 403\).*\(read anyway: 2 DB instances/
    )
    expect(rdsOf(inventory)[0]?.instances).toHaveLength(2)
    expect(rdsOf(inventory)[0]?.engineVersions).toEqual([])
    expect(logs).toContainEqual(
      expect.stringMatching(
        /^rds 111111111111 us-east-1: DescribeDBEngineVersions for mysql 5\.7\.44 failed: AccessDenied/
      )
    )
  })

  it('keeps the instances when the CA list is denied: the row names the call whose checks are missing', async () => {
    h.emu.setKnobs({ faults: [{ operation: 'DescribeCertificates', error: 'AccessDenied' }] })
    const inventory = await scan()

    expect(inventory.coverage.map((r) => r.status)).toEqual(['failed', 'ok'])
    expect(inventory.coverage[0]?.detail).toMatch(
      /^DescribeCertificates: AccessDenied \(HTTP 403\)/
    )
    expect(rdsOf(inventory)[0]?.instances).toHaveLength(2)
    expect(rdsOf(inventory)[0]?.cas).toEqual([])
    expect(rdsOf(inventory)[0]?.incomplete).toEqual([
      expect.stringMatching(/^DescribeCertificates: /)
    ])
  })

  it('fails the RDS scan, with no records, when the instances themselves cannot be listed', async () => {
    h.emu.setKnobs({ faults: [{ operation: 'DescribeDBInstances', error: 'AccessDenied' }] })
    const inventory = await scan()

    expect(inventory.coverage.map((r) => r.status)).toEqual(['failed', 'ok'])
    expect(inventory.coverage[0]?.detail).toMatch(/^AccessDenied \(HTTP 403\)/)
    expect(rdsOf(inventory)).toEqual([])
  })

  it('asks again in a later scan once the lookup works (failures are not cached)', async () => {
    h.emu.setKnobs({ faults: [] })
    const inventory = await scan()
    expect(rdsOf(inventory)[0]?.engineVersions).toEqual([
      expect.objectContaining({ engine: 'mysql', engineVersion: '5.7.44' })
    ])
    expect(callCount(h.emu, 'DescribeDBEngineVersions')).toBe(1)
  })

  it('drops a certificate deleted between the list and its description', async () => {
    h.emu.setKnobs({
      faults: [{ operation: 'DescribeCertificate', error: 'ResourceNotFoundException', rate: 0.5 }]
    })
    const inventory = await scan()

    expect(inventory.coverage.map((r) => r.status)).toEqual(['ok', 'ok'])
    const certificates = acmOf(inventory)[0]?.certificates ?? []
    expect(certificates).toHaveLength(2)
    expect(certificates.filter((c) => c.type === 'IMPORTED')).toEqual([
      expect.objectContaining({ described: true })
    ])
    expect(certificates.find((c) => c.domainName === 'c.example.com')?.described).toBe(false)
  })

  it('keeps the listed certificates when DescribeCertificate is denied, and asks only once', async () => {
    h.emu.setKnobs({ faults: [{ operation: 'DescribeCertificate', error: 'AccessDenied' }] })
    const inventory = await scan(1)

    expect(inventory.coverage).toEqual([
      expect.objectContaining({ service: 'rds', status: 'ok' }),
      {
        account: ACCOUNT,
        region: 'us-east-1',
        service: 'acm',
        status: 'failed',
        detail: expect.stringMatching(
          /^DescribeCertificate: AccessDeniedException \(HTTP 400\): .* \(2 of 2 certificates not described\) \(read anyway: 3 certificates \(0 described\); the checks needing the failed calls are missing\)$/
        )
      }
    ])
    // The summaries stand: expiry, imported and ineligible are judged from them.
    expect(
      acmOf(inventory)[0]?.certificates.map((c) => [c.domainName, c.type, c.described])
    ).toEqual([
      ['a.example.com', 'IMPORTED', false],
      ['b.example.com', 'IMPORTED', false],
      ['c.example.com', 'AMAZON_ISSUED', false]
    ])
    // One refusal answers for every certificate: the same role is refused on each ARN.
    expect(callCount(h.emu, 'DescribeCertificate')).toBe(1)
  })

  it('keeps the certificates described before a describe failed that is not a refusal', async () => {
    h.emu.setKnobs({
      faults: [{ operation: 'DescribeCertificate', error: 'InvalidArnException', times: 1 }]
    })
    const inventory = await scan(1)
    const certificates = acmOf(inventory)[0]?.certificates ?? []
    expect(certificates.filter((c) => c.described)).toHaveLength(1)
    expect(acmOf(inventory)[0]?.incomplete).toEqual([
      expect.stringMatching(
        /^DescribeCertificate: InvalidArnException \(HTTP 400\).* \(1 of 2 certificates not described\)$/
      )
    ])
  })
})
