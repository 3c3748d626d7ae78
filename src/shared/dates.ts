/** Dates as every stage reads and says them: instants, whole days left, severity windows. */
import type { Severity, Thresholds } from '../model/index.js'

export const DAY_MS = 86_400_000

/** Milliseconds since the epoch, or null for a missing or unparseable date: never "expired". */
export function parseInstant(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/**
 * Whole days from `now` to `expiresAt`: floor((expiry - now) / 1 day). Negative once the instant
 * has passed, so 1 ms after expiry is -1, and 1 ms before it is 0.
 */
export function daysLeft(expiresAtMs: number, now: Date): number {
  return Math.floor((expiresAtMs - now.getTime()) / DAY_MS)
}

/**
 * How urgent a date is. The boundary follows X.509 (RFC 5280 4.1.2.5: notAfter is inclusive):
 * a certificate is still valid AT its expiry instant and `expired` from the next millisecond on,
 * which is exactly `daysLeft < 0`. Then `critical` when daysLeft <= criticalDays, `warning` when
 * daysLeft <= warningDays, and null (nothing due) beyond. A missing date gives null.
 */
export function severityOfDate(
  expiresAt: string | null | undefined,
  now: Date,
  thresholds: Thresholds
): Severity | null {
  const ms = parseInstant(expiresAt)
  if (ms === null) return null
  const days = daysLeft(ms, now)
  if (days < 0) return 'expired'
  if (days <= thresholds.criticalDays) return 'critical'
  if (days <= thresholds.warningDays) return 'warning'
  return null
}

/** The earlier of several ISO dates (missing ones ignored), as given, or null. */
export function earliest(...dates: (string | null | undefined)[]): string | null {
  let best: { iso: string; ms: number } | null = null
  for (const iso of dates) {
    const ms = parseInstant(iso)
    if (iso && ms !== null && (best === null || ms < best.ms)) best = { iso, ms }
  }
  return best === null ? null : best.iso
}

/** An ISO date as `YYYY-MM-DD` (UTC) for messages; the raw value when unparseable. */
export function formatDay(iso: string): string {
  const ms = parseInstant(iso)
  return ms === null ? iso : new Date(ms).toISOString().slice(0, 10)
}

/** "in 3 days", "today", "1 day ago": how a day count reads in a sentence. */
export function daysPhrase(days: number): string {
  if (days === 0) return 'within a day'
  if (days > 0) return `in ${days} ${days === 1 ? 'day' : 'days'}`
  const ago = -days
  return `${ago} ${ago === 1 ? 'day' : 'days'} ago`
}

/** "expired on 2026-01-02 (3 days ago)" / "expires on 2026-01-02 (in 3 days)". */
export function expiryClause(iso: string, now: Date): string {
  const ms = parseInstant(iso)
  if (ms === null) return `expires on ${iso}`
  const days = daysLeft(ms, now)
  const verb = days < 0 ? 'expired' : 'expires'
  return `${verb} on ${formatDay(iso)} (${daysPhrase(days)})`
}
