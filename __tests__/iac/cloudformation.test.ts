import { X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { readCloudFormation } from '../../src/iac/cloudformation/reader.js'
import { parseDocument } from 'yaml'
import { SHORT_FORM_INTRINSICS, intrinsicTags } from '../../src/iac/cloudformation/yaml-tags.js'
import type { IacRepository } from '../../src/iac/reader.js'
import type {
  IacAcmCertificateRecord,
  IacIamServerCertificateRecord,
  IacLanguage,
  IacRdsCaRecord,
  IacValue
} from '../../src/iac/records.js'
import { fixtureFiles, fixtureRepository } from './fixture-repository.js'

const FIXTURE = fileURLToPath(new URL('./fixtures/cloudformation', import.meta.url))
const repository = fixtureRepository(FIXTURE)

const fixtureText = (file: string): Promise<string> => readFile(`${FIXTURE}/${file}`, 'utf8')

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, from = 1): number {
  const index = text.split('\n').findIndex((line, i) => i + 1 >= from && line.includes(needle))
  if (index < 0) throw new Error(`"${needle}" is not in the fixture`)
  return index + 1
}

const literal = (value: string): IacValue => ({ kind: 'literal', value })
const expression = (text: string): IacValue => ({ kind: 'expression', text })
const absent: IacValue = { kind: 'absent' }

type Extra<T> = Partial<Omit<T, 'kind' | 'language' | 'location' | 'address' | 'value'>>

function recordsIn(file: string, language: IacLanguage) {
  const base = (line: number, address: string, value: IacValue) => ({
    language,
    location: { file, line },
    address,
    value
  })
  return {
    rdsCa: (
      line: number,
      address: string,
      value: IacValue,
      extra: Extra<IacRdsCaRecord> = {}
    ): IacRdsCaRecord => ({
      kind: 'rds-ca',
      ...base(line, address, value),
      resourceType: 'AWS::RDS::DBInstance',
      attribute: 'CACertificateIdentifier',
      ...extra
    }),
    acm: (
      line: number,
      address: string,
      value: IacValue,
      extra: Extra<IacAcmCertificateRecord> & { domainName: string | null }
    ): IacAcmCertificateRecord => ({
      kind: 'acm-certificate',
      ...base(line, address, value),
      resourceType: 'AWS::CertificateManager::Certificate',
      attribute: 'ValidationMethod',
      requested: true,
      defaultValue: 'EMAIL',
      ...extra
    }),
    iam: (
      line: number,
      address: string,
      value: IacValue,
      pem: IacIamServerCertificateRecord['pem']
    ): IacIamServerCertificateRecord => ({
      kind: 'iam-server-certificate',
      ...base(line, address, value),
      resourceType: 'AWS::IAM::ServerCertificate',
      attribute: 'CertificateBody',
      pem
    })
  }
}

/** A repository of in-memory files, for the cases a fixture repository would only pad out. */
function memoryRepository(files: Record<string, string>): IacRepository {
  return {
    readText: async (file) => files[file] ?? null,
    readBytes: async (file) => (file in files ? Buffer.from(files[file] as string) : null),
    listDir: async () => []
  }
}

