/**
 * The emulated AWS front end through the real SDK clients: SigV4 checks (in each protocol's own
 * error form, for every service), accounts reached through STS, regions that are not enabled,
 * and the knobs (quotas the SDK's retry recovers from, faults, slow calls) with the call log
 * that records them.
 */
import {
  ACMClient,
  AccessDeniedException,
  ListCertificatesCommand,
  DescribeCertificateCommand
} from '@aws-sdk/client-acm'
import {
  DescribeCertificatesCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RDSServiceException
} from '@aws-sdk/client-rds'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials
} from '@aws-sdk/client-sts'
import { ListCertificateAuthoritiesCommand } from '@aws-sdk/client-acm-pca'
import { ListDistributionsCommand } from '@aws-sdk/client-cloudfront'
import { DescribeLoadBalancersCommand as DescribeClassicCommand } from '@aws-sdk/client-elastic-load-balancing'
import { DescribeLoadBalancersCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { ListServerCertificatesCommand } from '@aws-sdk/client-iam'
import {
  startAwsEmulator,
  type AwsEmulator,
  type Estate,
  type ServiceId
} from '../../emulator/aws/index.js'
import {
  acmClient,
  cloudFrontClient,
  elbClient,
  elbv2Client,
  iamClient,
  once,
  pcaClient,
  rdsClient,
  stsClient
} from './clients.js'

const estate: Estate = {
  defaultAccount: '111111111111',
  expectedAudience: 'sts.amazonaws.com',
  accounts: {
    '111111111111': {
      name: 'prod',
      regions: {
        'us-east-1': {
          rds: { instances: [{ id: 'prod-db', engine: 'postgres' }] },
          acm: {
            certificates: [
              {
                domain: 'prod.example.com',
                inUseBy: ['arn:aws:cloudfront::111111111111:distribution/E1']
              }
            ]
          }
        }
      }
    },
    '222222222222': {
      name: 'staging',
      roles: ['cert-watch'],
      regions: {
        'ap-northeast-1': {
          rds: { instances: [{ id: 'stg-db', engine: 'mysql' }] },
          acm: { certificates: [{ domain: 'stg.example.jp' }] }
        }
      }
    }
  }
}

function jwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

const GITHUB_TOKEN = jwt({
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:example/infra:ref:refs/heads/main',
  aud: 'sts.amazonaws.com'
})

describe('the AWS front end', () => {
  let aws: AwsEmulator
  beforeAll(async () => {
    aws = await startAwsEmulator({ estate })
  })
  afterAll(async () => {
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [], latencyMs: 0 })
  })

  const unsignedSts = () => new STSClient({ endpoint: aws.url, region: 'us-east-1' })

  async function assumeStaging(): Promise<Credentials> {
    const sts = unsignedSts()
    const out = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::222222222222:role/cert-watch',
        RoleSessionName: 'aws-cert-watch',
        WebIdentityToken: GITHUB_TOKEN
      })
    )
    sts.destroy()
    return out.Credentials as Credentials
  }

  describe('SigV4', () => {
    it('answers SignatureDoesNotMatch (RDS) and InvalidSignatureException (ACM) for a wrong secret', async () => {
      const credentials = { accessKeyId: 'AKIAEMULATOR0EXAMPLE', secretAccessKey: 'wrong' }
      const rds = rdsClient(aws, { region: 'us-east-1', credentials })
      await expect(rds.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({
        name: 'SignatureDoesNotMatch',
        $metadata: { httpStatusCode: 403 }
      })
      const acm = acmClient(aws, { region: 'us-east-1', credentials })
      await expect(acm.send(new ListCertificatesCommand({}))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
        $metadata: { httpStatusCode: 400 }
      })
      rds.destroy()
      acm.destroy()
    })

    it('answers InvalidClientTokenId / UnrecognizedClientException for an unknown key', async () => {
      const credentials = { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }
      const sts = stsClient(aws, { region: 'us-east-1', credentials })
      await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
        name: 'InvalidClientTokenId',
        $metadata: { httpStatusCode: 403 }
      })
      const acm = acmClient(aws, { region: 'us-east-1', credentials })
      await expect(acm.send(new ListCertificatesCommand({}))).rejects.toMatchObject({
        name: 'UnrecognizedClientException'
      })
      expect(aws.calls.map((c) => [c.service, c.account, c.errorCode])).toEqual([
        ['sts', '', 'InvalidClientTokenId'],
        ['acm', '', 'UnrecognizedClientException']
      ])
      sts.destroy()
      acm.destroy()
    })

    it.each([
      [
        'RDS',
        'Action=DescribeDBInstances&Version=2014-10-31',
        'http://rds.amazonaws.com/doc/2014-10-31/'
      ],
      [
        'IAM',
        'Action=ListServerCertificates&Version=2010-05-08',
        'https://iam.amazonaws.com/doc/2010-05-08/'
      ]
    ])('answers MissingAuthenticationToken for an unsigned %s call', async (_service, form, ns) => {
      const response = await fetch(aws.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form
      })
      expect(response.status).toBe(403)
      const body = await response.text()
      expect(body).toContain('<Code>MissingAuthenticationToken</Code>')
      expect(body).toContain(`xmlns="${ns}"`)
      expect(body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId>/)
    })

    const wrongSecret = { accessKeyId: 'AKIAEMULATOR0EXAMPLE', secretAccessKey: 'wrong' }
    const options = { region: 'us-east-1', credentials: wrongSecret }
    it.each<[ServiceId, () => Promise<unknown>]>([
      [
        'iam',
        () => once(iamClient(aws, options), (c) => c.send(new ListServerCertificatesCommand({})))
      ],
      ['elb', () => once(elbClient(aws, options), (c) => c.send(new DescribeClassicCommand({})))],
      [
        'elbv2',
        () => once(elbv2Client(aws, options), (c) => c.send(new DescribeLoadBalancersCommand({})))
      ],
      [
        'cloudfront',
        () => once(cloudFrontClient(aws, options), (c) => c.send(new ListDistributionsCommand({})))
      ],
      [
        'acm-pca',
        () =>
          once(pcaClient(aws, options), (c) => c.send(new ListCertificateAuthoritiesCommand({})))
      ]
    ])('answers %s signed with a wrong secret as its protocol does', async (service, send) => {
      // JSON 1.1 has its own spelling and status; Query and REST-XML services share theirs.
      const [name, status] =
        service === 'acm-pca' ? ['InvalidSignatureException', 400] : ['SignatureDoesNotMatch', 403]
      await expect(send()).rejects.toMatchObject({ name, $metadata: { httpStatusCode: status } })
      expect(aws.calls.map((c) => [c.service, c.errorCode])).toEqual([[service, name]])
    })
  })

  describe('STS', () => {
    it('AssumeRoleWithWebIdentity issues credentials that act as the role account for an hour', async () => {
      const before = Date.now()
      const credentials = await assumeStaging()
      expect(credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
      const expiry = (credentials.Expiration as Date).getTime()
      expect(expiry).toBeGreaterThanOrEqual(before + 3_600_000 - 1000)
      expect(expiry).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1000)
      const session = {
        accessKeyId: credentials.AccessKeyId as string,
        secretAccessKey: credentials.SecretAccessKey as string,
        sessionToken: credentials.SessionToken as string
      }
      const sts = stsClient(aws, { region: 'us-east-1', credentials: session })
      const me = await sts.send(new GetCallerIdentityCommand({}))
      expect(me).toMatchObject({
        Account: '222222222222',
        Arn: 'arn:aws:sts::222222222222:assumed-role/cert-watch/aws-cert-watch'
      })
      const rds = rdsClient(aws, { region: 'ap-northeast-1', credentials: session })
      const dbs = await rds.send(new DescribeDBInstancesCommand({}))
      expect(dbs.DBInstances?.map((i) => i.DBInstanceArn)).toEqual([
        'arn:aws:rds:ap-northeast-1:222222222222:db:stg-db'
      ])
      expect(aws.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status])).toEqual(
        [
          ['sts', 'AssumeRoleWithWebIdentity', '222222222222', '', 200],
          ['sts', 'GetCallerIdentity', '222222222222', 'us-east-1', 200],
          ['rds', 'DescribeDBInstances', '222222222222', 'ap-northeast-1', 200]
        ]
      )
      sts.destroy()
      rds.destroy()
    })

    it('refuses a session token that does not belong to the key', async () => {
      const credentials = await assumeStaging()
      const rds = rdsClient(aws, {
        region: 'ap-northeast-1',
        credentials: {
          accessKeyId: credentials.AccessKeyId as string,
          secretAccessKey: credentials.SecretAccessKey as string,
          sessionToken: 'forged'
        }
      })
      await expect(rds.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({
        name: 'InvalidClientTokenId'
      })
      rds.destroy()
    })

    it.each([
      [
        'a role in an account the estate does not have',
        'arn:aws:iam::333333333333:role/cert-watch',
        GITHUB_TOKEN,
        'AccessDenied',
        403
      ],
      [
        'a role name the account does not accept',
        'arn:aws:iam::222222222222:role/admin',
        GITHUB_TOKEN,
        'AccessDenied',
        403
      ],
      [
        'a malformed role ARN',
        'arn:aws:iam::2222:role/cert-watch',
        GITHUB_TOKEN,
        'ValidationError',
        400
      ],
      [
        'a JWT for another audience',
        'arn:aws:iam::222222222222:role/cert-watch',
        jwt({ aud: 'other' }),
        'InvalidIdentityTokenException',
        400
      ]
    ])('rejects %s', async (_what, roleArn, token, name, status) => {
      const sts = unsignedSts()
      await expect(
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: 's1',
            WebIdentityToken: token
          })
        )
      ).rejects.toMatchObject({ name, $metadata: { httpStatusCode: status } })
      sts.destroy()
    })
  })

  describe('regions', () => {
    it('answers a region the account has not enabled like a disabled opt-in region', async () => {
      const rds = rdsClient(aws, { region: 'ap-east-1' })
      await expect(rds.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({
        name: 'InvalidClientTokenId',
        $metadata: { httpStatusCode: 403 }
      })
      const acm = acmClient(aws, { region: 'ap-northeast-1' })
      await expect(acm.send(new ListCertificatesCommand({}))).rejects.toMatchObject({
        name: 'UnrecognizedClientException',
        $metadata: { httpStatusCode: 400 }
      })
      rds.destroy()
      acm.destroy()
    })
  })

  describe('knobs', () => {
    it('throttles above the quota with ThrottlingException and the SDK retry recovers', async () => {
      aws.setKnobs({ quotas: { DescribeCertificate: 5 } })
      const acm = new ACMClient({
        endpoint: aws.url,
        region: 'us-east-1',
        credentials: {
          accessKeyId: 'AKIAEMULATOR0EXAMPLE',
          secretAccessKey: 'emulator-secret-access-key'
        },
        maxAttempts: 8
      })
      const list = await acm.send(new ListCertificatesCommand({}))
      const arn = list.CertificateSummaryList?.[0]?.CertificateArn
      const results = await Promise.all(
        Array.from({ length: 9 }, () =>
          acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))
        )
      )
      expect(results.every((r) => r.Certificate?.DomainName === 'prod.example.com')).toBe(true)
      const describes = aws.calls.filter((c) => c.operation === 'DescribeCertificate')
      const throttled = describes.filter((c) => c.errorCode === 'ThrottlingException')
      expect(throttled.length).toBeGreaterThanOrEqual(4)
      expect(throttled.every((c) => c.status === 400)).toBe(true)
      expect(describes.filter((c) => c.status === 200)).toHaveLength(9)
      expect(results.some((r) => (r.$metadata.attempts ?? 1) > 1)).toBe(true)
      acm.destroy()
    })

    it("throttles past a service's shared bucket whatever the operation (serviceQuotas)", async () => {
      aws.setKnobs({ serviceQuotas: { rds: { perSecond: 1, burst: 2 } } })
      const rds = rdsClient(aws, { region: 'us-east-1', maxAttempts: 1 })
      const settled = await Promise.allSettled([
        rds.send(new DescribeDBInstancesCommand({})),
        rds.send(new DescribeDBClustersCommand({})),
        rds.send(new DescribeCertificatesCommand({}))
      ])
      rds.destroy()
      aws.setKnobs({ serviceQuotas: {} })
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(2)
      expect(settled.filter((s) => s.status === 'rejected')).toEqual([
        { status: 'rejected', reason: expect.objectContaining({ name: 'Throttling' }) }
      ])
      const throttled = aws.calls.filter((c) => c.errorCode === 'Throttling')
      expect(throttled).toHaveLength(1)
      expect(throttled[0]).toMatchObject({ service: 'rds', status: 400 })
    })

    it('throttles RDS with Throttling (Query protocol) once a quota is set', async () => {
      aws.setKnobs({ quotas: { DescribeDBInstances: 1 } })
      const rds = rdsClient(aws, { region: 'us-east-1', maxAttempts: 1 })
      const outcomes = await Promise.allSettled([
        rds.send(new DescribeDBInstancesCommand({})),
        rds.send(new DescribeDBInstancesCommand({}))
      ])
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected'])
      const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
      expect(rejected.reason).toMatchObject({
        name: 'Throttling',
        $metadata: { httpStatusCode: 400 }
      })
      aws.setKnobs({ quotas: { DescribeDBInstances: 0 } })
      rds.destroy()
    })

    it('injects AccessDenied for one service and region as the SDK names it', async () => {
      aws.setKnobs({
        faults: [
          { service: 'rds', region: 'us-east-1', error: 'AccessDenied' },
          { service: 'acm', error: 'AccessDenied' }
        ]
      })
      const rds = rdsClient(aws, { region: 'us-east-1' })
      const rdsError = await rds.send(new DescribeDBInstancesCommand({})).catch((e: unknown) => e)
      expect(rdsError).toBeInstanceOf(RDSServiceException)
      expect(rdsError).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
      const acm = acmClient(aws, { region: 'us-east-1' })
      const acmError = await acm.send(new ListCertificatesCommand({})).catch((e: unknown) => e)
      expect(acmError).toBeInstanceOf(AccessDeniedException)
      expect((acmError as AccessDeniedException).message).toContain('ListCertificates')
      const sts = stsClient(aws, { region: 'us-east-1' })
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111111111111')
      rds.destroy()
      acm.destroy()
      sts.destroy()
    })

    it('fails a share of calls with 500s that the SDK retries', async () => {
      aws.setKnobs({
        faults: [{ operation: 'DescribeDBInstances', error: 'InternalFailure', rate: 0.5 }]
      })
      const rds = rdsClient(aws, { region: 'us-east-1' })
      for (let i = 0; i < 4; i++) await rds.send(new DescribeDBInstancesCommand({}))
      // Every other matching call fails, evenly spread: S, F+S, F+S, F+S.
      const statuses = aws.calls.map((c) => c.status)
      expect(statuses).toEqual([200, 500, 200, 500, 200, 500, 200])
      expect(aws.calls.find((c) => c.status === 500)?.errorCode).toBe('InternalFailure')
      rds.destroy()
    })

    it('slows matching calls down without failing them', async () => {
      aws.setKnobs({ faults: [{ operation: 'DescribeDBInstances', error: '', delayMs: 300 }] })
      const rds = rdsClient(aws, { region: 'us-east-1' })
      const started = Date.now()
      await rds.send(new DescribeDBInstancesCommand({}))
      expect(Date.now() - started).toBeGreaterThanOrEqual(290)
      expect(aws.calls.map((c) => c.status)).toEqual([200])
      rds.destroy()
    })
  })
})
