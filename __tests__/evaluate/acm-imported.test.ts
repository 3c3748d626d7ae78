import { acmFinding, acmReasons } from './acm-helpers.js'
import { inDays } from './factories.js'

describe('acm-imported', () => {
  it('warns inside the warning window because ACM never renews an imported certificate', () => {
    expect(
      acmReasons({ type: 'IMPORTED', renewalEligibility: 'INELIGIBLE', notAfter: inDays(40) })
    ).toEqual({
      'acm-expiring': 'warning',
      'acm-imported': 'warning'
    })
  })

  it('rises with the expiry inside criticalDays and after expiry', () => {
    expect(acmReasons({ type: 'IMPORTED', notAfter: inDays(5) })['acm-imported']).toBe('critical')
    expect(acmReasons({ type: 'IMPORTED', notAfter: inDays(-5) })['acm-imported']).toBe('expired')
  })

  it('stays quiet outside the window', () => {
    expect(acmFinding({ type: 'IMPORTED', notAfter: inDays(46) })).toBeUndefined()
  })

  it('offers a re-import under the same ARN and an ACM-issued replacement', () => {
    const finding = acmFinding({
      type: 'IMPORTED',
      notAfter: inDays(10),
      domainName: '*.example.com',
      subjectAlternativeNames: ['*.example.com', 'example.com']
    })
    const commands = finding?.remediation.map((step) => step.command)
    expect(commands).toContain(
      'aws acm import-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem --region eu-west-1'
    )
    expect(commands).toContain(
      "aws acm request-certificate --domain-name '*.example.com' --validation-method DNS --subject-alternative-names example.com --region eu-west-1"
    )
  })
})
