/**
 * Cross-check against moto (a widely used AWS mock): the same SDK calls for equivalent resources
 * against moto_server and the emulator must give the same field names with the same types. The
 * fields only one side returns are pinned here and explained, with what AWS's documentation
 * says, in emulator/aws/MOTO-DIFFERENCES.md.
 */
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account'
import {
  ACMClient,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  ListCertificatesCommand,
  RequestCertificateCommand
} from '@aws-sdk/client-acm'
import {
  ACMPCAClient,
  CreateCertificateAuthorityCommand,
  type CertificateAuthority,
  ImportCertificateAuthorityCertificateCommand,
  ListCertificateAuthoritiesCommand
} from '@aws-sdk/client-acm-pca'
import {
  CloudFrontClient,
  CreateDistributionCommand,
  ListDistributionsCommand,
  type DistributionSummary
} from '@aws-sdk/client-cloudfront'
import {
  CreateLoadBalancerCommand as CreateClassicLoadBalancerCommand,
  DescribeLoadBalancersCommand as DescribeClassicLoadBalancersCommand,
  ElasticLoadBalancingClient,
  type LoadBalancerDescription
} from '@aws-sdk/client-elastic-load-balancing'
import {
  AddListenerCertificatesCommand,
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import {
  IAMClient,
  ListServerCertificatesCommand,
  UploadServerCertificateCommand,
  type ServerCertificateMetadata
} from '@aws-sdk/client-iam'
import {
  CloseAccountCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  OrganizationsClient,
  RegisterDelegatedAdministratorCommand,
  paginateListAccounts,
  type Account
} from '@aws-sdk/client-organizations'
import { CreateDBInstanceCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity } from '@aws-sdk/types'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import {
  findMoto,
  motoDefaultSubnets,
  selfSignedCertificate,
  startMoto,
  type Moto
} from '../helpers/moto.js'
import { STATIC_CREDENTIALS } from './clients.js'
import { describeWithTool } from '../helpers/installed-tool.js'

const MOTO = findMoto()

/** Field path -> type name; list elements are merged under `path[]`. */
type Shape = Map<string, string>

function shapeOf(value: unknown, path = '', out: Shape = new Map()): Shape {
  if (value === undefined || value === null) return out
  if (value instanceof Date) out.set(path, 'Date')
  else if (Array.isArray(value)) {
    out.set(path, 'array')
    for (const item of value) shapeOf(item, `${path}[]`, out)
  } else if (typeof value === 'object') {
    if (path) out.set(path, 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key !== '$metadata') shapeOf(child, path ? `${path}.${key}` : key, out)
    }
  } else out.set(path, typeof value)
  return out
}

interface Comparison {
  typeMismatches: string[]
  onlyMoto: string[]
  onlyEmulator: string[]
}

function compare(moto: unknown, emulator: unknown): Comparison {
  const a = shapeOf(moto)
  const b = shapeOf(emulator)
  return {
    typeMismatches: [...a]
      .filter(([path, type]) => b.has(path) && b.get(path) !== type)
      .map(([path, type]) => `${path}: moto ${type}, emulator ${b.get(path)}`),
    onlyMoto: [...a.keys()].filter((p) => !b.has(p)).sort(),
    onlyEmulator: [...b.keys()].filter((p) => !a.has(p)).sort()
  }
}

/**
 * One test per operation of `results` (operation -> [moto's answer, the emulator's]): the same
 * types, and exactly the pinned fields on one side only.
 */
function itComparesShapes(
  results: Record<string, [unknown, unknown]>,
  motoOnly: Record<string, string[]>,
  emulatorOnly: Record<string, string[]>
): void {
  it.each(Object.keys(motoOnly))('%s: same types, and only the documented fields differ', (op) => {
    const [motoOut, ourOut] = results[op] as [unknown, unknown]
    const diff = compare(motoOut, ourOut)
    expect(diff.typeMismatches).toEqual([])
    expect(diff.onlyMoto).toEqual(motoOnly[op])
    expect(diff.onlyEmulator).toEqual(emulatorOnly[op])
  })
}

/**
 * Fields moto returns and the emulator does not (see MOTO-DIFFERENCES.md): AWS returns them too
 * in some configurations, none of them carries certificate information.
 */
const MOTO_ONLY: Record<string, string[]> = {
  DescribeDBInstances: [
    'DBInstances[].AssociatedRoles',
    'DBInstances[].DBParameterGroups',
    'DBInstances[].DBParameterGroups[]',
    'DBInstances[].DBParameterGroups[].DBParameterGroupName',
    'DBInstances[].DBParameterGroups[].ParameterApplyStatus',
    'DBInstances[].DomainMemberships',
    'DBInstances[].EnabledCloudwatchLogsExports',
    'DBInstances[].LatestRestorableTime',
    'DBInstances[].LicenseModel',
    'DBInstances[].OptionGroupMemberships',
    'DBInstances[].OptionGroupMemberships[]',
    'DBInstances[].OptionGroupMemberships[].OptionGroupName',
    'DBInstances[].OptionGroupMemberships[].Status'
  ],
  // moto dates a certificate that is still PENDING_VALIDATION as if issued; AWS has no issue date.
  ListCertificates: ['CertificateSummaryList[].IssuedAt'],
  DescribeCertificate: ['[].IssuedAt'],
  AssumeRoleWithWebIdentity: ['PackedPolicySize'],
  GetCallerIdentity: []
}

/** Fields the emulator returns (as AWS documents them) that moto leaves out. */
const EMULATOR_ONLY: Record<string, string[]> = {
  DescribeDBInstances: [
    'DBInstances[].BackupTarget',
    'DBInstances[].CertificateDetails',
    'DBInstances[].CertificateDetails.CAIdentifier',
    'DBInstances[].CertificateDetails.ValidTill',
    'DBInstances[].DedicatedLogVolume',
    'DBInstances[].Endpoint.HostedZoneId',
    'DBInstances[].IsStorageConfigUpgradeAvailable',
    'DBInstances[].MonitoringInterval',
    'DBInstances[].NetworkType',
    'DBInstances[].PendingModifiedValues',
    'DBInstances[].PerformanceInsightsEnabled',
    'DBInstances[].PubliclyAccessible'
  ],
  ListCertificates: [
    'CertificateSummaryList[].CertificateKeyPairOrigin',
    'CertificateSummaryList[].ExportOption',
    'CertificateSummaryList[].ExtendedKeyUsages[]',
    'CertificateSummaryList[].HasAdditionalSubjectAlternativeNames',
    'CertificateSummaryList[].KeyUsages',
    'CertificateSummaryList[].KeyUsages[]',
    'CertificateSummaryList[].SubjectAlternativeNameSummaries',
    'CertificateSummaryList[].SubjectAlternativeNameSummaries[]'
  ],
  // Compared as [issued, imported]: moto returns empty key-usage lists and no key-pair origin.
  DescribeCertificate: [
    '[].CertificateKeyPairOrigin',
    '[].ExtendedKeyUsages[]',
    '[].ExtendedKeyUsages[].Name',
    '[].ExtendedKeyUsages[].OID',
    '[].KeyUsages',
    '[].KeyUsages[]',
    '[].KeyUsages[].Name'
  ],
  AssumeRoleWithWebIdentity: ['Audience', 'Provider', 'SubjectFromWebIdentityToken'],
  GetCallerIdentity: []
}

