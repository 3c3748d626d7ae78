/**
 * acm-validation-record-missing end to end: the scan reads ACM from the emulator over HTTP and
 * asks a local DNS server (Node's real resolver, on 127.0.0.1) for the validation CNAMEs of the
 * certificates whose renewal is near. A present record raises nothing, a missing or wrong one is
 * a finding with the record to re-create, a timeout is a coverage note and never a finding, and
 * DNS is asked exactly once per certificate inside the horizon.
 */
import { startDnsServer, type DnsServer } from '../../emulator/dns/index.js'
import type { AcmCertificateSpec, Estate } from '../../emulator/aws/estate.js'
import { validationRecords } from '../../emulator/aws/validation-dns.js'
import { buildWorld } from '../../emulator/aws/world.js'
import { createDnsResolver } from '../../src/collect/dns-resolver.js'
import { parseSettings } from '../../src/config/index.js'
import type { Report } from '../../src/model/index.js'
import { scan } from '../../src/scan.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-12-01T10:00:00Z')
const ACCOUNT = '111111111111'
const REGION = 'us-east-1'
const SERVED = ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/web/1']

const cert = (domain: string, left: number, extra: Partial<AcmCertificateSpec> = {}) =>
  ({ domain, notAfter: `+${left}d`, inUseBy: SERVED, ...extra }) as AcmCertificateSpec

const certificates: AcmCertificateSpec[] = [
  cert('present.example.com', 50),
  cert('missing.example.com', 50, { validationRecord: 'missing' }),
  cert('wrong.example.com', 70, { validationRecord: 'wrong' }),
  cert('silent.example.com', 55),
  // Outside the horizon (renewal at 60 days, checked 14 days before that): never asked.
  cert('far.example.com', 150, { validationRecord: 'missing' }),
  // Not DNS-validated, or nobody renews it: nothing to ask.
  cert('email.example.com', 50, { validationMethod: 'EMAIL', validationRecord: 'missing' }),
  cert('unused.example.com', 50, { inUseBy: [], validationRecord: 'missing' })
]

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: { [ACCOUNT]: { regions: { [REGION]: { acm: { certificates } } } } }
}

/** The validation CNAME's name of a certificate of the estate, as the emulator derives it. */
function recordName(domain: string): string {
  const region = buildWorld(estate, NOW).accounts.get(ACCOUNT)?.regions.get(REGION)
  const found = region?.certificates.find((c) => c.domain === domain)
  const name = found?.domainValidations?.[0]?.record?.name
  if (name === undefined) throw new Error(`no validation record for ${domain}`)
  return name
}

describe('DNS validation records of certificates about to renew', () => {
  let harness: Harness
  let dns: DnsServer
  let report: Report

  beforeAll(async () => {
    harness = await startHarness(estate, NOW)
    const silent = recordName('silent.example.com').replace(/\.$/, '')
    dns = await startDnsServer({
      records: validationRecords(buildWorld(estate, NOW)),
      silent: [silent]
    })
    const settings = parseSettings(
      (name) => ({ regions: REGION, services: 'acm', 'dns-servers': dns.address })[name] ?? ''
    )
    ;({ report } = await scan(
      settings,
      testScanDeps(NOW, {
        dns: createDnsResolver({ servers: settings.dnsServers, timeoutMs: 300, tries: 1 })
      })
    ))
  })
  afterAll(async () => {
    await dns?.close()
    await harness?.close()
  })

  const reasonsOf = (domain: string) =>
    report.findings
      .find((f) => f.resourceName === domain)
      ?.reasons.map((r) => `${r.code}:${r.severity}`)

  it('writes a report the schema accepts', () => {
    expectValidReport(report)
  })

  it('reports the missing and the wrong record, and nothing else', () => {
    expect(report.findings.map((f) => f.resourceName).sort()).toEqual([
      'missing.example.com',
      'wrong.example.com'
    ])
    // The renewal of a 50-day one has started: critical; at 70 days it starts soon: warning.
    expect(reasonsOf('missing.example.com')).toEqual(['acm-validation-record-missing:critical'])
    expect(reasonsOf('wrong.example.com')).toEqual(['acm-validation-record-missing:warning'])
  })

  it('names the record to re-create, with a Route 53 command', () => {
    const finding = report.findings.find((f) => f.resourceName === 'missing.example.com')
    const name = recordName('missing.example.com')
    expect(finding?.reasons[0]?.message).toBe(
      `The DNS validation record for missing.example.com is missing (NXDOMAIN for ${name}): ACM's managed renewal has started and needs it to resolve in public DNS.`
    )
    const step = finding?.remediation[0]
    expect(step?.summary).toContain(`${name} CNAME _`)
    expect(step?.command).toMatch(
      /^aws route53 change-resource-record-sets --hosted-zone-id HOSTED_ZONE_ID --change-batch '\{"Comment":"ACM DNS validation for missing\.example\.com","Changes":\[\{"Action":"UPSERT","ResourceRecordSet":\{"Name":"_[0-9a-f]+\.missing\.example\.com\.","Type":"CNAME","TTL":300,"ResourceRecords":\[\{"Value":"_[0-9a-f]+\.[0-9a-f]+\.acm-validations\.aws\."\}\]\}\}\]\}'$/
    )
    const wrong = report.findings.find((f) => f.resourceName === 'wrong.example.com')
    expect(wrong?.reasons[0]?.message).toMatch(/points elsewhere \(.* CNAME _stale.*, not _/)
  })

  it('says on the coverage row which records DNS did not answer, and the row stays ok', () => {
    const [row] = report.coverage
    expect(row?.status).toBe('ok')
    expect(row?.detail).toMatch(
      new RegExp(
        `; DNS: 1 validation record not checked \\(no answer within 300 ms from ${dns.address.replace(/\./g, '\\.')}.*; servers: ${dns.address.replace(/\./g, '\\.')}\\)$`
      )
    )
    expect(reasonsOf('silent.example.com')).toBeUndefined()
  })

  it('asks DNS once per certificate inside the horizon', () => {
    const asked = dns.queries.map((q) => q.name.toLowerCase()).sort()
    expect(asked).toEqual(
      ['present', 'missing', 'wrong', 'silent']
        .map((label) => recordName(`${label}.example.com`).replace(/\.$/, '').toLowerCase())
        .sort()
    )
  })
})
