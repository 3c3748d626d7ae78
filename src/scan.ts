/**
 * The scan engine that both entry points share: credentials -> collect -> evaluate -> report,
 * over the service plug-ins `services` names. Everything with a side effect (clock, credential
 * sources, AWS clients, log) comes in `deps`.
 */
import { collectInventory, type CollectDeps } from './collect/index.js'
import { resolveAccounts, type CredentialDeps } from './credentials/index.js'
import { evaluate } from './evaluate/index.js'
import type { Inventory, Report, Settings, Thresholds } from './model/index.js'
import { buildReport } from './report/json-report.js'
import { SERVICES } from './services/index.js'
import type { AnyServicePlugin } from './services/plugin.js'
import { DEFAULT_BUDGETS, type TimeBudgets } from './shared/budget.js'

export interface ScanDeps {
  /** The scan's single instant: every day count in the report is relative to it. */
  now: Date
  credentials: CredentialDeps
  log: (message: string) => void
  /** What only a debugging reader wants (the first bytes of an answer that was not AWS's). */
  debug?: (message: string) => void
  /** Time limits of every AWS call; default DEFAULT_BUDGETS. */
  budgets?: TimeBudgets
  /** The plug-ins `settings.services` chooses from; default the registry. */
  services?: readonly AnyServicePlugin[]
  /** Overrides for tests and benchmarks (concurrency, client options, region status). */
  collect?: Partial<Pick<CollectDeps, 'concurrency' | 'clientConfig' | 'regionStatus'>>
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
  const registry = deps.services ?? SERVICES
  const chosen = registry.filter((service) => settings.services.includes(service.name))
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  // Sessions expire by AWS's clock, which runs on from the scan's instant.
  const started = performance.now()
  const clock = () => now.getTime() + (performance.now() - started)
  const accounts = await resolveAccounts(settings, { budgets, clock, ...deps.credentials })
  const inventory = await collectInventory(
    { accounts, regions: settings.regions, services: chosen, homeRegion: settings.awsRegion },
    {
      now,
      thresholds,
      budget: budgets.aws,
      log: deps.log,
      ...(deps.debug === undefined ? {} : { debug: deps.debug }),
      ...deps.collect
    }
  )
  const evaluation = evaluate(
    inventory,
    {
      now,
      thresholds,
      ignore: settings.ignore,
      targetCa: settings.targetCa
    },
    registry
  )
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
