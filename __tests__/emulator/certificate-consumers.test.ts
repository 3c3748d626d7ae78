/**
 * How the estate ties certificates to what serves and signs them, as ACM shows it: InUseBy from
 * the load balancers and distributions that reference a certificate (with the explicit `inUseBy`
 * still honoured), the renewal eligibility that follows, a PRIVATE certificate's
 * CertificateAuthorityArn and a lifetime capped by its CA; and the references the emulator
 * refuses at start.
 */
import {
  DescribeCertificateCommand,
  ListCertificatesCommand,
  type ACMClient,
  type CertificateDetail
} from '@aws-sdk/client-acm'
import { ListCertificateAuthoritiesCommand } from '@aws-sdk/client-acm-pca'
import { DescribeLoadBalancersCommand as DescribeClassicCommand } from '@aws-sdk/client-elastic-load-balancing'
import { DescribeLoadBalancersCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { ListDistributionsCommand } from '@aws-sdk/client-cloudfront'
import type { ListenerSpec, RegionSpec } from '../../emulator/aws/estate.js'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { acmClient, cloudFrontClient, elbClient, elbv2Client, pcaClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000
const ACCOUNT = '111111111111'
const STALE_ALB = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/old/0123456789abcdef`

const estate: Estate = {
  accounts: {
    [ACCOUNT]: {
      cloudfront: {
        distributions: [{ aliases: ['shop.example.com'], certificate: { acm: 'shop.example.com' } }]
      },
      regions: {
        'us-east-1': {
          acm: { certificates: [{ domain: 'shop.example.com', notAfter: '+50d' }] }
        },
        'eu-west-1': {
          acm: {
            certificates: [
              { domain: 'eu.example.com', inUseBy: [STALE_ALB] },
              { domain: 'eu-sni.example.com' },
              { domain: 'idle.example.com', notAfter: '+40d' },
              {
                domain: 'ledger.internal.example.com',
                type: 'PRIVATE',
                certificateAuthority: 'Example Internal CA'
              }
            ]
          },
          acmPca: {
            certificateAuthorities: [{ commonName: 'Example Internal CA', notAfter: '+30d' }]
          },
          elb: {
            classic: [
              {
                name: 'eu-classic',
                listeners: [
                  { protocol: 'HTTPS', port: 443, certificate: { acm: 'eu.example.com' } },
                  // Another region's certificate, named with its region.
                  {
                    protocol: 'SSL',
                    port: 8443,
                    certificate: { acm: 'shop.example.com', region: 'us-east-1' }
                  }
                ]
              }
            ],
            loadBalancers: [
              {
                name: 'eu-alb',
                listeners: [
                  {
                    port: 443,
                    protocol: 'HTTPS',
                    certificate: { acm: 'eu.example.com' },
                    sniCertificates: [{ acm: 'eu-sni.example.com' }]
                  },
                  // The same certificate on a second listener: the load balancer uses it once.
                  { port: 8443, protocol: 'HTTPS', certificate: { acm: 'eu.example.com' } }
                ]
              },
              {
                name: 'ledger-nlb',
                type: 'network',
                scheme: 'internal',
                listeners: [
                  {
                    port: 5432,
                    protocol: 'TLS',
                    certificate: { acm: 'ledger.internal.example.com' }
                  }
                ]
              }
            ]
          }
        }
      }
    }
  }
}

describe('certificates and their consumers', () => {
  let aws: AwsEmulator
  let eu: ACMClient
  let virginia: ACMClient

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW, knobs: { quotas: { ListCertificates: 0 } } })
    eu = acmClient(aws, { region: 'eu-west-1' })
    virginia = acmClient(aws, { region: 'us-east-1' })
  })
  afterAll(async () => {
    eu.destroy()
    virginia.destroy()
    await aws.close()
  })

  async function describeDomain(acm: ACMClient, domain: string): Promise<CertificateDetail> {
    const list = await acm.send(new ListCertificatesCommand({ CertificateStatuses: ['ISSUED'] }))
    const arn = list.CertificateSummaryList?.find((c) => c.DomainName === domain)?.CertificateArn
    const out = await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))
    return out.Certificate as CertificateDetail
  }

  async function arnsOf() {
    const elb = elbClient(aws, { region: 'eu-west-1' })
    const elbv2 = elbv2Client(aws, { region: 'eu-west-1' })
    const cloudfront = cloudFrontClient(aws)
    const classic = (await elb.send(new DescribeClassicCommand({}))).LoadBalancerDescriptions
    const v2 = (await elbv2.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? []
    const distributions = (await cloudfront.send(new ListDistributionsCommand({}))).DistributionList
      ?.Items
    elb.destroy()
    elbv2.destroy()
    cloudfront.destroy()
    return {
      classic: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/${classic?.[0]?.LoadBalancerName}`,
      alb: v2.find((lb) => lb.LoadBalancerName === 'eu-alb')?.LoadBalancerArn,
      nlb: v2.find((lb) => lb.LoadBalancerName === 'ledger-nlb')?.LoadBalancerArn,
      distribution: distributions?.[0]?.ARN
    }
  }

  it('lists the explicit inUseBy first, then each consumer once, in estate order', async () => {
    const { classic, alb } = await arnsOf()
    const cert = await describeDomain(eu, 'eu.example.com')
    expect(cert.InUseBy).toEqual([STALE_ALB, classic, alb])
    expect(cert.RenewalEligibility).toBe('ELIGIBLE')
    expect((await describeDomain(eu, 'eu-sni.example.com')).InUseBy).toEqual([alb])
  })

  it('counts a consumer in another region, and a CloudFront distribution', async () => {
    const { classic, distribution } = await arnsOf()
    const cert = await describeDomain(virginia, 'shop.example.com')
    expect(cert.InUseBy).toEqual([classic, distribution])
    // In use and within 60 days of expiry: ACM's managed renewal has started.
    expect(cert.RenewalSummary?.RenewalStatus).toBe('PENDING_AUTO_RENEWAL')
  })

  it('marks a certificate nothing serves as not in use and INELIGIBLE', async () => {
    const summaries = (await eu.send(new ListCertificatesCommand({}))).CertificateSummaryList
    expect(summaries?.find((c) => c.DomainName === 'idle.example.com')).toMatchObject({
      InUse: false,
      RenewalEligibility: 'INELIGIBLE'
    })
    expect(summaries?.find((c) => c.DomainName === 'eu-sni.example.com')?.InUse).toBe(true)
  })

  it("gives a PRIVATE certificate its CA's ARN and issuer, and no lifetime past the CA's", async () => {
    const pca = pcaClient(aws, { region: 'eu-west-1' })
    const [ca] =
      (await pca.send(new ListCertificateAuthoritiesCommand({}))).CertificateAuthorities ?? []
    pca.destroy()
    const { nlb } = await arnsOf()
    const cert = await describeDomain(eu, 'ledger.internal.example.com')
    expect(cert).toMatchObject({
      Type: 'PRIVATE',
      CertificateAuthorityArn: ca?.Arn,
      Issuer: 'Example Internal CA',
      NotAfter: new Date(NOW.getTime() + 30 * DAY),
      InUseBy: [nlb]
    })
    const amazon = await describeDomain(eu, 'eu.example.com')
    expect(amazon.CertificateAuthorityArn).toBeUndefined()
  })
})

