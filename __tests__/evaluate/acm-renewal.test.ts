import { acmFinding, acmReasons } from './acm-helpers.js'
import { inDays, validation } from './factories.js'

describe('acm-renewal-stalled', () => {
  it('is critical when an eligible certificate is inside criticalDays and still not renewed', () => {
    expect(acmReasons({ notAfter: inDays(10) })).toEqual({
      'acm-expiring': 'critical',
      'acm-renewal-stalled': 'critical'
    })
  })

  it('is a warning past three quarters of the 60-day lead (45 days), before critical-days', () => {
    expect(acmReasons({ notAfter: inDays(40) })).toEqual({
      'acm-expiring': 'warning',
      'acm-renewal-stalled': 'warning'
    })
  })

  it('does not fire while ACM may still be renewing, nor for ineligible ones', () => {
    expect(acmReasons({ notAfter: inDays(50) })).toEqual({})
    expect(
      acmReasons({ notAfter: inDays(10), renewalEligibility: 'INELIGIBLE', inUse: false })
    ).not.toHaveProperty('acm-renewal-stalled')
  })

  it('gives way to a reported failure or pending validation', () => {
    const failed = acmReasons({ notAfter: inDays(10), described: true, renewalStatus: 'FAILED' })
    expect(failed).not.toHaveProperty('acm-renewal-stalled')
    expect(failed['acm-renewal-failed']).toBe('critical')
  })
})

describe('acm-renewal-failed', () => {
  it('is critical with the RenewalStatusReason and the failed domains', () => {
    const finding = acmFinding({
      notAfter: inDays(50),
      described: true,
      renewalStatus: 'FAILED',
      renewalStatusReason: 'CAA_ERROR',
      domainValidations: [
        validation({
          validationStatus: 'FAILED',
          resourceRecord: {
            name: '_a1.shop.example.com.',
            type: 'CNAME',
            value: '_b2.acm-validations.aws.'
          }
        })
      ]
    })
    expect(finding?.severity).toBe('critical')
    const reason = finding?.reasons.find((r) => r.code === 'acm-renewal-failed')
    expect(reason?.message).toContain('CAA_ERROR')
    expect(reason?.message).toContain('shop.example.com')
    expect(finding?.remediation.map((step) => step.command)).toContain(
      'aws acm describe-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --query Certificate.RenewalSummary --region eu-west-1'
    )
    expect(finding?.remediation.map((step) => step.summary)).toContainEqual(
      expect.stringContaining('_a1.shop.example.com. CNAME _b2.acm-validations.aws.')
    )
  })
})

describe('acm-renewal-pending-validation', () => {
  it('is a warning, critical inside criticalDays', () => {
    expect(
      acmReasons({ notAfter: inDays(50), described: true, renewalStatus: 'PENDING_VALIDATION' })
    ).toEqual({
      'acm-renewal-pending-validation': 'warning'
    })
    expect(
      acmReasons({ notAfter: inDays(7), described: true, renewalStatus: 'PENDING_VALIDATION' })
    ).toEqual({
      'acm-expiring': 'critical',
      'acm-renewal-pending-validation': 'critical'
    })
  })
})

describe('describe data', () => {
  it('never produces a describe-only reason from a record that was not described', () => {
    const reasons = acmReasons({
      notAfter: inDays(50),
      described: false,
      renewalStatus: 'FAILED',
      domainValidations: [
        validation({ validationMethod: 'EMAIL', validationStatus: 'PENDING_VALIDATION' })
      ]
    })
    expect(reasons).toEqual({})
  })
})
