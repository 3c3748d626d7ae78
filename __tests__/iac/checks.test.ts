import { readFile } from 'node:fs/promises'
import { evaluateIac } from '../../src/iac/checks/index.js'
import { KNOWN_CA_CATALOG, type RdsCaCatalog } from '../../src/iac/checks/ca-catalog.js'
import { readCertificateFiles } from '../../src/iac/certificate-files/reader.js'
import { fileRepository } from '../../src/iac/repository.js'
import type { IacRecord } from '../../src/iac/records.js'
import { acmCertificate, caPin } from './record-factories.js'
import { fixtureDir, fixtureFiles } from './fixture-repository.js'

// Pinned: the certificate fixtures have fixed dates, so the checks' clock is fixed too.
const NOW = new Date('2026-12-01T06:00:00.000Z')
const context = (cas: RdsCaCatalog = KNOWN_CA_CATALOG) => ({
  now: NOW,
  thresholds: { warningDays: 45, criticalDays: 14 },
  targetCa: 'rds-ca-rsa2048-g1',
  cas
})

const LIVE: RdsCaCatalog = {
  kind: 'live',
  account: '123456789012',
  region: 'us-east-1',
  cas: new Map([
    ['rds-ca-rsa2048-g1', '2061-05-25T23:34:57.000Z'],
    ['rds-ca-rsa4096-g1', '2121-05-25T23:26:56.000Z']
  ]),
  defaultCa: 'rds-ca-rsa2048-g1'
}

