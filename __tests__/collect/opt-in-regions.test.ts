/**
 * An opt-in region that refuses the credentials is `skipped` only when AWS says the account has
 * not enabled it (account:ListRegions); an enabled one that refuses them (a session token from
 * the global STS endpoint) is a failed row, so that its findings are kept as not re-checked
 * instead of being counted as fixed.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { acmPlugin } from '../../src/services/acm/index.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import { collect, rdsOf } from './collect-helpers.js'
import type { CoverageRow } from '../../src/model/index.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const HOME = '111111111111'
const ENABLED_OPT_IN = 'ap-east-1'
const DISABLED_OPT_IN = 'me-south-1'

const estate: Estate = {
  defaultAccount: HOME,
  accounts: {
    [HOME]: {
      regions: {
        'us-east-1': { rds: { instances: [{ id: 'east-db', engine: 'postgres' }] } },
        [ENABLED_OPT_IN]: { rds: { instances: [{ id: 'hk-db', engine: 'postgres' }] } }
      }
    }
  }
}

describe('opt-in regions', () => {
  let h: Harness
  let logs: string[]

  const collectFrom = (regions: string[]) =>
    collect({
      accounts: [staticAccount(HOME)],
      regions,
      services: [
        rdsPlugin({ needsEngineVersion: () => false }),
        acmPlugin({ needsDescribe: () => false })
      ],
      log: (msg) => logs.push(msg)
    })
  const row = (rows: CoverageRow[], region: string, service: string) =>
    rows.find((r) => r.region === region && r.service === service)

  beforeAll(async () => {
    h = await startHarness(estate, new Date(), { quotas: { ListCertificates: 0 } })
  })
  afterAll(() => h.close())
  beforeEach(() => {
    logs = []
    h.emu.clearCalls()
    h.emu.setKnobs({ faults: [] })
  })

  it('skips a region the account has not enabled, as account:ListRegions says, with one call', async () => {
    const inventory = await collectFrom([DISABLED_OPT_IN])
    const { coverage } = inventory
    expect(coverage).toEqual(
      ['rds', 'acm'].map((service) => ({
        account: HOME,
        region: DISABLED_OPT_IN,
        service,
        status: 'skipped',
        detail: 'opt-in region not enabled for this account (account:ListRegions says DISABLED)'
      }))
    )
    expect(rdsOf(inventory)).toEqual([])
    // Both services' refusals share the account's one region list.
    expect(callCount(h.emu, 'ListRegions')).toBe(1)
  })

  it('fails an enabled region that refuses the credentials, saying why, instead of skipping it', async () => {
    h.emu.setKnobs({ faults: [{ region: ENABLED_OPT_IN, error: 'InvalidClientTokenId' }] })
    const { coverage } = await collectFrom(['us-east-1', ENABLED_OPT_IN])
    expect(row(coverage, 'us-east-1', 'rds')?.status).toBe('ok')
    for (const service of ['rds', 'acm']) {
      expect(row(coverage, ENABLED_OPT_IN, service)).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(
          /^(InvalidClientTokenId|UnrecognizedClientException) \(HTTP \d+\).*; the opt-in region is ENABLED for this account \(account:ListRegions\).*global STS endpoint/
        )
      })
    }
  })

  it('fails, rather than skips, when the region list cannot be read, and says what to allow', async () => {
    h.emu.setKnobs({
      faults: [{ service: 'account', operation: 'ListRegions', error: 'AccessDenied' }]
    })
    const { coverage } = await collectFrom([DISABLED_OPT_IN])
    for (const service of ['rds', 'acm']) {
      expect(row(coverage, DISABLED_OPT_IN, service)).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(
          /whether the opt-in region is enabled for this account is unknown: account:ListRegions failed \(AccessDeniedException \(HTTP 403\).*allow it/
        )
      })
    }
  })

  it('takes the documented OptInRequired as AWS saying so, without asking ListRegions', async () => {
    h.emu.setKnobs({ faults: [{ region: ENABLED_OPT_IN, error: 'OptInRequired' }] })
    const { coverage } = await collectFrom([ENABLED_OPT_IN])
    expect(coverage.map((r) => r.status)).toEqual(['skipped', 'skipped'])
    expect(row(coverage, ENABLED_OPT_IN, 'rds')?.detail).toMatch(
      /^opt-in region not enabled .*OptInRequired/
    )
    expect(callCount(h.emu, 'ListRegions')).toBe(0)
  })

  it('never asks ListRegions about a region enabled by default', async () => {
    h.emu.setKnobs({ faults: [{ region: 'us-east-1', error: 'InvalidClientTokenId' }] })
    const { coverage } = await collectFrom(['us-east-1'])
    expect(coverage.map((r) => r.status)).toEqual(['failed', 'failed'])
    expect(callCount(h.emu, 'ListRegions')).toBe(0)
  })
})
