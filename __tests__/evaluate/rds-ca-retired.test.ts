import { evaluate } from '../../src/evaluate/index.js'
import { rdsInstanceNeedsAction } from '../../src/services/rds/findings.js'
import {
  NOW,
  THRESHOLDS,
  ca,
  currentCas,
  inDays,
  instance,
  inventory,
  options,
  rdsInventory
} from './factories.js'

describe('rds-ca-retired', () => {
  it('flags an instance whose CA DescribeCertificates no longer lists, naming the CA', () => {
    const db = instance({ caIdentifier: 'rds-ca-2019', serverCertValidTill: null })
    const result = evaluate(inventory({ rds: [rdsInventory({ instances: [db] })] }), options())
    expect(result.findings).toHaveLength(1)
    const [finding] = result.findings
    expect(finding?.severity).toBe('expired')
    expect(finding?.reasons).toEqual([
      expect.objectContaining({ code: 'rds-ca-retired', severity: 'expired' })
    ])
    expect(finding?.reasons[0]?.message).toContain('rds-ca-2019')
    expect(finding?.expiresAt).toBeNull()
    expect(finding?.daysLeft).toBeNull()
  })

  it('uses the server certificate date as expiresAt when that one is known', () => {
    const db = instance({ caIdentifier: 'rds-ca-2019', serverCertValidTill: inDays(-90) })
    const [finding] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [db] })] }),
      options()
    ).findings
    expect(finding?.reasons.map((reason) => reason.code)).toEqual([
      'rds-ca-retired',
      'rds-server-cert-expired'
    ])
    expect(finding?.daysLeft).toBe(-90)
  })

  it('only compares with the CAs of the same account and region', () => {
    const db = instance({ caIdentifier: 'rds-ca-rsa4096-g1' })
    const elsewhere = [
      ca({ identifier: 'rds-ca-rsa4096-g1', region: 'us-east-1' }),
      ...currentCas().slice(0, 1)
    ]
    expect(rdsInstanceNeedsAction(db, elsewhere, [], NOW, THRESHOLDS)).toBe(true)
    expect(rdsInstanceNeedsAction(db, currentCas(), [], NOW, THRESHOLDS)).toBe(false)
  })

  it('does not call a CA retired when the region listed no CAs at all (missing data)', () => {
    const db = instance({ caIdentifier: 'rds-ca-2019' })
    const result = evaluate(
      inventory({ rds: [rdsInventory({ instances: [db], cas: [] })] }),
      options()
    )
    expect(result.findings).toEqual([])
  })

  it('does not turn a later server certificate date into time left', () => {
    const db = instance({ caIdentifier: 'rds-ca-2019', serverCertValidTill: inDays(200) })
    const [finding] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [db] })] }),
      options()
    ).findings
    expect(finding).toMatchObject({ severity: 'expired', expiresAt: null, daysLeft: null })
  })

  it('never crashes on odd identifiers', () => {
    const db = instance({ caIdentifier: '', serverCertValidTill: 'garbage' })
    expect(() =>
      evaluate(inventory({ rds: [rdsInventory({ instances: [db] })] }), options())
    ).not.toThrow()
  })
})