describeWithTool(
  { name: 'moto_server', path: MOTO },
  'moto cross-check: same SDK calls, same field names and types',
  (motoPath) => {
    let moto: Moto
    let motoUrl: string
    let aws: AwsEmulator
    const results: Record<string, [unknown, unknown]> = {}

    const estate: Estate = {
      accounts: {
        '123456789012': {
          regions: {
            'us-east-1': {
              rds: { instances: [{ id: 'db1', engine: 'postgres', ca: 'rds-ca-rsa2048-g1' }] },
              acm: {
                certificates: [
                  { domain: 'shop.example.com', status: 'PENDING_VALIDATION' },
                  {
                    domain: 'legacy.example.com',
                    type: 'IMPORTED',
                    keyAlgorithm: 'EC_prime256v1',
                    notAfter: '+30d',
                    issuer: 'legacy.example.com'
                  }
                ]
              }
            }
          }
        }
      }
    }

    beforeAll(async () => {
      moto = await startMoto(motoPath)
      motoUrl = moto.url
      aws = await startAwsEmulator({ estate, knobs: { quotas: { ListCertificates: 0 } } })
      const pem = selfSignedCertificate('legacy.example.com', 30)

      const config = (endpoint: string) => ({
        endpoint,
        region: 'us-east-1',
        credentials: STATIC_CREDENTIALS
      })
      const motoRds = new RDSClient(config(motoUrl))
      const motoAcm = new ACMClient(config(motoUrl))
      await motoRds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: 'db1',
          Engine: 'postgres',
          DBInstanceClass: 'db.t3.medium',
          MasterUsername: 'admin',
          MasterUserPassword: 'password123',
          AllocatedStorage: 20,
          CACertificateIdentifier: 'rds-ca-rsa2048-g1'
        })
      )
      const requested = await motoAcm.send(
        new RequestCertificateCommand({ DomainName: 'shop.example.com', ValidationMethod: 'DNS' })
      )
      const imported = await motoAcm.send(
        new ImportCertificateCommand({
          Certificate: pem.certificate,
          PrivateKey: pem.privateKey
        })
      )

      const ours = { rds: new RDSClient(config(aws.url)), acm: new ACMClient(config(aws.url)) }
      const listInput = { Includes: { keyTypes: ['RSA_2048' as const, 'EC_prime256v1' as const] } }
      const ourList = await ours.acm.send(new ListCertificatesCommand(listInput))
      const ourArn = (domain: string) =>
        ourList.CertificateSummaryList?.find((c) => c.DomainName === domain)?.CertificateArn
      results.DescribeDBInstances = [
        await motoRds.send(new DescribeDBInstancesCommand({})),
        await ours.rds.send(new DescribeDBInstancesCommand({}))
      ]
      results.ListCertificates = [
        await motoAcm.send(new ListCertificatesCommand(listInput)),
        ourList
      ]
      const describeBoth = async (motoArn: string | undefined, domain: string) => [
        (await motoAcm.send(new DescribeCertificateCommand({ CertificateArn: motoArn })))
          .Certificate,
        (await ours.acm.send(new DescribeCertificateCommand({ CertificateArn: ourArn(domain) })))
          .Certificate
      ]
      const [motoIssued, ourIssued] = await describeBoth(
        requested.CertificateArn,
        'shop.example.com'
      )
      const [motoImported, ourImported] = await describeBoth(
        imported.CertificateArn,
        'legacy.example.com'
      )
      results.DescribeCertificate = [
        [motoIssued, motoImported],
        [ourIssued, ourImported]
      ]
      const web = {
        RoleArn: 'arn:aws:iam::123456789012:role/cert-watch',
        RoleSessionName: 'aws-cert-watch',
        WebIdentityToken: 'opaque-token'
      }
      const unsigned = (endpoint: string) => new STSClient({ endpoint, region: 'us-east-1' })
      results.AssumeRoleWithWebIdentity = [
        await unsigned(motoUrl).send(new AssumeRoleWithWebIdentityCommand(web)),
        await unsigned(aws.url).send(new AssumeRoleWithWebIdentityCommand(web))
      ]
      results.GetCallerIdentity = [
        await new STSClient(config(motoUrl)).send(new GetCallerIdentityCommand({})),
        await new STSClient(config(aws.url)).send(new GetCallerIdentityCommand({}))
      ]
    }, 45_000)

    afterAll(async () => {
      moto?.close()
      await aws?.close()
    })

    itComparesShapes(results, MOTO_ONLY, EMULATOR_ONLY)

    it('differs from moto where AWS documents otherwise: ListCertificates key-type default', async () => {
      const motoAcm = new ACMClient({
        endpoint: motoUrl,
        region: 'us-east-1',
        credentials: STATIC_CREDENTIALS
      })
      const ourAcm = new ACMClient({
        endpoint: aws.url,
        region: 'us-east-1',
        credentials: STATIC_CREDENTIALS
      })
      const domains = async (client: ACMClient) =>
        ((await client.send(new ListCertificatesCommand({}))).CertificateSummaryList ?? [])
          .map((c) => c.DomainName)
          .sort()
      // AWS: "Default filtering returns only RSA_1024 and RSA_2048 certificates".
      expect(await domains(ourAcm)).toEqual(['shop.example.com'])
      expect(await domains(motoAcm)).toEqual(['legacy.example.com', 'shop.example.com'])
    })

    it('differs from moto where AWS documents otherwise: the content type of ACM answers', async () => {
      const contentType = async (endpoint: string) => {
        const client = new ACMClient({
          endpoint,
          region: 'us-east-1',
          credentials: STATIC_CREDENTIALS
        })
        let seen = ''
        client.middlewareStack.add(
          (next) => async (args) => {
            const out = await next(args)
            seen =
              (out.response as { headers: Record<string, string> }).headers['content-type'] ?? ''
            return out
          },
          { step: 'deserialize', priority: 'low' }
        )
        await client.send(new ListCertificatesCommand({}))
        client.destroy()
        return seen
      }
      // A JSON body labelled as HTML: why the scan tells an HTML page by its first bytes.
      expect(await contentType(motoUrl)).toMatch(/^text\/html/)
      // AWS's JSON 1.1 protocol.
      expect(await contentType(aws.url)).toBe('application/x-amz-json-1.1')
    })

    it('differs from moto where AWS documents otherwise: request-rate quotas', async () => {
      // The emulator's are set as the bench sets them: ACM's by default, ELB's shared bucket.
      aws.setKnobs({ serviceQuotas: { elbv2: { perSecond: 10, burst: 40 } } })
      const outcomes = async (sends: Promise<unknown>[]) =>
        (await Promise.allSettled(sends)).map((s) =>
          s.status === 'fulfilled' ? 'ok' : (s.reason as Error).name
        )
      const atOnce = async (endpoint: string) => {
        const config = {
          endpoint,
          region: 'us-east-1',
          credentials: STATIC_CREDENTIALS,
          maxAttempts: 1
        }
        const acm = new ACMClient(config)
        const elb = new ElasticLoadBalancingV2Client(config)
        const list = await acm.send(new ListCertificatesCommand({}))
        const arn = list.CertificateSummaryList?.[0]?.CertificateArn
        const describes = await outcomes(
          Array.from({ length: 15 }, () =>
            acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))
          )
        )
        const loadBalancers = await outcomes(
          Array.from({ length: 45 }, () => elb.send(new DescribeLoadBalancersCommand({})))
        )
        acm.destroy()
        elb.destroy()
        return { describes, loadBalancers }
      }
      const count = (outcome: string[], name: string) => outcome.filter((o) => o === name).length
      // moto has no quotas: every call of a burst is answered.
      const motoSeen = await atOnce(motoUrl)
      expect(count(motoSeen.describes, 'ok')).toBe(15)
      expect(count(motoSeen.loadBalancers, 'ok')).toBe(45)
      // ACM: DescribeCertificate 10 requests/s; ELB: Describe* calls share a bucket of 40
      // refilled at 10/s. A burst past them is throttled (a call or two more may pass as the
      // buckets refill while the burst arrives).
      const ours = await atOnce(aws.url)
      aws.setKnobs({ serviceQuotas: {} })
      expect(count(ours.describes, 'ok')).toBeGreaterThanOrEqual(10)
      expect(count(ours.describes, 'ThrottlingException')).toBeGreaterThanOrEqual(3)
      expect(count(ours.loadBalancers, 'ok')).toBeGreaterThanOrEqual(40)
      expect(count(ours.loadBalancers, 'Throttling')).toBeGreaterThanOrEqual(3)
      expect(ours.describes.length + ours.loadBalancers.length).toBe(60)
    })

    it('differs from moto where AWS documents otherwise: ListRegions, which moto lacks', async () => {
      const client = (endpoint: string) =>
        new AccountClient({
          endpoint,
          region: 'us-east-1',
          credentials: STATIC_CREDENTIALS,
          maxAttempts: 1
        })
      // moto's account backend has only the alternate-contact calls: Flask's HTML 404 page.
      const motoError = (await client(motoUrl)
        .send(new ListRegionsCommand({}))
        .catch((e: unknown) => e)) as Error & {
        $metadata?: { httpStatusCode?: number }
        $response?: { headers: Record<string, string> }
      }
      expect(motoError.name).toBe('SyntaxError')
      expect(motoError.$metadata?.httpStatusCode).toBe(404)
      expect(motoError.$response?.headers['content-type']).toMatch(/^text\/html/)
      // AWS: "Lists all the Regions for a given account and their respective opt-in statuses."
      const ours = await client(aws.url).send(new ListRegionsCommand({ MaxResults: 50 }))
      expect(ours.Regions).toHaveLength(36)
      expect(ours.Regions).toContainEqual({
        RegionName: 'us-east-1',
        RegionOptStatus: 'ENABLED_BY_DEFAULT'
      })
      expect(ours.Regions).toContainEqual({ RegionName: 'ap-east-1', RegionOptStatus: 'DISABLED' })
    })
  }
)

