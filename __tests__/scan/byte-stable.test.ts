/**
 * Same inventory and clock, same bytes: the scan is run several times against one estate
 * while every answer is held back a random while (so that concurrent calls, supporting RDS
 * calls that fail, engine-version lookups and whole scans finish in a different order each
 * time), and every rendering (JSON report, job summary, annotations, terminal table, issue
 * body, scan log) must come out byte-identical.
 */
import type { ACMClient } from '@aws-sdk/client-acm'
import type { RDSClient } from '@aws-sdk/client-rds'
import { generateEstate, prng } from '../../emulator/aws/index.js'
import { parseSettings } from '../../src/config/index.js'
import { makeAcmClient, makeRdsClient } from '../../src/collect/index.js'
import { selectAnnotations } from '../../src/report/annotations.js'
import { renderIssueBody } from '../../src/report/issue-body.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTable } from '../../src/report/table.js'
import { scan } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1']

/** The client's own HTTP handler, with each answer delivered after a random delay. */
function shuffled<T extends RDSClient | ACMClient>(client: T, random: () => number): T {
  const handler = client.config.requestHandler as {
    handle: (...args: unknown[]) => Promise<unknown>
  }
  const handle = handler.handle.bind(handler)
  handler.handle = async (...args) => {
    const answer = await handle(...args)
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 25)))
    return answer
  }
  return client
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
          makeRdsClient: (account, region, budget) =>
            shuffled(makeRdsClient(account, region, budget), random),
          makeAcmClient: (account, region, budget) =>
            shuffled(makeAcmClient(account, region, budget), random)
        }
      })
    )
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