describe('readCloudFormation: a YAML template with short-form intrinsics', () => {
  const file = 'infra/platform.yaml'
  const { rdsCa, acm, iam } = recordsIn(file, 'cloudformation-yaml')

  it('reads every DB instance, certificate request and server certificate with its line', async () => {
    const text = await fixtureText(file)
    // The hand-counted lines below, pinned to the fixture's text.
    expect(lineOf(text, 'CACertificateIdentifier: rds-ca-2019')).toBe(73)
    expect(lineOf(text, 'Default: rds-ca-rsa2048-g1')).toBe(14)
    expect(lineOf(text, 'Analytics: rds-ca-2019')).toBe(29)
    expect(lineOf(text, 'Properties: !If')).toBe(133)
    expect(lineOf(text, 'Type: AWS::CertificateManager::Certificate')).toBe(175)
    expect(lineOf(text, 'CertificateBody: |')).toBe(204)
    expect(lineOf(text, '-----BEGIN CERTIFICATE-----')).toBe(205)

    const pemLines = text.split('\n').slice(204, 226)
    expect(pemLines[21]?.trim()).toBe('-----END CERTIFICATE-----')
    const pem = `${pemLines.map((line) => line.trim()).join('\n')}\n`

    const result = await readCloudFormation({ files: [file], repository })

    expect(result).toEqual({
      records: [
        rdsCa(73, 'OrdersDatabase', literal('rds-ca-2019')),
        rdsCa(76, 'OrdersReplica', absent),
        rdsCa(89, 'BillingDatabase', literal('rds-ca-rsa2048-g1'), {
          resolvedFrom: 'Parameters.BillingCaIdentifier Default (infra/platform.yaml:14)'
        }),
        rdsCa(99, 'ReportingDatabase', expression('!Ref ReportingCaIdentifier')),
        rdsCa(109, 'AnalyticsDatabase', literal('rds-ca-2019'), {
          resolvedFrom: 'Mappings.CaByEnvironment.production.Analytics (infra/platform.yaml:29)'
        }),
        rdsCa(
          119,
          'AuditDatabase',
          expression('!If [IsProduction, rds-ca-rsa2048-g1, rds-ca-2019]')
        ),
        rdsCa(129, 'SearchDatabase', expression('{{resolve:ssm:/orders/search/ca-identifier}}')),
        rdsCa(
          133,
          'LedgerDatabase',
          expression(
            '!If [IsProduction, {Engine: postgres, DBInstanceClass: db.r6g.large, AllocatedStorage: 200, CACertificateIdentifier: rd…'
          )
        ),
        rdsCa(
          158,
          'AuroraWriter',
          expression('!FindInMap [CaByEnvironment, !Ref Environment, Analytics]')
        ),
        rdsCa(172, 'SessionStoreInstance', literal('rds-ca-2019'), {
          resourceType: 'AWS::DocDB::DBInstance'
        }),
        acm(175, 'ApiCertificate', absent, { domainName: 'api.orders.example.com' }),
        acm(186, 'ShopCertificate', literal('DNS'), { domainName: null }),
        acm(192, 'InternalCertificate', absent, {
          domainName: 'orders.internal.example.com',
          requested: false
        }),
        iam(204, 'LegacyElbCertificate', literal(pem), {
          text: pem,
          location: { file, line: 205 }
        }),
        iam(
          232,
          'PartnerCertificate',
          expression('!ImportValue shared-certificates-PartnerGatewayBody'),
          null
        )
      ],
      failures: [],
      filesRead: [file]
    })
  })

  it('keeps the inline PEM intact: it is the certificate openssl generated', async () => {
    const { records } = await readCloudFormation({ files: [file], repository })
    const legacy = records.find(
      (record): record is IacIamServerCertificateRecord =>
        record.kind === 'iam-server-certificate' && record.address === 'LegacyElbCertificate'
    )
    const certificate = new X509Certificate(legacy?.pem?.text ?? '')
    expect(certificate.subject).toContain('CN=legacy.orders.example.com')
  })

  it('parses every short-form intrinsic CloudFormation documents, none making it fail', async () => {
    const text = await fixtureText(file)
    const unused = [...SHORT_FORM_INTRINSICS.keys()].filter(
      (tag) => !new RegExp(`${tag}\\s`).test(text)
    )
    expect(unused).toEqual([])
    expect(SHORT_FORM_INTRINSICS.size).toBe(18)
    // Without its tag, yaml would warn `Unresolved tag` and keep the node as plain data.
    const document = parseDocument(text, { customTags: intrinsicTags })
    expect(document.errors).toEqual([])
    expect(document.warnings).toEqual([])
    expect(parseDocument(text).warnings.length).toBeGreaterThan(0)
    const result = await readCloudFormation({ files: [file], repository })
    expect(result.failures).toEqual([])
    expect(result.filesRead).toEqual([file])
  })

  it('emits nothing for AWS::RDS::DBCluster and AWS::DocDB::DBCluster, which have no CA property', async () => {
    const text = await fixtureText(file)
    expect(text).toContain('Type: AWS::RDS::DBCluster')
    const { records } = await readCloudFormation({ files: [file], repository })
    const types = records.flatMap((record) =>
      record.kind === 'certificate-file' ? [] : [record.resourceType]
    )
    expect(types).not.toContain('AWS::RDS::DBCluster')
    expect(types).not.toContain('AWS::DocDB::DBCluster')
    expect(types).toContain('AWS::DocDB::DBInstance')
  })
})

