import { acmFinding, acmReasons } from './acm-helpers.js'
import { inDays } from './factories.js'

describe('acm-expired / acm-expiring', () => {
  it('reports a certificate past NotAfter as expired, and one with Status EXPIRED too', () => {
    expect(
      acmReasons({
        notAfter: inDays(-2),
        inUse: false,
        renewalEligibility: 'INELIGIBLE',
        type: 'IMPORTED'
      })
    ).toMatchObject({
      'acm-expired': 'expired'
    })
    expect(
      acmReasons({
        status: 'EXPIRED',
        notAfter: inDays(-30),
        inUse: false,
        renewalEligibility: 'INELIGIBLE'
      })
    ).toMatchObject({ 'acm-expired': 'expired' })
  })

  it('grades an expiring certificate by the thresholds', () => {
    // Eligible and in use: also late for its managed renewal.
    expect(acmReasons({ notAfter: inDays(30) })).toEqual({
      'acm-expiring': 'warning',
      'acm-renewal-stalled': 'warning'
    })
    expect(
      acmReasons({ notAfter: inDays(30), type: 'IMPORTED', renewalEligibility: 'INELIGIBLE' })
    ).toEqual({
      'acm-expiring': 'warning',
      'acm-imported': 'warning'
    })
    expect(acmReasons({ notAfter: inDays(100) })).toEqual({})
  })

  it('applies the expiry rules to PRIVATE certificates and offers a renewal', () => {
    const finding = acmFinding({
      type: 'PRIVATE',
      notAfter: inDays(20),
      renewalEligibility: 'ELIGIBLE'
    })
    expect(finding?.reasons.map((reason) => reason.code)).toEqual(['acm-expiring'])
    expect(finding?.remediation[0]?.command).toBe(
      'aws acm renew-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --region eu-west-1'
    )
  })

  it('reports a REVOKED certificate: broken for whatever still uses it', () => {
    expect(acmFinding({ status: 'REVOKED', inUse: true })).toMatchObject({ severity: 'expired' })
    const unused = acmFinding({ status: 'REVOKED', inUse: false })
    expect(unused?.severity).toBe('warning')
    expect(unused?.reasons[0]?.message).toContain('revoked')
  })

  it('keys the finding by certificate id and keeps the domain as its name', () => {
    expect(acmFinding({ notAfter: inDays(3) })).toMatchObject({
      id: 'acm:123456789012:eu-west-1:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      resourceId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
      resourceName: 'shop.example.com',
      resourceType: 'acm-certificate',
      daysLeft: 3
    })
  })
})
