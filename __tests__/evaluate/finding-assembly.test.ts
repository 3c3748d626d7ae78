import { evaluate } from '../../src/evaluate/index.js'
import {
  NOTHING_SCANNED,
  acmInventory,
  ca,
  certificate,
  inDays,
  instance,
  inventory,
  options,
  rdsInventory,
  rotation
} from './factories.js'

describe('finding assembly', () => {
  it('gives one finding per resource with every reason, most urgent first', () => {
    const cas = [ca({ identifier: 'rds-ca-custom', validTill: inDays(30) })]
    const db = instance({ caIdentifier: 'rds-ca-custom', serverCertValidTill: inDays(-1) })
    const [finding, ...rest] = evaluate(
      inventory({ rds: [rdsInventory({ instances: [db], cas, maintenance: [rotation()] })] }),
      options()
    ).findings
    expect(rest).toEqual([])
    expect(finding?.reasons.map((reason) => [reason.code, reason.severity])).toEqual([
      ['rds-server-cert-expired', 'expired'],
      ['rds-ca-expiring', 'warning'],
      ['rds-rotation-scheduled', 'notice']
    ])
    expect(finding?.severity).toBe('expired')
  })

  it('builds stable ids from service, account, region and resource id', () => {
    const run = () =>
      evaluate(
        inventory({
          rds: [rdsInventory({ instances: [instance({ caIdentifier: 'rds-ca-2019' })] })]
        }),
        options()
      ).findings.map((finding) => finding.id)
    expect(run()).toEqual(['rds:123456789012:eu-west-1:orders-db'])
    expect(run()).toEqual(run())
  })

  it('sorts by severity, then expiry (no date last), then id', () => {
    const arn = (id: string) => `arn:aws:acm:eu-west-1:123456789012:certificate/${id}`
    const certs = [
      certificate({ arn: arn('w-late'), notAfter: inDays(40) }),
      certificate({ arn: arn('w-soon'), notAfter: inDays(20) }),
      certificate({ arn: arn('x-expired'), notAfter: inDays(-1) }),
      certificate({ arn: arn('f-nodate-b'), status: 'FAILED', notAfter: null, inUse: false }),
      certificate({ arn: arn('f-nodate-a'), status: 'FAILED', notAfter: null, inUse: false }),
      certificate({ arn: arn('w-same-b'), notAfter: inDays(30) }),
      certificate({ arn: arn('w-same-a'), notAfter: inDays(30) })
    ]
    const result = evaluate(inventory({ acm: [acmInventory(certs)] }), options())
    expect(result.findings.map((finding) => finding.resourceId)).toEqual([
      'x-expired',
      'w-soon',
      'w-same-a',
      'w-same-b',
      'w-late',
      'f-nodate-a',
      'f-nodate-b'
    ])
  })

  it('normalises expiresAt to ISO UTC', () => {
    const [finding] = evaluate(
      inventory({ acm: [acmInventory([certificate({ notAfter: '2026-12-01T01:00:00+01:00' })])] }),
      options()
    ).findings
    expect(finding?.expiresAt).toBe('2026-12-01T00:00:00.000Z')
  })

  it('returns nothing for an empty inventory', () => {
    expect(evaluate(inventory(), options())).toEqual({
      findings: [],
      ignored: 0,
      resourcesScanned: NOTHING_SCANNED
    })
  })
})
