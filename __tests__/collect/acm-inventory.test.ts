import type { AcmCertificateSpec, Estate } from '../../emulator/aws/estate.js'
import { ACM_KEY_TYPES } from '../../emulator/aws/index.js'
import type { Inventory } from '../../src/model/index.js'
import { acmPlugin } from '../../src/services/acm/index.js'
import type { AcmCertificateRecord, AcmInventory } from '../../src/services/acm/records.js'
import { acmOf, collect } from './collect-helpers.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const ACCOUNT = '111111111111'

/**
 * 1,050 certificates spread over every key type; every 35th is imported (the flagged ones), a
 * few come from ACME, and a handful carry the states DescribeCertificate has to explain.
 */
const bulk: AcmCertificateSpec[] = Array.from({ length: 1050 }, (_, n) => ({
  domain: `svc-${n}.example.com`,
  keyAlgorithm: ACM_KEY_TYPES[n % ACM_KEY_TYPES.length] as string,
  inUseBy: [`arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/lb-${n}/1`],
  ...(n % 35 === 0 ? { type: 'IMPORTED', issuer: 'Example CA' } : {}),
  ...(n % 100 === 7 ? { keyPairOrigin: 'ACME' } : {})
}))

const special: AcmCertificateSpec[] = [
  {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    domain: 'mail.example.com',
    sans: ['mail.example.com', 'www.mail.example.com'],
    validationMethod: 'EMAIL',
    inUseBy: [`arn:aws:cloudfront::${ACCOUNT}:distribution/E1`],
    notAfter: '+20d',
    renewal: { status: 'PENDING_VALIDATION' }
  },
  {
    id: 'aaaaaaaa-0000-4000-8000-000000000002',
    domain: 'failed.example.com',
    status: 'FAILED',
    failureReason: 'CAA_ERROR'
  }
]

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: {
    [ACCOUNT]: { regions: { 'us-east-1': { acm: { certificates: [...bulk, ...special] } } } }
  }
}

/** The test's stand-in for evaluate's rule. */
function flagged(c: AcmCertificateRecord): boolean {
  return c.type === 'IMPORTED' || c.status !== 'ISSUED' || c.domainName === 'mail.example.com'
}

describe('collect ACM against the emulator', () => {
  let h: Harness
  let inventory: Inventory
  let acm: AcmInventory
  const asked: string[] = []

  beforeAll(async () => {
    // The emulator keeps ACM's published quotas (ListCertificates 1/s, DescribeCertificate 10/s).
    h = await startHarness(estate, new Date())
    inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: ['us-east-1'],
      services: [
        acmPlugin({
          needsDescribe: (c) => {
            asked.push(c.arn)
            return flagged(c)
          }
        })
      ]
    })
    acm = acmOf(inventory)[0] as AcmInventory
  })

  afterAll(async () => {
    await h.close()
  })

  it('lists every certificate, paging past 1,000', () => {
    expect(acm.certificates).toHaveLength(1052)
    expect(new Set(acm.certificates.map((c) => c.arn)).size).toBe(1052)
    expect(callCount(h.emu, 'ListCertificates', { status: 200 })).toBe(2)
    expect(inventory.coverage).toEqual([
      {
        account: ACCOUNT,
        region: 'us-east-1',
        service: 'acm',
        status: 'ok',
        detail: expect.stringMatching(/^1,052 certificates \(\d+ described\)$/)
      }
    ])
  })

  it("is paced at ACM's quotas: no call is throttled, none is sent twice", () => {
    const acmCalls = h.emu.calls.filter((call) => call.service === 'acm')
    expect(acmCalls.filter((call) => call.status !== 200)).toEqual([])
    expect(acmCalls).toHaveLength(2 + acm.certificates.filter(flagged).length)
  })

  it('finds all seven key types and ACME certificates', () => {
    expect(new Set(acm.certificates.map((c) => c.keyAlgorithm))).toEqual(new Set(ACM_KEY_TYPES))
    const acmeDomains = bulk
      .filter((spec) => spec.keyPairOrigin === 'ACME')
      .map((spec) => spec.domain)
    expect(acmeDomains.length).toBeGreaterThan(5)
    const listed = new Set(acm.certificates.map((c) => c.domainName))
    for (const domain of acmeDomains) expect(listed).toContain(domain)
  })

  it('asks the predicate about every summary, before any detail is known', () => {
    expect(asked).toHaveLength(1052)
  })

  it('calls DescribeCertificate only for flagged certificates', () => {
    const described = acm.certificates.filter((c) => c.described)
    const expected = acm.certificates.filter(flagged)
    expect(expected.length).toBeGreaterThan(30)
    expect(expected.length).toBeLessThan(100)
    expect(described.map((c) => c.arn).sort()).toEqual(expected.map((c) => c.arn).sort())
    expect(callCount(h.emu, 'DescribeCertificate', { status: 200 })).toBe(expected.length)
    for (const c of acm.certificates.filter((c) => !c.described)) {
      expect(c).toMatchObject({ inUseBy: [], renewalStatus: null, domainValidations: [] })
    }
  })

  it('maps the summary fields', () => {
    const plain = acm.certificates.find((c) => c.domainName === 'svc-1.example.com')
    expect(plain).toMatchObject({
      account: ACCOUNT,
      region: 'us-east-1',
      type: 'AMAZON_ISSUED',
      status: 'ISSUED',
      inUse: true,
      renewalEligibility: 'ELIGIBLE',
      keyAlgorithm: 'RSA_2048',
      exported: false,
      described: false,
      notAfter: expect.stringMatching(/Z$/),
      subjectAlternativeNames: ['svc-1.example.com']
    })
    expect(plain?.arn).toMatch(/^arn:aws:acm:us-east-1:111111111111:certificate\//)
  })

  it('adds renewal and validation details from DescribeCertificate', () => {
    const mail = acm.certificates.find((c) => c.domainName === 'mail.example.com')
    expect(mail).toMatchObject({
      described: true,
      inUseBy: [`arn:aws:cloudfront::${ACCOUNT}:distribution/E1`],
      renewalStatus: 'PENDING_VALIDATION',
      subjectAlternativeNames: ['mail.example.com', 'www.mail.example.com']
    })
    expect(mail?.domainValidations.map((v) => v.validationMethod)).toContain('EMAIL')
    expect(mail?.domainValidations[0]?.validationEmails.length).toBeGreaterThan(0)

    const failed = acm.certificates.find((c) => c.domainName === 'failed.example.com')
    expect(failed).toMatchObject({ described: true, status: 'FAILED', failureReason: 'CAA_ERROR' })
  })
})
