/**
 * The whole scan against the emulator when AWS misbehaves: an endpoint that accepts requests
 * and never answers, credentials that expire mid-scan, a proxy's HTML page, a denied
 * DescribeCertificate. Each time the scan ends within its budget, the rest of the report
 * stands, and the failed part is a coverage row that says what happened in words.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { parseSettings } from '../../src/config/index.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { DEFAULT_BUDGETS, type TimeBudgets } from '../../src/shared/budget.js'
import { callCount, startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'

const ACCOUNT = '111111111111'
const NOW = new Date('2026-11-23T12:00:00Z')

/** Small limits, so that a hang costs a test a second instead of a minute. */
const BUDGETS: TimeBudgets = {
  ...DEFAULT_BUDGETS,
  aws: { connectMs: 500, attemptMs: 400, idleMs: 1500 }
}

const region = (prefix: string) => ({
  rds: { instances: [{ id: `${prefix}-old-db`, engine: 'postgres', ca: 'rds-ca-2019' }] },
  acm: {
    certificates: [
      { domain: `${prefix}-imported.example.com`, type: 'IMPORTED', notAfter: '+10d' },
      { domain: `${prefix}-unused.example.com`, inUse: false, notAfter: '+20d' },
      { domain: `${prefix}-fine.example.com`, notAfter: '+300d' }
    ]
  }
})

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: { [ACCOUNT]: { regions: { 'us-east-1': region('east'), 'eu-west-1': region('eu') } } }
}

describe('scan under AWS faults', () => {
  let h: Harness
  let logs: string[]
  let debug: string[]

  const run = (): Promise<ScanResult> => {
    const settings = parseSettings((name) =>
      name === 'regions' ? 'us-east-1,eu-west-1' : name === 'services' ? 'rds,acm' : ''
    )
    return scan(
      settings,
      testScanDeps(NOW, {
        budgets: BUDGETS,
        log: (message) => logs.push(message),
        debug: (message) => debug.push(message)
      })
    )
  }
  const row = (result: ScanResult, region: string, service: string) =>
    result.report.coverage.find((r) => r.region === region && r.service === service)
  const codesOf = (result: ScanResult, region: string) =>
    result.report.findings
      .filter((f) => f.region === region)
      .flatMap((f) => f.reasons.map((reason) => reason.code))
      .sort()

  beforeAll(async () => {
    h = await startHarness(estate, NOW, { quotas: { ListCertificates: 0 } })
  })
  afterAll(() => h.close())
  beforeEach(() => {
    logs = []
    debug = []
    h.emu.setKnobs({ faults: [] })
    h.emu.clearCalls()
  })

  it('gives up a region whose endpoint never answers, within the idle budget, and keeps the rest', async () => {
    h.emu.setKnobs({ faults: [{ region: 'eu-west-1', service: 'rds', hang: true }] })
    const started = Date.now()
    const result = await run()
    const elapsed = Date.now() - started
    // The idle budget, plus the time the other scans took: far below any job timeout.
    expect(elapsed).toBeLessThan(BUDGETS.aws.idleMs + 5000)
    expect(row(result, 'eu-west-1', 'rds')).toMatchObject({
      status: 'failed',
      // Which of RDS's four lists are mid-attempt when the budget runs out depends on timing:
      // with 400 ms attempts, some (or, on a loaded machine, all) may be between a timed-out
      // attempt and its retry, and then none is named.
      detail: expect.stringMatching(
        /^no answer from AWS( to Describe[A-Za-z]+(, Describe[A-Za-z]+)*)? for 1\.5 s; given up$/
      )
    })
    for (const [region, service] of [
      ['us-east-1', 'rds'],
      ['us-east-1', 'acm'],
      ['eu-west-1', 'acm']
    ] as const) {
      expect(row(result, region, service)?.status).toBe('ok')
    }
    expect(codesOf(result, 'us-east-1')).toContain('rds-ca-retired')
    expect(codesOf(result, 'eu-west-1')).toContain('acm-imported')
  })

  it('retries a scan once with fresh credentials after ExpiredToken', async () => {
    h.emu.setKnobs({
      faults: [
        { region: 'us-east-1', operation: 'ListCertificates', error: 'ExpiredToken', times: 1 }
      ]
    })
    const result = await run()
    expect(result.report.coverage.every((r) => r.status === 'ok')).toBe(true)
    expect(codesOf(result, 'us-east-1')).toContain('acm-imported')
    expect(logs.join('\n')).toMatch(
      /acm 111111111111 us-east-1: ExpiredTokenException \(HTTP 400\).*; retrying once with fresh credentials/
    )
    expect(callCount(h.emu, 'ListCertificates', { region: 'us-east-1' })).toBe(2)
  })

  it("says in words that a proxy's HTML page is not AWS, and puts its first bytes in the debug log", async () => {
    h.emu.setKnobs({
      faults: [
        {
          region: 'eu-west-1',
          operation: 'DescribeCertificates',
          response: {
            status: 502,
            contentType: 'text/html',
            body: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'
          }
        }
      ]
    })
    const result = await run()
    const rds = row(result, 'eu-west-1', 'rds')
    expect(rds?.status).toBe('failed')
    expect(rds?.detail).toMatch(
      /^DescribeCertificates: HTTP 502 from the endpoint, not an AWS error response \(read anyway: 1 DB instance/
    )
    expect(rds?.detail).not.toMatch(/XML|\$response|parse/i)
    expect(debug.join('\n')).toContain('<title>502 Bad Gateway</title>')
  })

  it('keeps what the certificate list proves when DescribeCertificate is denied', async () => {
    h.emu.setKnobs({ faults: [{ operation: 'DescribeCertificate', error: 'AccessDenied' }] })
    const result = await run()
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(row(result, region, 'acm')).toMatchObject({
        status: 'failed',
        detail: expect.stringMatching(/^DescribeCertificate: AccessDeniedException/)
      })
      // Expiry and imported come from ListCertificates alone.
      expect(codesOf(result, region)).toEqual(
        expect.arrayContaining(['acm-expiring', 'acm-imported', 'rds-ca-retired'])
      )
    }
  })
})
