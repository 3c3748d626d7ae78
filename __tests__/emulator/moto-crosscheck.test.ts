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
import { CreateDBInstanceCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { findMoto, selfSignedCertificate, startMoto, type Moto } from '../helpers/moto.js'
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

    it.each(Object.keys(MOTO_ONLY))(
      '%s: same types, and only the documented fields differ',
      (operation) => {
        const [motoOut, ourOut] = results[operation] as [unknown, unknown]
        const diff = compare(motoOut, ourOut)
        expect(diff.typeMismatches).toEqual([])
        expect(diff.onlyMoto).toEqual(MOTO_ONLY[operation])
        expect(diff.onlyEmulator).toEqual(EMULATOR_ONLY[operation])
      }
    )

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
