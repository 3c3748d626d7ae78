import { acmFinding } from './acm-helpers.js'

describe('acm-failed', () => {
  it('is a warning with the FailureReason: a certificate that never issued breaks nothing in use', () => {
    const finding = acmFinding({
      status: 'FAILED',
      notAfter: null,
      inUse: false,
      described: true,
      failureReason: 'CAA_ERROR'
    })
    expect(finding?.reasons).toEqual([
      expect.objectContaining({ code: 'acm-failed', severity: 'warning' })
    ])
    expect(finding?.reasons[0]?.message).toContain('CAA_ERROR')
    expect(finding?.expiresAt).toBeNull()
    expect(finding?.remediation.map((step) => step.command)).toEqual([
      'aws acm request-certificate --domain-name shop.example.com --validation-method DNS --region eu-west-1',
      'aws acm delete-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --region eu-west-1'
    ])
  })

  it('covers VALIDATION_TIMED_OUT, and works without describe data', () => {
    const finding = acmFinding({
      status: 'VALIDATION_TIMED_OUT',
      notAfter: null,
      inUse: false,
      described: false
    })
    expect(finding?.reasons[0]?.code).toBe('acm-failed')
    expect(finding?.reasons[0]?.message).toContain('validation timed out')
  })

  it('is critical if AWS says the failed certificate is in use', () => {
    expect(acmFinding({ status: 'FAILED', notAfter: null, inUse: true })?.severity).toBe('critical')
  })
})
