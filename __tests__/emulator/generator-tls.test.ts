/**
 * The generator's IAM certificates, load balancers, distributions and private CAs: the estate
 * and the planted list stay exactly what they were when none are asked for, every planted
 * problem is served as planted, and every consumer a planted entry names really serves the
 * certificate (checked through the SDK, not by reading the estate back).
 */
import { DescribeCertificateCommand } from '@aws-sdk/client-acm'
import { ListCertificateAuthoritiesCommand } from '@aws-sdk/client-acm-pca'
import { ListDistributionsCommand, type DistributionSummary } from '@aws-sdk/client-cloudfront'
import { DescribeLoadBalancersCommand as DescribeClassicCommand } from '@aws-sdk/client-elastic-load-balancing'
import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { ListServerCertificatesCommand } from '@aws-sdk/client-iam'
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { IAM_PROBLEMS, PCA_PROBLEMS } from '../../emulator/aws/generate.js'
import {
  generateEstate,
  startAwsEmulator,
  type AwsEmulator,
  type PlantedProblem
} from '../../emulator/aws/index.js'
import {
  acmClient,
  cloudFrontClient,
  elbClient,
  elbv2Client,
  iamClient,
  pcaClient,
  stsClient
} from './clients.js'

const NOW = new Date('2026-03-01T12:00:00Z')
const DAY = 86_400_000
const ACCOUNTS = ['111111111111', '222222222222']
const REGIONS = ['us-east-1', 'eu-west-1']

const base = {
  accounts: ACCOUNTS,
  regions: REGIONS,
  instances: 40,
  certificates: 60,
  problemShare: 0.3,
  seed: 5
}
const options = {
  ...base,
  serverCertificates: 20,
  classicLoadBalancers: 12,
  loadBalancers: 30,
  distributions: 10,
  certificateAuthorities: 20
}

