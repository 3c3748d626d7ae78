import { acmFinding, acmReasons } from './acm-helpers.js'
import { inDays } from './factories.js'

describe('acm-ineligible', () => {
  it('warns when an Amazon-issued certificate not in use nears expiry: ACM will not renew it', () => {
    expect(
      acmReasons({ renewalEligibility: 'INELIGIBLE', inUse: false, notAfter: inDays(40) })
    ).toEqual({
      'acm-expiring': 'warning',
      'acm-ineligible': 'warning'
    })
  })

  it('is critical inside criticalDays', () => {
    expect(
      acmReasons({ renewalEligibility: 'INELIGIBLE', inUse: false, notAfter: inDays(14) })[
        'acm-ineligible'
      ]
    ).toBe('critical')
  })

  it('applies to AMAZON_ISSUED only and only inside the warning window', () => {
    expect(
      acmReasons({ type: 'PRIVATE', renewalEligibility: 'INELIGIBLE', notAfter: inDays(40) })
    ).toEqual({ 'acm-expiring': 'warning' })
    expect(
      acmFinding({ renewalEligibility: 'INELIGIBLE', inUse: false, notAfter: inDays(200) })
    ).toBeUndefined()
  })

  it('tells to attach it or delete it', () => {
    const finding = acmFinding({
      renewalEligibility: 'INELIGIBLE',
      inUse: false,
      notAfter: inDays(40)
    })
    expect(finding?.remediation).toEqual([
      expect.objectContaining({
        command:
          'aws acm delete-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --region eu-west-1'
      })
    ])
    expect(finding?.remediation[0]?.summary).toMatch(/attach it/)
  })
})
