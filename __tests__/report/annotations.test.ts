import { selectAnnotations } from '../../src/report/annotations.js'
import { finding, manyFindings, report } from './report-factories.js'

function levels(annotations: { level: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { level } of annotations) counts[level] = (counts[level] ?? 0) + 1
  return counts
}

describe('selectAnnotations', () => {
  it('maps expired and critical to error, warning to warning, notice to notice', () => {
    const annotations = selectAnnotations(
      report([
        finding({ severity: 'expired' }),
        finding({ severity: 'critical' }),
        finding({ severity: 'warning' }),
        finding({ severity: 'notice' })
      ]),
      { reserveErrorSlot: false }
    )
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'warning', 'notice'])
  })

  it('with 50 findings keeps 10 per level, most urgent first, and one closing notice', () => {
    const findings = [
      ...manyFindings(5, 'expired'),
      ...manyFindings(15, 'critical'),
      ...manyFindings(15, 'warning'),
      ...manyFindings(15, 'notice')
    ]
    const annotations = selectAnnotations(report(findings), { reserveErrorSlot: false })
    expect(levels(annotations)).toEqual({ error: 10, warning: 10, notice: 10 })
    expect(annotations.slice(0, 5).every((a) => a.title.startsWith('expired: '))).toBe(true)
    expect(annotations[5]?.title).toMatch(/^critical: db-instance critical-0000 /)
    const last = annotations.at(-1)
    expect(last?.level).toBe('notice')
    expect(last?.message).toContain('21 more findings are not annotated')
    expect(last?.message).toContain('all 50')
    expect(
      annotations.filter((a) => a.level === 'notice' && a.title.startsWith('notice: '))
    ).toHaveLength(9)
  })

  it('keeps an error slot free for setFailed when asked', () => {
    const annotations = selectAnnotations(report(manyFindings(50, 'critical')), {
      reserveErrorSlot: true
    })
    expect(levels(annotations)).toEqual({ error: 9, notice: 1 })
    expect(annotations.at(-1)?.message).toContain('41 more findings')
  })

  it('keeps a warning slot free for the failed-scans warning when asked', () => {
    const annotations = selectAnnotations(report(manyFindings(12, 'warning')), {
      reserveErrorSlot: false,
      reserveWarningSlot: true
    })
    expect(levels(annotations)).toEqual({ warning: 9, notice: 1 })
    expect(annotations.at(-1)?.message).toContain('3 more findings')
  })

  it('dates an annotation by what ranks the finding, in calendar days', () => {
    const [annotation] = selectAnnotations(
      report([
        finding({
          expiresAt: '2026-12-20T00:00:00.000Z',
          reasons: [
            {
              code: 'rds-rotation-scheduled',
              severity: 'critical',
              message: 'A rotation is pending.',
              dueAt: '2026-11-24T03:00:00.000Z'
            }
          ]
        })
      ]),
      { reserveErrorSlot: false }
    )
    expect(annotation?.title).toBe(
      'critical: db-instance orders-db (123456789012 eu-west-1, due tomorrow)'
    )
  })

  it('adds no closing notice when everything fits', () => {
    const annotations = selectAnnotations(report(manyFindings(10, 'notice')), {
      reserveErrorSlot: true
    })
    expect(annotations).toHaveLength(10)
    expect(annotations.every((a) => a.title.startsWith('notice: '))).toBe(true)
  })

  it('gives up the tenth notice to the closing one when notices overflow', () => {
    const annotations = selectAnnotations(report(manyFindings(11, 'notice')), {
      reserveErrorSlot: false
    })
    expect(annotations).toHaveLength(10)
    expect(annotations.at(-1)?.message).toContain('2 more findings')
  })

  it('names the state-changing AWS command as the fix, not a read-only check', () => {
    const [annotation] = selectAnnotations(
      report([
        finding({
          remediation: [
            { summary: 'Check TLS clients.', command: 'SELECT 1;' },
            {
              summary: 'Check restarts.',
              command: 'aws rds describe-db-engine-versions --engine mysql'
            },
            { summary: 'Rotate.', command: 'aws rds modify-db-instance --db-instance-identifier x' }
          ]
        })
      ]),
      { reserveErrorSlot: false }
    )
    expect(annotation?.message).toMatch(
      /Fix: Rotate\. aws rds modify-db-instance --db-instance-identifier x$/
    )
    const [onlyCheck] = selectAnnotations(
      report([
        finding({
          remediation: [{ summary: 'Look.', command: 'aws acm describe-certificate --x' }]
        })
      ]),
      { reserveErrorSlot: false }
    )
    expect(onlyCheck?.message).toMatch(/Fix: Look\. aws acm describe-certificate --x$/)
  })

  it('writes plain one-line titles and messages with the AWS fix command', () => {
    const [annotation] = selectAnnotations(
      report([
        finding({
          resourceId: 'db\n::error::pwned',
          reasons: [{ code: 'rds-ca-retired', severity: 'expired', message: 'line1\r\nline2' }],
          severity: 'expired',
          remediation: [
            { summary: 'Check TLS clients.', command: 'SELECT 1;' },
            { summary: 'Rotate.', command: 'aws rds modify-db-instance --db-instance-identifier x' }
          ]
        })
      ]),
      { reserveErrorSlot: false }
    )
    expect(annotation?.title).toBe(
      'expired: db-instance db ::error::pwned (123456789012 eu-west-1, 7 days left)'
    )
    expect(annotation?.message).toBe(
      'line1 line2 Fix: Rotate. aws rds modify-db-instance --db-instance-identifier x'
    )
  })
})
