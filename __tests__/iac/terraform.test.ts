import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import type { IacReadResult, IacRecord, IacValue } from '../../src/iac/records.js'
import type { IacRepository } from '../../src/iac/reader.js'
import { readTerraform } from '../../src/iac/terraform/reader.js'
import { locateWasmFiles } from '../../src/iac/terraform/wasm-files.js'
import { fixtureFiles, fixtureRepository } from './fixture-repository.js'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const PLATFORM = fixture('terraform-platform')
const CERTIFICATES = fixture('terraform-certificates')
const JSON_STACK = fixture('terraform-json')
const BROKEN = fixture('terraform-broken')
const NESTED = fixture('terraform-nested')

async function read(
  dir: string,
  files?: string[],
  repository = fixtureRepository(dir)
): Promise<IacReadResult> {
  return readTerraform({ files: files ?? (await fixtureFiles(dir)), repository })
}

/** The 1-based line of the one line of a fixture file that contains `text`. */
function lineOf(dir: string, file: string, text: string): number {
  const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n')
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []))
  expect(found).toHaveLength(1)
  return found[0] ?? 0
}

const literal = (value: string): IacValue => ({ kind: 'literal', value })
const expression = (text: string): IacValue => ({ kind: 'expression', text })
const absent: IacValue = { kind: 'absent' }

function rdsCa(
  file: string,
  line: number,
  address: string,
  attribute: string,
  value: IacValue,
  resolvedFrom?: string
): IacRecord {
  const resourceType = address.split('.').at(-2) ?? ''
  return {
    kind: 'rds-ca',
    language: file.endsWith('.tf.json') ? 'terraform-json' : 'terraform',
    location: { file, line },
    address,
    resourceType,
    attribute,
    value,
    ...(resolvedFrom === undefined ? {} : { resolvedFrom })
  }
}

describe('Terraform reader: modules, count, for_each, variables and locals', () => {
  const rootRecords = [
    rdsCa(
      'envs/prod/legacy.tf',
      6,
      'aws_db_instance.legacy',
      'ca_cert_identifier',
      expression('var.legacy_ca')
    ),
    rdsCa(
      'envs/prod/legacy.tf',
      14,
      'aws_db_instance.ledger',
      'ca_cert_identifier',
      expression('"rds-ca-${local.ca_generation}"')
    ),
    rdsCa(
      'envs/prod/main.tf',
      41,
      'aws_rds_cluster.analytics',
      'ca_certificate_identifier',
      literal('rds-ca-ecc384-g1'),
      'local.cluster_ca (envs/prod/locals.tf:3)'
    ),
    rdsCa(
      'envs/prod/main.tf',
      52,
      'aws_rds_cluster_instance.analytics',
      'ca_cert_identifier',
      expression('var.use_g1_ca ? "rds-ca-rsa2048-g1" : "rds-ca-2019"')
    ),
    rdsCa(
      'envs/prod/main.tf',
      55,
      'aws_docdb_cluster_instance.sessions',
      'ca_cert_identifier',
      absent
    )
  ]
  const ORDERS_FROM = 'module "orders_db" argument ca_cert (envs/prod/main.tf:21)'
  const REPORTING_FROM =
    'module "reporting_db" argument ca_cert (envs/prod/main.tf:28) -> variable "reporting_ca" default (envs/prod/variables.tf:4)'
  const MODULE_DEFAULT_FROM = 'variable "ca_cert" default (modules/postgres/variables.tf:8)'

  it('reports each module instance at the module’s setting, and not the module again as a root of its own', async () => {
    expect(lineOf(PLATFORM, 'modules/postgres/main.tf', 'ca_cert_identifier')).toBe(8)
    expect(lineOf(PLATFORM, 'envs/prod/main.tf', 'ca_cert    = "rds-ca-2019"')).toBe(21)
    const setting = 'modules/postgres/main.tf'
    expect(await read(PLATFORM)).toEqual({
      records: [
        ...rootRecords,
        // Staging passes what prod gets by default, and the same CA for orders: one record each.
        rdsCa(
          setting,
          8,
          'module.audit_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-rsa2048-g1'),
          `module "audit_db" argument ca_cert (envs/staging/main.tf:11); ${MODULE_DEFAULT_FROM}`
        ),
        rdsCa(
          setting,
          8,
          'module.orders_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-2019'),
          `${ORDERS_FROM}; module "orders_db" argument ca_cert (envs/staging/main.tf:5)`
        ),
        rdsCa(
          setting,
          8,
          'module.reporting_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-rsa4096-g1'),
          REPORTING_FROM
        )
      ],
      failures: [],
      filesRead: [
        'envs/prod/legacy.tf',
        'envs/prod/locals.tf',
        'envs/prod/main.tf',
        'envs/prod/variables.tf',
        'envs/staging/main.tf',
        'modules/postgres/main.tf',
        'modules/postgres/variables.tf'
      ]
    })
  })

  it('reports a module instance at the call’s argument when only the calling file is requested', async () => {
    expect(lineOf(PLATFORM, 'envs/prod/main.tf', 'module "audit_db"')).toBe(32)
    const main = 'envs/prod/main.tf'
    expect(await read(PLATFORM, [main])).toEqual({
      records: [
        rdsCa(
          main,
          21,
          'module.orders_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-2019'),
          ORDERS_FROM
        ),
        rdsCa(
          main,
          28,
          'module.reporting_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-rsa4096-g1'),
          REPORTING_FROM
        ),
        // No argument feeds the value: the module block's first line.
        rdsCa(
          main,
          32,
          'module.audit_db.aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-rsa2048-g1'),
          MODULE_DEFAULT_FROM
        ),
        ...rootRecords.filter((record) => record.kind === 'rds-ca' && record.location.file === main)
      ],
      failures: [],
      filesRead: [main]
    })
  })

  it('reads a module’s file as a root module of its own when no requested file calls it', async () => {
    expect(await read(PLATFORM, ['modules/postgres/main.tf'])).toEqual({
      records: [
        rdsCa(
          'modules/postgres/main.tf',
          8,
          'aws_db_instance.this',
          'ca_cert_identifier',
          literal('rds-ca-rsa2048-g1'),
          MODULE_DEFAULT_FROM
        )
      ],
      failures: [],
      filesRead: ['modules/postgres/main.tf']
    })
  })

  it('gives the same bytes whatever order the repository lists files in', async () => {
    const repository = fixtureRepository(PLATFORM)
    const reversed: IacRepository = {
      ...repository,
      listDir: async (dir) => (await repository.listDir(dir)).reverse()
    }
    const files = await fixtureFiles(PLATFORM)
    const forwards = JSON.stringify(await read(PLATFORM, files))
    expect(JSON.stringify(await read(PLATFORM, files, reversed))).toBe(forwards)
  })
})

