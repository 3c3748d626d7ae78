/**
 * The collect engine: every account x plug-in (x region, for a regional one) -> the plug-in's
 * records and one coverage row each. A scan that fails becomes a `failed` row with AWS's error
 * code and the others go on; a failed scan contributes no records, so nothing unread can look
 * expired or clean. A scan that read its resources but not every supporting call (RDS's CA
 * list, ACM's DescribeCertificate) is `failed` too, naming the calls, and keeps what it read:
 * the checks that did run stand. A global plug-in (IAM, CloudFront) is read once per account,
 * whatever `regions` says, and its rows say `global`.
 *
 * Every scan has an idle watchdog: an endpoint that stops answering gives the scan up after
 * the budget's idle time, and the run goes on with what the other scans read.
 */
import {
  explainFailure,
  formatAwsError,
  isCredentialsRejected,
  isExpiredToken,
  summarizeAwsError
} from '../aws/aws-error.js'
import { awsClientOptions, dropIdleLogger, watchAttempts } from '../aws/client-options.js'
import { paceCalls, Pacer } from '../aws/pacer.js'
import { isOptInRegion } from '../aws/regions.js'
import type { AccountCredentials } from '../credentials/index.js'
import {
  GLOBAL_REGION,
  type CoverageRow,
  type Inventory,
  type ServiceName,
  type Thresholds
} from '../model/index.js'
import type {
  AnyServicePlugin,
  AwsClient,
  AwsClientConfig,
  ReadContext
} from '../services/plugin.js'
import { DEFAULT_BUDGETS, type TimeBudgets } from '../shared/budget.js'
import { IdleWatchdog } from '../shared/idle-watchdog.js'
import { mapWithConcurrency } from '../shared/pool.js'
import type { DnsResolver } from './dns-resolver.js'
import { oneLine } from '../shared/text.js'
import { accountApiRegionStatus, isRegionOff, type RegionStatusLookup } from './region-status.js'

export type { RegionStatusLookup } from './region-status.js'

export interface CollectTargets {
  accounts: AccountCredentials[]
  regions: string[]
  services: readonly AnyServicePlugin[]
  /** Where a global plug-in's clients sign (the STS home region's partition). */
  homeRegion: string
}

