/**
 * The scan engine that both entry points share: credentials -> collect -> evaluate -> report,
 * over the service plug-ins `services` names. Everything with a side effect (clock, credential
 * sources, AWS clients, log) comes in `deps`.
 */
import { collectInventory, type CollectDeps } from './collect/index.js'
import { createDnsResolver, type DnsResolver } from './collect/dns-resolver.js'
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
  /**
   * Public DNS for `dns-check`; default a resolver on `dns-servers` (the system's when empty).
   * null: no DNS at all, as with `dns-check: false`.
   */
  dns?: DnsResolver | null
}

/** A DNS question's time limit and tries, per server: a validation record answers in ms. */
const DNS_TIMEOUT_MS = 2000
const DNS_TRIES = 2

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
  const dns = settings.dnsCheck ? dnsResolver(settings, deps.dns) : undefined
  const inventory = await collectInventory(
    { accounts, regions: settings.regions, services: chosen, homeRegion: settings.awsRegion },
    {
      now,
      thresholds,
      budget: budgets.aws,
      log: deps.log,
      ...(deps.debug === undefined ? {} : { debug: deps.debug }),
      ...(dns === undefined ? {} : { dns }),
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

function dnsResolver(settings: Settings, injected: DnsResolver | null | undefined) {
  if (injected !== undefined) return injected ?? undefined
  return createDnsResolver({
    servers: settings.dnsServers,
    timeoutMs: DNS_TIMEOUT_MS,
    tries: DNS_TRIES
  })
}
