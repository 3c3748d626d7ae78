/**
 * A service is a folder and a registry line: a plug-in that only this test knows goes through
 * the whole scan (collect, evaluate, report, every rendering) with no edit anywhere else. Its
 * global variant is read once per account, whatever `regions` says, and reported as `global`.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { parseSettings } from '../../src/config/index.js'
import { assembleFinding } from '../../src/evaluate/findings.js'
import type { Location } from '../../src/model/index.js'
import { renderIssueBody } from '../../src/report/issue/body.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTable } from '../../src/report/table.js'
import { scan } from '../../src/scan.js'
import { SERVICES } from '../../src/services/index.js'
import type { ServicePlugin } from '../../src/services/plugin.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'

const ACCOUNT = '111111111111'
const NOW = new Date('2026-11-23T12:00:00Z')
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1']

interface Gadget {
  id: string
  expiresAt: string
}

interface GadgetInventory extends Location {
  gadgets: Gadget[]
}

/** A plug-in with its own records, reader, checks and labels, and no AWS API at all. */
function gadgets(scope: 'regional' | 'global'): ServicePlugin<GadgetInventory> {
  const reads: string[] = []
  return {
    name: 'gadget',
    label: { short: 'Gadget', resource: 'gadget' },
    scope,
    reads: [],
    iamActions: [],
    reasons: [{ code: 'gadget-expiring', severity: 'warning', meaning: 'a gadget expires' }],
    resourceTypes: { 'gadget-thing': 'gadget thing' },
    read: async (context) => {
      reads.push(context.region)
      return {
        ...context.location,
        gadgets: [{ id: `g-${context.region}`, expiresAt: '2026-12-01T00:00:00.000Z' }]
      }
    },
    summarize: (inventory) => ({
      detail: `${inventory.gadgets.length} gadget(s)`,
      incomplete: [],
      resources: inventory.gadgets.length
    }),
    evaluate: (inventories, context) =>
      inventories.flatMap((inventory) =>
        inventory.gadgets.map((gadget) =>
          assembleFinding(
            {
              service: 'gadget',
              resourceType: 'gadget-thing',
              resourceId: gadget.id,
              resourceArn: `arn:aws:gadget:${inventory.region}:${inventory.account}:thing/${gadget.id}`,
              account: inventory.account,
              region: inventory.region
            },
            [{ code: 'gadget-expiring', severity: 'warning', message: 'The gadget expires soon.' }],
            gadget.expiresAt,
            [{ summary: 'Replace the gadget.', command: `aws gadget replace --id ${gadget.id}` }],
            context.now
          )
        )
      ),
    issueSection: (findings) => `### Gadgets (${findings.length})`,
    // Kept for the assertions below: which regions the engine asked for.
    get readRegions() {
      return reads
    }
  } as ServicePlugin<GadgetInventory> & { readRegions: string[] }
}

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: { [ACCOUNT]: { regions: Object.fromEntries(REGIONS.map((r) => [r, {}])) } }
}

describe('a plug-in registered only here', () => {
  let harness: Harness
  beforeAll(async () => {
    harness = await startHarness(estate, NOW)
  })
  afterAll(() => harness.close())

  const run = async (scope: 'regional' | 'global') => {
    const plugin = gadgets(scope)
    const settings = {
      ...parseSettings((name) => (name === 'regions' ? REGIONS.join(',') : '')),
      services: ['gadget']
    }
    const result = await scan(settings, testScanDeps(NOW, { services: [...SERVICES, plugin] }))
    return { ...result, plugin: plugin as typeof plugin & { readRegions: string[] } }
  }

  it('is read per region, evaluated, counted and rendered like any other service', async () => {
    const { report, plugin } = await run('regional')
    expect(plugin.readRegions.sort()).toEqual([...REGIONS].sort())
    expect(report.coverage.map((row) => [row.region, row.service, row.status, row.detail])).toEqual(
      REGIONS.map((region) => [region, 'gadget', 'ok', '1 gadget(s)'])
    )
    expect(report.findings.map((finding) => finding.id).sort()).toEqual(
      REGIONS.map((region) => `gadget:${ACCOUNT}:${region}:g-${region}`).sort()
    )
    expect(report.totals.resourcesScanned).toEqual({
      ...Object.fromEntries(SERVICES.map((service) => [service.name, 0])),
      gadget: 3
    })
    expect(renderSummary(report, { services: [...SERVICES, plugin] })).toContain(
      'Scanned 3 gadgets in'
    )
    const table = renderTable(report, { services: [...SERVICES, plugin] })
    expect(table).toContain('aws gadget replace --id g-eu-west-1')
    expect(table).toContain('Scanned 3 gadgets in')
    const body = renderIssueBody(report, {
      scopeKey: '',
      acknowledged: new Map(),
      notes: '',
      services: [...SERVICES, plugin]
    })
    expect(body).toContain('(gadget thing)')
    expect(body).toContain('3 Gadget resources scanned')
    expect(body).toContain('### Gadgets (3)')
  })

  it('is read once per account when global, whatever the regions, and reported as global', async () => {
    const { report, plugin } = await run('global')
    expect(plugin.readRegions).toEqual(['global'])
    expect(report.coverage).toEqual([
      { account: ACCOUNT, region: 'global', service: 'gadget', status: 'ok', detail: '1 gadget(s)' }
    ])
    expect(report.findings.map((finding) => finding.region)).toEqual(['global'])
  })
})
