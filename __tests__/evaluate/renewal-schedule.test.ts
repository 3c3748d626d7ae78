/**
 * The one rule that sets a certificate's windows from its lifetime and renewer: the documented
 * examples, then properties over arbitrary lifetimes and ceilings.
 */
import fc from 'fast-check'
import { renewalWindows, type Renewer } from '../../src/services/acm/renewal-schedule.js'

const DEFAULTS = { warningDays: 45, criticalDays: 14 }
const RENEWERS: Renewer[] = ['acm', 'acme-client', 'nobody']

describe('renewalWindows: the examples the README shows', () => {
  it.each([
    [198, 'acm' as Renewer, 60, 45, 14],
    [100, 'acm' as Renewer, 50, 38, 13],
    [47, 'acm' as Renewer, 23, 17, 6],
    [45, 'acme-client' as Renewer, 15, 15, 10],
    [90, 'nobody' as Renewer, null, 30, 14],
    [395, 'nobody' as Renewer, null, 45, 14]
  ])(
    '%i days, %s: renewal from %p days, warning at %i, critical at %i',
    (life, renewer, starts, warning, critical) => {
      expect(renewalWindows(life, renewer, DEFAULTS)).toEqual({
        renewer,
        lifetimeDays: life,
        renewalStartsDays: starts,
        warningDays: warning,
        criticalDays: critical
      })
    }
  )

  it('keeps the ceilings when the lifetime is unknown and nobody renews', () => {
    expect(renewalWindows(null, 'nobody', DEFAULTS)).toMatchObject(DEFAULTS)
  })

  it('raises nothing for a healthy 45-day ACME certificate with 30 days left, and is critical at 10', () => {
    const windows = renewalWindows(45, 'acme-client', DEFAULTS)
    expect(30 > windows.warningDays).toBe(true)
    expect(10 <= windows.criticalDays).toBe(true)
  })
})

describe('renewalWindows: properties', () => {
  const lifetime = fc.option(fc.integer({ min: -5, max: 2000 }), { nil: null })
  const ceilings = fc.integer({ min: 1, max: 400 }).chain((warningDays) =>
    fc.record({
      warningDays: fc.constant(warningDays),
      criticalDays: fc.integer({ min: 0, max: warningDays - 1 })
    })
  )
  const renewer = fc.constantFrom(...RENEWERS)

  it('stays inside the ceilings, critical below warning, never negative', () => {
    fc.assert(
      fc.property(lifetime, renewer, ceilings, (life, who, limits) => {
        const w = renewalWindows(life, who, limits)
        expect(w.warningDays).toBeLessThanOrEqual(limits.warningDays)
        expect(w.criticalDays).toBeLessThanOrEqual(limits.criticalDays)
        expect(w.criticalDays).toBeLessThan(w.warningDays)
        expect(w.criticalDays).toBeGreaterThanOrEqual(0)
        expect(w.warningDays).toBeGreaterThanOrEqual(1)
      })
    )
  })

  it('never shrinks as the lifetime grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        renewer,
        ceilings,
        (shorter, more, who, limits) => {
          const a = renewalWindows(shorter, who, limits)
          const b = renewalWindows(shorter + more, who, limits)
          expect(a.warningDays).toBeLessThanOrEqual(b.warningDays)
          expect(a.criticalDays).toBeLessThanOrEqual(b.criticalDays)
        }
      )
    )
  })

  it('warns no earlier than the renewer is due, and leaves a renewer its lead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), renewer, ceilings, (life, who, limits) => {
        const w = renewalWindows(life, who, limits)
        if (who === 'nobody') {
          expect(w.renewalStartsDays).toBeNull()
          return
        }
        const starts = w.renewalStartsDays as number
        expect(starts).toBeLessThanOrEqual(who === 'acm' ? Math.max(60, life) : life)
        expect(starts).toBeLessThanOrEqual(who === 'acm' ? life / 2 + 0.5 : life / 3 + 0.5)
        // Warned only once the renewal should have happened: never before the renewer starts.
        expect(w.warningDays).toBeLessThanOrEqual(Math.max(1, starts))
      })
    )
  })

  it('judges long-lived certificates by the ceilings alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 5000 }), (life) => {
        expect(renewalWindows(life, 'nobody', DEFAULTS)).toMatchObject(DEFAULTS)
        expect(renewalWindows(life, 'acm', DEFAULTS)).toMatchObject(DEFAULTS)
      })
    )
  })
})
