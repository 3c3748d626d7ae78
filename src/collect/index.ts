/**
 * collect: every account x region x service -> plain inventory records and one coverage row
 * each. A scan that fails becomes a `failed` row with AWS's error code and the others go on; a
 * failed scan contributes no records, so nothing unread can look expired or clean. A scan that
 * read its resources but not every supporting call (RDS's CA list, ACM's DescribeCertificate)
 * is `failed` too, naming the calls, and keeps what it read: the checks that did run stand.
 *
 * Every scan has an idle watchdog: an endpoint that stops answering gives the scan up after
 * the budget's idle time, and the run goes on with what the other scans read.
 */
import type { ACMClient } from '@aws-sdk/client-acm'
import type { RDSClient } from '@aws-sdk/client-rds'
import {
  explainFailure,
  formatAwsError,
  isCredentialsRejected,
  isExpiredToken,
  summarizeAwsError
} from '../aws/aws-error.js'
import { watchAttempts } from '../aws/client-options.js'
import { isOptInRegion } from '../config/regions.js'
import type { AccountCredentials } from '../credentials/index.js'
import { DEFAULT_BUDGETS, type TimeBudgets } from '../shared/budget.js'
import { IdleWatchdog } from '../shared/idle-watchdog.js'
import { oneLine } from '../shared/text.js'
import type { AcmInventory, CoverageRow, Inventory, RdsInventory, ServiceName } from '../types.js'
import { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY, type CollectAcmOptions } from './acm.js'
import { mapWithConcurrency } from './pool.js'
import { collectRds, type CollectRdsOptions, type EngineVersionCache } from './rds.js'
import { accountApiRegionStatus, isRegionOff, type RegionStatusLookup } from './region-status.js'

export { makeAcmClient, makeRdsClient } from './clients.js'
export { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY } from './acm.js'
export { collectRds, type EngineVersionCache } from './rds.js'
export type { RegionStatusLookup } from './region-status.js'

export interface CollectTargets {
  accounts: AccountCredentials[]
  regions: string[]
  services: ServiceName[]
}

