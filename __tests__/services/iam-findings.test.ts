import { evaluate } from '../../src/evaluate/index.js'
import type { CoverageRow, Finding } from '../../src/model/index.js'
import { ACCOUNT, REGION, inDays, inventory, options } from '../evaluate/factories.js'
import {
  classicLoadBalancer,
  cloudFrontInventory,
  distribution,
  elbInventory,
  everyEndpointRead,
  iamInventory,
  serverCertificate
} from './endpoint-factories.js'

const CERT = serverCertificate()

function findings(
  services: Record<string, unknown[]>,
  coverage: CoverageRow[] = everyEndpointRead()
): Finding[] {
  return evaluate(inventory({ services, coverage }), options()).findings
}

describe('IAM server certificates', () => {
  it('names the Classic listener that serves an expiring one, and switches it before deleting', () => {
    const [finding, ...rest] = findings({
      iam: [iamInventory([CERT])],
      elb: [elbInventory([classicLoadBalancer('legacy-elb', CERT.arn)])]
    })
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      id: `iam:${ACCOUNT}:global:legacy-api.example.com`,
      resourceType: 'iam-server-certificate',
      region: 'global',
      severity: 'critical',
      daysLeft: 10,
      usedBy: [
        {
          service: 'elb',
          resourceType: 'classic-load-balancer-listener',
          id: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/legacy-elb#443`,
          name: `legacy-elb (legacy-elb-1234.${REGION}.elb.amazonaws.com) HTTPS :443`
        }
      ]
    })
    expect(finding?.reasons).toEqual([
      expect.objectContaining({
        code: 'iam-server-cert-expiring',
        message: expect.stringContaining('IAM never renews server certificates')
      })
    ])
    const commands = finding?.remediation.map((step) => step.command) ?? []
    expect(commands).toContain(
      `aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name legacy-elb --load-balancer-port 443 --ssl-certificate-id NEW_CERTIFICATE_ARN --region ${REGION}`
    )
    expect(commands).toContain(
      `aws acm request-certificate --domain-name DOMAIN_NAME --validation-method DNS --region ${REGION}`
    )
    expect(commands.at(-1)).toBe(
      'aws iam delete-server-certificate --server-certificate-name legacy-api.example.com'
    )
  })

  it('matches CloudFront by the certificate id, and asks for the ACM replacement in us-east-1', () => {
    const [finding] = findings({
      iam: [iamInventory([CERT])],
      cloudfront: [cloudFrontInventory([distribution({ iamCertificateId: CERT.id })])]
    })
    expect(finding?.usedBy?.map((consumer) => consumer.name)).toEqual([
      'E2QWRUHEXAMPLE (shop.example.com, d111111abcdef8.cloudfront.net)'
    ])
    const commands = finding?.remediation.map((step) => step.command) ?? []
    expect(commands).toContain(
      'aws acm request-certificate --domain-name DOMAIN_NAME --validation-method DNS --region us-east-1'
    )
    expect(commands).toContain(
      'aws cloudfront get-distribution-config --id E2QWRUHEXAMPLE --output json > E2QWRUHEXAMPLE.json'
    )
  })

  it('ranks an expired one that a live endpoint serves as expired', () => {
    const expired = serverCertificate({ expiration: inDays(-2) })
    const [finding] = findings({
      iam: [iamInventory([expired])],
      elb: [elbInventory([classicLoadBalancer('legacy-elb', expired.arn)])]
    })
    expect(finding?.severity).toBe('expired')
    expect(finding?.reasons[0]?.message).toContain('A live endpoint serves it')
  })

  it('calls an expired one nothing serves a clean-up once every region was read, and says so', () => {
    const expired = serverCertificate({ expiration: inDays(-2) })
    const [finding] = findings({ iam: [iamInventory([expired])], elb: [], cloudfront: [] })
    expect(finding?.severity).toBe('warning')
    expect(finding?.usedBy).toBeUndefined()
    expect(finding?.reasons[0]?.message).toContain(
      "Nothing serves it (every region's load balancers and CloudFront were read)"
    )
    expect(finding?.remediation).toEqual([
      {
        summary: 'Nothing serves it: delete it.',
        command:
          'aws iam delete-server-certificate --server-certificate-name legacy-api.example.com'
      }
    ])
  })

  it('keeps an expired one expired when a region could hold a consumer the scan did not read', () => {
    const expired = serverCertificate({ expiration: inDays(-2) })
    const partial = everyEndpointRead().filter((row) => row.region !== 'ap-south-2')
    const failed: CoverageRow = {
      account: ACCOUNT,
      region: 'global',
      service: 'cloudfront',
      status: 'failed',
      detail: 'AccessDenied'
    }
    const [finding] = findings({ iam: [iamInventory([expired])] }, [
      ...partial.filter((row) => row.service === 'elb'),
      failed
    ])
    expect(finding?.severity).toBe('expired')
    expect(finding?.reasons[0]?.message).toContain(
      'load balancers were not read in 1 of 36 regions and CloudFront distributions were not read, so it counts as served'
    )
  })

  it('counts a region the account has not enabled as read: nothing can be there', () => {
    const expired = serverCertificate({ expiration: inDays(-2) })
    const coverage = everyEndpointRead().map((row) =>
      row.region === 'ap-south-2' ? { ...row, status: 'skipped' as const } : row
    )
    const [finding] = findings({ iam: [iamInventory([expired])] }, coverage)
    expect(finding?.severity).toBe('warning')
  })

  it('ranks one only a disabled distribution names below one a live endpoint serves', () => {
    const expired = serverCertificate({ expiration: inDays(-2) })
    const [finding] = findings({
      iam: [iamInventory([expired])],
      cloudfront: [
        cloudFrontInventory([distribution({ iamCertificateId: expired.id, enabled: false })])
      ]
    })
    expect(finding?.severity).toBe('warning')
    expect(finding?.usedBy?.[0]?.name).toMatch(/, disabled$/)
  })

  it('finds a certificate an endpoint still names after IAM deleted it', () => {
    const gone = `arn:aws:iam::${ACCOUNT}:server-certificate/certs/old-api.example.com`
    const [finding, ...rest] = findings({
      iam: [iamInventory([])],
      elb: [elbInventory([classicLoadBalancer('old-elb', gone)])]
    })
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      resourceId: 'old-api.example.com',
      resourceArn: gone,
      severity: 'expired',
      expiresAt: null
    })
    expect(finding?.reasons[0]?.code).toBe('iam-server-cert-expired')
    expect(finding?.remediation.map((step) => step.command)).not.toContain(
      expect.stringContaining('delete-server-certificate')
    )
  })

  it("says nothing of a certificate far from expiry, or of another account's", () => {
    const other = `arn:aws:iam::999999999999:server-certificate/theirs`
    expect(
      findings({
        iam: [iamInventory([serverCertificate({ expiration: inDays(200) })])],
        elb: [elbInventory([classicLoadBalancer('shared-elb', other)])]
      })
    ).toEqual([])
  })

  it('sees an unused expiring one as a notice once every region was read', () => {
    const [finding] = findings({ iam: [iamInventory([CERT])], elb: [], cloudfront: [] })
    expect(finding?.severity).toBe('notice')
  })
})
