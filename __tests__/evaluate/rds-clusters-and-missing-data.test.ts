import { evaluate } from '../../src/evaluate/index.js'
import { cluster, inDays, instance, inventory, options, rdsInventory } from './factories.js'

describe('DB clusters and records with missing data', () => {
  it('reports Aurora instances one by one: the CA is set per instance', () => {
    const members = ['aurora-1', 'aurora-2'].map((identifier) =>
      instance({
        identifier,
        engine: 'aurora-postgresql',
        clusterIdentifier: 'aurora',
        caIdentifier: 'rds-ca-2019'
      })
    )
    const result = evaluate(inventory({ rds: [rdsInventory({ instances: members })] }), options())
    expect(result.findings.map((finding) => finding.id)).toEqual([
      'rds:123456789012:eu-west-1:aurora-1',
      'rds:123456789012:eu-west-1:aurora-2'
    ])
    expect(result.findings.every((finding) => finding.resourceType === 'db-instance')).toBe(true)
  })

  it('checks Multi-AZ DB clusters with CertificateDetails like instances, and folds their members in', () => {
    const multiAz = cluster({ caIdentifier: 'rds-ca-2019', serverCertValidTill: inDays(5) })
    const members = ['ledger-instance-1', 'ledger-instance-2', 'ledger-instance-3'].map(
      (identifier) =>
        instance({
          identifier,
          engine: 'postgres',
          clusterIdentifier: 'ledger',
          caIdentifier: 'rds-ca-2019'
        })
    )
    const result = evaluate(
      inventory({ rds: [rdsInventory({ instances: members, clusters: [multiAz] })] }),
      options()
    )
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({
      id: 'rds:123456789012:eu-west-1:ledger',
      resourceType: 'db-cluster',
      severity: 'expired',
      // Already broken (retired CA): a later server certificate date is not "time left".
      daysLeft: null
    })
    expect(result.findings[0]?.reasons.map((reason) => reason.code)).toEqual([
      'rds-ca-retired',
      'rds-server-cert-expiring'
    ])
    expect(result.resourcesScanned.rds).toBe(4)
  })

  it('gives RDS Custom (no CA identifier) no CA reason: missing data is never "expired"', () => {
    const custom = instance({
      engine: 'custom-oracle-ee',
      caIdentifier: null,
      serverCertValidTill: null
    })
    expect(
      evaluate(inventory({ rds: [rdsInventory({ instances: [custom] })] }), options()).findings
    ).toEqual([])
  })

  it('still checks the server certificate of an instance without a CA identifier', () => {
    const custom = instance({
      engine: 'custom-sqlserver-ee',
      caIdentifier: null,
      serverCertValidTill: inDays(3)
    })
    const [finding] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [custom] })] }),
      options()
    ).findings
    expect(finding?.reasons.map((reason) => reason.code)).toEqual(['rds-server-cert-expiring'])
    expect(finding?.remediation.some((step) => step.command.includes('modify-db-instance'))).toBe(
      false
    )
  })
})
