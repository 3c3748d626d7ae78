/**
 * What the collect stage hands on: each plug-in's records, and one coverage row per scan.
 * Dates in records are ISO-8601 strings in UTC (`2026-11-23T00:00:00.000Z`), so that records
 * serialise unchanged; `null` means AWS did not say.
 */
import type { ServiceName } from './settings.js'

/** The region of a global service's records and coverage rows (IAM, CloudFront). */
export const GLOBAL_REGION = 'global'

/** Where a record came from. */
export interface Location {
  /** 12-digit AWS account id. */
  account: string
  /** The region, or `global` for a service read once per account (IAM, CloudFront). */
  region: string
}

/** How one account x region (or account, for a global service) x service went. */
export interface CoverageRow {
  account: string
  region: string
  service: ServiceName
  status: 'ok' | 'failed' | 'skipped'
  /** For `failed`: the AWS error code and message; for `ok`: what was scanned. */
  detail: string
}

/** The collect stage's whole output. */
export interface Inventory {
  /**
   * By plug-in name: what each scan of that plug-in read (one entry per account and region, or
   * per account for a global one). Each plug-in reads its own entries with its own record type
   * (`inventoriesOf` in src/services/plugin.ts); other stages do not look inside.
   */
  services: Record<ServiceName, readonly unknown[]>
  coverage: CoverageRow[]
}