export interface CollectDeps {
  makeRdsClient: (
    account: AccountCredentials,
    region: string,
    budget: TimeBudgets['aws']
  ) => RDSClient
  makeAcmClient: (
    account: AccountCredentials,
    region: string,
    budget: TimeBudgets['aws']
  ) => ACMClient
  /** evaluate's `acmNeedsDescribe`. */
  needsDescribe: CollectAcmOptions['needsDescribe']
  /** evaluate's `rdsInstanceNeedsAction`. */
  needsEngineVersion: CollectRdsOptions['needsEngineVersion']
  log: (msg: string) => void
  /** Details only a debugging reader wants (the first bytes of a non-AWS answer). */
  debug?: (msg: string) => void
  /** Scans (account x region x service) running at once; default DEFAULT_SCAN_CONCURRENCY. */
  concurrency?: number
  /** DescribeCertificate calls in flight per scan; default DEFAULT_DESCRIBE_CONCURRENCY. */
  describeConcurrency?: number
  /** Time limits of AWS calls; default DEFAULT_BUDGETS.aws. */
  budget?: TimeBudgets['aws']
  /** Whether an opt-in region is enabled for an account; default account:ListRegions. */
  regionStatus?: RegionStatusLookup
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

/** What one read of a scan gave. */
type Read = { rds: RdsInventory } | { acm: AcmInventory }

interface Engine {
  deps: CollectDeps
  budget: TimeBudgets['aws']
  engineVersionCache: EngineVersionCache
  regionStatus: RegionStatusLookup
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
  const budget = deps.budget ?? DEFAULT_BUDGETS.aws
  const engine: Engine = {
    deps,
    budget,
    engineVersionCache: new Map(),
    regionStatus: deps.regionStatus ?? accountApiRegionStatus(budget)
  }
  const results = await mapWithConcurrency(
    scans,
    deps.concurrency ?? DEFAULT_SCAN_CONCURRENCY,
    (scan) => runScan(scan, engine)
  )
  return {
    rds: results.flatMap((r) => (r.rds === undefined ? [] : [r.rds])),
    acm: results.flatMap((r) => (r.acm === undefined ? [] : [r.acm])),
    coverage: results.map((r) => r.row)
  }
}

async function runScan(scan: Scan, engine: Engine): Promise<ScanResult> {
  const { deps } = engine
  const location = { account: scan.account.account, region: scan.region }
  const row = (status: CoverageRow['status'], detail: string): CoverageRow => ({
    ...location,
    service: scan.service,
    status,
    detail
  })
  const label = `${scan.service} ${location.account} ${location.region}`
  try {
    const read = await readWithFreshCredentials(scan, engine, label)
    const { detail, gaps } = describeRead(read)
    if (gaps.length > 0) {
      // Failed, because checks are missing; the records read still count (and are reported).
      const partial = `${gaps.join('; ')} (read anyway: ${detail}; the checks needing the failed calls are missing)`
      deps.log(`${label}: incomplete: ${partial}`)
      return { row: row('failed', partial), ...read }
    }
    deps.log(`${label}: ${detail}`)
    return { row: row('ok', detail), ...read }
  } catch (err) {
    const { status, detail } = await failedRow(scan, err, engine)
    deps.log(`${label}: ${status}: ${detail}`)
    return { row: row(status, detail) }
  }
}

/**
 * Credentials can expire mid-scan (a long scan, a session that was already old): one
 * ExpiredToken gets the account fresh credentials and the scan one more try.
 */
async function readWithFreshCredentials(scan: Scan, engine: Engine, label: string): Promise<Read> {
  try {
    return await readOnce(scan, engine)
  } catch (err) {
    const refresh = scan.account.refresh
    if (refresh === undefined || !isExpiredToken(summarizeAwsError(err).code)) throw err
    engine.deps.log(`${label}: ${formatAwsError(err)}; retrying once with fresh credentials`)
    await refresh()
    return await readOnce(scan, engine)
  }
}

async function readOnce(scan: Scan, engine: Engine): Promise<Read> {
  const { deps, budget } = engine
  const location = { account: scan.account.account, region: scan.region }
  const watchdog = new IdleWatchdog(budget.idleMs, 'AWS')
  const client =
    scan.service === 'rds'
      ? deps.makeRdsClient(scan.account, scan.region, budget)
      : deps.makeAcmClient(scan.account, scan.region, budget)
  watchAttempts(client, {
    sent: (operation) => watchdog.sent(operation),
    answered: (operation) => watchdog.answered(operation),
    failed: (operation) => watchdog.failed(operation),
    notAws: (operation, status, preview) =>
      deps.debug?.(
        `${scan.service} ${location.account} ${location.region}: ${operation} got HTTP ${status}, not from AWS; it began with: ${oneLine(preview)}`
      )
  })
  try {
    if (scan.service === 'rds') {
      const rds = await collectRds(client as RDSClient, location, {
        needsEngineVersion: deps.needsEngineVersion,
        engineVersionCache: engine.engineVersionCache,
        log: deps.log,
        signal: watchdog.signal
      })
      return { rds }
    }
    const acm = await collectAcm(client as ACMClient, location, {
      needsDescribe: deps.needsDescribe,
      concurrency: deps.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY,
      signal: watchdog.signal
    })
    return { acm }
  } catch (err) {
    throw explainFailure(err, watchdog.signal)
  } finally {
    watchdog.stop()
    client.destroy()
  }
}

function describeRead(read: Read): { detail: string; gaps: string[] } {
  if ('rds' in read) {
    const { rds } = read
    return {
      detail:
        `${count(rds.instances.length, 'DB instance')}, ` +
        `${count(rds.clusters.length, 'Multi-AZ DB cluster')}, ${count(rds.cas.length, 'CA')}, ` +
        `${count(rds.maintenance.length, 'pending maintenance action')}`,
      gaps: rds.incomplete ?? []
    }
  }
  const { acm } = read
  const described = acm.certificates.filter((c) => c.described).length
  return {
    detail: `${count(acm.certificates.length, 'certificate')} (${described} described)`,
    gaps: acm.incomplete ?? []
  }
}

/**
 * A failed scan's row. An opt-in region is `skipped` only when AWS says it is not enabled for
 * this account, through the documented OptInRequired or the account's own region list: a
 * refusal of the credentials alone is not proof (see region-status.ts), and reading it as "not
 * enabled" would turn the region's findings into fixed ones.
 */
async function failedRow(
  scan: Scan,
  err: unknown,
  engine: Engine
): Promise<{ status: 'skipped' | 'failed'; detail: string }> {
  const error = formatAwsError(err)
  const { code } = summarizeAwsError(err)
  if (!isOptInRegion(scan.region)) return { status: 'failed', detail: error }
  if (code === 'OptInRequired') {
    return { status: 'skipped', detail: `opt-in region not enabled for this account (${error})` }
  }
  if (!isCredentialsRejected(code)) return { status: 'failed', detail: error }
  let status: string | undefined
  try {
    status = await engine.regionStatus(scan.account, scan.region)
  } catch (lookupError) {
    return {
      status: 'failed',
      detail:
        `${error}; whether the opt-in region is enabled for this account is unknown: ` +
        `account:ListRegions failed (${formatAwsError(lookupError)}); allow it so that a ` +
        'disabled region is reported as skipped'
    }
  }
  if (isRegionOff(status)) {
    return {
      status: 'skipped',
      detail: `opt-in region not enabled for this account (account:ListRegions says ${status})`
    }
  }
  return {
    status: 'failed',
    detail:
      `${error}; the opt-in region is ${status ?? 'not listed'} for this account ` +
      '(account:ListRegions), so the credentials themselves were refused: session tokens from ' +
      'the global STS endpoint (sts.amazonaws.com) are not valid in opt-in regions; use a ' +
      'regional STS endpoint'
  }
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}
