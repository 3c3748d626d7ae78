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
  cloudFrontInventory,
  distribution,
  elbInventory
} from './endpoint-factories.js'

const ARN = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0f0e0d0c-0b0a-0908-0706-050403020100`

function findings(services: Record<string, unknown[]>): Finding[] {
  return evaluate(inventory({ services }), options()).findings
}

describe('ACM certificates and who serves them', () => {
  it('names the listener that serves it by SNI, and moves it to the new certificate', () => {
    const cert = certificate({ arn: ARN, type: 'IMPORTED', notAfter: inDays(9) })
    const lb = applicationLoadBalancer('shop-alb', {
      default: 'arn:aws:acm:eu-west-1:123456789012:certificate/other',
      sni: [ARN]
    })
    const [finding] = findings({ acm: [acmInventory([cert])], elb: [elbInventory([lb])] })
    expect(finding?.usedBy).toEqual([
      {
        service: 'elb',
        resourceType: 'load-balancer-listener',
        id: lb.listeners[0]?.arn,
        name: `shop-alb (shop-alb-5678.${REGION}.elb.amazonaws.com) HTTPS :443, SNI`
      }
    ])
    const commands = finding?.remediation.map((step) => step.command) ?? []
    expect(commands).toContain(
      `aws elbv2 add-listener-certificates --listener-arn ${lb.listeners[0]?.arn} --certificates CertificateArn=NEW_CERTIFICATE_ARN --region ${REGION}`
    )
    expect(commands).toContain(
      `aws elbv2 remove-listener-certificates --listener-arn ${lb.listeners[0]?.arn} --certificates CertificateArn=${ARN} --region ${REGION}`
    )
  })

  it('ranks a revoked certificate a live listener serves as expired, though ACM says unused', () => {
    const revoked = certificate({ arn: ARN, status: 'REVOKED', inUse: false })
    const unused = findings({ acm: [acmInventory([revoked])] })
    const served = findings({
      acm: [acmInventory([revoked])],
      elb: [elbInventory([applicationLoadBalancer('shop-alb', { default: ARN })])]
    })
    expect(unused[0]?.severity).toBe('warning')
    expect(served[0]?.severity).toBe('expired')
  })

  it('does not count a listener of a load balancer that is not active as serving', () => {
    const revoked = certificate({ arn: ARN, status: 'REVOKED', inUse: false })
    const [finding] = findings({
      acm: [acmInventory([revoked])],
      elb: [elbInventory([applicationLoadBalancer('new-alb', { default: ARN }, 'provisioning')])]
    })
    expect(finding?.severity).toBe('warning')
    expect(finding?.usedBy?.[0]?.name).toMatch(/, provisioning$/)
  })

  it('resolves InUseBy to the consumers read, and keeps the ARNs no plug-in read', () => {
    const cloudfrontArn = `arn:aws:cloudfront::${ACCOUNT}:distribution/E2QWRUHEXAMPLE`
    const api = 'arn:aws:apigateway:eu-west-1::/domainnames/api.example.com'
    const cert = certificate({
      arn: ARN,
      notAfter: inDays(-1),
      described: true,
      inUseBy: [cloudfrontArn, api]
    })
    const [finding] = findings({
      acm: [acmInventory([cert])],
      cloudfront: [cloudFrontInventory([distribution({ acmCertificateArn: ARN })])]
    })
    expect(finding?.usedBy).toEqual([
      {
        service: 'apigateway',
        resourceType: 'domainnames',
        id: api,
        name: api
      },
      {
        service: 'cloudfront',
        resourceType: 'cloudfront-distribution',
        id: cloudfrontArn,
        name: 'E2QWRUHEXAMPLE (shop.example.com, d111111abcdef8.cloudfront.net)'
      }
    ])
  })

  it('leaves usedBy out when nothing serves it', () => {
    const [finding] = findings({
      acm: [acmInventory([certificate({ arn: ARN, notAfter: inDays(-1) })])]
    })
    expect(finding).toBeDefined()
    expect(finding).not.toHaveProperty('usedBy')
  })
})
