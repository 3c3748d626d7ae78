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

describe('daysLeft: floor of (expiry - now) / 1 day', () => {
  it.each([
    [14 * DAY, 14],
    [14 * DAY + 1, 14],
    [14 * DAY - 1, 13],
    [0, 0],
    [1, 0],
    [-1, -1],
    [-DAY, -1],
    [-DAY - 1, -2]
  ])('%d ms ahead is %d days', (offset, expected) => {
    expect(daysLeft(NOW.getTime() + offset, NOW)).toBe(expected)
  })
})

describe('severityOfDate with warning 45 / critical 14', () => {
  it.each<[string, number, string | null]>([
    ['already expired a week ago', -7 * DAY, 'expired'],
    ['one millisecond past the instant', -1, 'expired'],
    ['exactly at the instant (notAfter is inclusive)', 0, 'critical'],
    ['one millisecond before the instant', 1, 'critical'],
    ['14 days minus 1 ms', 14 * DAY - 1, 'critical'],
    ['exactly 14 days', 14 * DAY, 'critical'],
    ['14 days plus 1 ms (still 14 whole days)', 14 * DAY + 1, 'critical'],
    ['15 days minus 1 ms', 15 * DAY - 1, 'critical'],
    ['exactly 15 days', 15 * DAY, 'warning'],
    ['45 days minus 1 ms', 45 * DAY - 1, 'warning'],
    ['exactly 45 days', 45 * DAY, 'warning'],
    ['45 days plus 1 ms', 45 * DAY + 1, 'warning'],
    ['46 days minus 1 ms', 46 * DAY - 1, 'warning'],
    ['exactly 46 days', 46 * DAY, null]
  ])('%s (%d ms ahead) -> %s', (_label, offset, expected) => {
    expect(severityOfDate(inMs(offset), NOW, THRESHOLDS)).toBe(expected)
  })

  it('treats missing and unparseable dates as nothing due, never as expired', () => {
    expect(severityOfDate(null, NOW, THRESHOLDS)).toBeNull()
    expect(severityOfDate('', NOW, THRESHOLDS)).toBeNull()
    expect(severityOfDate('not a date', NOW, THRESHOLDS)).toBeNull()
  })

  it('computes in UTC whatever offset the date was written with', () => {
    // 2026-12-07T13:00+01:00 is 12:00Z, exactly 14 days after NOW.
    expect(severityOfDate('2026-12-07T13:00:00+01:00', NOW, THRESHOLDS)).toBe('critical')
    expect(daysLeft(Date.parse('2026-12-07T13:00:00+01:00'), NOW)).toBe(14)
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
    expect(byId).toEqual({ a: ['critical', 14], b: ['warning', 45], d: ['expired', -1] })
  })
})