/**
 * The same for IAM server certificates, both load balancing APIs, CloudFront and AWS Private CA
 * (and a PRIVATE ACM certificate), in eu-west-1 so that the ACM comparison above keeps its own
 * us-east-1. moto needs its default VPC's subnets for an ALB and a target group for a listener.
 */
/** Fields moto returns and the emulator does not (see MOTO-DIFFERENCES.md). */
const TLS_MOTO_ONLY: Record<string, string[]> = {
  ListServerCertificates: [],
  DescribeClassicLoadBalancers: [],
  // Route 53 zone of the load balancer's DNS name; per-region AWS data the emulator has no table of.
  DescribeLoadBalancers: ['LoadBalancers[].CanonicalHostedZoneId'],
  // moto sends [] for an HTTPS listener; the model names it a TLS-listener member.
  DescribeListeners: ['Listeners[].AlpnPolicy'],
  DescribeListenerCertificates: [],
  // moto sends []; CloudFront has ICP recordals only for aliases served in China.
  ListDistributions: ['DistributionList.Items[].AliasICPRecordals'],
  ListCertificateAuthorities: [],
  DescribePrivateCertificate: []
}

/** Fields the emulator returns (members of AWS's models) that moto leaves out or leaves empty. */
const TLS_EMULATOR_ONLY: Record<string, string[]> = {
  ListServerCertificates: [],
  // moto has no health check, and attaches no SSL policy to an HTTPS listener.
  DescribeClassicLoadBalancers: [
    'LoadBalancerDescriptions[].HealthCheck',
    'LoadBalancerDescriptions[].HealthCheck.HealthyThreshold',
    'LoadBalancerDescriptions[].HealthCheck.Interval',
    'LoadBalancerDescriptions[].HealthCheck.Target',
    'LoadBalancerDescriptions[].HealthCheck.Timeout',
    'LoadBalancerDescriptions[].HealthCheck.UnhealthyThreshold',
    'LoadBalancerDescriptions[].ListenerDescriptions[].PolicyNames[]',
    'LoadBalancerDescriptions[].Policies.OtherPolicies[]'
  ],
  DescribeLoadBalancers: ['LoadBalancers[].Scheme', 'LoadBalancers[].SecurityGroups[]'],
  DescribeListeners: [],
  DescribeListenerCertificates: [],
  // moto's summary has only Id, ARN, Status, LastModifiedTime and DomainName of what the model
  // requires: no Aliases, no ViewerCertificate, no Enabled.
  ListDistributions: [
    'Aliases',
    'Aliases.Quantity',
    'CacheBehaviors',
    'CacheBehaviors.Quantity',
    'Comment',
    'CustomErrorResponses',
    'CustomErrorResponses.Quantity',
    'DefaultCacheBehavior',
    'DefaultCacheBehavior.AllowedMethods',
    'DefaultCacheBehavior.AllowedMethods.CachedMethods',
    'DefaultCacheBehavior.AllowedMethods.CachedMethods.Items',
    'DefaultCacheBehavior.AllowedMethods.CachedMethods.Items[]',
    'DefaultCacheBehavior.AllowedMethods.CachedMethods.Quantity',
    'DefaultCacheBehavior.AllowedMethods.Items',
    'DefaultCacheBehavior.AllowedMethods.Items[]',
    'DefaultCacheBehavior.AllowedMethods.Quantity',
    'DefaultCacheBehavior.CachePolicyId',
    'DefaultCacheBehavior.Compress',
    'DefaultCacheBehavior.FieldLevelEncryptionId',
    'DefaultCacheBehavior.FunctionAssociations',
    'DefaultCacheBehavior.FunctionAssociations.Quantity',
    'DefaultCacheBehavior.LambdaFunctionAssociations',
    'DefaultCacheBehavior.LambdaFunctionAssociations.Quantity',
    'DefaultCacheBehavior.SmoothStreaming',
    'DefaultCacheBehavior.TargetOriginId',
    'DefaultCacheBehavior.TrustedKeyGroups',
    'DefaultCacheBehavior.TrustedKeyGroups.Enabled',
    'DefaultCacheBehavior.TrustedKeyGroups.Quantity',
    'DefaultCacheBehavior.TrustedSigners',
    'DefaultCacheBehavior.TrustedSigners.Enabled',
    'DefaultCacheBehavior.TrustedSigners.Quantity',
    'DefaultCacheBehavior.ViewerProtocolPolicy',
    'Enabled',
    'HttpVersion',
    'IsIPV6Enabled',
    'OriginGroups.Quantity',
    'Origins',
    'Origins.Items',
    'Origins.Items[]',
    'Origins.Items[].ConnectionAttempts',
    'Origins.Items[].ConnectionTimeout',
    'Origins.Items[].CustomHeaders',
    'Origins.Items[].CustomHeaders.Quantity',
    'Origins.Items[].DomainName',
    'Origins.Items[].Id',
    'Origins.Items[].OriginAccessControlId',
    'Origins.Items[].OriginPath',
    'Origins.Items[].OriginShield',
    'Origins.Items[].OriginShield.Enabled',
    'Origins.Items[].S3OriginConfig',
    'Origins.Items[].S3OriginConfig.OriginAccessIdentity',
    'Origins.Quantity',
    'PriceClass',
    'Restrictions',
    'Restrictions.GeoRestriction',
    'Restrictions.GeoRestriction.Quantity',
    'Restrictions.GeoRestriction.RestrictionType',
    'Staging',
    'ViewerCertificate',
    'ViewerCertificate.CertificateSource',
    'ViewerCertificate.CloudFrontDefaultCertificate',
    'ViewerCertificate.MinimumProtocolVersion',
    'ViewerCertificate.SSLSupportMethod',
    'WebACLId'
  ].map((member) => `DistributionList.Items[].${member}`),
  ListCertificateAuthorities: [
    'CertificateAuthorities[].RevocationConfiguration.OcspConfiguration',
    'CertificateAuthorities[].RevocationConfiguration.OcspConfiguration.Enabled',
    'CertificateAuthorities[].Serial'
  ],
  // As for the certificates compared above: moto has no key usages and no key-pair origin.
  DescribePrivateCertificate: [
    'CertificateKeyPairOrigin',
    'ExtendedKeyUsages[]',
    'ExtendedKeyUsages[].Name',
    'ExtendedKeyUsages[].OID',
    'KeyUsages',
    'KeyUsages[]',
    'KeyUsages[].Name'
  ]
}