describe('generateEstate with TLS resources', () => {
  it('leaves the estate and the planted list as they were when the new counts are 0', () => {
    const without = generateEstate(base)
    const zero = generateEstate({
      ...base,
      serverCertificates: 0,
      classicLoadBalancers: 0,
      loadBalancers: 0,
      distributions: 0,
      certificateAuthorities: 0
    })
    expect(JSON.stringify(zero)).toBe(JSON.stringify(without))
    const { planted } = generateEstate(options)
    // The RDS and ACM resources are planted as before; only consumers are added to ACM entries.
    const strip = (p: PlantedProblem) => ({ ...p, consumers: undefined })
    expect(planted.filter((p) => p.service === 'rds' || p.service === 'acm').map(strip)).toEqual(
      without.planted.map(strip)
    )
  })

  it('is deterministic and plants every new kind, keyed as documented', () => {
    expect(generateEstate(options)).toEqual(generateEstate(options))
    const { planted } = generateEstate(options)
    const iam = planted.filter((p) => p.service === 'iam')
    const pca = planted.filter((p) => p.service === 'acm-pca')
    expect(iam).toHaveLength(6)
    expect(pca).toHaveLength(6)
    expect(new Set(iam.map((p) => p.problem))).toEqual(new Set(IAM_PROBLEMS))
    expect(new Set(pca.map((p) => p.problem))).toEqual(new Set(PCA_PROBLEMS))
    for (const p of iam) {
      expect(p.region).toBe('global')
      expect(p.resourceId).toMatch(/^arn:aws:iam::\d{12}:server-certificate\/srv-\d{5}\./)
    }
    for (const p of pca) {
      expect(p.resourceId).toMatch(/^arn:aws:acm-pca:[a-z0-9-]+:\d{12}:certificate-authority\//)
    }
    // Some planted certificates of both kinds sit behind a consumer.
    expect(iam.some((p) => (p.consumers ?? []).length > 0)).toBe(true)
    expect(planted.some((p) => p.service === 'acm' && (p.consumers ?? []).length > 0)).toBe(true)
  })

  describe('served', () => {
    let aws: AwsEmulator
    const { estate, planted } = generateEstate(options)

    beforeAll(async () => {
      aws = await startAwsEmulator({
        estate,
        now: NOW,
        knobs: { quotas: { DescribeCertificate: 0 } }
      })
    })
    afterAll(async () => {
      await aws.close()
    })

    /** The static keys belong to the first account; every account is reached by role. */
    const assume = async (account: string) => {
      const sts = stsClient(aws, { region: 'us-east-1' })
      const out = await sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${account}:role/cert-watch`,
          RoleSessionName: 'generator-test'
        })
      )
      sts.destroy()
      const c = out.Credentials
      return {
        accessKeyId: c?.AccessKeyId as string,
        secretAccessKey: c?.SecretAccessKey as string,
        sessionToken: c?.SessionToken as string
      }
    }

    /** Every certificate ARN each consumer serves, as the APIs list them. */
    async function servedBy(account: string): Promise<Map<string, Set<string>>> {
      const credentials = await assume(account)
      const served = new Map<string, Set<string>>()
      const add = (consumer: string, certificate: string | undefined) => {
        if (!certificate) return
        served.set(consumer, (served.get(consumer) ?? new Set()).add(certificate))
      }
      for (const region of REGIONS) {
        const elb = elbClient(aws, { region, credentials })
        for (const lb of (await elb.send(new DescribeClassicCommand({})))
          .LoadBalancerDescriptions ?? []) {
          const arn = `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${lb.LoadBalancerName}`
          for (const l of lb.ListenerDescriptions ?? []) add(arn, l.Listener?.SSLCertificateId)
        }
        elb.destroy()
        const elbv2 = elbv2Client(aws, { region, credentials })
        for (const lb of (await elbv2.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ??
          []) {
          const listeners =
            (
              await elbv2.send(
                new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })
              )
            ).Listeners ?? []
          for (const l of listeners) {
            const certificates = await elbv2.send(
              new DescribeListenerCertificatesCommand({ ListenerArn: l.ListenerArn })
            )
            for (const c of certificates.Certificates ?? [])
              add(lb.LoadBalancerArn as string, c.CertificateArn)
          }
        }
        elbv2.destroy()
      }
      const cloudfront = cloudFrontClient(aws, { credentials })
      const iam = iamClient(aws, { credentials })
      const ids = new Map(
        (
          (await iam.send(new ListServerCertificatesCommand({ MaxItems: 1000 })))
            .ServerCertificateMetadataList ?? []
        ).map((c) => [c.ServerCertificateId, c.Arn])
      )
      const items: DistributionSummary[] =
        (await cloudfront.send(new ListDistributionsCommand({}))).DistributionList?.Items ?? []
      for (const d of items) {
        const v = d.ViewerCertificate
        add(d.ARN as string, v?.ACMCertificateArn ?? ids.get(v?.IAMCertificateId))
      }
      cloudfront.destroy()
      iam.destroy()
      return served
    }

    it('serves every consumer a planted entry names, serving that certificate', async () => {
      for (const account of ACCOUNTS) {
        const served = await servedBy(account)
        for (const p of planted.filter((q) => q.account === account && q.consumers)) {
          for (const consumer of p.consumers ?? []) {
            expect([consumer, served.get(consumer)?.has(p.resourceId)]).toEqual([consumer, true])
          }
        }
      }
    })

    it('lists the consumers of a planted ACM certificate in its InUseBy', async () => {
      for (const p of planted.filter((q) => q.service === 'acm' && q.consumers)) {
        const acm = acmClient(aws, { region: p.region, credentials: await assume(p.account) })
        const cert = await acm.send(
          new DescribeCertificateCommand({ CertificateArn: p.resourceId })
        )
        expect(cert.Certificate?.InUseBy).toEqual(expect.arrayContaining(p.consumers ?? []))
        acm.destroy()
      }
    })

    it('serves the planted IAM and private CA problems as planted', async () => {
      for (const account of ACCOUNTS) {
        const credentials = await assume(account)
        const iam = iamClient(aws, { credentials })
        const certificates = new Map(
          (
            (await iam.send(new ListServerCertificatesCommand({ MaxItems: 1000 })))
              .ServerCertificateMetadataList ?? []
          ).map((c) => [c.Arn, c])
        )
        iam.destroy()
        for (const p of planted.filter((q) => q.account === account && q.service === 'iam')) {
          const expiration = certificates.get(p.resourceId)?.Expiration?.getTime() as number
          if (p.problem === 'iam-server-cert-expired')
            expect(expiration).toBeLessThan(NOW.getTime())
          else {
            expect(expiration).toBeGreaterThan(NOW.getTime())
            expect(expiration).toBeLessThan(NOW.getTime() + 41 * DAY)
          }
        }
        for (const region of REGIONS) {
          const pca = pcaClient(aws, { region, credentials })
          const cas = new Map(
            (
              (await pca.send(new ListCertificateAuthoritiesCommand({}))).CertificateAuthorities ??
              []
            ).map((ca) => [ca.Arn, ca])
          )
          pca.destroy()
          const expected: Record<string, object> = {
            'pca-ca-expired': { Status: 'EXPIRED' },
            'pca-ca-expiring': { Status: 'ACTIVE' },
            'pca-ca-not-active': { Status: 'DISABLED' }
          }
          for (const p of planted.filter(
            (q) => q.account === account && q.region === region && q.service === 'acm-pca'
          )) {
            const ca = cas.get(p.resourceId)
            expect(ca).toMatchObject(expected[p.problem] as object)
            if (p.problem === 'pca-ca-expiring') {
              expect(ca?.NotAfter?.getTime()).toBeLessThan(NOW.getTime() + 41 * DAY)
            }
          }
        }
      }
    })
  })
})
