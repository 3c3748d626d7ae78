/** The JSON report (`report-path`): a public contract, schemaVersion 1 (DESIGN.md). */
import type { Finding } from './finding.js'
import type { CoverageRow } from './inventory.js'
import type { ServiceName, Thresholds } from './settings.js'

/** The JSON report (`report-path`), schemaVersion 1. Field names are a public contract. */
export interface Report {
  schemaVersion: 1
  generatedAt: string
  thresholds: Thresholds
  scope: {
    /** The accounts scanned, in id order. */
    accounts: string[]
    regions: string[]
    services: ServiceName[]
    /** The leg's share (`i/n`), `1/1` for a whole scan or a merged report. */
    shard: string
    /**
     * A merged report's legs that were missing (`3/8`): their accounts were not scanned, so
     * what the tracking issue listed for them stays, not re-checked. Absent when none was.
     */
    missingShards?: string[]
  }
  coverage: CoverageRow[]
  /** Most urgent first, then by expiry, then by id. */
  findings: Finding[]
  totals: {
    expired: number
    critical: number
    warning: number
    notice: number
    /** Resources looked at, by service: one key per registered plug-in, in registry order. */
    resourcesScanned: Record<ServiceName, number>
    /** Resources left out by `ignore` patterns. */
    ignored: number
  }
}
