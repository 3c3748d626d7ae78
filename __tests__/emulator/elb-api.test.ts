/**
 * Both Elastic Load Balancing APIs through the real SDK clients (Query protocol, one signing
 * name, told apart by Version): Classic DescribeLoadBalancers, and for ALB/NLB
 * DescribeLoadBalancers, DescribeListeners (the default certificate only) and
 * DescribeListenerCertificates (the default and the SNI ones); paging, not-found faults, a
 * regional service in a region the account lacks, and the front end's knobs per API.
 */
import {
  AccessPointNotFoundException,
  DescribeLoadBalancersCommand as DescribeClassicCommand,
  paginateDescribeLoadBalancers as paginateClassic,
  type ElasticLoadBalancingClient,
  type LoadBalancerDescription
} from '@aws-sdk/client-elastic-load-balancing'
import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  ListenerNotFoundException,
  LoadBalancerNotFoundException,
  type ElasticLoadBalancingV2Client,
  type LoadBalancer
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { elbClient, elbv2Client } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const ACCOUNT = '111111111111'

const estate: Estate = {
  accounts: {
    [ACCOUNT]: {
      iam: { serverCertificates: [{ name: 'legacy-api', expiration: '+20d' }] },
      regions: {
        'us-east-1': {
          acm: { certificates: [{ domain: 'shop.example.com' }, { domain: 'api.example.com' }] },
          elb: {
            classic: [
              {
                name: 'legacy-elb',
                listeners: [
                  {
                    protocol: 'HTTPS',
                    port: 443,
                    instancePort: 8080,
                    certificate: { iam: 'legacy-api' }
                  },
                  { protocol: 'HTTP', port: 80, instancePort: 8080 }
                ]
              },
              {
                name: 'internal-tcp',
                scheme: 'internal',
                listeners: [{ protocol: 'TCP', port: 5432, instancePort: 5432 }]
              },
              ...Array.from({ length: 4 }, (_, i) => ({
                name: `bulk-${i}`,
                listeners: [{ protocol: 'HTTP' as const, port: 80 }]
              }))
            ],
            loadBalancers: [
              {
                name: 'shop-alb',
                listeners: [
                  {
                    port: 443,
                    protocol: 'HTTPS',
                    certificate: { acm: 'shop.example.com' },
                    sniCertificates: [{ acm: 'api.example.com' }, { iam: 'legacy-api' }]
                  },
                  { port: 80, protocol: 'HTTP' }
                ]
              },
              {
                name: 'db-nlb',
                type: 'network',
                scheme: 'internal',
                state: 'provisioning',
                listeners: [
                  {
                    port: 5432,
                    protocol: 'TLS',
                    certificate: { arn: 'arn:aws:acm:us-east-1:111111111111:certificate/gone' }
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

describe('Elastic Load Balancing', () => {
  let aws: AwsEmulator
  let elb: ElasticLoadBalancingClient
  let elbv2: ElasticLoadBalancingV2Client
  let balancers: LoadBalancer[]

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    elb = elbClient(aws, { region: 'us-east-1' })
    elbv2 = elbv2Client(aws, { region: 'us-east-1' })
    balancers = (await elbv2.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? []
  })
  afterAll(async () => {
    elb.destroy()
    elbv2.destroy()
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [] })
  })

  const arnOf = (name: string) =>
    balancers.find((lb) => lb.LoadBalancerName === name)?.LoadBalancerArn as string

  describe('Classic (2012-06-01)', () => {
    it('describes listeners with the certificate each serves and its SSL policy', async () => {
      const out = await elb.send(new DescribeClassicCommand({ LoadBalancerNames: ['legacy-elb'] }))
      const [lb] = out.LoadBalancerDescriptions ?? []
      expect(lb).toMatchObject({
        LoadBalancerName: 'legacy-elb',
        DNSName: expect.stringMatching(/^legacy-elb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/),
        Scheme: 'internet-facing',
        CreatedTime: expect.any(Date),
        VPCId: expect.stringMatching(/^vpc-[0-9a-f]{17}$/),
        AvailabilityZones: ['us-east-1a', 'us-east-1b'],
        Policies: { OtherPolicies: ['ELBSecurityPolicy-2016-08'] },
        HealthCheck: { Target: 'TCP:8080' }
      })
      expect(lb?.ListenerDescriptions).toEqual([
        {
          Listener: {
            Protocol: 'HTTPS',
            LoadBalancerPort: 443,
            InstanceProtocol: 'HTTP',
            InstancePort: 8080,
            SSLCertificateId: 'arn:aws:iam::111111111111:server-certificate/legacy-api'
          },
          PolicyNames: ['ELBSecurityPolicy-2016-08']
        },
        {
          Listener: {
            Protocol: 'HTTP',
            LoadBalancerPort: 80,
            InstanceProtocol: 'HTTP',
            InstancePort: 8080
          },
          PolicyNames: []
        }
      ])
      const internal = await elb.send(
        new DescribeClassicCommand({ LoadBalancerNames: ['internal-tcp'] })
      )
      expect(internal.LoadBalancerDescriptions?.[0]?.DNSName).toMatch(/^internal-internal-tcp-/)
    })

    it('pages by Marker/PageSize (1..400) and names an unknown load balancer', async () => {
      const names: string[] = []
      const pages: LoadBalancerDescription[][] = []
      // The Classic paginator has no page-size setting: PageSize travels in the input.
      for await (const page of paginateClassic({ client: elb }, { PageSize: 4 })) {
        pages.push(page.LoadBalancerDescriptions ?? [])
        names.push(...(page.LoadBalancerDescriptions ?? []).map((lb) => lb.LoadBalancerName ?? ''))
      }
      expect(pages.map((p) => p.length)).toEqual([4, 2])
      expect(names).toEqual(['legacy-elb', 'internal-tcp', 'bulk-0', 'bulk-1', 'bulk-2', 'bulk-3'])
      for (const PageSize of [0, 401]) {
        await expect(elb.send(new DescribeClassicCommand({ PageSize }))).rejects.toMatchObject({
          name: 'ValidationError',
          $metadata: { httpStatusCode: 400 }
        })
      }
      const missing = await elb
        .send(new DescribeClassicCommand({ LoadBalancerNames: ['nope'] }))
        .catch((e: unknown) => e)
      expect(missing).toBeInstanceOf(AccessPointNotFoundException)
      expect(missing).toMatchObject({
        message: "There is no ACTIVE Load Balancer named 'nope'",
        $metadata: { httpStatusCode: 400 }
      })
    })
  })

  describe('Application and Network (2015-12-01)', () => {
    it('describes load balancers with derived ARNs and DNS names', () => {
      expect(balancers).toHaveLength(2)
      expect(balancers[0]).toMatchObject({
        LoadBalancerArn: expect.stringMatching(
          /^arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer\/app\/shop-alb\/[0-9a-f]{16}$/
        ),
        DNSName: expect.stringMatching(/^shop-alb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/),
        LoadBalancerName: 'shop-alb',
        Scheme: 'internet-facing',
        Type: 'application',
        State: { Code: 'active' },
        IpAddressType: 'ipv4',
        CreatedTime: expect.any(Date)
      })
      expect(balancers[1]).toMatchObject({
        LoadBalancerArn: expect.stringContaining(':loadbalancer/net/db-nlb/'),
        DNSName: expect.stringMatching(/^db-nlb-[0-9a-f]{16}\.elb\.us-east-1\.amazonaws\.com$/),
        Type: 'network',
        Scheme: 'internal',
        State: { Code: 'provisioning' },
        SecurityGroups: []
      })
    })

    it('filters by name and by ARN, and answers LoadBalancerNotFound for one it lacks', async () => {
      const byName = await elbv2.send(new DescribeLoadBalancersCommand({ Names: ['db-nlb'] }))
      expect(byName.LoadBalancers?.map((lb) => lb.LoadBalancerName)).toEqual(['db-nlb'])
      const byArn = await elbv2.send(
        new DescribeLoadBalancersCommand({ LoadBalancerArns: [arnOf('shop-alb')] })
      )
      expect(byArn.LoadBalancers?.map((lb) => lb.LoadBalancerName)).toEqual(['shop-alb'])
      const missing = await elbv2
        .send(new DescribeLoadBalancersCommand({ Names: ['shop-alb', 'nope'] }))
        .catch((e: unknown) => e)
      expect(missing).toBeInstanceOf(LoadBalancerNotFoundException)
      const first = await elbv2.send(new DescribeLoadBalancersCommand({ PageSize: 1 }))
      expect(first.LoadBalancers).toHaveLength(1)
      const second = await elbv2.send(
        new DescribeLoadBalancersCommand({ PageSize: 1, Marker: first.NextMarker })
      )
      expect(second.LoadBalancers?.[0]?.LoadBalancerName).toBe('db-nlb')
      expect(second.NextMarker).toBeUndefined()
    })

    it('lists listeners with the default certificate only, as DescribeListeners documents', async () => {
      const out = await elbv2.send(
        new DescribeListenersCommand({ LoadBalancerArn: arnOf('shop-alb') })
      )
      const [https, http] = out.Listeners ?? []
      expect(https).toMatchObject({
        ListenerArn: expect.stringMatching(
          /^arn:aws:elasticloadbalancing:us-east-1:111111111111:listener\/app\/shop-alb\/[0-9a-f]{16}\/[0-9a-f]{16}$/
        ),
        LoadBalancerArn: arnOf('shop-alb'),
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: 'ELBSecurityPolicy-2016-08',
        Certificates: [
          {
            CertificateArn: expect.stringMatching(
              /^arn:aws:acm:us-east-1:111111111111:certificate\//
            )
          }
        ],
        DefaultActions: [
          { Type: 'forward', TargetGroupArn: expect.stringContaining(':targetgroup/') }
        ]
      })
      expect(http).toMatchObject({ Port: 80, Protocol: 'HTTP' })
      expect(http?.Certificates).toBeUndefined()
      expect(http?.SslPolicy).toBeUndefined()
      const byArn = await elbv2.send(
        new DescribeListenersCommand({ ListenerArns: [http?.ListenerArn as string] })
      )
      expect(byArn.Listeners?.map((l) => l.Port)).toEqual([80])
    })

    it('lists the default and the SNI certificates of a listener', async () => {
      const [https, http] =
        (await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: arnOf('shop-alb') })))
          .Listeners ?? []
      const out = await elbv2.send(
        new DescribeListenerCertificatesCommand({ ListenerArn: https?.ListenerArn })
      )
      expect(out.Certificates?.map((c) => c.IsDefault)).toEqual([true, false, false])
      expect(out.Certificates?.[0]?.CertificateArn).toBe(https?.Certificates?.[0]?.CertificateArn)
      expect(out.Certificates?.[2]?.CertificateArn).toBe(
        'arn:aws:iam::111111111111:server-certificate/legacy-api'
      )
      const paged = await elbv2.send(
        new DescribeListenerCertificatesCommand({ ListenerArn: https?.ListenerArn, PageSize: 2 })
      )
      expect(paged.Certificates).toHaveLength(2)
      expect(paged.NextMarker).toEqual(expect.any(String))
      const plain = await elbv2.send(
        new DescribeListenerCertificatesCommand({ ListenerArn: http?.ListenerArn })
      )
      expect(plain.Certificates).toEqual([])
    })

    it('serves a certificate reference by ARN as it is (a deleted certificate)', async () => {
      const out = await elbv2.send(
        new DescribeListenersCommand({ LoadBalancerArn: arnOf('db-nlb') })
      )
      expect(out.Listeners?.[0]).toMatchObject({
        Protocol: 'TLS',
        Certificates: [{ CertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/gone' }]
      })
    })

    it('refuses listener calls without a target, or for a listener or load balancer it lacks', async () => {
      await expect(elbv2.send(new DescribeListenersCommand({}))).rejects.toMatchObject({
        name: 'ValidationError',
        message: 'You must specify either listener ARNs or a load balancer ARN'
      })
      const arn = arnOf('shop-alb')
      await expect(
        elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: `${arn}0` }))
      ).rejects.toBeInstanceOf(LoadBalancerNotFoundException)
      const noListener = `${arn.replace(':loadbalancer/', ':listener/')}/0000000000000000`
      await expect(
        elbv2.send(new DescribeListenerCertificatesCommand({ ListenerArn: noListener }))
      ).rejects.toBeInstanceOf(ListenerNotFoundException)
      await expect(
        elbv2.send(new DescribeListenerCertificatesCommand({ ListenerArn: undefined }))
      ).rejects.toMatchObject({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } })
    })
  })

  it('is regional: a region the account lacks answers like a disabled opt-in region', async () => {
    const tokyo = elbv2Client(aws, { region: 'ap-northeast-1' })
    await expect(tokyo.send(new DescribeLoadBalancersCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
      $metadata: { httpStatusCode: 403 }
    })
    tokyo.destroy()
  })

  it('tells the two APIs apart in the call log, and a fault for one spares the other', async () => {
    aws.setKnobs({ faults: [{ service: 'elbv2', error: 'AccessDenied' }] })
    const denied = await elbv2.send(new DescribeLoadBalancersCommand({})).catch((e: unknown) => e)
    expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
    await elb.send(new DescribeClassicCommand({}))
    expect(aws.calls.map((c) => [c.service, c.operation, c.status, c.errorCode])).toEqual([
      ['elbv2', 'DescribeLoadBalancers', 403, 'AccessDenied'],
      ['elb', 'DescribeLoadBalancers', 200, undefined]
    ])
  })

  it('throttles each API in its own bucket under the one quota name', async () => {
    aws.setKnobs({ quotas: { DescribeLoadBalancers: 1 } })
    const once = elbClient(aws, { region: 'us-east-1', maxAttempts: 1 })
    const onceV2 = elbv2Client(aws, { region: 'us-east-1', maxAttempts: 1 })
    await once.send(new DescribeClassicCommand({}))
    await onceV2.send(new DescribeLoadBalancersCommand({}))
    await expect(once.send(new DescribeClassicCommand({}))).rejects.toMatchObject({
      name: 'Throttling',
      $metadata: { httpStatusCode: 400 }
    })
    aws.setKnobs({ quotas: { DescribeLoadBalancers: 0 } })
    once.destroy()
    onceV2.destroy()
  })
})
