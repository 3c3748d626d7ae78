/**
 * The AWS CLI (botocore, not the JS SDK) against the emulator with --endpoint-url: a second,
 * independent client that must sign, send and parse the same wire formats.
 */
import { spawn, spawnSync } from 'node:child_process'
import { startAwsEmulator, type AwsEmulator } from '../../emulator/aws/index.js'
import { STATIC_CREDENTIALS } from './clients.js'
import { describeWithTool } from '../helpers/installed-tool.js'

const which = spawnSync('which', ['aws'], { encoding: 'utf8' })
const AWS_CLI = which.status === 0 ? which.stdout.trim() : undefined

describeWithTool({ name: 'the AWS CLI', path: AWS_CLI }, 'AWS CLI against the emulator', (cli) => {
  let aws: AwsEmulator

  beforeAll(async () => {
    aws = await startAwsEmulator({
      estate: 'estates/demo.json',
      knobs: { quotas: { ListCertificates: 0 } }
    })
  })
  afterAll(async () => {
    await aws.close()
  })

  /** Runs `aws` with only the variables it needs: no profile, no metadata service. */
  function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(cli, ['--endpoint-url', aws.url, '--output', 'json', ...args], {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '/tmp',
          AWS_ACCESS_KEY_ID: STATIC_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: STATIC_CREDENTIALS.secretAccessKey,
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_CONFIG_FILE: '/nonexistent',
          AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_MAX_ATTEMPTS: '1'
        }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
    })
  }

  it('lists every certificate when --includes names all key types', async () => {
    const keyTypes = 'RSA_1024,RSA_2048,RSA_3072,RSA_4096,EC_prime256v1,EC_secp384r1,EC_secp521r1'
    const [all, byDefault] = await Promise.all([
      run(['acm', 'list-certificates', '--includes', `keyTypes=${keyTypes}`]),
      run(['acm', 'list-certificates'])
    ])
    expect(all.stderr).toBe('')
    const domains = (out: string) =>
      (
        JSON.parse(out) as { CertificateSummaryList: { DomainName: string }[] }
      ).CertificateSummaryList.map((c) => c.DomainName)
    expect(domains(all.stdout)).toEqual(
      expect.arrayContaining([
        'legacy-partner.example.com',
        'vault.example.com',
        'edge.example.com'
      ])
    )
    expect(domains(all.stdout)).not.toContain('acme.example.com')
    expect(domains(byDefault.stdout)).not.toContain('legacy-partner.example.com')
    expect(domains(byDefault.stdout)).toContain('intranet.example.com')
  })

  it('describes the DB instances with their CAs', async () => {
    const out = await run(['rds', 'describe-db-instances'])
    expect(out.code).toBe(0)
    const instances = (
      JSON.parse(out.stdout) as {
        DBInstances: { DBInstanceIdentifier: string; CACertificateIdentifier?: string }[]
      }
    ).DBInstances
    expect(instances.map((i) => i.DBInstanceIdentifier)).toEqual(
      expect.arrayContaining(['legacy-billing-mysql', 'graph-neptune-1', 'reports-oracle-custom'])
    )
    expect(
      instances.find((i) => i.DBInstanceIdentifier === 'legacy-billing-mysql')
        ?.CACertificateIdentifier
    ).toBe('rds-ca-2019')
    expect(aws.calls.filter((c) => c.operation === 'DescribeDBInstances')).toEqual([
      expect.objectContaining({ account: '111111111111', region: 'us-east-1', status: 200 })
    ])
  })

  it('shows the AWS error code for a region the account has not enabled', async () => {
    const out = await run(['--region', 'ap-east-1', 'rds', 'describe-db-instances'])
    expect(out.code).not.toBe(0)
    expect(out.stderr).toContain('InvalidClientTokenId')
  })

  it('lists the regions with their opt-in status, paging through every NextToken', async () => {
    aws.clearCalls()
    const out = await run(['account', 'list-regions'])
    expect(out.stderr).toBe('')
    const regions = (
      JSON.parse(out.stdout) as { Regions: { RegionName: string; RegionOptStatus: string }[] }
    ).Regions
    expect(regions).toHaveLength(36)
    expect(regions).toContainEqual({
      RegionName: 'ap-northeast-1',
      RegionOptStatus: 'ENABLED_BY_DEFAULT'
    })
    expect(regions.filter((r) => r.RegionOptStatus === 'DISABLED')).toHaveLength(19)
    expect(aws.calls.map((c) => [c.service, c.operation, c.status])).toEqual([
      ['account', 'ListRegions', 200],
      ['account', 'ListRegions', 200]
    ])
  })

  it('lists the IAM server certificates and the load balancers that serve them', async () => {
    const [iam, classic] = await Promise.all([
      run(['iam', 'list-server-certificates']),
      run(['elb', 'describe-load-balancers'])
    ])
    expect(iam.stderr).toBe('')
    const [certificate] = (
      JSON.parse(iam.stdout) as {
        ServerCertificateMetadataList: { ServerCertificateName: string; Arn: string }[]
      }
    ).ServerCertificateMetadataList
    expect(certificate?.ServerCertificateName).toBe('legacy-api.example.com')
    expect(classic.stderr).toBe('')
    const [lb] = (
      JSON.parse(classic.stdout) as {
        LoadBalancerDescriptions: {
          LoadBalancerName: string
          ListenerDescriptions: { Listener: { SSLCertificateId?: string } }[]
        }[]
      }
    ).LoadBalancerDescriptions
    expect(lb?.LoadBalancerName).toBe('legacy-api-elb')
    expect(lb?.ListenerDescriptions[0]?.Listener.SSLCertificateId).toBe(certificate?.Arn)
  })

  it('follows an ALB to its listeners and their default and SNI certificates', async () => {
    const balancers = await run(['elbv2', 'describe-load-balancers', '--names', 'partner-alb'])
    expect(balancers.stderr).toBe('')
    const arn = (JSON.parse(balancers.stdout) as { LoadBalancers: { LoadBalancerArn: string }[] })
      .LoadBalancers[0]?.LoadBalancerArn as string
    expect(arn).toMatch(/:loadbalancer\/app\/partner-alb\/fcc3d0b353f4232e$/)
    const listeners = await run(['elbv2', 'describe-listeners', '--load-balancer-arn', arn])
    const https = (
      JSON.parse(listeners.stdout) as { Listeners: { ListenerArn: string; Protocol: string }[] }
    ).Listeners.find((l) => l.Protocol === 'HTTPS')
    const certificates = await run([
      'elbv2',
      'describe-listener-certificates',
      '--listener-arn',
      https?.ListenerArn as string
    ])
    expect(certificates.stderr).toBe('')
    expect(
      (
        JSON.parse(certificates.stdout) as { Certificates: { IsDefault: boolean }[] }
      ).Certificates.map((c) => c.IsDefault)
    ).toEqual([true, false])
  })

  it('lists CloudFront distributions and private CAs', async () => {
    const [cloudfront, pca] = await Promise.all([
      run(['cloudfront', 'list-distributions']),
      run(['--region', 'eu-west-1', 'acm-pca', 'list-certificate-authorities'])
    ])
    expect(cloudfront.stderr).toBe('')
    const items = (
      JSON.parse(cloudfront.stdout) as {
        DistributionList: {
          Items: { Id: string; ViewerCertificate: { ACMCertificateArn?: string } }[]
        }
      }
    ).DistributionList.Items
    expect(items.map((d) => d.Id).sort()).toEqual(['E48A3661D84647', 'E5042D14666751'])
    expect(items[0]?.ViewerCertificate.ACMCertificateArn).toMatch(/^arn:aws:acm:us-east-1:/)
    expect(pca.stderr).toBe('')
    expect(
      (
        JSON.parse(pca.stdout) as {
          CertificateAuthorities: { Status: string; CertificateAuthorityConfiguration: object }[]
        }
      ).CertificateAuthorities
    ).toEqual([
      expect.objectContaining({
        Status: 'ACTIVE',
        CertificateAuthorityConfiguration: expect.objectContaining({
          Subject: expect.objectContaining({ CommonName: 'Example Corp Internal Root CA' })
        })
      })
    ])
  })

  it.each([
    ['CloudFront (REST-XML)', 'cloudfront', ['cloudfront', 'list-distributions'], 'AccessDenied'],
    ['ListRegions (restJson1)', 'account', ['account', 'list-regions'], 'AccessDeniedException']
  ] as const)('shows the error code of a denied %s call', async (_what, service, args, code) => {
    aws.setKnobs({ faults: [{ service, error: 'AccessDenied' }] })
    const out = await run([...args])
    aws.setKnobs({ faults: [] })
    expect(out.code).not.toBe(0)
    expect(out.stderr).toContain(code)
  })
})
