/**
 * The whole iac check over each fixture repository: every finding at the exact line, with its
 * reason, and the files that cannot be read in the coverage. The clock is pinned (the
 * certificate fixtures have fixed dates) and no AWS credentials are at hand: the known CA list.
 */
import { readFile } from 'node:fs/promises'
import { parseIacSettings } from '../../src/config/index.js'
import { checkIac } from '../../src/iac/index.js'
import { fileRepository } from '../../src/iac/repository.js'
import { reportSchemaErrors } from '../helpers/report-schema.js'
import { fixtureDir } from './fixture-repository.js'

const NOW = new Date('2026-12-01T06:00:00.000Z')

async function check(name: string) {
  const root = fixtureDir(name)
  const { report } = await checkIac({
    root,
    repository: fileRepository(root),
    settings: parseIacSettings(() => ''),
    now: NOW,
    pullRequest: null,
    git: async () => {
      throw new Error('git is not asked outside a pull request')
    },
    liveCas: async () => null,
    log: () => undefined
  })
  expect(reportSchemaErrors(report)).toEqual([])
  return {
    findings: report.findings.map(
      (finding) =>
        `${finding.severity} ${finding.location?.file}:${finding.location?.line} ${finding.resourceId} ${finding.reasons.map((reason) => reason.code).join(',')}`
    ),
    failed: report.coverage
      .filter((row) => row.status === 'failed')
      .map((row) => `${row.service}: ${row.detail}`),
    lineText: async (file: string, line: number) =>
      (await readFile(`${root}/${file}`, 'utf8')).split('\n')[line - 1]?.trim()
  }
}

describe('the iac check over the fixture repositories', () => {
  it('Terraform with modules, count, variables and locals', async () => {
    const { findings, failed, lineText } = await check('terraform-platform')
    expect(findings).toEqual([
      'expired modules/postgres/main.tf:8 module.orders_db.aws_db_instance.this iac-rds-ca-outdated'
    ])
    expect(failed).toEqual([])
    expect(await lineText('modules/postgres/main.tf', 8)).toBe('ca_cert_identifier  = var.ca_cert')
  })

  it('Terraform JSON, with a local', async () => {
    const { findings, lineText } = await check('terraform-json')
    expect(findings).toEqual([
      'expired stacks/billing/edge.tf.json:9 aws_rds_cluster.events iac-rds-ca-outdated',
      'warning stacks/billing/edge.tf.json:18 aws_acm_certificate.invoices_portal iac-acm-email-validation'
    ])
    expect(await lineText('stacks/billing/edge.tf.json', 9)).toBe(
      '"ca_certificate_identifier": "${local.cluster_ca}"'
    )
  })

  it('Terraform certificates: EMAIL validation only where it is requested', async () => {
    const { findings, lineText } = await check('terraform-certificates')
    expect(findings).toEqual([
      'warning acm.tf:14 aws_acm_certificate.partner_portal iac-acm-email-validation'
    ])
    expect(await lineText('acm.tf', 14)).toBe('validation_method = "EMAIL"')
  })

  it('a broken Terraform file next to a good one', async () => {
    const { findings, failed } = await check('terraform-broken')
    expect(findings).toEqual([
      'expired database/main.tf:7 aws_db_instance.inventory iac-rds-ca-outdated'
    ])
    expect(failed).toEqual([
      'terraform: database/network.tf: line 19: unexpected "}"',
      'terraform: database/replica.tf.json: line 8: Expected double-quoted property name'
    ])
  })

  it('CloudFormation YAML and JSON, SAM and CDK output', async () => {
    const { findings, failed, lineText } = await check('cloudformation')
    expect(findings).toEqual([
      'expired cdk/cdk.out/OrdersStack.template.json:22 OrdersDatabase6D6BDC5A iac-rds-ca-outdated',
      'expired infra/platform.yaml:109 AnalyticsDatabase iac-rds-ca-outdated',
      'expired infra/platform.yaml:73 OrdersDatabase iac-rds-ca-outdated',
      'expired infra/platform.yaml:172 SessionStoreInstance iac-rds-ca-outdated',
      'expired infra/reporting.json:53 LegacyReportsDatabase iac-rds-ca-outdated',
      'expired infra/reporting.json:30 WarehouseDatabase iac-rds-ca-outdated',
      'warning infra/platform.yaml:175 ApiCertificate iac-acm-email-validation',
      'warning infra/reporting.json:91 ReportsCertificate iac-acm-email-validation',
      'warning services/orders-api/template.yaml:29 ApiDomainCertificate iac-acm-email-validation'
    ])
    expect(failed).toEqual([
      'cloudformation: infra/cache.yaml: line 11: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'cloudformation: infra/dns.json: line 8: Missing , between flow map items'
    ])
    expect(await lineText('infra/platform.yaml', 109)).toBe(
      'CACertificateIdentifier: !FindInMap [CaByEnvironment, production, Analytics]'
    )
    // Left out, ValidationMethod defaults to EMAIL: the finding sits on the resource's Type.
    expect(await lineText('infra/platform.yaml', 175)).toBe(
      'Type: AWS::CertificateManager::Certificate'
    )
  })

  it('certificate files: expired, expiring, one certificate of a bundle', async () => {
    const { findings, failed } = await check('certificates')
    expect(findings).toEqual([
      expect.stringMatching(
        /^expired certs\/partner-api\.pem:1 certificate:[0-9a-f]{16} iac-certificate-file-expired$/
      ),
      expect.stringMatching(
        /^critical certs\/mtls-client\.crt:1 certificate:[0-9a-f]{16} iac-certificate-file-expiring$/
      ),
      expect.stringMatching(
        /^warning certs\/chain\.pem:12 certificate:[0-9a-f]{16} iac-certificate-file-expiring$/
      )
    ])
    expect(failed).toEqual([
      expect.stringMatching(
        /^certificate-files: certs\/broken\.pem: line 1: not a valid certificate/
      )
    ])
  })
})