export interface CollectDeps {
  /** The scan's clock and thresholds: plug-ins ask for details only where checks need them. */
  now: Date
  thresholds: Thresholds
  log: (msg: string) => void
  /** Details only a debugging reader wants (the first bytes of a non-AWS answer). */
  debug?: (msg: string) => void
  /** Scans (account x region x service) running at once; default DEFAULT_SCAN_CONCURRENCY. */
  concurrency?: number
  /** Time limits of AWS calls; default DEFAULT_BUDGETS.aws. */
  budget?: TimeBudgets['aws']
  /** Whether an opt-in region is enabled for an account; default account:ListRegions. */
  regionStatus?: RegionStatusLookup
  /**
   * Client options to add for a service (tests: fewer attempts against moto, a handler that
   * shuffles answers); merged over the run's own.
   */
  clientConfig?: (service: ServiceName) => Record<string, unknown>
  /** Public DNS for the plug-ins' checks that resolve names; undefined: `dns-check` is off. */
  dns?: DnsResolver
  /** Paces the scans' calls at AWS's quotas; default one for this run on the system clock. */
  pacer?: Pacer
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
 * Quota-bound scans (ACM) run beside those slots, this many at once: they spend most of their
 * time waiting for the pacer's next token, which costs neither a socket nor CPU, and each
 * account x region has its own quota, so holding them to the slots would only queue work that
 * AWS would accept at once (10 accounts x 4 regions are 40 such scans).
 */
export const QUOTA_BOUND_CONCURRENCY = 64

/**
 * Latency-bound scans wait this long at most for the first quota-bound scans' lists (a region
 * that does not answer its ListCertificates must not hold the rest of the run back).
 */
export const HEAD_START_MS = 3_000

interface Scan {
  account: AccountCredentials
  region: string
  service: AnyServicePlugin
}

interface ScanResult {
  row: CoverageRow
  records?: unknown
}

interface Engine {
  deps: CollectDeps
  budget: TimeBudgets['aws']
  homeRegion: string
  regionStatus: RegionStatusLookup
  pacer: Pacer
}

export async function collectInventory(
  targets: CollectTargets,
  deps: CollectDeps
): Promise<Inventory> {
  const regional = targets.services.filter((service) => service.scope === 'regional')
  const global = targets.services.filter((service) => service.scope === 'global')
  const scans: Scan[] = targets.accounts.flatMap((account) => [
    ...targets.regions.flatMap((region) =>
      regional.map((service) => ({ account, region, service }))
    ),
    ...global.map((service) => ({ account, region: GLOBAL_REGION, service }))
  ])
  const budget = deps.budget ?? DEFAULT_BUDGETS.aws
  const engine: Engine = {
    deps,
    budget,
    homeRegion: targets.homeRegion,
    regionStatus: deps.regionStatus ?? accountApiRegionStatus(budget),
    pacer: deps.pacer ?? new Pacer()
  }
  const results = await runScheduled(scans, engine)
  const services: Record<ServiceName, unknown[]> = {}
  for (const service of targets.services) services[service.name] = []
  results.forEach((result, index) => {
    const scan = scans[index] as Scan
    if (result.records !== undefined) services[scan.service.name]?.push(result.records)
  })
  return { services, coverage: results.map((r) => r.row) }
}

/**
 * Quota-bound scans start first, in a pool of their own; latency-bound ones (RDS: round trips
 * and CPU-heavy XML) take the slots once the first round of quota-bound scans has its lists in
 * (or HEAD_START_MS has passed), so that their parsing does not delay the lists that every
 * paced describe waits for. Results keep the scans' order.
 */
async function runScheduled(scans: readonly Scan[], engine: Engine): Promise<ScanResult[]> {
  const quotaBound = scans.filter((scan) => scan.service.bound === 'quota')
  const latencyBound = scans.filter((scan) => scan.service.bound !== 'quota')
  const firstRound = Math.min(quotaBound.length, QUOTA_BOUND_CONCURRENCY)
  let listed = 0
  let headStart: () => void = () => {}
  const headStartOver = new Promise<void>((resolve) => {
    headStart = resolve
    if (firstRound === 0) resolve()
    else setTimeout(resolve, HEAD_START_MS).unref()
  })
  const [quotaResults, latencyResults] = await Promise.all([
    mapWithConcurrency(quotaBound, QUOTA_BOUND_CONCURRENCY, async (scan, index) => {
      let told = false
      const tell = () => {
        if (told || index >= firstRound) return
        told = true
        listed += 1
        if (listed === firstRound) headStart()
      }
      try {
        return await runScan(scan, engine, tell)
      } finally {
        tell()
      }
    }),
    headStartOver.then(() =>
      mapWithConcurrency(
        latencyBound,
        engine.deps.concurrency ?? DEFAULT_SCAN_CONCURRENCY,
        (scan) => runScan(scan, engine, () => {})
      )
    )
  ])
  const byScan = new Map<Scan, ScanResult>()
  quotaBound.forEach((scan, i) => byScan.set(scan, quotaResults[i] as ScanResult))
  latencyBound.forEach((scan, i) => byScan.set(scan, latencyResults[i] as ScanResult))
  return scans.map((scan) => byScan.get(scan) as ScanResult)
}

async function runScan(scan: Scan, engine: Engine, listed: () => void): Promise<ScanResult> {
  const { deps } = engine
  const row = (status: CoverageRow['status'], detail: string): CoverageRow => ({
    account: scan.account.account,
    region: scan.region,
    service: scan.service.name,
    status,
    detail
  })
  const label = `${scan.service.name} ${scan.account.account} ${scan.region}`
  try {
    const records = await readWithFreshCredentials(scan, engine, label, listed)
    const { detail, incomplete } = scan.service.summarize(records)
    if (incomplete.length > 0) {
      // Failed, because checks are missing; the records read still count (and are reported).
      const partial = `${incomplete.join('; ')} (read anyway: ${detail}; the checks needing the failed calls are missing)`
      deps.log(`${label}: incomplete: ${partial}`)
      return { row: row('failed', partial), records }
    }
    deps.log(`${label}: ${detail}`)
    return { row: row('ok', detail), records }
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
async function readWithFreshCredentials(
  scan: Scan,
  engine: Engine,
  label: string,
  listed: () => void
): Promise<unknown> {
  try {
    return await readOnce(scan, engine, listed)
  } catch (err) {
    const refresh = scan.account.refresh
    if (refresh === undefined || !isExpiredToken(summarizeAwsError(err).code)) throw err
    engine.deps.log(`${label}: ${formatAwsError(err)}; retrying once with fresh credentials`)
    await refresh()
    return await readOnce(scan, engine, listed)
  }
}

async function readOnce(scan: Scan, engine: Engine, listed: () => void): Promise<unknown> {
  const { deps, budget } = engine
  const { service } = scan
  const location = { account: scan.account.account, region: scan.region }
  const clientRegion = service.scope === 'global' ? engine.homeRegion : scan.region
  const watchdog = new IdleWatchdog(budget.idleMs, 'AWS')
  const clients: AwsClient[] = []
  const context: ReadContext = {
    account: scan.account,
    region: scan.region,
    location,
    clientRegion,
    now: deps.now,
    thresholds: deps.thresholds,
    signal: watchdog.signal,
    budget,
    client: (make) => {
      const config: AwsClientConfig = {
        ...awsClientOptions(budget, 'standard'),
        region: clientRegion,
        credentials: scan.account.credentials,
        ...(deps.clientConfig?.(service.name) as Partial<AwsClientConfig> | undefined)
      }
      const client = make(config)
      dropIdleLogger(client, config)
      paceCalls(client, engine.pacer, {
        account: location.account,
        region: clientRegion,
        signal: watchdog.signal
      })
      watchAttempts(client, {
        sent: (operation) => watchdog.sent(operation),
        answered: (operation) => watchdog.answered(operation),
        failed: (operation) => watchdog.failed(operation),
        notAws: (operation, status, preview) =>
          deps.debug?.(
            `${service.name} ${location.account} ${location.region}: ${operation} got HTTP ${status}, not from AWS; it began with: ${oneLine(preview)}`
          )
      })
      clients.push(client)
      return client
    },
    dns: deps.dns,
    log: deps.log,
    listed
  }
  try {
    return await service.read(context)
  } catch (err) {
    throw explainFailure(err, watchdog.signal)
  } finally {
    watchdog.stop()
    for (const client of clients) client.destroy()
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