describe('references the emulator refuses at start', () => {
  const account = (spec: Estate['accounts'][string]): Estate => ({ accounts: { [ACCOUNT]: spec } })
  const alb = (listener: ListenerSpec): RegionSpec => ({
    elb: { loadBalancers: [{ name: 'lb', listeners: [listener] }] }
  })

  it.each([
    [
      'an IAM certificate the account lacks',
      account({
        regions: {
          'us-east-1': alb({ port: 443, protocol: 'HTTPS', certificate: { iam: 'nope' } })
        }
      }),
      /no IAM server certificate named nope/
    ],
    [
      'an ACM domain the region lacks',
      account({
        regions: {
          'us-east-1': alb({ port: 443, protocol: 'HTTPS', certificate: { acm: 'x.example.com' } })
        }
      }),
      /no ACM certificate for x\.example\.com in us-east-1/
    ],
    [
      'a CloudFront ACM certificate outside us-east-1',
      account({
        cloudfront: {
          distributions: [{ certificate: { acm: 'x.example.com', region: 'eu-west-1' } }]
        },
        regions: { 'eu-west-1': { acm: { certificates: [{ domain: 'x.example.com' }] } } }
      }),
      /ACM certificates of us-east-1 only/
    ],
    [
      'an HTTPS listener without a certificate',
      account({ regions: { 'us-east-1': alb({ port: 443, protocol: 'HTTPS' }) } }),
      /needs a certificate/
    ],
    [
      'a TLS listener on an application load balancer',
      account({
        regions: {
          'us-east-1': alb({ port: 443, protocol: 'TLS', certificate: { arn: 'arn:aws:acm:x' } })
        }
      }),
      /TLS is not a protocol of application load balancers/
    ],
    [
      'a private CA the region lacks',
      account({
        regions: {
          'us-east-1': {
            acm: {
              certificates: [
                { domain: 'p.example.com', type: 'PRIVATE', certificateAuthority: 'Nope CA' }
              ]
            }
          }
        }
      }),
      /no private CA Nope CA in us-east-1/
    ]
  ])('%s', async (_what, bad, message) => {
    await expect(startAwsEmulator({ estate: bad })).rejects.toThrow(message)
  })
})
