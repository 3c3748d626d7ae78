/**
 * The scan engine that both entry points share: credentials -> collect -> evaluate -> report.
 * Everything with a side effect (clock, credential sources, AWS clients, log) comes in `deps`.
 */
import {
  collectInventory,
  makeAcmClient,
  makeRdsClient,
  type CollectDeps
} from './collect/index.js'
import { resolveAccounts, type CredentialDeps } from './credentials/index.js'
import { acmNeedsDescribe, evaluate, rdsInstanceNeedsAction } from './evaluate/index.js'
import { buildReport } from './report/json-report.js'
import { DEFAULT_BUDGETS, type TimeBudgets } from './shared/budget.js'
import type { Inventory, Report, Settings, Thresholds } from './types.js'

export interface ScanDeps {
  /** The scan's single instant: every day count in the report is relative to it. */
  now: Date
  credentials: CredentialDeps
  log: (message: string) => void
  /** What only a debugging reader wants (the first bytes of an answer that was not AWS's). */
  debug?: (message: string) => void
  /** Time limits of every AWS call; default DEFAULT_BUDGETS. */
  budgets?: TimeBudgets
  /** Overrides for tests and benchmarks (client factories, concurrency, region status). */
  collect?: Partial<
    Pick<
      CollectDeps,
      'makeRdsClient' | 'makeAcmClient' | 'concurrency' | 'describeConcurrency' | 'regionStatus'
    >
  >
}

export interface ScanResult {
  report: Report
  inventory: Inventory
}

export async function scan(settings: Settings, deps: ScanDeps): Promise<ScanResult> {
  const { now } = deps
  const thresholds: Thresholds = {
    warningDays: settings.warningDays,
    criticalDays: settings.criticalDays
  }
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  const accounts = await resolveAccounts(settings, { budgets, ...deps.credentials })
  const inventory = await collectInventory(
    { accounts, regions: settings.regions, services: settings.services },
    {
      makeRdsClient,
      makeAcmClient,
      budget: budgets.aws,
      ...(deps.debug === undefined ? {} : { debug: deps.debug }),
      ...deps.collect,
      // The same rules that evaluate applies decide what collect fetches more of.
      needsDescribe: (certificate) => acmNeedsDescribe(certificate, now, thresholds),
      needsEngineVersion: (instance, cas, maintenance) =>
        rdsInstanceNeedsAction(instance, cas, maintenance, now, thresholds),
      log: deps.log
    }
  )
  const evaluation = evaluate(inventory, {
    now,
    thresholds,
    ignore: settings.ignore,
    targetCa: settings.targetCa
  })
  const report = buildReport({
    evaluation,
    inventory,
    settings,
    thresholds,
    now,
    accounts: accounts.map((account) => account.account)
  })
  return { report, inventory }
}
