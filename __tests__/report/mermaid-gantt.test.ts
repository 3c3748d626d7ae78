import {
  MAX_GANTT_TASKS,
  mermaidTaskName,
  renderExpiryGantt
} from '../../src/report/mermaid-gantt.js'
import { NOW } from '../evaluate/factories.js'
import { finding, manyFindings } from './report-factories.js'

describe('mermaidTaskName', () => {
  it('removes what Mermaid gantt syntax would read: colon, hash, semicolon, newline, percent', () => {
    expect(mermaidTaskName('a:b#c;d\ne%%f')).toBe('a b c d e f')
    expect(mermaidTaskName('<b>x</b> `y` "z"')).toBe('b x /b y z')
  })

  it('keeps identifiers and domain names readable and bounds the length', () => {
    expect(mermaidTaskName('rds orders-db.v2/x_y')).toBe('rds orders-db.v2/x_y')
    expect(mermaidTaskName('x'.repeat(100))).toHaveLength(60)
  })
})

describe('renderExpiryGantt', () => {
  it('draws one bar per upcoming expiry, grouped by severity, from the scan day', () => {
    const chart = renderExpiryGantt(
      [
        finding({ resourceId: 'soon', severity: 'critical', daysLeft: 7 }),
        finding({
          resourceId: 'later',
          severity: 'warning',
          daysLeft: 30,
          expiresAt: '2026-12-23T12:00:00.000Z'
        }),
        finding({
          resourceId: 'gone',
          severity: 'expired',
          daysLeft: -3,
          expiresAt: '2026-11-20T00:00:00.000Z'
        }),
        finding({ resourceId: 'nodate', severity: 'expired', daysLeft: null, expiresAt: null }),
        // Expired an hour before the scan: 0 calendar days left, but no bar.
        finding({
          resourceId: 'this-morning',
          severity: 'expired',
          daysLeft: 0,
          expiresAt: '2026-11-23T11:00:00.000Z'
        })
      ],
      NOW
    )
    expect(chart.split('\n')).toEqual(
      [
        '```mermaid',
        'gantt',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %Y-%m-%d',
        '    section Critical',
        '    rds orders-db :crit, t1, 2026-11-23, 7d',
        '    section Warning',
        '    rds later :active, t2, 2026-11-23, 30d',
        '```'
      ].map((line) => line.replace('rds orders-db', 'rds soon'))
    )
  })

  it('sanitises hostile names so that each task stays one well-formed line', () => {
    const chart = renderExpiryGantt(
      [
        finding({
          resourceId: 'x',
          resourceName: 'evil:crit, t9, 2020-01-01, 1d\nsection Pwned;#',
          daysLeft: 3
        })
      ],
      NOW
    )
    const taskLines = chart.split('\n').filter((line) => line.includes(' :'))
    expect(taskLines).toEqual([
      '    rds evil crit t9 2020-01-01 1d section Pwned :crit, t1, 2026-11-23, 3d'
    ])
    expect(chart).not.toContain('\nsection Pwned')
  })

  it('is empty when nothing is upcoming, and caps the number of bars', () => {
    const expired = finding({ expiresAt: '2026-11-22T12:00:00.000Z', severity: 'expired' })
    expect(renderExpiryGantt([expired], NOW)).toBe('')
    const chart = renderExpiryGantt(manyFindings(40, 'warning'), NOW)
    expect(chart.split('\n').filter((line) => line.includes(':active')).length).toBe(
      MAX_GANTT_TASKS
    )
    expect(chart).toContain('15 more are in the tables')
  })
})
