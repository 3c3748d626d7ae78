import { evaluate } from '../../src/evaluate/index.js'
import { MYSQL_TLS_QUERY, POSTGRES_TLS_QUERY } from '../../src/services/rds/remediation.js'
import { shellQuote } from '../../src/shared/shell-quote.js'
import type { Finding } from '../../src/model/index.js'
import {
  cluster,
  engineVersion,
  inDays,
  instance,
  inventory,
  options,
  rdsInventory,
  rotation
} from './factories.js'

function only(inv: ReturnType<typeof rdsInventory>, targetCa = 'rds-ca-rsa2048-g1'): Finding {
  const [finding] = evaluate(inventory({ rds: [inv] }), options({ targetCa })).findings
  if (!finding) throw new Error('expected a finding')
  return finding
}

const retired = { caIdentifier: 'rds-ca-2019' }

describe('RDS remediation', () => {
  it('rotates the instance to the target CA in its own region', () => {
    const finding = only(rdsInventory({ instances: [instance(retired)] }), 'rds-ca-ecc384-g1')
    expect(finding.remediation.map((step) => step.command)).toContain(
      'aws rds modify-db-instance --db-instance-identifier orders-db --ca-certificate-identifier rds-ca-ecc384-g1 --apply-immediately --region eu-west-1'
    )
  })

  it('starts with the TLS-client query for the engine family and the regional CA bundle', () => {
    const mysql = only(
      rdsInventory({ instances: [instance({ ...retired, engine: 'aurora-mysql' })] })
    )
    expect(mysql.remediation[0]?.command).toBe(MYSQL_TLS_QUERY)
    expect(MYSQL_TLS_QUERY).toBe(
      'SELECT id, user, host, connection_type FROM performance_schema.threads pst INNER JOIN information_schema.processlist isp ON pst.processlist_id = isp.id;'
    )
    const pg = only(rdsInventory({ instances: [instance({ ...retired, engine: 'postgres' })] }))
    expect(pg.remediation[0]?.command).toBe(POSTGRES_TLS_QUERY)
    expect(POSTGRES_TLS_QUERY).toContain(
      'FROM pg_stat_ssl INNER JOIN pg_stat_activity ON pg_stat_ssl.pid = pg_stat_activity.pid'
    )
    expect(pg.remediation[1]?.command).toBe(
      'curl -fsSL -o eu-west-1-bundle.pem https://truststore.pki.rds.amazonaws.com/eu-west-1/eu-west-1-bundle.pem'
    )
    const oracle = only(
      rdsInventory({ instances: [instance({ ...retired, engine: 'oracle-ee' })] })
    )
    expect(oracle.remediation[0]).toMatchObject({ command: '' })
  })

  it('warns that the instance RESTARTS when the engine version cannot rotate without one', () => {
    const finding = only(
      rdsInventory({
        instances: [instance({ ...retired, engineVersion: '5.7.44' })],
        engineVersions: [
          engineVersion({
            engineVersion: '5.7.44',
            supportsCertificateRotationWithoutRestart: false
          })
        ]
      })
    )
    const rotate = finding.remediation.find((step) => step.command.includes('modify-db-instance'))
    expect(rotate?.summary).toContain('RESTARTS')
    expect(
      finding.remediation.some((step) => step.command.includes('describe-db-engine-versions'))
    ).toBe(false)
  })

  it('says when no restart is needed', () => {
    const finding = only(
      rdsInventory({ instances: [instance(retired)], engineVersions: [engineVersion()] })
    )
    const rotate = finding.remediation.find((step) => step.command.includes('modify-db-instance'))
    expect(rotate?.summary).toContain('without a restart')
  })

  it('says it may restart and how to check when the engine version is unknown', () => {
    const finding = only(rdsInventory({ instances: [instance(retired)] }))
    expect(finding.remediation.map((step) => step.command)).toContain(
      "aws rds describe-db-engine-versions --engine mysql --engine-version 8.0.35 --query 'DBEngineVersions[].SupportsCertificateRotationWithoutRestart' --output text --region eu-west-1"
    )
    expect(
      finding.remediation.find((step) => step.command.includes('modify-db-instance'))?.summary
    ).toContain('may restart')
  })

  it('notes when the engine version does not list the target CA', () => {
    const finding = only(
      rdsInventory({
        instances: [instance(retired)],
        engineVersions: [engineVersion({ supportedCaIdentifiers: ['rds-ca-rsa4096-g1'] })]
      })
    )
    expect(
      finding.remediation.find((step) => step.command.includes('modify-db-instance'))?.summary
    ).toContain('lists only rds-ca-rsa4096-g1')
  })

  it('offers to apply a pending ca-certificate-rotation immediately', () => {
    const finding = only(
      rdsInventory({ instances: [instance(retired)], maintenance: [rotation()] })
    )
    expect(finding.remediation.map((step) => step.command)).toContain(
      'aws rds apply-pending-maintenance-action --resource-identifier arn:aws:rds:eu-west-1:123456789012:db:orders-db --apply-action ca-certificate-rotation --opt-in-type immediate --region eu-west-1'
    )
  })

  it('does not modify an instance already on the target CA: it applies the scheduled rotation', () => {
    const finding = only(
      rdsInventory({
        instances: [instance({ serverCertValidTill: inDays(5) })],
        maintenance: [rotation()]
      })
    )
    const commands = finding.remediation.map((step) => step.command)
    expect(commands.some((command) => command.includes('modify-db-instance'))).toBe(false)
    expect(finding.remediation.at(-1)?.summary).toMatch(
      /^Apply the scheduled ca-certificate-rotation now/
    )
  })

  it('points at the maintenance action when the instance is already on the target CA', () => {
    const finding = only(
      rdsInventory({ instances: [instance({ serverCertValidTill: inDays(5) })] })
    )
    expect(finding.remediation.map((step) => step.command)).toContain(
      'aws rds describe-pending-maintenance-actions --resource-identifier arn:aws:rds:eu-west-1:123456789012:db:orders-db --region eu-west-1'
    )
  })

  it('modifies a Multi-AZ DB cluster at the cluster level', () => {
    const finding = only(rdsInventory({ clusters: [cluster(retired)] }))
    expect(finding.remediation.map((step) => step.command)).toContain(
      'aws rds modify-db-cluster --db-cluster-identifier ledger --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --region eu-west-1'
    )
  })

  it("uses DocumentDB's and Neptune's own CLI for their instances", () => {
    const docdb = only(
      rdsInventory({
        instances: [instance({ ...retired, engine: 'docdb', engineVersion: '5.0.0' })]
      })
    )
    expect(
      docdb.remediation.some((step) => step.command.startsWith('aws docdb modify-db-instance '))
    ).toBe(true)
    const neptune = only(
      rdsInventory({
        instances: [instance({ ...retired, engine: 'neptune', engineVersion: '1.3.1.0' })]
      })
    )
    expect(
      neptune.remediation.some((step) => step.command.startsWith('aws neptune modify-db-instance '))
    ).toBe(true)
  })
})

describe('shellQuote', () => {
  it('leaves AWS identifiers alone and single-quotes anything a shell would interpret', () => {
    expect(shellQuote('arn:aws:rds:eu-west-1:123456789012:db:orders-db')).toBe(
      'arn:aws:rds:eu-west-1:123456789012:db:orders-db'
    )
    expect(shellQuote('*.example.com')).toBe("'*.example.com'")
    expect(shellQuote("it's; rm -rf /")).toBe("'it'\\''s; rm -rf /'")
    expect(shellQuote('$(id)')).toBe("'$(id)'")
  })
})
