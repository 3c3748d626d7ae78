import { daysLeft, severityOfDate } from '../../src/shared/dates.js'
import { evaluate } from '../../src/evaluate/index.js'
import {
  NOW,
  THRESHOLDS,
  acmInventory,
  certificate,
  inDays,
  inMs,
  inventory,
  options
} from './factories.js'

const DAY = 86_400_000

/** Midnight UTC of NOW's date plus `days`, plus `ms`. */
const dayStart = (days: number, ms = 0) =>
  Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() + days) + ms

describe('daysLeft: calendar days (UTC) from the scan date to the expiry date', () => {
  it.each([
    ['later the same day', dayStart(0, DAY - 1), 0],
    ['earlier the same day (already past)', dayStart(0), 0],
    ['the next day at midnight: tomorrow', dayStart(1), 1],
    ['less than 24 hours ahead, but tomorrow', NOW.getTime() + DAY - 1, 1],
    ['6 days ahead, earlier in the day than the scan', dayStart(6, 3_600_000), 6],
    ['the last ms of the 14th day', dayStart(14, DAY - 1), 14],
    ['the first ms of the 15th day', dayStart(15), 15],
    ['yesterday, the last ms', dayStart(0, -1), -1],
    ['20 days ago, later in the day than the scan', dayStart(-20, DAY - 1), -20]
  ])('%s is %d', (_label, ms, expected) => {
    expect(daysLeft(ms, NOW)).toBe(expected)
  })
})

describe('severityOfDate with warning 45 / critical 14', () => {
  it.each<[string, number, string | null]>([
    ['already expired a week ago', NOW.getTime() - 7 * DAY, 'expired'],
    ['one millisecond past the instant, the same day', NOW.getTime() - 1, 'expired'],
    ['exactly at the instant (notAfter is inclusive)', NOW.getTime(), 'critical'],
    ['one millisecond before the instant', NOW.getTime() + 1, 'critical'],
    ['14 days ahead, the last ms of that day', dayStart(14, DAY - 1), 'critical'],
    ['15 days ahead, its first ms', dayStart(15), 'warning'],
    ['45 days ahead, the last ms of that day', dayStart(45, DAY - 1), 'warning'],
    ['46 days ahead, its first ms', dayStart(46), null]
  ])('%s -> %s', (_label, ms, expected) => {
    expect(severityOfDate(new Date(ms).toISOString(), NOW, THRESHOLDS)).toBe(expected)
  })

  it('treats missing and unparseable dates as nothing due, never as expired', () => {
    expect(severityOfDate(null, NOW, THRESHOLDS)).toBeNull()
    expect(severityOfDate('', NOW, THRESHOLDS)).toBeNull()
    expect(severityOfDate('not a date', NOW, THRESHOLDS)).toBeNull()
  })

  it('computes in UTC whatever offset the date was written with', () => {
    // 2026-12-08T00:30+01:00 is 2026-12-07T23:30Z: the 14th day after NOW in UTC, not the 15th.
    expect(severityOfDate('2026-12-08T00:30:00+01:00', NOW, THRESHOLDS)).toBe('critical')
    expect(daysLeft(Date.parse('2026-12-08T00:30:00+01:00'), NOW)).toBe(14)
  })

  it('follows thresholds passed in rather than defaults', () => {
    expect(severityOfDate(inDays(20), NOW, { warningDays: 30, criticalDays: 20 })).toBe('critical')
    expect(severityOfDate(inDays(20), NOW, { warningDays: 10, criticalDays: 5 })).toBeNull()
  })
})

describe('findings carry the same boundary', () => {
  it('reports daysLeft and severity for certificates either side of the thresholds', () => {
    const certs = [
      { id: 'a', notAfter: inMs(14 * DAY) },
      { id: 'b', notAfter: inMs(45 * DAY) },
      { id: 'c', notAfter: inMs(46 * DAY) },
      { id: 'd', notAfter: inMs(-1) }
    ].map(({ id, notAfter }) =>
      certificate({ arn: `arn:aws:acm:eu-west-1:123456789012:certificate/${id}`, notAfter })
    )
    const result = evaluate(inventory({ acm: [acmInventory(certs)] }), options())
    const byId = Object.fromEntries(
      result.findings.map((finding) => [finding.resourceId, [finding.severity, finding.daysLeft]])
    )
    // d expired 1 ms before the scan: expired, on the scan's own date (0).
    expect(byId).toEqual({ a: ['critical', 14], b: ['warning', 45], d: ['expired', 0] })
  })
})
