/**
 * ACM certificates judged by their own lifetime and renewer (src/services/acm/renewal-schedule.ts):
 * ACME certificates through their life, 198-day ACM ones around their renewal, the client
 * authentication EKU, exported certificates, and renewals that came as a new certificate.
 */
import { evaluate } from '../../src/evaluate/index.js'
import { acmFinding, acmReasons } from './acm-helpers.js'
import { acmInventory, certificate, inDays, inventory, options } from './factories.js'

/** A 45-day ACME certificate with `left` days to go. */
function acme(left: number, overrides = {}) {
  return {
    keyPairOrigin: 'ACME',
    renewalEligibility: 'INELIGIBLE',
    notBefore: inDays(left - 45),
    notAfter: inDays(left),
    ...overrides
  }
}

/** A 198-day ACM certificate, eligible and in use, with `left` days to go. */
function managed(left: number, overrides = {}) {
  return { notBefore: inDays(left - 198), notAfter: inDays(left), ...overrides }
}

describe('ACME certificates', () => {
  it.each([44, 30, 16])('raise nothing with %i of 45 days left', (left) => {
    expect(acmFinding(acme(left))).toBeUndefined()
  })

  it('are a warning once the client is due (15 days) and critical at 10, in its own words', () => {
    expect(acmReasons(acme(14))).toEqual({
      'acm-expiring': 'warning',
      'acm-renewal-stalled': 'warning'
    })
    const late = acmFinding(acme(10))
    expect(late?.severity).toBe('critical')
    const stalled = late?.reasons.find((r) => r.code === 'acm-renewal-stalled')
    expect(stalled?.message).toMatch(/^Its ACME client has not renewed it: .*\(15 of its 45 days\)/)
    expect(late?.reasons.map((r) => r.code)).not.toContain('acm-ineligible')
    expect(late?.reasons.some((r) => /ACM will not renew/.test(r.message))).toBe(false)
    expect(late?.remediation[0]?.summary).toMatch(/^Check the ACME client that requested/)
    expect(late?.remediation.some((step) => step.command.includes('RenewalSummary'))).toBe(false)
  })

  it('are expired past their end, saying the client did not renew them', () => {
    const gone = acmFinding(acme(-1))
    expect(gone?.severity).toBe('expired')
    expect(gone?.reasons[0]?.message).toMatch(/its ACME client did not renew it\.$/)
  })

  /** An ACME certificate 5 days from its end beside its renewal, and what evaluate makes of them. */
  function renewedPair(oldInUse: boolean) {
    const old = certificate({ ...acme(5), inUse: oldInUse })
    const renewed = certificate({
      ...acme(35),
      arn: 'arn:aws:acm:eu-west-1:123456789012:certificate/ffffffff-0000-4000-8000-000000000001'
    })
    const { findings } = evaluate(inventory({ acm: [acmInventory([old, renewed])] }), options())
    return { old, renewed, findings }
  }

  it('renewed (a newer certificate for the same names) and unused: left out', () => {
    expect(renewedPair(false).findings).toEqual([])
  })

  it('renewed but still in use: says to move to the new certificate', () => {
    const { old, renewed, findings } = renewedPair(true)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.resourceArn).toBe(old.arn)
    expect(findings[0]?.reasons.find((r) => r.code === 'acm-renewal-stalled')?.message).toContain(
      `renewed it as ${renewed.arn}, but this certificate is still in use`
    )
  })
})

describe('198-day ACM certificates around their renewal', () => {
  it('raise nothing at 70 days, nor at 50 while ACM may still be renewing', () => {
    expect(acmFinding(managed(70))).toBeUndefined()
    expect(acmFinding(managed(50))).toBeUndefined()
  })

  it('are a stalled renewal from 45 days (warning), critical inside critical-days', () => {
    expect(acmReasons(managed(40))).toEqual({
      'acm-expiring': 'warning',
      'acm-renewal-stalled': 'warning'
    })
    expect(acmReasons(managed(10))).toEqual({
      'acm-expiring': 'critical',
      'acm-renewal-stalled': 'critical'
    })
  })

  it('renewed ones (a fresh NotAfter) raise nothing', () => {
    expect(acmFinding(managed(197, { renewalStatus: 'SUCCESS', described: true }))).toBeUndefined()
  })
})

describe('imported certificates by their lifetime', () => {
  it('a 90-day one warns from 30 days, a 13-month one from 45', () => {
    const imported = { type: 'IMPORTED', renewalEligibility: 'INELIGIBLE' }
    expect(
      acmFinding({ ...imported, notBefore: inDays(-55), notAfter: inDays(35) })
    ).toBeUndefined()
    expect(acmReasons({ ...imported, notBefore: inDays(-62), notAfter: inDays(28) })).toEqual({
      'acm-expiring': 'warning',
      'acm-imported': 'warning'
    })
    expect(acmReasons({ ...imported, notBefore: inDays(-355), notAfter: inDays(40) })).toEqual({
      'acm-expiring': 'warning',
      'acm-imported': 'warning'
    })
  })
})

describe('acm-client-auth-eku', () => {
  const eku = ['TLS_WEB_SERVER_AUTHENTICATION', 'TLS_WEB_CLIENT_AUTHENTICATION']

  it('warns on a public certificate carrying it, with a new request as the fix', () => {
    const finding = acmFinding(managed(150, { extendedKeyUsages: eku }))
    expect(finding?.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['acm-client-auth-eku', 'warning']
    ])
    expect(finding?.remediation[0]?.command).toMatch(
      /^aws acm request-certificate --domain-name shop\.example\.com/
    )
  })

  it('warns on an imported one with a re-import, and leaves private certificates alone', () => {
    const imported = acmFinding({ type: 'IMPORTED', extendedKeyUsages: eku, notAfter: inDays(300) })
    expect(imported?.reasons.map((r) => r.code)).toEqual(['acm-client-auth-eku'])
    expect(imported?.remediation[0]?.command).toMatch(
      /^aws acm import-certificate --certificate-arn /
    )
    expect(
      acmFinding({ type: 'PRIVATE', extendedKeyUsages: eku, notAfter: inDays(300) })
    ).toBeUndefined()
  })
})

describe('acm-exported-renewal', () => {
  it('tells an exported certificate inside the renewal lead to export it again', () => {
    const finding = acmFinding(managed(55, { exported: true }))
    expect(finding?.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['acm-exported-renewal', 'notice']
    ])
    expect(finding?.remediation.map((step) => step.command)).toContain(
      'aws acm export-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --passphrase fileb://passphrase.txt --region eu-west-1'
    )
    expect(acmFinding(managed(90, { exported: true }))).toBeUndefined()
  })
})
