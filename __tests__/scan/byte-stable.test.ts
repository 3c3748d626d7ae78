/**
 * Same inventory and clock, same bytes: the scan is run several times against one estate
 * while every answer is held back a random while (so that concurrent calls, supporting RDS
 * calls that fail, engine-version lookups and whole scans finish in a different order each
 * time), and every rendering (JSON report, job summary, annotations, terminal table, issue
 * body, scan log) must come out byte-identical.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { generateEstate, prng } from '../../emulator/aws/index.js'
import { parseSettings } from '../../src/config/index.js'
import { selectAnnotations } from '../../src/report/annotations.js'
import { renderIssueBody } from '../../src/report/issue/body.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTable } from '../../src/report/table.js'
import { scan } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1']

/** The SDK's own HTTP handler, with each answer delivered after a random delay. */
function shuffledHandler(random: () => number) {
  const inner = new NodeHttpHandler()
  return {
    handle: async (...args: Parameters<NodeHttpHandler['handle']>) => {
      const answer = await inner.handle(...args)
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 25)))
      return answer
    },
    destroy: () => inner.destroy(),
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({})
  }
}

describe('renderings under shuffled completion order', () => {
  let harness: Harness

  beforeAll(async () => {
    const { estate } = generateEstate({
      regions: REGIONS,
      instances: 40,
      certificates: 60,
      problemShare: 0.3,
      seed: 8
    })
    harness = await startHarness(estate, NOW, {
      faults: [
        // Supporting calls that fail, in two regions, so that coverage details list several.
        { region: 'eu-west-1', operation: 'DescribeCertificates', error: 'AccessDenied' },
        {
          region: 'eu-west-1',
          operation: 'DescribePendingMaintenanceActions',
          error: 'AccessDenied'
        },
        {
          region: 'eu-west-1',
          operation: 'DescribeDBClusters',
          error: 'InternalFailure',
          status: 400
        },
        { region: 'ap-northeast-1', operation: 'DescribeDBEngineVersions', error: 'AccessDenied' },
        { region: 'ap-northeast-1', operation: 'DescribeCertificate', error: 'AccessDenied' }
      ]
    })
  })
  afterAll(() => harness.close())

  async function renderings(seed: number): Promise<string[]> {
    harness.emu.setKnobs({})
    // A generator per run, so that each run has its own order, reproducibly.
    const random = prng(seed)
    const settings = parseSettings((name) =>
      name === 'regions' ? REGIONS.join(',') : name === 'services' ? 'rds,acm' : ''
    )
    const log: string[] = []
    const { report } = await scan(
      settings,
      testScanDeps(NOW, {
        log: (message) => log.push(message),
        collect: {
          clientConfig: () => ({ requestHandler: shuffledHandler(random) })
        }
      })
    )
    expectValidReport(report)
    return [
      JSON.stringify(report),
      renderSummary(report, { runUrl: 'https://github.com/o/r/actions/runs/1' }),
      JSON.stringify(selectAnnotations(report, { reserveErrorSlot: true })),
      renderTable(report),
      renderIssueBody(report, { scopeKey: '', acknowledged: new Map(), notes: '' }),
      // The scan log lines each scan writes, in a stable order of their own.
      [...log].sort().join('\n')
    ]
  }

  it('gives the same bytes in every rendering, whatever order the calls finished in', async () => {
    const first = await renderings(1)
    expect(first[0]).toContain('DescribeCertificates: AccessDenied')
    expect(first[0]).toContain('DescribePendingMaintenanceActions: AccessDenied')
    for (const seed of [2, 3, 4]) {
      const again = await renderings(seed)
      again.forEach((text, index) => expect(text).toBe(first[index]))
    }
  }, 120_000)
})
