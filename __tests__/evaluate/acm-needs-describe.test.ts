import { acmNeedsDescribe } from '../../src/services/acm/rules.js'
import { NOW, THRESHOLDS, certificate, inDays } from './factories.js'

describe('acmNeedsDescribe', () => {
  it.each([
    ['a failed issuance (FailureReason)', { status: 'FAILED', notAfter: null }, true],
    ['a timed-out validation', { status: 'VALIDATION_TIMED_OUT', notAfter: null }, true],
    [
      'a pending request (approval addresses)',
      { status: 'PENDING_VALIDATION', notAfter: null },
      true
    ],
    ['an Amazon-issued certificate inside the 60-day renewal lead', { notAfter: inDays(60) }, true],
    ['an Amazon-issued certificate already expired', { notAfter: inDays(-3) }, true],
    ['an Amazon-issued certificate far from expiry', { notAfter: inDays(61) }, false],
    [
      'an imported certificate (no RenewalSummary)',
      { type: 'IMPORTED', notAfter: inDays(10) },
      false
    ],
    [
      'a private certificate far from expiry (only the detail names its CA)',
      { type: 'PRIVATE', notAfter: inDays(300) },
      true
    ]
  ] as const)('%s -> %s', (_label, overrides, expected) => {
    expect(acmNeedsDescribe(certificate(overrides), NOW, THRESHOLDS)).toBe(expected)
  })

  it('widens to the warning window when that is longer than 60 days', () => {
    const cert = certificate({ notAfter: inDays(80) })
    expect(acmNeedsDescribe(cert, NOW, { warningDays: 90, criticalDays: 14 })).toBe(true)
  })
})
