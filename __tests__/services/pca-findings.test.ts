import { evaluate } from '../../src/evaluate/index.js'
import type { Finding } from '../../src/model/index.js'
import {
  ACCOUNT,
  REGION,
  acmInventory,
  certificate,
  inDays,
  inventory,
  options
} from '../evaluate/factories.js'
import {
  applicationLoadBalancer,
  certificateAuthority,
  elbInventory,
  pcaInventory
} from './endpoint-factories.js'

const CERT_ARN = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0a0b0c0d-0000-1111-2222-333344445555`

function findings(services: Record<string, unknown[]>): Finding[] {
  return evaluate(inventory({ services }), options()).findings
}

function privateCertificate(caArn: string, notAfter = inDays(200)) {
  return certificate({
    arn: CERT_ARN,
    domainName: 'ledger.internal.example.com',
    type: 'PRIVATE',
    described: true,
    certificateAuthorityArn: caArn,
    notAfter
  })
}

const byService = (all: Finding[], service: string) => all.find((f) => f.service === service)

describe('private CAs', () => {
  it('finds a CA close to expiry, names the certificates it signed, and passes it on to them', () => {
    const ca = certificateAuthority({ notAfter: inDays(20) })
    const all = findings({
      'acm-pca': [pcaInventory([ca])],
      acm: [acmInventory([privateCertificate(ca.arn)])]
    })
    const caFinding = byService(all, 'acm-pca')
    expect(caFinding).toMatchObject({
      resourceType: 'private-ca',
      resourceId: ca.id,
      resourceName: 'Example Internal Root CA',
      severity: 'warning',
      daysLeft: 20,
      usedBy: [
        {
          service: 'acm',
          resourceType: 'acm-certificate',
          id: CERT_ARN,
          name: 'ledger.internal.example.com'
        }
      ]
    })
    expect(caFinding?.remediation.map((step) => step.command)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^aws acm-pca issue-certificate .*RootCACertificate\/V1/),
        `aws acm renew-certificate --certificate-arn ${CERT_ARN} --region ${REGION}`
      ])
    )
    const certFinding = byService(all, 'acm')
    // The certificate itself has 200 days: its CA decides when it breaks.
    expect(certFinding).toMatchObject({ severity: 'warning', daysLeft: 20 })
    expect(certFinding?.reasons.map((reason) => reason.code)).toEqual(['pca-ca-expiring'])
    expect(certFinding?.reasons[0]?.message).toContain(
      'Signed by private CA Example Internal Root CA, which expires on'
    )
  })

  it('ranks a certificate of an expired CA that a listener serves as expired', () => {
    const ca = certificateAuthority({ status: 'EXPIRED', notAfter: inDays(-3) })
    const all = findings({
      'acm-pca': [pcaInventory([ca])],
      acm: [acmInventory([privateCertificate(ca.arn)])],
      elb: [elbInventory([applicationLoadBalancer('ledger-alb', { default: CERT_ARN })])]
    })
    expect(byService(all, 'acm-pca')?.severity).toBe('expired')
    expect(byService(all, 'acm')).toMatchObject({
      severity: 'expired',
      reasons: [expect.objectContaining({ code: 'pca-ca-expired' })]
    })
  })

  it('reports a disabled CA, and on its certificates only as a notice until renewal nears', () => {
    const ca = certificateAuthority({ status: 'DISABLED', notAfter: inDays(3000) })
    const far = findings({
      'acm-pca': [pcaInventory([ca])],
      acm: [acmInventory([privateCertificate(ca.arn)])]
    })
    expect(byService(far, 'acm-pca')).toMatchObject({
      severity: 'warning',
      reasons: [expect.objectContaining({ code: 'pca-ca-not-active' })]
    })
    expect(byService(far, 'acm-pca')?.remediation[0]?.command).toBe(
      `aws acm-pca update-certificate-authority --certificate-authority-arn ${ca.arn} --status ACTIVE --region ${REGION}`
    )
    expect(byService(far, 'acm')?.severity).toBe('notice')
    const near = findings({
      'acm-pca': [pcaInventory([ca])],
      acm: [acmInventory([privateCertificate(ca.arn, inDays(30))])]
    })
    expect(byService(near, 'acm')?.reasons.map((r) => [r.code, r.severity])).toEqual([
      ['acm-expiring', 'warning'],
      ['pca-ca-not-active', 'warning']
    ])
  })

  it('says when a deleted CA can still be restored', () => {
    const ca = certificateAuthority({
      status: 'DELETED',
      notAfter: inDays(3000),
      restorableUntil: inDays(12)
    })
    const [finding] = findings({ 'acm-pca': [pcaInventory([ca])] })
    expect(finding?.reasons[0]?.message).toMatch(
      /is scheduled for deletion \(restorable until \d{4}-\d\d-\d\d\)/
    )
    expect(finding?.remediation[0]?.command).toMatch(/^aws acm-pca restore-certificate-authority /)
  })

  it('leaves an active CA far from expiry alone', () => {
    const ca = certificateAuthority({ notAfter: inDays(3000) })
    expect(
      findings({
        'acm-pca': [pcaInventory([ca])],
        acm: [acmInventory([privateCertificate(ca.arn)])]
      })
    ).toEqual([])
  })
})