describe('readCloudFormation: a JSON template', () => {
  const file = 'infra/reporting.json'
  const { rdsCa, acm, iam } = recordsIn(file, 'cloudformation-json')

  it('reads the same kinds from long-form intrinsics', async () => {
    const text = await fixtureText(file)
    expect(lineOf(text, '"CACertificateIdentifier": { "Ref": "WarehouseCaIdentifier" }')).toBe(30)
    expect(lineOf(text, '"Default": "rds-ca-2019"')).toBe(12)
    expect(lineOf(text, '"Type": "AWS::DocDB::DBInstance"')).toBe(84)
    expect(lineOf(text, '"CertificateBody": "-----BEGIN CERTIFICATE-----')).toBe(114)
    const pem = JSON.parse(text).Resources.PartnerGatewayCertificate.Properties.CertificateBody

    const result = await readCloudFormation({ files: [file], repository })

    expect(result).toEqual({
      records: [
        rdsCa(30, 'WarehouseDatabase', literal('rds-ca-2019'), {
          resolvedFrom: 'Parameters.WarehouseCaIdentifier Default (infra/reporting.json:12)'
        }),
        rdsCa(41, 'ExportsDatabase', expression('Ref ExportsCaIdentifier')),
        rdsCa(53, 'LegacyReportsDatabase', literal('rds-ca-2019')),
        rdsCa(57, 'ReportsReplica', absent),
        rdsCa(
          71,
          'StagingScratchDatabase',
          expression('Fn::If [IsProduction, rds-ca-rsa2048-g1, Ref AWS::NoValue]')
        ),
        rdsCa(84, 'ReportCacheInstance', absent, { resourceType: 'AWS::DocDB::DBInstance' }),
        acm(91, 'ReportsCertificate', absent, { domainName: 'reports.example.com' }),
        acm(100, 'DashboardCertificate', literal('DNS'), { domainName: null }),
        acm(104, 'WarehouseTlsCertificate', absent, {
          domainName: 'warehouse.reporting.internal',
          requested: false
        }),
        iam(114, 'PartnerGatewayCertificate', literal(pem), {
          text: pem,
          location: { file, line: 114 }
        })
      ],
      failures: [],
      filesRead: [file]
    })
    expect(new X509Certificate(pem).subject).toContain('CN=partners.orders.example.com')
  })
})

describe('readCloudFormation: SAM and CDK output', () => {
  it('reads a SAM template (a transform, no format version) as CloudFormation', async () => {
    const file = 'services/orders-api/template.yaml'
    const text = await fixtureText(file)
    expect(text).not.toContain('AWSTemplateFormatVersion')
    expect(lineOf(text, 'ValidationMethod: EMAIL')).toBe(29)
    const { rdsCa, acm } = recordsIn(file, 'cloudformation-yaml')

    expect(await readCloudFormation({ files: [file], repository })).toEqual({
      records: [
        acm(29, 'ApiDomainCertificate', literal('EMAIL'), {
          domainName: 'orders-api.example.com'
        }),
        rdsCa(58, 'ReadModelDatabase', literal('rds-ca-ecc384-g1'))
      ],
      failures: [],
      filesRead: [file]
    })
  })

  it('reads the templates of a cloud assembly, nested stacks and stages included, and nothing else in it', async () => {
    const files = (await fixtureFiles(FIXTURE)).filter((file) => file.startsWith('cdk/'))
    expect(files).toContain('cdk/cdk.out/tree.json')
    const root = 'cdk/cdk.out/OrdersStack.template.json'
    const nested = 'cdk/cdk.out/OrdersStackSearch5E7A1B2C.nested.template.json'
    const stage = 'cdk/cdk.out/assembly-Prod/ProdOrdersStack8F3D2A1B.template.json'
    expect(lineOf(await fixtureText(root), '"CACertificateIdentifier": "rds-ca-2019"')).toBe(22)
    expect(lineOf(await fixtureText(stage), '"CACertificateIdentifier"')).toBe(7)
    const inRoot = recordsIn(root, 'cloudformation-json')
    const inNested = recordsIn(nested, 'cloudformation-json')
    const inStage = recordsIn(stage, 'cloudformation-json')

    expect(await readCloudFormation({ files, repository })).toEqual({
      records: [
        inRoot.rdsCa(22, 'OrdersDatabase6D6BDC5A', literal('rds-ca-2019'), {
          constructPath: 'OrdersStack/OrdersDatabase/Resource'
        }),
        inRoot.rdsCa(52, 'OrdersReadReplica1F2E3D4C', absent, {
          constructPath: 'OrdersStack/OrdersReadReplica/Resource'
        }),
        inRoot.acm(93, 'ApiCertificate3C5F5B6A', literal('DNS'), {
          domainName: 'api.orders.example.com',
          constructPath: 'OrdersStack/ApiCertificate/Resource'
        }),
        inNested.rdsCa(18, 'SearchClusterInstance1B5E6F7A', absent, {
          resourceType: 'AWS::DocDB::DBInstance',
          constructPath: 'OrdersStack/Search/SearchCluster/Instance1'
        }),
        inStage.rdsCa(7, 'OrdersDatabase6D6BDC5A', literal('rds-ca-rsa2048-g1'), {
          constructPath: 'Prod/OrdersStack/OrdersDatabase/Resource'
        })
      ],
      failures: [],
      // tree.json, manifest.json, the asset manifest and a template copied into an asset are not.
      filesRead: [root, nested, stage]
    })
  })
})

