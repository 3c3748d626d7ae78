import { buildReport, maxSeverity } from '../../src/report/json-report.js'
import {
  acmInventory,
  certificate,
  inDays,
  instance,
  inventory,
  rdsInventory
} from '../evaluate/factories.js'
import { coverageRow, finding, report, reportFrom } from './report-factories.js'

describe('buildReport', () => {
  const inv = inventory({
    rds: [
      rdsInventory({
        instances: [instance({ caIdentifier: 'rds-ca-2019' }), instance({ identifier: 'fine' })]
      })
    ],
    acm: [acmInventory([certificate({ notAfter: inDays(30) })])],
    coverage: [
      coverageRow(),
      coverageRow({ service: 'acm', status: 'failed', detail: 'AccessDeniedException: no' })
    ]
  })

  it('has exactly the fields of schemaVersion 1, in the contract order', () => {
    const built = reportFrom(inv)
    expect(Object.keys(built)).toEqual([
      'schemaVersion',
      'generatedAt',
      'thresholds',
      'scope',
      'coverage',
      'findings',
      'totals'
    ])
    expect(built).toMatchObject({
      schemaVersion: 1,
      generatedAt: '2026-11-23T12:00:00.000Z',
      thresholds: { warningDays: 45, criticalDays: 14 },
      scope: { accounts: ['123456789012'], regions: ['eu-west-1'], services: ['rds', 'acm'] },
      totals: {
        expired: 1,
        critical: 0,
        warning: 1,
        notice: 0,
        resourcesScanned: { rds: 2, acm: 1 },
        ignored: 0
      }
    })
    expect(built.coverage).toEqual(inv.coverage)
    expect(Object.keys(built.findings[0] ?? {})).toEqual([
      'id',
      'source',
      'service',
      'resourceType',
      'resourceId',
      'resourceArn',
      'account',
      'region',
      'severity',
      'expiresAt',
      'daysLeft',
      'reasons',
      'remediation',
      'location'
    ])
  })

  it('round-trips through JSON unchanged', () => {
    const built = reportFrom(inv)
    expect(JSON.parse(JSON.stringify(built))).toEqual(built)
  })

  it('keeps findings most urgent first even if handed unsorted', () => {
    const late = finding({ resourceId: 'b', id: 'b', severity: 'warning' })
    const urgent = finding({ resourceId: 'a', id: 'a', severity: 'expired' })
    const built = buildReport({
      evaluation: { findings: [late, urgent], ignored: 2, resourcesScanned: { rds: 5, acm: 0 } },
      inventory: inventory(),
      settings: { regions: ['eu-west-1'], services: ['rds'], shard: { index: 1, count: 1 } },
      thresholds: { warningDays: 30, criticalDays: 7 },
      now: new Date('2026-01-01T00:00:00Z'),
      accounts: ['111111111111', '222222222222']
    })
    expect(built.findings.map((f) => f.id)).toEqual(['a', 'b'])
    expect(built.totals.ignored).toBe(2)
    expect(built.scope.accounts).toEqual(['111111111111', '222222222222'])
  })
})

describe('maxSeverity', () => {
  it('is the worst severity present, or none', () => {
    expect(maxSeverity(report([]))).toBe('none')
    expect(maxSeverity(report([finding({ severity: 'notice' })]))).toBe('notice')
    expect(
      maxSeverity(report([finding({ severity: 'warning' }), finding({ severity: 'critical' })]))
    ).toBe('critical')
    expect(maxSeverity(report([finding({ severity: 'expired' })]))).toBe('expired')
  })
})
