import { evaluateIac } from '../../src/iac/checks/index.js'
import { KNOWN_CA_CATALOG } from '../../src/iac/checks/ca-catalog.js'
import type { IacRecord } from '../../src/iac/records.js'
import { acmCertificate, caPin } from '../iac/record-factories.js'
import { reportTotals } from '../../src/report/json-report.js'
import { renderIacSummary } from '../../src/report/iac-summary.js'
import type { CoverageRow, Report } from '../../src/model/index.js'

const NOW = new Date('2026-12-01T06:00:00.000Z')

function reportOf(records: IacRecord[], coverage: CoverageRow[] = []): Report {
  const findings = evaluateIac(records, {
    now: NOW,
    thresholds: { warningDays: 45, criticalDays: 14 },
    targetCa: 'rds-ca-rsa2048-g1',
    cas: KNOWN_CA_CATALOG
  })
  return {
    schemaVersion: 1,
    generatedAt: NOW.toISOString(),
    thresholds: { warningDays: 45, criticalDays: 14 },
    scope: { accounts: [], regions: [], services: ['iac'], shard: '1/1' },
    coverage,
    findings,
    totals: reportTotals(findings, { terraform: records.length }, 0)
  }
}

const pin = caPin(
  { kind: 'literal', value: 'rds-ca-2019' },
  { location: { file: 'infra/<db>@team.tf', line: 4 } }
)
const emailCert = acmCertificate()

describe('the iac job summary', () => {
  it('renders the headline, the failures under it and each finding with its fix in a fenced block', () => {
    const summary = renderIacSummary(
      reportOf(
        [pin, emailCert],
        [
          {
            account: '',
            region: '',
            service: 'terraform',
            status: 'failed',
            detail: 'infra/bad.tf: line 3: unexpected "}"'
          }
        ]
      ),
      { filesChecked: 3, changedOnly: true }
    )
    expect(summary).toBe(
      [
        '## aws-cert-watch: infrastructure code',
        '',
        '**2 findings** in 2 files (1 expired, 1 warning). Checked: 3 files that this pull request changes.',
        '',
        '> [!WARNING]',
        '> 1 part could not be checked:',
        '> - terraform: infra/bad.tf: line 3: unexpected "}"',
        '',
        '### expired: infra/&lt;db&gt;@&#8203;team.tf line 4',
        'aws\\_db\\_instance aws\\_db\\_instance.orders',
        '',
        "- ca\\_cert\\_identifier pins rds-ca-2019, a retired CA (it expired on 2024-08-22 in most regions): TLS clients that verify the server fail, and RDS refuses it for new instances (per aws-cert-watch's list of RDS CAs (rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1 are current); no AWS credentials here to ask DescribeCertificates).",
        '',
        '**Fix:** In infra/&lt;db&gt;@&#8203;team.tf line 4, set ca\\_cert\\_identifier to rds-ca-rsa2048-g1. RDS applies a CA change in the next maintenance window unless it is applied immediately, and restarts the instance unless its engine rotates certificates without a restart.',
        '',
        '```hcl',
        'ca_cert_identifier = "rds-ca-rsa2048-g1"',
        '```',
        '',
        '### warning: stacks/site.yaml line 9',
        'AWS::CertificateManager::Certificate SiteCertificate',
        '',
        "- The certificate for shop.example.com leaves ValidationMethod out, and its default is EMAIL: issuing it, and every renewal after, waits for someone to click an approval mail sent to the domain's admin addresses.",
        '',
        '**Fix:** In stacks/site.yaml line 9, set ValidationMethod to DNS and give DomainValidationOptions with each domain’s HostedZoneId, so that CloudFormation creates the validation CNAMEs in Route 53. Changing the method replaces the certificate: create the new one before the old is deleted (Terraform: create\\_before\\_destroy).',
        '',
        '```yaml',
        'ValidationMethod: DNS',
        '```',
        ''
      ].join('\n')
    )
  })

  it('says so when nothing needs fixing', () => {
    expect(renderIacSummary(reportOf([]), { filesChecked: 0, changedOnly: false })).toBe(
      '## aws-cert-watch: infrastructure code\n\nNothing to fix in the certificate settings of the infrastructure code. Checked: 0 files.\n'
    )
  })

  it('counts the findings that do not fit instead of cutting one in half', () => {
    const many = Array.from({ length: 50 }, (_, i): IacRecord => ({
      ...pin,
      address: `aws_db_instance.db${i}`
    }))
    const summary = renderIacSummary(reportOf(many), {
      filesChecked: 50,
      changedOnly: false,
      maxBytes: 4_000
    })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(4_000)
    const shown = summary.split('\n### ').length - 1
    expect(shown).toBeGreaterThan(0)
    expect(summary).toContain(`> **Note:** ${50 - shown} less urgent findings are not shown`)
    expect(summary.trimEnd().endsWith('every finding.')).toBe(true)
  })
})
