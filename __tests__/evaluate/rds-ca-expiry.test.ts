import { evaluate } from '../../src/evaluate/index.js'
import { ca, inDays, instance, inventory, options, rdsInventory } from './factories.js'

function findingFor(caValidTill: string) {
  const cas = [ca({ identifier: 'rds-ca-custom', validTill: caValidTill })]
  const db = instance({ caIdentifier: 'rds-ca-custom' })
  return evaluate(inventory({ rds: [rdsInventory({ instances: [db], cas })] }), options())
    .findings[0]
}

describe('rds-ca-expired / rds-ca-expiring', () => {
  it('reports a listed CA that has expired as expired', () => {
    const finding = findingFor(inDays(-3))
    expect(finding?.reasons[0]).toMatchObject({ code: 'rds-ca-expired', severity: 'expired' })
    expect(finding?.reasons[0]?.message).toMatch(
      /rds-ca-custom expired on \d{4}-\d{2}-\d{2} \(3 days ago\)/
    )
    expect(finding?.daysLeft).toBe(-3)
  })

  it('reports a CA inside criticalDays as critical and inside warningDays as warning', () => {
    expect(findingFor(inDays(10))?.reasons[0]).toMatchObject({
      code: 'rds-ca-expiring',
      severity: 'critical'
    })
    expect(findingFor(inDays(30))?.reasons[0]).toMatchObject({
      code: 'rds-ca-expiring',
      severity: 'warning'
    })
  })

  it('says nothing about a CA valid beyond warningDays', () => {
    expect(findingFor(inDays(46))).toBeUndefined()
  })

  it('takes the EARLIER of CA and server certificate dates as expiresAt', () => {
    const cas = [ca({ identifier: 'rds-ca-custom', validTill: inDays(40) })]
    const db = instance({ caIdentifier: 'rds-ca-custom', serverCertValidTill: inDays(20) })
    const [finding] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [db], cas })] }),
      options()
    ).findings
    expect(finding?.expiresAt).toBe(inDays(20))
    expect(finding?.reasons.map((reason) => reason.code)).toEqual([
      'rds-ca-expiring',
      'rds-server-cert-expiring'
    ])
    expect(finding?.severity).toBe('warning')
  })
})
