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
 * Days left as a person counts them on a calendar: the expiry's UTC date minus the scan's UTC
 * date. 0 is "today" (before or after the instant), 1 "tomorrow", -1 "yesterday". Counting
 * 24-hour periods instead would call a date six calendar days ahead "5 days left" whenever it
 * falls earlier in the day than the scan, and one 20 days back "21 days ago". Every severity
 * window, message, render and the report's `daysLeft` use this one count; whether the instant
 * itself has passed is `hasPassed`. UTC, because the dates are shown as UTC dates.
 */
export function daysLeft(expiresAtMs: number, now: Date): number {
  return Math.floor(expiresAtMs / DAY_MS) - Math.floor(now.getTime() / DAY_MS)
}

/**
 * Whether an expiry instant is behind `now`. X.509 (RFC 5280 4.1.2.5) makes notAfter
 * inclusive: a certificate is still valid AT its expiry instant, expired from the next ms on.
 */
export function hasPassed(expiresAtMs: number, now: Date): boolean {
  return expiresAtMs < now.getTime()
}

/**
 * How urgent a date is: `expired` once its instant has passed (`hasPassed`), then `critical`
 * when daysLeft <= criticalDays, `warning` when daysLeft <= warningDays, and null (nothing due)
 * beyond, in calendar days, as the reports print them. A missing date gives null.
 */
export function severityOfDate(
  expiresAt: string | null | undefined,
  now: Date,
  thresholds: Thresholds
): Severity | null {
  const ms = parseInstant(expiresAt)
  if (ms === null) return null
  if (hasPassed(ms, now)) return 'expired'
  const days = daysLeft(ms, now)
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

/** "in 3 days", "tomorrow", "today", "yesterday", "3 days ago": a `daysLeft` in a sentence. */
export function daysPhrase(days: number): string {
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  if (days > 0) return `in ${days} days`
  return `${-days} days ago`
}

/** "expired on 2026-01-02 (3 days ago)" / "expires on 2026-01-02 (in 3 days)". */
export function expiryClause(iso: string, now: Date): string {
  const ms = parseInstant(iso)
  if (ms === null) return `expires on ${iso}`
  const verb = hasPassed(ms, now) ? 'expired' : 'expires'
  return `${verb} on ${formatDay(iso)} (${daysPhrase(daysLeft(ms, now))})`
}