describe('iac-rds-ca-outdated', () => {
  it('flags a pinned retired CA as expired, with the fix in the file’s own language', () => {
    const [finding] = evaluateIac([caPin({ kind: 'literal', value: 'rds-ca-2019' })], context())
    expect(finding).toMatchObject({
      id: 'iac:infra/db.tf:aws_db_instance.orders',
      source: 'iac',
      service: 'rds',
      resourceType: 'aws_db_instance',
      resourceId: 'aws_db_instance.orders',
      account: '',
      region: '',
      severity: 'expired',
      location: { file: 'infra/db.tf', line: 7 },
      reasons: [
        {
          code: 'iac-rds-ca-outdated',
          severity: 'expired',
          message: expect.stringMatching(
            /^ca_cert_identifier pins rds-ca-2019, a retired CA \(it expired on 2024-08-22 in most regions\).*no AWS credentials here to ask DescribeCertificates\)\.$/
          )
        }
      ]
    })
    expect(finding?.remediation[0]?.command).toBe('ca_cert_identifier = "rds-ca-rsa2048-g1"')
  })

  it.each([
    ['terraform-json', 'ca_cert_identifier', '"ca_cert_identifier": "rds-ca-rsa2048-g1"'],
    [
      'cloudformation-yaml',
      'CACertificateIdentifier',
      'CACertificateIdentifier: rds-ca-rsa2048-g1'
    ],
    [
      'cloudformation-json',
      'CACertificateIdentifier',
      '"CACertificateIdentifier": "rds-ca-rsa2048-g1"'
    ]
  ] as const)('writes the %s fix as that language writes it', (language, attribute, line) => {
    const [finding] = evaluateIac(
      [caPin({ kind: 'literal', value: 'rds-ca-2015' }, { language, attribute })],
      context()
    )
    expect(finding?.remediation[0]?.command).toBe(line)
  })

  it('names the variable a value came from, and sends CDK users to their app', () => {
    const [viaVariable] = evaluateIac(
      [
        caPin(
          { kind: 'literal', value: 'rds-ca-2019' },
          { resolvedFrom: 'variable "ca" default (infra/variables.tf:3)' }
        )
      ],
      context()
    )
    expect(viaVariable?.reasons[0]?.message).toContain(
      'pins rds-ca-2019 (from variable "ca" default (infra/variables.tf:3))'
    )
    expect(viaVariable?.remediation[0]?.summary).toContain(
      'or where its value comes from (variable "ca" default (infra/variables.tf:3))'
    )
    const [cdk] = evaluateIac(
      [
        caPin(
          { kind: 'literal', value: 'rds-ca-2019' },
          {
            language: 'cloudformation-json',
            location: { file: 'cdk.out/Shop.template.json', line: 40 },
            attribute: 'CACertificateIdentifier'
          }
        )
      ],
      context()
    )
    expect(cdk?.remediation[0]?.command).toBe(
      "caCertificate: rds.CaCertificate.of('rds-ca-rsa2048-g1')"
    )
  })

  it('gives one finding for a module resource that two roots pin differently', () => {
    const findings = evaluateIac(
      [
        caPin(
          { kind: 'literal', value: 'rds-ca-2019' },
          { resolvedFrom: 'module "db" argument ca (envs/prod/main.tf:4)' }
        ),
        caPin(
          { kind: 'literal', value: 'rds-ca-2020' },
          { resolvedFrom: 'module "db" argument ca (envs/staging/main.tf:4)' }
        )
      ],
      context()
    )
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('expired')
    expect(findings[0]?.reasons.map((reason) => reason.severity)).toEqual(['expired', 'warning'])
  })

  it('leaves current CAs, expressions and (without credentials) unset CAs alone', () => {
    const records: IacRecord[] = [
      caPin({ kind: 'literal', value: 'rds-ca-rsa4096-g1' }),
      caPin({ kind: 'literal', value: 'rds-ca-ecc384-g2' }),
      caPin({ kind: 'expression', text: 'var.ca' }),
      caPin({ kind: 'absent' })
    ]
    expect(evaluateIac(records, context())).toEqual([])
  })

  it('warns of an identifier that is neither current nor known retired, saying the list decided', () => {
    const [finding] = evaluateIac([caPin({ kind: 'literal', value: 'rds-ca-2020' })], context())
    expect(finding?.severity).toBe('warning')
    expect(finding?.reasons[0]?.message).toContain(
      'which is not a current RDS CA (per aws-cert-watch'
    )
  })

  it('takes the live list as the truth, and judges an unset CA by the account default', () => {
    const live = context(LIVE)
    const [notListed] = evaluateIac([caPin({ kind: 'literal', value: 'rds-ca-ecc384-g1' })], live)
    expect(notListed?.severity).toBe('expired')
    expect(notListed?.reasons[0]?.message).toContain(
      'pins rds-ca-ecc384-g1, a CA that DescribeCertificates does not list (retired, or not an RDS CA at all)'
    )
    expect(notListed?.reasons[0]?.message).toContain(
      'checked against DescribeCertificates in account 123456789012, us-east-1'
    )
    expect(evaluateIac([caPin({ kind: 'absent' })], live)).toEqual([])
    const badDefault = context({ ...LIVE, defaultCa: 'rds-ca-2019' })
    const [unset] = evaluateIac([caPin({ kind: 'absent' })], badDefault)
    expect(unset?.reasons[0]?.message).toMatch(
      /^ca_cert_identifier is not set, so RDS gives the instance the account's default CA, rds-ca-2019, which is retired/
    )
  })
})

describe('iac-acm-email-validation', () => {
  it('flags EMAIL written out and EMAIL by default, not DNS, private or imported certificates', () => {
    const findings = evaluateIac(
      [
        acmCertificate(),
        acmCertificate({ address: 'Written', value: { kind: 'literal', value: 'EMAIL' } }),
        acmCertificate({ address: 'Dns', value: { kind: 'literal', value: 'DNS' } }),
        acmCertificate({ address: 'Private', requested: false })
      ],
      context()
    )
    expect(findings.map((finding) => [finding.resourceId, finding.reasons[0]?.message])).toEqual([
      [
        'SiteCertificate',
        "The certificate for shop.example.com leaves ValidationMethod out, and its default is EMAIL: issuing it, and every renewal after, waits for someone to click an approval mail sent to the domain's admin addresses."
      ],
      [
        'Written',
        "The certificate for shop.example.com sets ValidationMethod to EMAIL: issuing it, and every renewal after, waits for someone to click an approval mail sent to the domain's admin addresses."
      ]
    ])
    expect(findings[0]?.remediation[0]?.command).toBe('ValidationMethod: DNS')
  })
})

