/**
 * When a certificate needs attention, judged by its own lifetime and by who renews it. Public
 * certificates live 198 days in ACM (200 is the cap since 2026-03-15, 100 from 2027-03-15, 47
 * from 2029-03-15) and ACME ones 45: a fixed "warn at 45 days" would fire on every healthy ACME
 * certificate all the time and say nothing about the renewal that is late. `warning-days` and
 * `critical-days` stay the ceilings; inside them the windows follow the renewal schedule:
 *
 * - ACM-managed renewal starts 60 days before expiry (or at half the lifetime, when that is
 *   shorter) and normally finishes within hours; AWS's failure notices start at 45 days. Past
 *   three quarters of that lead the renewal is late (warning), past a quarter it is critical.
 * - An ACME client renews with about a third of the lifetime left (15 of 45 days); a third of
 *   that later it has missed its chance by several daily retries (critical).
 * - Nobody renews it (imported, not eligible): whoever replaces it by hand needs about a third
 *   of its lifetime (warning), a sixth when it is critical.
 *
 * This one function decides; the README's table of examples is generated from it.
 */
import type { Thresholds } from '../../model/index.js'

/** Who renews a certificate: ACM's managed renewal, the ACME client that requested it, or nobody. */
export type Renewer = 'acm' | 'acme-client' | 'nobody'

export interface RenewalWindows {
  renewer: Renewer
  /** NotAfter - NotBefore in whole days; null when either date is unknown. */
  lifetimeDays: number | null
  /** Days before expiry at which the renewer starts; null when nobody renews it. */
  renewalStartsDays: number | null
  /** At or below this many days left: warning. */
  warningDays: number
  /** At or below this many days left: critical; always below warningDays. */
  criticalDays: number
}

/** ACM starts managed renewal this many days before expiry (DESIGN.md, "AWS facts"). */
export const ACM_RENEWAL_LEAD_DAYS = 60
/**
 * The validation records of a certificate are checked this long before its renewal starts, so
 * that a missing one can be re-created in time (the DNS check).
 */
export const DNS_CHECK_MARGIN_DAYS = 14
/** ACM's certificates issued through ACME live this long (DESIGN.md, "AWS facts"). */
export const ACME_LIFETIME_DAYS = 45

export function renewalWindows(
  lifetimeDays: number | null,
  renewer: Renewer,
  ceilings: Thresholds
): RenewalWindows {
  const life = lifetimeDays !== null && lifetimeDays > 0 ? lifetimeDays : null
  const windows = (starts: number | null, warning: number, critical: number): RenewalWindows => {
    const warningDays = Math.min(ceilings.warningDays, Math.max(1, warning))
    const criticalDays = Math.min(ceilings.criticalDays, Math.max(0, critical), warningDays - 1)
    return { renewer, lifetimeDays: life, renewalStartsDays: starts, warningDays, criticalDays }
  }
  if (renewer === 'acm') {
    const starts =
      life === null ? ACM_RENEWAL_LEAD_DAYS : Math.min(ACM_RENEWAL_LEAD_DAYS, Math.floor(life / 2))
    return windows(starts, Math.round((starts * 3) / 4), Math.round(starts / 4))
  }
  if (renewer === 'acme-client') {
    const starts = Math.round((life ?? ACME_LIFETIME_DAYS) / 3)
    return windows(starts, starts, Math.round((starts * 2) / 3))
  }
  if (life === null) return windows(null, ceilings.warningDays, ceilings.criticalDays)
  return windows(null, Math.round(life / 3), Math.round(life / 6))
}
