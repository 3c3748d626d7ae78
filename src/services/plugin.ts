/**
 * What a service plug-in tells the engines (DESIGN.md, "Pipeline"): its name and scope, the
 * inventories of other plug-ins its checks read, how it reads one account (x region), what its
 * reads cover, its pure checks, its reason codes, and how people name what it reports. The
 * collect and evaluate engines loop over the registry (src/services/index.ts) and know nothing
 * else of any service; a new service is a folder and a registry line.
 */
import type { awsClientOptions } from '../aws/client-options.js'
import type { AccountCredentials } from '../credentials/index.js'
import type {
  CoverageRow,
  Finding,
  Inventory,
  Location,
  ServiceName,
  Severity,
  Thresholds
} from '../model/index.js'
import type { TimeBudgets } from '../shared/budget.js'
import type { DnsResolver } from '../collect/dns-resolver.js'

/** The options every AWS client of a scan is built with (src/aws/client-options.ts). */
export type AwsClientConfig = ReturnType<typeof awsClientOptions> & {
  region: string
  credentials: AccountCredentials['credentials']
}

/** An SDK client: the engine closes it when the scan ends. */
export interface AwsClient {
  destroy(): void
}

/** What a plug-in's reader gets for one account and region (or account, for a global one). */
export interface ReadContext {
  account: AccountCredentials
  /** The region scanned; `global` for a global plug-in. */
  region: string
  /** The account id and region, as the records carry them. */
  location: Location
  /** The region its clients sign for: the scanned one, or the home region for a global one. */
  clientRegion: string
  /** The scan's clock and thresholds: a reader asks for details only where its checks need them. */
  now: Date
  thresholds: Thresholds
  /** Aborts every call of the scan (its idle watchdog): pass it to every send and paginator. */
  signal: AbortSignal
  budget: TimeBudgets['aws']
  /**
   * Builds an SDK client with the run's options (region, credentials, retries, time limits);
   * the engine watches its answers and closes it when the read ends.
   */
  client<C extends AwsClient>(make: (config: AwsClientConfig) => C): C
  /** Public DNS, for the checks that resolve names (`dns-check`); undefined when turned off. */
  dns: DnsResolver | undefined
  log(message: string): void
  /**
   * A quota-bound read says so once its lists are in and what is left waits on AWS's quotas:
   * the latency-bound scans held back for it may start (collect's scheduling).
   */
  listed(): void
}

/** What the coverage row says of one read. */
export interface ReadSummary {
  /** What was read, for an `ok` row: `12 DB instances, 3 CAs, ...`. */
  detail: string
  /**
   * Supporting calls that failed though the main list was read: the row is `failed`, names
   * them, and the records read still count.
   */
  incomplete: readonly string[]
  /** How many resources the read looked at (`resourcesScanned`). */
  resources: number
}

/** What a plug-in's checks get besides its own inventories. */
export interface EvaluateContext {
  now: Date
  thresholds: Thresholds
  /** The CA that remediation commands rotate to (`target-ca`). */
  targetCa: string
  /** Another plug-in's inventories, for the names in `reads`; empty when it was not scanned. */
  inventories(service: ServiceName): readonly unknown[]
  /** Every scan's coverage row: what was read, so that a check can tell "unused" from "unseen". */
  coverage: readonly CoverageRow[]
}

/** One reason code: what it means and its default severity (the README's table). */
export interface ReasonInfo {
  code: string
  /** The severity it has unless the dates make it more urgent (never less). */
  severity: Severity
  /** When it is given, for the README: `the instance's CA is no longer listed ...`. */
  meaning: string
}

export interface ServicePlugin<Inv extends Location = Location> {
  /** The `services` input's name for it, and the report's. */
  name: ServiceName
  /** How headlines count what it scans: `RDS` and `RDS resource`, `ACM` and `ACM certificate`. */
  label: { short: string; resource: string }
  /** Regional: read per region; global (IAM, CloudFront): read once per account. */
  scope: 'regional' | 'global'
  /**
   * What sets how long one of its reads takes: `quota` when AWS's request quotas do (ACM's
   * DescribeCertificate at 10/s), so that its reads start first and never wait for a slot;
   * `latency` (the default) when round trips and parsing do.
   */
  bound?: 'quota' | 'latency'
  /** Plug-ins whose inventories its checks read (a listener joins the certificate it serves). */
  reads: readonly ServiceName[]
  /** The AWS actions its reader may call: the permissions policy is their union. */
  iamActions: readonly string[]
  reasons: readonly ReasonInfo[]
  /** Resource type -> how people name it: `db-instance` -> `DB instance`. */
  resourceTypes: Readonly<Record<string, string>>
  read(context: ReadContext): Promise<Inv>
  summarize(inventory: Inv): ReadSummary
  /** Pure: its inventories (all accounts and regions) -> findings. */
  evaluate(inventories: readonly Inv[], context: EvaluateContext): Finding[]
  /** A section of its own for the tracking issue (RDS: which clients use TLS), or ''. */
  issueSection?(findings: readonly Finding[]): string
}

/** A plug-in whose inventory type is not known where it is listed. */
export type AnyServicePlugin = ServicePlugin<any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** A plug-in's own entries of an inventory, with its own type. */
export function inventoriesOf<Inv extends Location>(
  inventory: Pick<Inventory, 'services'>,
  plugin: Pick<ServicePlugin<Inv>, 'name'>
): Inv[] {
  return [...((inventory.services[plugin.name] ?? []) as readonly Inv[])]
}