describe('Terraform reader: a module calling a module', () => {
  const STORE = 'module.search.module.store.aws_rds_cluster_instance.node'
  const FROM =
    'module "store" argument ca_cert (modules/search/main.tf:13) -> module "search" argument ca (live/main.tf:5)'

  it('passes the root’s argument through both calls, and names each hop', async () => {
    expect(lineOf(NESTED, 'modules/search/store/main.tf', 'ca_cert_identifier')).toBe(15)
    const files = ['live/main.tf', 'modules/search/main.tf', 'modules/search/store/main.tf']
    expect((await read(NESTED, files)).records).toEqual([
      rdsCa(
        'modules/search/store/main.tf',
        15,
        STORE,
        'ca_cert_identifier',
        literal('rds-ca-rsa2048-g1'),
        FROM
      )
    ])
  })

  it('reports at the root’s argument when only the root is requested', async () => {
    expect(lineOf(NESTED, 'live/main.tf', 'ca   = "rds-ca-rsa2048-g1"')).toBe(5)
    expect((await read(NESTED, ['live/main.tf'])).records).toEqual([
      rdsCa('live/main.tf', 5, STORE, 'ca_cert_identifier', literal('rds-ca-rsa2048-g1'), FROM)
    ])
  })

  it('leaves a variable no call passes and no default gives as an expression', async () => {
    expect((await read(NESTED, ['modules/search/main.tf'])).records).toEqual([
      rdsCa(
        'modules/search/main.tf',
        13,
        'module.store.aws_rds_cluster_instance.node',
        'ca_cert_identifier',
        expression('var.ca'),
        'module "store" argument ca_cert (modules/search/main.tf:13)'
      )
    ])
  })
})