describeWithTool(
  { name: 'moto_server', path: MOTO },
  'moto cross-check: IAM, ELB, ELBv2, CloudFront and AWS Private CA',
  (motoPath) => {
    const REGION = 'eu-west-1'
    let moto: Moto
    let aws: AwsEmulator
    const results: Record<string, [unknown, unknown]> = {}
    /** What each side said where they differ in behaviour, for the tests below. */
    const seen = {
      uploaded: undefined as Date | undefined,
      motoIam: undefined as ServerCertificateMetadata | undefined,
      ourIam: undefined as ServerCertificateMetadata | undefined,
      motoInUseBy: [] as string[],
      ourInUseBy: [] as string[],
      listeners: { moto: '', ours: '' },
      albs: { moto: '', ours: '' },
      /** [certificates under /nothing/, MaxItems 0, MaxResults 0] as each side answers them. */
      refusals: { moto: [] as unknown[], ours: [] as unknown[] }
    }

    const estate: Estate = {
      accounts: {
        '123456789012': {
          iam: {
            serverCertificates: [{ name: 'legacy', path: '/cloudfront/', expiration: '+30d' }]
          },
          cloudfront: { distributions: [{}] },
          regions: {
            [REGION]: {
              acm: {
                certificates: [
                  {
                    domain: 'legacy.example.com',
                    type: 'IMPORTED',
                    keyAlgorithm: 'EC_prime256v1',
                    notAfter: '+30d',
                    issuer: 'legacy.example.com'
                  },
                  {
                    domain: 'internal.example.com',
                    type: 'PRIVATE',
                    certificateAuthority: 'Example Root CA'
                  }
                ]
              },
              acmPca: {
                certificateAuthorities: [{ commonName: 'Example Root CA', notAfter: '+30d' }]
              },
              elb: {
                classic: [
                  {
                    name: 'classic',
                    listeners: [
                      {
                        protocol: 'HTTPS',
                        port: 443,
                        instancePort: 8080,
                        certificate: { iam: 'legacy' }
                      }
                    ]
                  }
                ],
                loadBalancers: [
                  {
                    name: 'alb',
                    listeners: [
                      {
                        port: 443,
                        protocol: 'HTTPS',
                        certificate: { acm: 'legacy.example.com' },
                        sniCertificates: [{ iam: 'legacy' }]
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

    beforeAll(async () => {
      moto = await startMoto(motoPath)
      const pem = selfSignedCertificate('legacy.example.com', 30)
      seen.uploaded = pem.notBefore
      // The estate's "+30d" counts from the instant openssl dated the certificate (the real
      // clock, which a shifted test clock does not show), as the comparison below does.
      aws = await startAwsEmulator({ estate, now: pem.notBefore })
      const config = (endpoint: string, region = REGION) => ({
        endpoint,
        region,
        credentials: STATIC_CREDENTIALS
      })
      const both = <C>(make: (endpoint: string) => C): [C, C] => [make(moto.url), make(aws.url)]

      const [motoIam, ourIam] = both((e) => new IAMClient(config(e, 'us-east-1')))
      const uploaded = await motoIam.send(
        new UploadServerCertificateCommand({
          ServerCertificateName: 'legacy',
          Path: '/cloudfront/',
          CertificateBody: pem.certificate.toString(),
          PrivateKey: pem.privateKey.toString()
        })
      )
      const iamArn = uploaded.ServerCertificateMetadata?.Arn
      const [motoAcm, ourAcm] = both((e) => new ACMClient(config(e)))
      const imported = await motoAcm.send(
        new ImportCertificateCommand({ Certificate: pem.certificate, PrivateKey: pem.privateKey })
      )
      const [motoElb, ourElb] = both((e) => new ElasticLoadBalancingClient(config(e)))
      await motoElb.send(
        new CreateClassicLoadBalancerCommand({
          LoadBalancerName: 'classic',
          AvailabilityZones: [`${REGION}a`],
          Listeners: [
            {
              Protocol: 'HTTPS',
              LoadBalancerPort: 443,
              InstanceProtocol: 'HTTP',
              InstancePort: 8080,
              SSLCertificateId: iamArn
            }
          ]
        })
      )
      const [motoV2, ourV2] = both((e) => new ElasticLoadBalancingV2Client(config(e)))
      const { vpcId, subnetIds } = await motoDefaultSubnets(moto.url, REGION)
      const alb = await motoV2.send(
        new CreateLoadBalancerCommand({ Name: 'alb', Subnets: subnetIds.slice(0, 2) })
      )
      seen.albs.moto = alb.LoadBalancers?.[0]?.LoadBalancerArn as string
      const group = await motoV2.send(
        new CreateTargetGroupCommand({ Name: 'alb-443', Protocol: 'HTTP', Port: 80, VpcId: vpcId })
      )
      const listener = await motoV2.send(
        new CreateListenerCommand({
          LoadBalancerArn: seen.albs.moto,
          Protocol: 'HTTPS',
          Port: 443,
          Certificates: [{ CertificateArn: imported.CertificateArn }],
          DefaultActions: [
            { Type: 'forward', TargetGroupArn: group.TargetGroups?.[0]?.TargetGroupArn }
          ]
        })
      )
      seen.listeners.moto = listener.Listeners?.[0]?.ListenerArn as string
      await motoV2.send(
        new AddListenerCertificatesCommand({
          ListenerArn: seen.listeners.moto,
          Certificates: [{ CertificateArn: iamArn }]
        })
      )
      const [motoCf, ourCf] = both((e) => new CloudFrontClient(config(e, 'us-east-1')))
      await motoCf.send(
        new CreateDistributionCommand({
          DistributionConfig: {
            CallerReference: 'cross-check',
            Comment: '',
            Enabled: true,
            Origins: {
              Quantity: 1,
              Items: [
                {
                  Id: 'origin',
                  DomainName: 'origin.s3.us-east-1.amazonaws.com',
                  S3OriginConfig: { OriginAccessIdentity: '' }
                }
              ]
            },
            DefaultCacheBehavior: {
              TargetOriginId: 'origin',
              ViewerProtocolPolicy: 'redirect-to-https',
              CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6'
            }
          }
        })
      )
      const [motoPca, ourPca] = both((e) => new ACMPCAClient(config(e)))
      const ca = await motoPca.send(
        new CreateCertificateAuthorityCommand({
          CertificateAuthorityType: 'ROOT',
          CertificateAuthorityConfiguration: {
            KeyAlgorithm: 'RSA_2048',
            SigningAlgorithm: 'SHA256WITHRSA',
            Subject: { Country: 'US', Organization: '123456789012', CommonName: 'Example Root CA' }
          }
        })
      )
      // moto activates a CA with any parseable certificate; AWS would want one made from its CSR.
      await motoPca.send(
        new ImportCertificateAuthorityCertificateCommand({
          CertificateAuthorityArn: ca.CertificateAuthorityArn,
          Certificate: selfSignedCertificate('Example Root CA', 30).certificate
        })
      )
      const requested = await motoAcm.send(
        new RequestCertificateCommand({
          DomainName: 'internal.example.com',
          CertificateAuthorityArn: ca.CertificateAuthorityArn
        })
      )

      const ourAlb = (await ourV2.send(new DescribeLoadBalancersCommand({}))).LoadBalancers?.[0]
      seen.albs.ours = ourAlb?.LoadBalancerArn as string
      const ourListeners = await ourV2.send(
        new DescribeListenersCommand({ LoadBalancerArn: seen.albs.ours })
      )
      seen.listeners.ours = ourListeners.Listeners?.[0]?.ListenerArn as string
      const ourCerts = (
        await ourAcm.send(
          new ListCertificatesCommand({ Includes: { keyTypes: ['RSA_2048', 'EC_prime256v1'] } })
        )
      ).CertificateSummaryList
      const ourArn = (domain: string) =>
        ourCerts?.find((c) => c.DomainName === domain)?.CertificateArn

      const iamLists = [
        await motoIam.send(new ListServerCertificatesCommand({})),
        await ourIam.send(new ListServerCertificatesCommand({}))
      ]
      results.ListServerCertificates = [iamLists[0], iamLists[1]]
      seen.motoIam = iamLists[0]?.ServerCertificateMetadataList?.[0]
      seen.ourIam = iamLists[1]?.ServerCertificateMetadataList?.[0]
      results.DescribeClassicLoadBalancers = [
        await motoElb.send(new DescribeClassicLoadBalancersCommand({})),
        await ourElb.send(new DescribeClassicLoadBalancersCommand({}))
      ]
      results.DescribeLoadBalancers = [
        await motoV2.send(new DescribeLoadBalancersCommand({})),
        await ourV2.send(new DescribeLoadBalancersCommand({}))
      ]
      results.DescribeListeners = [
        await motoV2.send(new DescribeListenersCommand({ LoadBalancerArn: seen.albs.moto })),
        ourListeners
      ]
      results.DescribeListenerCertificates = [
        await motoV2.send(
          new DescribeListenerCertificatesCommand({ ListenerArn: seen.listeners.moto })
        ),
        await ourV2.send(
          new DescribeListenerCertificatesCommand({ ListenerArn: seen.listeners.ours })
        )
      ]
      results.ListDistributions = [
        await motoCf.send(new ListDistributionsCommand({})),
        await ourCf.send(new ListDistributionsCommand({}))
      ]
      results.ListCertificateAuthorities = [
        await motoPca.send(new ListCertificateAuthoritiesCommand({})),
        await ourPca.send(new ListCertificateAuthoritiesCommand({}))
      ]
      const describe = async (client: ACMClient, arn: string | undefined) =>
        (await client.send(new DescribeCertificateCommand({ CertificateArn: arn }))).Certificate
      results.DescribePrivateCertificate = [
        await describe(motoAcm, requested.CertificateArn),
        await describe(ourAcm, ourArn('internal.example.com'))
      ]
      const outcome = (call: Promise<unknown>) =>
        call.then(
          () => 'answered',
          (e: Error) => e.name
        )
      for (const [side, iam, pca] of [
        ['moto', motoIam, motoPca],
        ['ours', ourIam, ourPca]
      ] as const) {
        const under = await iam.send(new ListServerCertificatesCommand({ PathPrefix: '/nothing/' }))
        seen.refusals[side] = [
          under.ServerCertificateMetadataList?.length,
          await outcome(iam.send(new ListServerCertificatesCommand({ MaxItems: 0 }))),
          await outcome(pca.send(new ListCertificateAuthoritiesCommand({ MaxResults: 0 })))
        ]
      }
      seen.motoInUseBy = (await describe(motoAcm, imported.CertificateArn))?.InUseBy ?? []
      seen.ourInUseBy = (await describe(ourAcm, ourArn('legacy.example.com')))?.InUseBy ?? []
      for (const client of [motoIam, ourIam, motoAcm, ourAcm, motoElb, ourElb, motoV2, ourV2]) {
        client.destroy()
      }
      for (const client of [motoCf, ourCf, motoPca, ourPca]) client.destroy()
    }, 60_000)

    afterAll(async () => {
      moto?.close()
      await aws?.close()
    })

    itComparesShapes(results, TLS_MOTO_ONLY, TLS_EMULATOR_ONLY)

    it('differs from moto where AWS documents otherwise: IAM certificate dates and ids', () => {
      // moto answers the same made-up dates and id for every server certificate, whatever the
      // certificate uploaded says (here one that expires 30 days after it was made).
      expect(seen.motoIam).toMatchObject({
        ServerCertificateId: 'ASCACKCEVSQ6C2EXAMPLE',
        UploadDate: new Date('2010-05-08T01:02:03.004Z'),
        Expiration: new Date('2012-05-08T01:02:03.004Z')
      })
      // AWS: "The date on which the certificate is set to expire"; the estate says +30d.
      const expiration = seen.ourIam?.Expiration?.getTime() as number
      const expected = (seen.uploaded as Date).getTime() + 30 * 86_400_000
      expect(Math.abs(expiration - expected)).toBeLessThan(120_000)
      expect(seen.ourIam?.UploadDate?.getTime()).toBeLessThan(Date.now())
      expect(seen.ourIam?.ServerCertificateId).toMatch(/^ASCA[A-Z0-9]{17}$/)
    })

    it('differs from moto where AWS documents otherwise: filters and page sizes', () => {
      // IAM's model: pathPrefixType, maxItemsType 1..1000; AWS Private CA's MaxResults 1..1000.
      expect(seen.refusals.moto).toEqual([1, 'answered', 'answered'])
      expect(seen.refusals.ours).toEqual([0, 'ValidationError', 'ValidationException'])
    })

    it('differs from moto where AWS documents otherwise: DescribeListeners certificates', () => {
      const certificates = (out: unknown) =>
        ((out as { Listeners: { Certificates?: unknown[] }[] }).Listeners[0]?.Certificates ?? [])
          .length
      const [motoOut, ourOut] = results.DescribeListeners as [unknown, unknown]
      // The model: Listener.Certificates is "The default certificate for the listener"; the SNI
      // ones are DescribeListenerCertificates' (which both list, with IsDefault).
      expect(certificates(motoOut)).toBe(2)
      expect(certificates(ourOut)).toBe(1)
    })

    it('differs from moto: what InUseBy names for a certificate on an ALB', () => {
      expect(seen.motoInUseBy).toEqual([seen.listeners.moto])
      expect(seen.ourInUseBy).toEqual([seen.albs.ours])
    })

    it('differs from moto where AWS documents otherwise: a Classic HTTPS listener', () => {
      const [motoOut, ourOut] = results.DescribeClassicLoadBalancers as [
        { LoadBalancerDescriptions: LoadBalancerDescription[] },
        { LoadBalancerDescriptions: LoadBalancerDescription[] }
      ]
      const [motoLb] = motoOut.LoadBalancerDescriptions
      const [ourLb] = ourOut.LoadBalancerDescriptions
      // moto ignores the InstanceProtocol asked for (HTTP) and attaches no security policy.
      expect(motoLb?.ListenerDescriptions?.[0]).toMatchObject({
        Listener: { Protocol: 'HTTPS', InstanceProtocol: 'HTTPS' },
        PolicyNames: []
      })
      expect(ourLb?.ListenerDescriptions?.[0]).toMatchObject({
        Listener: { Protocol: 'HTTPS', InstanceProtocol: 'HTTP' },
        PolicyNames: ['ELBSecurityPolicy-2016-08']
      })
      // AWS names a Classic Load Balancer name-<digits>.region.elb.amazonaws.com; moto names
      // it after us-east-1 whatever its region.
      expect(motoLb?.DNSName).toBe('classic.us-east-1.elb.amazonaws.com')
      expect(ourLb?.DNSName).toMatch(
        new RegExp(`^classic-\\d{10}\\.${REGION}\\.elb\\.amazonaws\\.com$`)
      )
    })

    it('differs from moto where AWS documents otherwise: distribution ARNs and ids', () => {
      const items = (out: unknown) =>
        (out as { DistributionList: { Items: DistributionSummary[] } }).DistributionList.Items
      const [motoOut, ourOut] = results.ListDistributions as [unknown, unknown]
      const [motoD] = items(motoOut)
      const [ourD] = items(ourOut)
      // CloudFront is global: its ARNs have an empty region field (arn:aws:cloudfront::account:...).
      expect(motoD?.ARN).toBe(`arn:aws:cloudfront:123456789012:distribution/${motoD?.Id}`)
      expect(ourD?.ARN).toBe(`arn:aws:cloudfront::123456789012:distribution/${ourD?.Id}`)
      expect(ourD?.Id).toMatch(/^E[A-Z0-9]{13}$/)
    })

    it("differs from moto where AWS documents otherwise: a new CA's usage mode", () => {
      const modes = (out: unknown) =>
        (out as { CertificateAuthorities: CertificateAuthority[] }).CertificateAuthorities.map(
          (ca) => ca.UsageMode
        )
      const [motoOut, ourOut] = results.ListCertificateAuthorities as [unknown, unknown]
      // The model: "The default value is GENERAL_PURPOSE."
      expect(modes(motoOut)).toEqual(['SHORT_LIVED_CERTIFICATE'])
      expect(modes(ourOut)).toEqual(['GENERAL_PURPOSE'])
    })
  }
)

/**
 * The same for AWS Organizations' ListAccounts and DescribeOrganization: in moto an organization
 * made through the SDK (CreateOrganization, 22 CreateAccount, one CloseAccount, one
 * RegisterDelegatedAdministrator), in the emulator the estate that describes it.
 */
const ORG_MOTO_ONLY: Record<string, string[]> = {
  // Retired on 2026-09-09 (the model: "will be retired on September 9, 2026"); State replaces it.
  ListAccounts: ['Accounts[].Status'],
  DescribeOrganization: []
}

const ORG_EMULATOR_ONLY: Record<string, string[]> = {
  // A member of the model's Account ("The paths in the organization where the account exists").
  ListAccounts: ['Accounts[].Paths', 'Accounts[].Paths[]'],
  DescribeOrganization: []
}

describeWithTool(
  { name: 'moto_server', path: MOTO },
  'moto cross-check: Organizations',
  (motoPath) => {
    const NOW = new Date('2026-03-01T00:00:00Z')
    const MANAGEMENT = '123456789012'
    const MEMBER = '210987654321'
    const ADMIN = '310987654321'
    const names = Array.from({ length: 22 }, (_, i) => `member-${String(i).padStart(2, '0')}`)
    const estate: Estate = {
      accounts: {
        [MANAGEMENT]: { regions: { 'us-east-1': {} } },
        [MEMBER]: { name: 'member-00', email: 'member-00@example.com', regions: {} },
        [ADMIN]: { name: 'member-01', email: 'member-01@example.com', regions: {} }
      },
      organization: {
        managementAccount: MANAGEMENT,
        delegatedAdministrators: [ADMIN],
        members: Object.fromEntries(
          names.slice(2).map((name, i) => [
            String(410_000_000_000 + i),
            {
              name,
              email: `${name}@example.com`,
              ...(name === 'member-21' ? { state: 'SUSPENDED' as const } : {})
            }
          ])
        )
      }
    }
    let moto: Moto
    let aws: AwsEmulator
    /** An emulator whose estate has no organization, as moto is before CreateOrganization. */
    let bare: AwsEmulator
    const results: Record<string, [unknown, unknown]> = {}
    type Side = 'moto' | 'ours'
    /** What each side answered where they differ in behaviour, for the tests below. */
    const seen = {
      all: { moto: [] as Account[], ours: [] as Account[] },
      /** The first page without MaxResults: its size, and whether a NextToken came with it. */
      firstPage: { moto: [] as unknown[], ours: [] as unknown[] },
      /** [ListAccounts, DescribeOrganization] outside any organization. */
      noOrganization: { moto: [] as unknown[], ours: [] as unknown[] },
      /** [MaxResults 0, MaxResults 21, a NextToken never issued]. */
      refusals: { moto: [] as unknown[], ours: [] as unknown[] },
      /** [member's ListAccounts, member's DescribeOrganization, delegated admin's ListAccounts]. */
      members: { moto: [] as unknown[], ours: [] as unknown[] }
    }

    const outcome = (call: Promise<unknown>) =>
      call.then(
        (out) => {
          const accounts = (out as { Accounts?: Account[] }).Accounts
          return accounts ? `${accounts.length} accounts` : 'answered'
        },
        (e: Error & { Reason?: string; $metadata?: { httpStatusCode?: number } }) =>
          [e.name, e.Reason, e.$metadata?.httpStatusCode].filter((x) => x !== undefined).join(' ')
      )
    const organizations = (endpoint: string, credentials = STATIC_CREDENTIALS) =>
      new OrganizationsClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 })
    async function listAll(client: OrganizationsClient): Promise<Account[]> {
      const out: Account[] = []
      for await (const page of paginateListAccounts({ client }, {}))
        out.push(...(page.Accounts ?? []))
      return out
    }
    async function session(endpoint: string, roleArn: string): Promise<AwsCredentialIdentity> {
      const sts = new STSClient({ endpoint, region: 'us-east-1', credentials: STATIC_CREDENTIALS })
      try {
        const { Credentials: c } = await sts.send(
          new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'cross-check' })
        )
        return {
          accessKeyId: c?.AccessKeyId as string,
          secretAccessKey: c?.SecretAccessKey as string,
          sessionToken: c?.SessionToken as string
        }
      } finally {
        sts.destroy()
      }
    }

    beforeAll(async () => {
      moto = await startMoto(motoPath)
      aws = await startAwsEmulator({ estate, now: NOW })
      bare = await startAwsEmulator({
        estate: { accounts: { [MANAGEMENT]: { regions: { 'us-east-1': {} } } } },
        now: NOW
      })
      const motoOrg = organizations(moto.url)
      const bareOrg = organizations(bare.url)
      seen.noOrganization = {
        moto: [
          await outcome(motoOrg.send(new ListAccountsCommand({}))),
          await outcome(motoOrg.send(new DescribeOrganizationCommand({})))
        ],
        ours: [
          await outcome(bareOrg.send(new ListAccountsCommand({}))),
          await outcome(bareOrg.send(new DescribeOrganizationCommand({})))
        ]
      }
      bareOrg.destroy()

      await motoOrg.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }))
      const created: Record<string, string> = {}
      for (const name of names) {
        const out = await motoOrg.send(
          new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` })
        )
        created[name] = out.CreateAccountStatus?.AccountId as string
      }
      await motoOrg.send(new CloseAccountCommand({ AccountId: created['member-21'] }))
      await motoOrg.send(
        new RegisterDelegatedAdministratorCommand({
          AccountId: created['member-01'],
          ServicePrincipal: 'ssm.amazonaws.com'
        })
      )

      const ourOrg = organizations(aws.url)
      const sides: [Side, OrganizationsClient, string, string, string][] = [
        ['moto', motoOrg, moto.url, created['member-00'] as string, created['member-01'] as string],
        ['ours', ourOrg, aws.url, MEMBER, ADMIN]
      ]
      for (const [side, client, endpoint, member, admin] of sides) {
        seen.all[side] = await listAll(client)
        const first = await client.send(new ListAccountsCommand({}))
        seen.firstPage[side] = [first.Accounts?.length, first.NextToken !== undefined]
        seen.refusals[side] = [
          await outcome(client.send(new ListAccountsCommand({ MaxResults: 0 }))),
          await outcome(client.send(new ListAccountsCommand({ MaxResults: 21 }))),
          await outcome(client.send(new ListAccountsCommand({ NextToken: 'bm90LWEtdG9rZW4' })))
        ]
        // moto creates OrganizationAccountAccessRole in each account it makes; the emulator's
        // members list no roles, so any role name is theirs.
        const role = (account: string) =>
          `arn:aws:iam::${account}:role/OrganizationAccountAccessRole`
        const asMember = organizations(endpoint, await session(endpoint, role(member)))
        const asAdmin = organizations(endpoint, await session(endpoint, role(admin)))
        seen.members[side] = [
          await outcome(asMember.send(new ListAccountsCommand({}))),
          await outcome(asMember.send(new DescribeOrganizationCommand({}))),
          await outcome(asAdmin.send(new ListAccountsCommand({})))
        ]
        asMember.destroy()
        asAdmin.destroy()
      }
      results.ListAccounts = [{ Accounts: seen.all.moto }, { Accounts: seen.all.ours }]
      results.DescribeOrganization = [
        await motoOrg.send(new DescribeOrganizationCommand({})),
        await ourOrg.send(new DescribeOrganizationCommand({}))
      ]
      motoOrg.destroy()
      ourOrg.destroy()
    }, 60_000)

    afterAll(async () => {
      moto?.close()
      await aws?.close()
      await bare?.close()
    })

    itComparesShapes(results, ORG_MOTO_ONLY, ORG_EMULATOR_ONLY)

    it('lists the same accounts with the same names, emails and states', () => {
      const summary = (accounts: Account[]) =>
        accounts
          .filter((a) => a.Name?.startsWith('member-'))
          .map((a) => [a.Name, a.Email, a.State])
          .sort()
      expect(seen.all.moto).toHaveLength(23)
      expect(seen.all.ours).toHaveLength(23)
      expect(summary(seen.all.ours)).toEqual(summary(seen.all.moto))
      // moto closes an account at once: Status and State SUSPENDED; the emulator has State alone.
      const closed = (accounts: Account[]) => accounts.find((a) => a.Name === 'member-21')
      expect(closed(seen.all.moto)).toMatchObject({ State: 'SUSPENDED', Status: 'SUSPENDED' })
      expect(closed(seen.all.ours)).toMatchObject({ State: 'SUSPENDED' })
      expect(closed(seen.all.ours)).not.toHaveProperty('Status')
    })

    it('differs from moto where AWS documents otherwise: pages of at most 20', () => {
      // The model: MaxResults 1..20; moto pages by 100 unasked, answers everything for 0 and
      // 21 accounts for 21.
      expect(seen.firstPage.moto).toEqual([23, false])
      expect(seen.firstPage.ours).toEqual([20, true])
      expect(seen.refusals.moto.slice(0, 2)).toEqual(['23 accounts', '21 accounts'])
      expect(seen.refusals.ours.slice(0, 2)).toEqual([
        'ValidationException 400',
        'ValidationException 400'
      ])
    })

    it('differs from moto where AWS documents otherwise: a NextToken never issued', () => {
      // The model's InvalidInputException, Reason INVALID_PAGINATION_TOKEN (wire value
      // INVALID_NEXT_TOKEN); moto's InvalidToken is no error of the Organizations model.
      expect(seen.refusals.moto[2]).toBe('InvalidToken 400')
      expect(seen.refusals.ours[2]).toBe('InvalidInputException INVALID_NEXT_TOKEN 400')
    })

    it('differs from moto where AWS documents otherwise: outside any organization', () => {
      // ListAccounts' errors in the model include AWSOrganizationsNotInUseException. Both send
      // it with 400, the status of every JSON 1.1 client error here (the model's httpError: 404).
      expect(seen.noOrganization.moto).toEqual([
        '0 accounts',
        'AWSOrganizationsNotInUseException 400'
      ])
      expect(seen.noOrganization.ours).toEqual([
        'AWSOrganizationsNotInUseException 400',
        'AWSOrganizationsNotInUseException 400'
      ])
    })

    it('differs from moto where AWS documents otherwise: who may list', () => {
      // AWS: "can be called only from the organization's management account or by a member
      // account that is a delegated administrator"; moto answers every member an empty list.
      expect(seen.members.moto).toEqual(['0 accounts', 'answered', '0 accounts'])
      // (The delegated administrator's first page: 20 of the 23.)
      expect(seen.members.ours).toEqual(['AccessDeniedException 400', 'answered', '20 accounts'])
    })

    it('differs from moto: the management account and the order', () => {
      const management = (accounts: Account[]) => accounts.find((a) => a.Id === MANAGEMENT)
      // The AWS CLI's list-accounts example shows the management account as INVITED.
      expect(management(seen.all.moto)?.JoinedMethod).toBe('CREATED')
      expect(management(seen.all.ours)?.JoinedMethod).toBe('INVITED')
      // moto lists by JoinedTimestamp; AWS documents no order, and the emulator keeps a stable
      // one that is neither by id nor by joining.
      const joined = (accounts: Account[]) =>
        accounts.map((a) => (a.JoinedTimestamp as Date).getTime())
      const ascending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! <= v)
      expect(ascending(joined(seen.all.moto))).toBe(true)
      expect(ascending(joined(seen.all.ours))).toBe(false)
      const ids = seen.all.ours.map((a) => a.Id as string)
      expect(ids).not.toEqual([...ids].sort())
    })
  }
)
