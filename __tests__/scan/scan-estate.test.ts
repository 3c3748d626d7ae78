/**
 * The whole engine (credentials -> collect -> evaluate -> report) against the emulator over
 * HTTP, on a generated estate whose planted problems are the oracle: every planted problem is
 * found with its reason, nothing else is reported, the region that answers AccessDenied is a
 * failed coverage row, and DescribeCertificate was called exactly for the certificates whose
 * summary needs it.
 */
import { generateEstate, type PlantedProblem } from '../../emulator/aws/index.js'
import { checkCompleteness, foundProblem } from '../../scripts/bench/completeness.js'
import { parseSettings } from '../../src/config/index.js'
import { acmNeedsDescribe } from '../../src/services/acm/rules.js'
import { acmOf } from '../collect/collect-helpers.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1']
const DENIED_REGION = 'eu-west-1'
const THRESHOLDS = { warningDays: 45, criticalDays: 14 }

/** RDS findings are keyed by instance id, ACM ones by ARN, as the generator plants them. */
function key(service: string, region: string, resource: string): string {
  return `${service}|${region}|${resource}`
}

describe('scan of a generated estate (120 instances, 1,100 certificates, 3 regions)', () => {
  let harness: Harness
  let result: ScanResult
  let planted: PlantedProblem[]

  beforeAll(async () => {
    const generated = generateEstate({
      regions: REGIONS,
      instances: 120,
      certificates: 1100,
      problemShare: 0.08,
      seed: 20261123
    })
    planted = generated.planted
    harness = await startHarness(generated.estate, NOW, {
      // Below AWS's published quotas (other tools spend the account's share), so that the
      // pacer meets throttling and the retries are exercised.
      quotas: { ListCertificates: 0.5, DescribeCertificate: 3, DescribeDBInstances: 5 },
      faults: [{ region: DENIED_REGION, error: 'AccessDenied' }]
    })
    const settings = parseSettings((name) =>
      name === 'regions' ? REGIONS.join(',') : name === 'services' ? 'rds,acm' : ''
    )
    result = await scan(settings, testScanDeps(NOW))
  }, 120_000)

  afterAll(async () => {
    await harness?.close()
  })

  it('writes a report the schema accepts', () => {
    expectValidReport(result.report)
  })

  it('reports the AccessDenied region as failed coverage and completes the others', () => {
    const rows = result.report.coverage
    expect(rows).toHaveLength(REGIONS.length * 2)
    for (const row of rows) {
      if (row.region === DENIED_REGION) {
        expect(row.status).toBe('failed')
        expect(row.detail).toMatch(/^AccessDenied/)
      } else {
        expect(row.status).toBe('ok')
      }
    }
  })

  it('rides out throttling: throttled calls were retried until every page was read', () => {
    const throttled = harness.emu.calls.filter((c) => c.errorCode?.startsWith('Throttling'))
    expect(throttled.length).toBeGreaterThan(0)
    const listPages = harness.emu.calls.filter(
      (c) => c.operation === 'ListCertificates' && c.status === 200 && c.region !== DENIED_REGION
    )
    // 1,100 certificates over 3 regions: 367 / 367 / 366, one page of up to 1,000 each.
    expect(listPages).toHaveLength(2)
  })

  it('finds every planted problem outside the failed region, each with its reason', () => {
    const reachable = planted.filter((p) => p.region !== DENIED_REGION)
    expect(reachable.length).toBeGreaterThan(50)
    const { missing } = checkCompleteness(reachable, result.report.findings.map(foundProblem))
    expect(missing).toEqual([])
  })

  it('reports nothing that was not planted, and nothing from the failed region', () => {
    const plantedKeys = new Set(planted.map((p) => key(p.service, p.region, p.resourceId)))
    const unexpected = result.report.findings.filter(
      (f) =>
        !plantedKeys.has(
          key(f.service, f.region, f.service === 'acm' ? f.resourceArn : f.resourceId)
        )
    )
    expect(unexpected.map((f) => f.id)).toEqual([])
    expect(result.report.findings.some((f) => f.region === DENIED_REGION)).toBe(false)
  })

  it('calls DescribeCertificate exactly for the certificates whose summary needs it', () => {
    for (const region of REGIONS.filter((r) => r !== DENIED_REGION)) {
      const certificates = acmOf(result.inventory).find(
        (inv) => inv.region === region
      )!.certificates
      const flagged = certificates.filter((c) => acmNeedsDescribe(c, NOW, THRESHOLDS))
      expect(
        certificates
          .filter((c) => c.described)
          .map((c) => c.arn)
          .sort()
      ).toEqual(flagged.map((c) => c.arn).sort())
      const describes = harness.emu.calls.filter(
        (c) => c.operation === 'DescribeCertificate' && c.region === region && c.status === 200
      )
      expect(describes).toHaveLength(flagged.length)
      expect(flagged.length).toBeLessThan(certificates.length / 4)
    }
  })

  it('lists every key type and origin: all 1,100 certificates are counted', () => {
    const reachable = acmOf(result.inventory).reduce((n, inv) => n + inv.certificates.length, 0)
    const perRegion = Math.round(1100 / REGIONS.length)
    expect(Math.abs(reachable - perRegion * 2)).toBeLessThanOrEqual(2)
    expect(result.report.totals.resourcesScanned.acm).toBe(reachable)
  })
})
