/**
 * The CLI's exit codes, as --help and the README list them. A script that gates on findings
 * (1) must be able to tell them from a scan that never happened (3).
 */
export const EXIT_OK = 0
/** Findings at or above --fail-on. */
export const EXIT_FINDINGS = 1
/** A bad flag or value, or a leg report that cannot be merged: nothing was called. */
export const EXIT_USAGE = 2
/**
 * Could not scan: no credentials, AWS unreachable or refusing them, nothing scannable, or a
 * file asked for (--report-path, --summary-path) not written.
 */
export const EXIT_NOT_SCANNED = 3
