import { validationDomain } from '../../src/services/acm/remediation.js'
import { acmFinding } from './acm-helpers.js'
import { inDays, validation } from './factories.js'

const emails = ['admin@example.com', 'hostmaster@example.com', 'webmaster@example.com']

describe('acm-email-validation', () => {
  it('lists the pending domains and addresses of a renewal waiting for the approval mail', () => {
    const finding = acmFinding({
      notAfter: inDays(40),
      described: true,
      renewalStatus: 'PENDING_VALIDATION',
      domainValidations: [
        validation({
          domainName: 'shop.example.com',
          validationMethod: 'EMAIL',
          validationStatus: 'PENDING_VALIDATION',
          validationEmails: emails
        }),
        validation({
          domainName: 'www.example.com',
          validationMethod: 'EMAIL',
          validationStatus: 'SUCCESS',
          validationEmails: emails
        })
      ]
    })
    const reason = finding?.reasons.find((r) => r.code === 'acm-email-validation')
    expect(reason?.severity).toBe('warning')
    expect(reason?.message).toContain(
      'shop.example.com (mail sent to admin@example.com, hostmaster@example.com, webmaster@example.com)'
    )
    expect(reason?.message).not.toContain('www.example.com')
    expect(finding?.remediation.map((step) => step.command)).toContain(
      'aws acm resend-validation-email --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 --domain shop.example.com --validation-domain example.com --region eu-west-1'
    )
  })

  it('is a notice for a new request that nothing uses yet', () => {
    const finding = acmFinding({
      status: 'PENDING_VALIDATION',
      notAfter: null,
      inUse: false,
      described: true,
      domainValidations: [
        validation({
          validationMethod: 'EMAIL',
          validationStatus: 'PENDING_VALIDATION',
          validationEmails: emails
        })
      ]
    })
    expect(finding?.reasons).toEqual([
      expect.objectContaining({ code: 'acm-email-validation', severity: 'notice' })
    ])
  })

  it('ignores DNS validations and undescribed records', () => {
    expect(
      acmFinding({
        status: 'PENDING_VALIDATION',
        notAfter: null,
        described: true,
        domainValidations: [validation({ validationStatus: 'PENDING_VALIDATION' })]
      })
    ).toBeUndefined()
  })
})

describe('validationDomain', () => {
  it('takes the address domain when it is the domain or a superdomain, wildcard label removed', () => {
    expect(
      validationDomain(validation({ domainName: '*.shop.example.com', validationEmails: emails }))
    ).toBe('example.com')
    expect(
      validationDomain(
        validation({ domainName: 'a.example.org', validationEmails: ['whois@registrar.net'] })
      )
    ).toBe('a.example.org')
  })
})
