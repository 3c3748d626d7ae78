/**
 * The whole engine against the emulator on a generated estate with every service: IAM server
 * certificates behind Classic and Application Load Balancers and CloudFront, ACM certificates
 * behind listeners and distributions, private CAs. The planted problems are the oracle: each
 * is found with its reason, nothing else is reported, and each IAM or ACM finding names
 * exactly the endpoints that serve it. IAM and CloudFront are read once per account.
 */
import {
  IAM_PROBLEMS,
  PCA_PROBLEMS,
  generateEstate,
  type PlantedProblem
} from '../../emulator/aws/index.js'
import { checkCompleteness, foundProblem } from '../../scripts/bench/completeness.js'
import { parseSettings } from '../../src/config/index.js'
import type { Consumer, Finding } from '../../src/model/index.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const ACCOUNTS = ['111111111111', '222222222222']
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1']

/** RDS problems are planted by instance id, every other by ARN. */
function key(service: string, account: string, region: string, resource: string): string {
  return `${service}|${account}|${region}|${resource}`
}

function findingKey(f: Finding): string {
  return key(f.service, f.account, f.region, f.service === 'rds' ? f.resourceId : f.resourceArn)
}

/**
 * The load balancer or distribution ARN a consumer belongs to, as the generator names
 * consumers: a listener's ARN names its load balancer's, a Classic listener is `<lb>#<port>`.
 */
function endpointOf(consumer: Consumer): string {
  if (consumer.resourceType === 'classic-load-balancer-listener') {
    return consumer.id.slice(0, consumer.id.lastIndexOf('#'))
  }
  if (consumer.resourceType === 'load-balancer-listener') {
    return consumer.id.replace(':listener/', ':loadbalancer/').replace(/\/[^/]+$/, '')
  }
  return consumer.id
}

describe('scan of a generated estate with load balancers, CloudFront, IAM and private CAs', () => {
  let harness: Harness
  let result: ScanResult
  let planted: PlantedProblem[]

  beforeAll(async () => {
    const generated = generateEstate({
      accounts: ACCOUNTS,
      regions: REGIONS,
      instances: 30,
      certificates: 240,
      serverCertificates: 30,
      classicLoadBalancers: 12,
      loadBalancers: 60,
      distributions: 16,
      certificateAuthorities: 18,
      problemShare: 0.2,
      seed: 20261201
    })
    planted = generated.planted
    harness = await startHarness(generated.estate, NOW)
    const inputs: Record<string, string> = {
      regions: REGIONS.join(','),
      'role-to-assume': ACCOUNTS.map((a) => `arn:aws:iam::${a}:role/aws-cert-watch`).join(',')
    }
    result = await scan(
      parseSettings((name) => inputs[name] ?? ''),
      testScanDeps(NOW)
    )
  }, 120_000)

  afterAll(async () => {
    await harness?.close()
  })

  it('writes a report the schema accepts', () => {
    expectValidReport(result.report)
  })

  it('scans every service everywhere: the regional ones per region, IAM and CloudFront once', () => {
    const rows = result.report.coverage
    expect(rows.filter((row) => row.status !== 'ok')).toEqual([])
    for (const account of ACCOUNTS) {
      const own = rows.filter((row) => row.account === account)
      expect(own.filter((row) => row.region === 'global').map((row) => row.service)).toEqual([
        'iam',
        'cloudfront'
      ])
      expect(own.filter((row) => row.region !== 'global')).toHaveLength(REGIONS.length * 4)
    }
  })

  it('reads IAM and CloudFront exactly once per account, whatever the regions', () => {
    for (const operation of ['ListServerCertificates', 'ListDistributions']) {
      const calls = harness.emu.calls.filter((call) => call.operation === operation)
      expect(calls.map((call) => call.account).sort()).toEqual([...ACCOUNTS].sort())
    }
  })

  it('plants problems of every new kind', () => {
    const kinds = new Set(planted.map((p) => p.problem))
    for (const problem of [...IAM_PROBLEMS, ...PCA_PROBLEMS]) {
      expect(kinds).toContain(problem)
    }
    expect(planted.filter((p) => p.service === 'iam' && p.consumers).length).toBeGreaterThan(2)
  })

  it('finds every planted problem, each with its reason', () => {
    const { missing } = checkCompleteness(planted, result.report.findings.map(foundProblem))
    expect(missing).toEqual([])
  })

  it('reports nothing that was not planted', () => {
    const plantedKeys = new Set(
      planted.map((p) => key(p.service, p.account, p.region, p.resourceId))
    )
    const unexpected = result.report.findings.filter((f) => !plantedKeys.has(findingKey(f)))
    expect(unexpected.map((f) => f.id)).toEqual([])
  })

  it('names exactly the load balancers and distributions that serve each certificate', () => {
    const byKey = new Map(result.report.findings.map((f) => [findingKey(f), f]))
    const served = planted.filter((p) => p.service === 'iam' || p.service === 'acm')
    const wrong = served.flatMap((p) => {
      const finding = byKey.get(key(p.service, p.account, p.region, p.resourceId))
      const named = (finding?.usedBy ?? [])
        .filter((consumer) => consumer.service === 'elb' || consumer.service === 'cloudfront')
        .map(endpointOf)
      const expected = p.consumers ?? []
      const same =
        new Set(named).size === new Set(expected).size && expected.every((e) => named.includes(e))
      return same ? [] : [{ resource: p.resourceId, named, expected }]
    })
    expect(wrong).toEqual([])
    expect(served.filter((p) => (p.consumers ?? []).length > 0).length).toBeGreaterThan(5)
  })

  it('names consumers as people know them: the load balancer and its DNS name, the aliases', () => {
    const names = result.report.findings.flatMap((f) => (f.usedBy ?? []).map((c) => c.name))
    expect(names.some((name) => /^\S+ \(\S+\.elb\.amazonaws\.com\) HTTPS :443/.test(name))).toBe(
      true
    )
    expect(names.some((name) => /^E[A-Z0-9]+ \(.*\.cloudfront\.net\)/.test(name))).toBe(true)
  })
})