describe('Terraform reader: PEM text written in the code', () => {
  it('decodes a quoted string’s escapes and keeps a heredoc as written', async () => {
    const lines = readFileSync(`${NESTED}/legacy/iam.tf`, 'utf8').split('\n')
    expect(lineOf(NESTED, 'legacy/iam.tf', 'certificate_body = "-----BEGIN CERTIFICATE-----')).toBe(
      4
    )
    // HCL's quoted escapes are JSON's for what this string holds (\n).
    const quoted = JSON.parse(lines[3]?.replace(/^\s*certificate_body = /, '') ?? '') as string
    const heredoc = `${lines.slice(11, 23).join('\n')}\n`
    expect([quoted, heredoc]).toEqual([
      expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n[^]+\n-----END CERTIFICATE-----\n$/),
      expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n[^]+\n-----END CERTIFICATE-----\n$/)
    ])
    const iam = (line: number, name: string, text: string, pemLine: number): IacRecord => ({
      kind: 'iam-server-certificate',
      language: 'terraform',
      location: { file: 'legacy/iam.tf', line },
      address: `aws_iam_server_certificate.${name}`,
      resourceType: 'aws_iam_server_certificate',
      attribute: 'certificate_body',
      value: literal(text),
      pem: { text, location: { file: 'legacy/iam.tf', line: pemLine } }
    })
    expect(await read(NESTED, ['legacy/iam.tf'])).toEqual({
      records: [iam(4, 'intranet', quoted, 4), iam(11, 'intranet_2027', heredoc, 12)],
      failures: [],
      filesRead: ['legacy/iam.tf']
    })
  })
})

describe('Terraform reader: ACM and IAM server certificates', () => {
  const acm = (
    line: number,
    name: string,
    value: IacValue,
    domainName: string | null,
    requested: boolean,
    resolvedFrom?: string
  ): IacRecord => ({
    kind: 'acm-certificate',
    language: 'terraform',
    location: { file: 'acm.tf', line },
    address: `aws_acm_certificate.${name}`,
    resourceType: 'aws_acm_certificate',
    attribute: 'validation_method',
    value,
    ...(resolvedFrom === undefined ? {} : { resolvedFrom }),
    domainName,
    requested,
    defaultValue: null
  })
  const iam = (
    line: number,
    name: string,
    value: IacValue,
    pem: { text: string; location: { file: string; line: number } } | null
  ): IacRecord => ({
    kind: 'iam-server-certificate',
    language: 'terraform',
    location: { file: 'iam.tf', line },
    address: `aws_iam_server_certificate.${name}`,
    resourceType: 'aws_iam_server_certificate',
    attribute: 'certificate_body',
    value,
    pem
  })

  it('reads validation methods, private and imported certificates, and PEM text inline or from a file', async () => {
    const legacyPem = readFileSync(`${CERTIFICATES}/certs/legacy-api.pem`, 'utf8')
    const vendorPem = readFileSync(`${CERTIFICATES}/certs/vendor.pem`, 'utf8')
    // The heredoc's lines 16-27, without the four spaces `<<-` strips.
    const iamLines = readFileSync(`${CERTIFICATES}/iam.tf`, 'utf8').split('\n')
    const partnerPem = `${iamLines
      .slice(15, 27)
      .map((line) => line.slice(4))
      .join('\n')}\n`
    expect(partnerPem).toMatch(
      /^-----BEGIN CERTIFICATE-----\nMIIB[^]*\n-----END CERTIFICATE-----\n$/
    )
    expect(lineOf(CERTIFICATES, 'iam.tf', 'certificate_body = <<-EOT')).toBe(15)
    expect(lineOf(CERTIFICATES, 'acm.tf', '"EMAIL"')).toBe(14)

    expect(await read(CERTIFICATES)).toEqual({
      records: [
        acm(4, 'storefront', literal('DNS'), 'shop.example.com', true),
        acm(14, 'partner_portal', literal('EMAIL'), 'portal.partner.example.net', true),
        acm(17, 'internal_api', absent, 'api.internal.example.com', false),
        acm(22, 'legacy_import', absent, null, false),
        acm(
          29,
          'status',
          literal('DNS'),
          'status.example.com',
          true,
          'local.validation_method (variables.tf:27)'
        ),
        iam(3, 'legacy_api', expression('file("${path.module}/certs/legacy-api.pem")'), {
          text: legacyPem,
          location: { file: 'certs/legacy-api.pem', line: 1 }
        }),
        iam(15, 'partner_gateway', literal(partnerPem), {
          text: partnerPem,
          location: { file: 'iam.tf', line: 16 }
        }),
        iam(33, 'vendor_sftp', expression('file("certs/vendor.pem")'), {
          text: vendorPem,
          location: { file: 'certs/vendor.pem', line: 1 }
        }),
        iam(
          39,
          'cdn',
          expression('data.aws_secretsmanager_secret_version.cdn_certificate.secret_string'),
          null
        )
      ],
      failures: [],
      filesRead: ['acm.tf', 'iam.tf', 'variables.tf']
    })
  })
})

