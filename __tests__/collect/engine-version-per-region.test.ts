/**
 * Each region looks up its own engine versions: a refusal in one region shows on that region's
 * row and only there, whichever region asked first, and never spares or taints another.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import { collect, rdsOf } from './collect-helpers.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const ACCOUNT = '111111111111'
const instances = [{ id: 'old', engine: 'mysql', engineVersion: '5.7.44', ca: 'rds-ca-2019' }]
const estate: Estate = {
  defaultAccount: ACCOUNT,
  engineVersions: [
    { engine: 'mysql', version: '5.7.44', supportsCertificateRotationWithoutRestart: false }
  ],
  accounts: {
    [ACCOUNT]: {
      regions: { 'us-east-1': { rds: { instances } }, 'eu-west-1': { rds: { instances } } }
    }
  }
}

describe('engine-version look-ups per region', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(estate, new Date(), {
      faults: [
        // eu-west-1 asks first and is refused late; us-east-1 asks while that call is open.
        {
          region: 'eu-west-1',
          operation: 'DescribeDBEngineVersions',
          error: 'AccessDenied',
          delayMs: 400
        },
        { region: 'us-east-1', operation: 'DescribeDBInstances', delayMs: 150 }
      ]
    })
  })
  afterAll(() => h.close())

  it("does not take another region's refusal for its own", async () => {
    const inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: ['us-east-1', 'eu-west-1'],
      services: [rdsPlugin({ needsEngineVersion: () => true })]
    })
    const status = Object.fromEntries(inventory.coverage.map((row) => [row.region, row.status]))
    expect(status).toEqual({ 'us-east-1': 'ok', 'eu-west-1': 'failed' })
    const east = rdsOf(inventory).find((rds) => rds.region === 'us-east-1')
    expect(east?.engineVersions).toEqual([
      expect.objectContaining({ engine: 'mysql', engineVersion: '5.7.44' })
    ])
    // One call per region for the one engine version, each region's own.
    expect(callCount(h.emu, 'DescribeDBEngineVersions', { region: 'eu-west-1' })).toBe(1)
    expect(callCount(h.emu, 'DescribeDBEngineVersions', { region: 'us-east-1' })).toBe(1)
  })
})
