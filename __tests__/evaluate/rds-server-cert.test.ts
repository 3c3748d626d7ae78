import { evaluate } from '../../src/evaluate/index.js'
import { inDays, instance, inventory, options, rdsInventory } from './factories.js'

function reasonsFor(serverCertValidTill: string | null) {
  const db = instance({ serverCertValidTill })
  return (
    evaluate(inventory({ rds: [rdsInventory({ instances: [db] })] }), options()).findings[0]
      ?.reasons ?? []
  )
}

describe('rds-server-cert-expired / rds-server-cert-expiring', () => {
  it('reports an expired server certificate even when the CA is fine', () => {
    expect(reasonsFor(inDays(-1))).toEqual([
      expect.objectContaining({ code: 'rds-server-cert-expired', severity: 'expired' })
    ])
  })

  it('grades an expiring server certificate by the thresholds', () => {
    expect(reasonsFor(inDays(7))).toEqual([
      expect.objectContaining({ code: 'rds-server-cert-expiring', severity: 'critical' })
    ])
    expect(reasonsFor(inDays(44))).toEqual([
      expect.objectContaining({ code: 'rds-server-cert-expiring', severity: 'warning' })
    ])
    expect(reasonsFor(inDays(200))).toEqual([])
  })

  it('does not invent a server certificate when CertificateDetails is missing (Neptune)', () => {
    const neptune = instance({
      engine: 'neptune',
      engineVersion: '1.3.1.0',
      serverCertValidTill: null
    })
    const result = evaluate(inventory({ rds: [rdsInventory({ instances: [neptune] })] }), options())
    expect(result.findings).toEqual([])
    const retired = instance({
      engine: 'neptune',
      caIdentifier: 'rds-ca-2019',
      serverCertValidTill: null
    })
    const [finding] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [retired] })] }),
      options()
    ).findings
    expect(finding?.reasons.map((reason) => reason.code)).toEqual(['rds-ca-retired'])
  })
})