describe('Terraform reader: JSON syntax', () => {
  it('reads nested and array forms, ${} expressions, and variables and locals declared in JSON', async () => {
    const edge = 'stacks/billing/edge.tf.json'
    const main = 'stacks/billing/main.tf.json'
    expect(lineOf(JSON_STACK, main, '"ca_cert_identifier": "${var.db_ca}"')).toBe(23)
    expect(await read(JSON_STACK)).toEqual({
      records: [
        rdsCa(
          edge,
          9,
          'aws_rds_cluster.events',
          'ca_certificate_identifier',
          literal('rds-ca-2019'),
          `local.cluster_ca (${main}:13)`
        ),
        {
          kind: 'acm-certificate',
          language: 'terraform-json',
          location: { file: edge, line: 18 },
          address: 'aws_acm_certificate.invoices_portal',
          resourceType: 'aws_acm_certificate',
          attribute: 'validation_method',
          value: literal('EMAIL'),
          domainName: 'invoices.example.com',
          requested: true,
          defaultValue: null
        },
        {
          kind: 'iam-server-certificate',
          language: 'terraform-json',
          location: { file: edge, line: 24 },
          address: 'aws_iam_server_certificate.edge',
          resourceType: 'aws_iam_server_certificate',
          attribute: 'certificate_body',
          value: expression('file("${path.module}/certs/edge.pem")'),
          pem: {
            text: readFileSync(`${JSON_STACK}/stacks/billing/certs/edge.pem`, 'utf8'),
            location: { file: 'stacks/billing/certs/edge.pem', line: 1 }
          }
        },
        rdsCa(
          main,
          23,
          'aws_db_instance.billing',
          'ca_cert_identifier',
          literal('rds-ca-rsa2048-g1'),
          `variable "db_ca" default (${main}:6)`
        ),
        rdsCa(
          main,
          30,
          'aws_db_instance.invoices',
          'ca_cert_identifier',
          expression('var.environment == "prod" ? "rds-ca-rsa4096-g1" : "rds-ca-rsa2048-g1"'),
          `local.invoice_ca (${main}:14)`
        ),
        rdsCa(
          main,
          37,
          'aws_db_instance.archive',
          'ca_cert_identifier',
          expression('rds-ca-${var.environment}')
        )
      ],
      failures: [],
      filesRead: [edge, main]
    })
  })
})

describe('Terraform reader: files that do not parse', () => {
  it('names the first error’s line for each, and still reports the good file beside them', async () => {
    expect(lineOf(BROKEN, 'database/network.tf', '}}')).toBe(19)
    expect(await read(BROKEN)).toEqual({
      records: [
        rdsCa(
          'database/main.tf',
          7,
          'aws_db_instance.inventory',
          'ca_cert_identifier',
          literal('rds-ca-2019')
        )
      ],
      failures: [
        { file: 'database/network.tf', detail: 'line 19: unexpected "}"' },
        // The trailing comma on line 7: JSON's parser stops at the `}` after it.
        { file: 'database/replica.tf.json', detail: 'line 8: Expected double-quoted property name' }
      ],
      filesRead: ['database/main.tf']
    })
  })

  it('reports a requested file the repository does not have', async () => {
    expect(await read(BROKEN, ['database/gone.tf'])).toEqual({
      records: [],
      failures: [{ file: 'database/gone.tf', detail: 'not found in the repository' }],
      filesRead: []
    })
  })
})

describe('Terraform parser files', () => {
  it('finds the runtime and the grammar in node_modules when nothing is beside the module', () => {
    const wasm = locateWasmFiles()
    expect(wasm.runtime).toMatch(/node_modules\/web-tree-sitter\/tree-sitter\.wasm$/)
    expect(wasm.terraform).toMatch(
      /node_modules\/@tree-sitter-grammars\/tree-sitter-hcl\/tree-sitter-terraform\.wasm$/
    )
    expect([existsSync(wasm.runtime), existsSync(wasm.terraform)]).toEqual([true, true])
  })
})