describe('certificate files', () => {
  it('finds the expired and the expiring certificates, each at its line, bundles one per certificate', async () => {
    const dir = fixtureDir('certificates')
    const { records } = await readCertificateFiles({
      files: await fixtureFiles(dir),
      repository: fileRepository(dir)
    })
    const findings = evaluateIac(records, context())
    expect(
      findings.map((finding) => ({
        resourceName: finding.resourceName,
        severity: finding.severity,
        location: finding.location,
        daysLeft: finding.daysLeft,
        code: finding.reasons[0]?.code
      }))
    ).toEqual([
      {
        resourceName: 'certs/partner-api.pem: CN=partner-api.example.com, O=Example Corp',
        severity: 'expired',
        location: { file: 'certs/partner-api.pem', line: 1 },
        daysLeft: expect.any(Number),
        code: 'iac-certificate-file-expired'
      },
      {
        resourceName: 'certs/mtls-client.crt: CN=mtls.internal.example.com, O=Example Corp',
        severity: 'critical',
        location: { file: 'certs/mtls-client.crt', line: 1 },
        daysLeft: 12,
        code: 'iac-certificate-file-expiring'
      },
      {
        resourceName: 'certs/chain.pem: CN=Example Issuing CA, O=Example Corp',
        severity: 'warning',
        location: {
          file: 'certs/chain.pem',
          line:
            3 +
            (await readFile(`${dir}/certs/chain.pem`, 'utf8'))
              .split('\n')
              .slice(2)
              .findIndex((line) => line.startsWith('-----BEGIN'))
        },
        daysLeft: 40,
        code: 'iac-certificate-file-expiring'
      }
    ])
    expect(findings[2]?.reasons[0]?.message).toBe(
      'Certificate 2 of 3 in certs/chain.pem (CN=Example Issuing CA, O=Example Corp, issued by CN=Example Root CA, O=Example Corp) expires on 2027-01-10 (in 40 days).'
    )
    expect(findings[0]?.remediation[0]?.command).toBe(
      'openssl x509 -noout -subject -enddate -in certs/partner-api.pem'
    )
  })
})

describe('IAM server certificates in the code', () => {
  it('judge the body the code holds, at its line, with the fix that says IAM never renews it', async () => {
    const pem = await readFile(`${fixtureDir('certificates')}/certs/partner-api.pem`, 'utf8')
    const [finding] = evaluateIac(
      [
        {
          kind: 'iam-server-certificate',
          language: 'terraform',
          location: { file: 'edge/iam.tf', line: 3 },
          address: 'aws_iam_server_certificate.partner',
          resourceType: 'aws_iam_server_certificate',
          attribute: 'certificate_body',
          value: { kind: 'expression', text: 'file("certs/partner-api.pem")' },
          pem: { text: pem, location: { file: 'edge/certs/partner-api.pem', line: 1 } }
        }
      ],
      context()
    )
    expect(finding).toMatchObject({
      id: 'iac:edge/iam.tf:aws_iam_server_certificate.partner',
      service: 'iam',
      severity: 'expired',
      expiresAt: '2021-03-01T00:00:00.000Z',
      location: { file: 'edge/iam.tf', line: 3 },
      reasons: [{ code: 'iac-certificate-file-expired' }]
    })
    expect(finding?.remediation[0]?.summary).toMatch(
      /^IAM never renews a server certificate: .*name_prefix with create_before_destroy/
    )
  })
})
