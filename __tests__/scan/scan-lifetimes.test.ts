/**
 * The whole scan on certificates of 2026 (over HTTP, against the emulator): ACME certificates at
 * every stage of their 45-day life, 198-day ACM certificates around their renewal, and imported
 * ones of 90 days and 13 months. Only those that need action are reported, each with the
 * expected reasons and severity.
 */
import type { AcmCertificateSpec, Estate } from '../../emulator/aws/estate.js'
import { parseSettings } from '../../src/config/index.js'
import type { Finding } from '../../src/model/index.js'
import { scan } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'

const NOW = new Date('2026-12-01T09:00:00Z')
const ACCOUNT = '111111111111'
const SERVED = ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/1']

/** A certificate with `left` of `life` days to go. */
function cert(domain: string, life: number, left: number, extra: Partial<AcmCertificateSpec> = {}) {
  return {
    domain,
    notBefore: `${left - life}d`,
    notAfter: `+${left}d`,
    ...extra
  } as AcmCertificateSpec
}

const acme = (domain: string, left: number, extra: Partial<AcmCertificateSpec> = {}) =>
  cert(domain, 45, left, { keyPairOrigin: 'ACME', inUseBy: SERVED, ...extra })
const managed = (domain: string, left: number, extra: Partial<AcmCertificateSpec> = {}) =>
  cert(domain, 198, left, { inUseBy: SERVED, ...extra })
const imported = (domain: string, life: number, left: number) =>
  cert(domain, life, left, { type: 'IMPORTED', inUseBy: SERVED })

const certificates: AcmCertificateSpec[] = [
  // ACME: fresh, mid-life, just before its client is due, due, late, expired.
  acme('acme-44.example.com', 44),
  acme('acme-30.example.com', 30),
  acme('acme-16.example.com', 16),
  acme('acme-14.example.com', 14),
  acme('acme-10.example.com', 10),
  // Renewed: the old one (unused now) lapses next to its successor, which is healthy.
  acme('acme-renewed.example.com', 6, { inUseBy: [] }),
  acme('acme-renewed.example.com', 36),
  // ACM 198-day: before its renewal, while ACM renews, stalled, stalled and critical.
  managed('acm-70.example.com', 70),
  managed('acm-50.example.com', 50),
  managed('acm-40.example.com', 40),
  managed('acm-10.example.com', 10),
  managed('acm-renewed.example.com', 190, { renewal: { status: 'SUCCESS' } }),
  // Imported: a 90-day one outside and inside its 30-day window, a 13-month one at 40 days.
  imported('imported-90-35.example.com', 90, 35),
  imported('imported-90-28.example.com', 90, 28),
  imported('imported-395-40.example.com', 395, 40)
]

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: { [ACCOUNT]: { regions: { 'us-east-1': { acm: { certificates } } } } }
}

describe('scan of 2026 certificates: judged by their own lifetime', () => {
  let harness: Harness
  let findings: Finding[]

  beforeAll(async () => {
    harness = await startHarness(estate, NOW)
    const settings = parseSettings(
      (name) => ({ regions: 'us-east-1', services: 'acm' })[name] ?? ''
    )
    ;({
      report: { findings }
    } = await scan(settings, testScanDeps(NOW)))
  })
  afterAll(() => harness?.close())

  const byName = () =>
    Object.fromEntries(
      findings.map((f) => [
        f.resourceName,
        [f.severity, ...f.reasons.map((r) => `${r.code}:${r.severity}`)].join(' ')
      ])
    )

  it('reports exactly the certificates that need action, with their reasons', () => {
    expect(byName()).toEqual({
      'acme-14.example.com': 'warning acm-expiring:warning acm-renewal-stalled:warning',
      'acme-10.example.com': 'critical acm-expiring:critical acm-renewal-stalled:critical',
      'acm-40.example.com': 'warning acm-expiring:warning acm-renewal-stalled:warning',
      'acm-10.example.com': 'critical acm-expiring:critical acm-renewal-stalled:critical',
      'imported-90-28.example.com': 'warning acm-expiring:warning acm-imported:warning',
      'imported-395-40.example.com': 'warning acm-expiring:warning acm-imported:warning'
    })
  })

  it('lists ACME certificates, which ListCertificates leaves out unless asked for', () => {
    // The emulator, like ACM, omits them without CertificateKeyPairOrigins naming ACME.
    expect(findings.filter((f) => f.resourceName?.startsWith('acme-'))).toHaveLength(2)
  })
})
