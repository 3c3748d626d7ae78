import { evaluate } from '../../src/evaluate/index.js'
import type { Finding } from '../../src/model/index.js'
import { dueOf } from '../../src/report/finding-text.js'
import { rdsInstanceNeedsAction } from '../../src/services/rds/findings.js'
import {
  NOW,
  THRESHOLDS,
  currentCas,
  inDays,
  instance,
  inventory,
  options,
  rdsInventory,
  rotation
} from './factories.js'

function reasonFor(maintenance: ReturnType<typeof rotation>[]) {
  const db = instance()
  const result = evaluate(
    inventory({ rds: [rdsInventory({ instances: [db], maintenance })] }),
    options()
  )
  return result.findings[0]?.reasons.find((reason) => reason.code === 'rds-rotation-scheduled')
}

describe('rds-rotation-scheduled', () => {
  it('is a notice while the apply date is beyond the thresholds, with every date and opt-in status', () => {
    const reason = reasonFor([
      rotation({
        autoAppliedAfterDate: '2027-03-01T00:00:00.000Z',
        forcedApplyDate: '2027-04-01T00:00:00.000Z',
        currentApplyDate: '2027-03-01T00:00:00.000Z',
        optInStatus: 'pending'
      })
    ])
    expect(reason?.severity).toBe('notice')
    expect(reason?.message).toContain('applies on 2027-03-01')
    expect(reason?.message).toContain('auto-applied after 2027-03-01')
    expect(reason?.message).toContain('forced on 2027-04-01')
    expect(reason?.message).toContain('opt-in status: pending')
  })

  it('takes its severity from the apply date once it comes within the thresholds', () => {
    expect(reasonFor([rotation({ currentApplyDate: inDays(30) })])?.severity).toBe('warning')
    expect(reasonFor([rotation({ currentApplyDate: inDays(3) })])?.severity).toBe('critical')
  })

  it('prefers CurrentApplyDate, else the earlier of the auto-apply and forced dates', () => {
    expect(
      reasonFor([rotation({ autoAppliedAfterDate: inDays(5), currentApplyDate: inDays(100) })])
        ?.severity
    ).toBe('notice')
    expect(
      reasonFor([rotation({ autoAppliedAfterDate: inDays(100), forcedApplyDate: inDays(10) })])
        ?.severity
    ).toBe('critical')
  })

  it('carries the apply date it is due on, which dates the finding when it ranks it', () => {
    const db = instance({ serverCertValidTill: inDays(20) })
    const result = evaluate(
      inventory({
        rds: [
          rdsInventory({
            instances: [db],
            maintenance: [rotation({ currentApplyDate: inDays(12) })]
          })
        ]
      }),
      options()
    )
    const [finding] = result.findings
    const reason = finding?.reasons.find((r) => r.code === 'rds-rotation-scheduled')
    expect(reason?.dueAt).toBe(new Date(inDays(12)).toISOString())
    expect(finding?.severity).toBe('critical')
    // The finding's own date stays the certificate's: what breaks it.
    expect(finding?.expiresAt).toBe(new Date(inDays(20)).toISOString())
    expect(dueOf(finding as Finding, NOW)).toEqual({
      at: new Date(inDays(12)).toISOString(),
      days: 12,
      passed: false,
      kind: 'due'
    })
  })

  it('is critical, not expired, when the apply date has passed: nothing is broken by it', () => {
    expect(reasonFor([rotation({ currentApplyDate: inDays(-2) })])?.severity).toBe('critical')
  })

  it('matches by resource ARN and action only', () => {
    expect(
      reasonFor([rotation({ resourceArn: 'arn:aws:rds:eu-west-1:123456789012:db:other' })])
    ).toBeUndefined()
    expect(reasonFor([rotation({ action: 'system-update' })])).toBeUndefined()
  })

  it('makes the instance need action for the collect stage', () => {
    const db = instance()
    expect(rdsInstanceNeedsAction(db, currentCas(), [], NOW, THRESHOLDS)).toBe(false)
    expect(rdsInstanceNeedsAction(db, currentCas(), [rotation()], NOW, THRESHOLDS)).toBe(true)
  })
})