describe('readCloudFormation: the files of a whole repository', () => {
  it('skips YAML and JSON that is no template, and reports a broken template once, with its line', async () => {
    const files = await fixtureFiles(FIXTURE)
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/deploy.yml',
        'package.json',
        'k8s/orders-gateway.yaml',
        'infra/cache.yaml',
        'infra/dns.json'
      ])
    )
    const cache = await fixtureText('infra/cache.yaml')
    // The flow sequence opened here is never closed: yaml notices at the next mapping key.
    expect(lineOf(cache, 'SubnetIds: [!ImportValue')).toBe(9)
    expect(lineOf(cache, 'CacheCluster:')).toBe(11)
    expect(lineOf(await fixtureText('infra/dns.json'), '"ApiRecord": {')).toBe(8)

    const result = await readCloudFormation({ files, repository })

    expect(result.failures).toEqual([
      {
        file: 'infra/cache.yaml',
        detail:
          'line 11: Flow sequence in block collection must be sufficiently indented and end with a ]'
      },
      { file: 'infra/dns.json', detail: 'line 8: Missing , between flow map items' }
    ])
    expect(result.filesRead).toEqual([
      'cdk/cdk.out/OrdersStack.template.json',
      'cdk/cdk.out/OrdersStackSearch5E7A1B2C.nested.template.json',
      'cdk/cdk.out/assembly-Prod/ProdOrdersStack8F3D2A1B.template.json',
      'infra/platform.yaml',
      'infra/reporting.json',
      'services/orders-api/template.yaml'
    ])
    const recordFiles = new Set(
      result.records.map((record) =>
        record.kind === 'certificate-file' ? '' : record.location.file
      )
    )
    expect([...recordFiles].sort()).toEqual(result.filesRead)
  })

  it('gives the same records in the same order whatever order the files come in', async () => {
    const files = await fixtureFiles(FIXTURE)
    const forward = await readCloudFormation({ files, repository })
    const backward = await readCloudFormation({ files: [...files].reverse(), repository })
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward))
    expect(forward.records.length).toBe(32)
  })
})

describe('readCloudFormation: settings the fixtures do not need', () => {
  const template = (properties: string): string =>
    [
      'Parameters:',
      '  Ca:',
      '    Type: String',
      '    Default:',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      properties
    ].join('\n')

  it.each([
    [
      'Ref AWS::NoValue',
      '    Properties:\n      CACertificateIdentifier: !Ref AWS::NoValue',
      absent,
      7
    ],
    ['no Properties at all', '    DeletionPolicy: Retain', absent, 7],
    ['an empty value', '    Properties:\n      CACertificateIdentifier:', absent, 7],
    [
      'a parameter with an empty Default',
      '    Properties:\n      CACertificateIdentifier: !Ref Ca',
      expression('!Ref Ca'),
      9
    ],
    [
      'a pseudo parameter in a Sub',
      '    Properties:\n      CACertificateIdentifier: !Sub "rds-ca-${AWS::Region}"',
      expression('!Sub rds-ca-${AWS::Region}'),
      9
    ]
  ])('reads %s', async (_case, properties, value, line) => {
    const repository = memoryRepository({ 'db.yaml': template(properties) })
    const { records } = await readCloudFormation({ files: ['db.yaml'], repository })
    expect(records).toEqual([recordsIn('db.yaml', 'cloudformation-yaml').rdsCa(line, 'Db', value)])
  })

  it('names a file it was handed that the repository does not have', async () => {
    const result = await readCloudFormation({
      files: ['gone.yaml'],
      repository: memoryRepository({})
    })
    expect(result).toEqual({
      records: [],
      failures: [{ file: 'gone.yaml', detail: 'cannot be read from the repository' }],
      filesRead: []
    })
  })

  it("turns a repository that throws into that file's failure, and reads the others", async () => {
    const files: Record<string, string> = {
      'ok.yaml': 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n'
    }
    const result = await readCloudFormation({
      files: ['locked.yaml', 'ok.yaml'],
      repository: {
        readText: async (file) => {
          if (file === 'locked.yaml') throw new Error('EACCES: permission denied')
          return files[file] ?? null
        },
        readBytes: async () => null,
        listDir: async () => []
      }
    })
    expect(result).toEqual({
      records: [recordsIn('ok.yaml', 'cloudformation-yaml').rdsCa(3, 'Db', absent)],
      failures: [
        { file: 'locked.yaml', detail: 'could not be read: Error: EACCES: permission denied' }
      ],
      filesRead: ['ok.yaml']
    })
  })

  it('points at a second YAML document in a template', async () => {
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n---\nResources: {}\n'
    const result = await readCloudFormation({
      files: ['two.yaml'],
      repository: memoryRepository({ 'two.yaml': text })
    })
    expect(result.failures).toEqual([
      { file: 'two.yaml', detail: 'line 3: a template is one YAML document; another starts here' }
    ])
  })
})
