/**
 * collect: every account x region x service -> plain inventory records and one coverage row
 * each. A scan that fails becomes a `failed` row with AWS's error code and the others go on; a
 * failed scan contributes no records, so nothing unread can look expired or clean. An RDS scan
 * whose instances were read but a supporting call failed is `failed` too, naming the call, and
 * keeps what it read: the checks that did run are not thrown away.
 */
import type { ACMClient } from '@aws-sdk/client-acm'
import type { RDSClient } from '@aws-sdk/client-rds'
import { isOptInRegion } from '../config/regions.js'
import type { AccountCredentials } from '../credentials/index.js'
import { formatAwsError, summarizeAwsError } from '../aws/aws-error.js'
import type { AcmInventory, CoverageRow, Inventory, RdsInventory, ServiceName } from '../types.js'
import { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY, type CollectAcmOptions } from './acm.js'
import { mapWithConcurrency } from './pool.js'
import { collectRds, type CollectRdsOptions, type EngineVersionCache } from './rds.js'

export { makeAcmClient, makeRdsClient } from './clients.js'
export { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY } from './acm.js'
export { collectRds, type EngineVersionCache } from './rds.js'

export interface CollectTargets {
  accounts: AccountCredentials[]
  regions: string[]
  services: ServiceName[]
}

export interface CollectDeps {
  makeRdsClient: (account: AccountCredentials, region: string) => RDSClient
  makeAcmClient: (account: AccountCredentials, region: string) => ACMClient
  /** evaluate's `acmNeedsDescribe`. */
  needsDescribe: CollectAcmOptions['needsDescribe']
  /** evaluate's `rdsInstanceNeedsAction`. */
  needsEngineVersion: CollectRdsOptions['needsEngineVersion']
  log: (msg: string) => void
  /** Scans (account x region x service) running at once; default DEFAULT_SCAN_CONCURRENCY. */
  concurrency?: number
  /** DescribeCertificate calls in flight per scan; default DEFAULT_DESCRIBE_CONCURRENCY. */
  describeConcurrency?: number
}

/**
 * Each scan has AWS quotas of its own (they are per account and region), so the bound is about
 * the runner: 16 scans make at most ~60 requests in flight (RDS pages four lists at once), which
 * two cores parse comfortably (the work, hence the CPU time, is the same at any concurrency),
 * and `regions: all` (36 regions x 2 services) takes five rounds. Measured with `npm run bench`
 * (16 regions, 5,000 certificates, 2,000 DB instances): 16 instead of 8 cut wall time by a
 * third to a half at 30-300 ms per call, at the same CPU time and peak memory.
 */
export const DEFAULT_SCAN_CONCURRENCY = 16

/**
 * Authentication errors that an opt-in region answers with when the account has not enabled
 * it: Query APIs (RDS) say InvalidClientTokenId, JSON APIs (ACM) UnrecognizedClientException.
 */
const REGION_NOT_ENABLED = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'OptInRequired',
  'AuthFailure'
])

interface Scan {
  account: AccountCredentials
  region: string
  service: ServiceName
}

interface ScanResult {
  row: CoverageRow
  rds?: RdsInventory
  acm?: AcmInventory
}

export async function collectInventory(
  targets: CollectTargets,
  deps: CollectDeps
): Promise<Inventory> {
  const scans: Scan[] = targets.accounts.flatMap((account) =>
    targets.regions.flatMap((region) =>
      targets.services.map((service) => ({ account, region, service }))
    )
  )
  const engineVersionCache: EngineVersionCache = new Map()
  const results = await mapWithConcurrency(
    scans,
    deps.concurrency ?? DEFAULT_SCAN_CONCURRENCY,
    (scan) => runScan(scan, deps, engineVersionCache)
  )
  return {
    rds: results.flatMap((r) => (r.rds === undefined ? [] : [r.rds])),
    acm: results.flatMap((r) => (r.acm === undefined ? [] : [r.acm])),
    coverage: results.map((r) => r.row)
  }
}

async function runScan(
  scan: Scan,
  deps: CollectDeps,
  engineVersionCache: EngineVersionCache
): Promise<ScanResult> {
  const location = { account: scan.account.account, region: scan.region }
  const row = (status: CoverageRow['status'], detail: string): CoverageRow => ({
    ...location,
    service: scan.service,
    status,
    detail
  })
  const label = `${scan.service} ${location.account} ${location.region}`
  try {
    if (scan.service === 'rds') {
      const client = deps.makeRdsClient(scan.account, scan.region)
      try {
        const rds = await collectRds(client, location, {
          needsEngineVersion: deps.needsEngineVersion,
          engineVersionCache,
          log: deps.log
        })
        const detail =
          `${count(rds.instances.length, 'DB instance')}, ` +
          `${count(rds.clusters.length, 'Multi-AZ DB cluster')}, ${count(rds.cas.length, 'CA')}, ` +
          `${count(rds.maintenance.length, 'pending maintenance action')}`
        const gaps = rds.incomplete ?? []
        if (gaps.length > 0) {
          // Failed, because checks are missing; the records read still count (and are reported).
          const partial = `${gaps.join('; ')} (read anyway: ${detail}; the checks needing the failed calls are missing)`
          deps.log(`${label}: incomplete: ${partial}`)
          return { row: row('failed', partial), rds }
        }
        deps.log(`${label}: ${detail}`)
        return { row: row('ok', detail), rds }
      } finally {
        client.destroy()
      }
    }
    const client = deps.makeAcmClient(scan.account, scan.region)
    try {
      const acm = await collectAcm(client, location, {
        needsDescribe: deps.needsDescribe,
        concurrency: deps.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY
      })
      const described = acm.certificates.filter((c) => c.described).length
      const detail = `${count(acm.certificates.length, 'certificate')} (${described} described)`
      deps.log(`${label}: ${detail}`)
      return { row: row('ok', detail), acm }
    } finally {
      client.destroy()
    }
  } catch (err) {
    const error = formatAwsError(err)
    if (isOptInRegion(scan.region) && REGION_NOT_ENABLED.has(summarizeAwsError(err).code)) {
      const detail = `opt-in region not enabled for this account (${error})`
      deps.log(`${label}: skipped: ${detail}`)
      return { row: row('skipped', detail) }
    }
    deps.log(`${label}: failed: ${error}`)
    return { row: row('failed', error) }
  }
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}
