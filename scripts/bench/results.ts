/**
 * The benchmark's figures, as printed and as written to bench-output/bench.json: each run's
 * measurements set against the estate's floor (lower-bound.ts) and against each other.
 */
import type { CallRecord, PlantedProblem } from '../../emulator/aws/index.js'
import { callsPerOperation, type OperationCalls } from './call-stats.js'
import { checkCompleteness, type Completeness } from './completeness.js'
import { OPERATIONS, type AcmQuotas, type Operation, type WallTimeFloor } from './lower-bound.js'
import type { MemoryPeak } from './memory-sampler.js'
import type { MergeRun } from './merge-worker.js'
import type { EndpointCounts } from './options.js'
import type { Approach, ScanRun } from './scan-worker.js'

export interface EstateFigures extends EndpointCounts {
  /** ACTIVE accounts with resources (the Organization's suspended and closed ones aside). */
  accounts: number
  /** With more than one account: the Organization they form, scanned from its hub. */
  organization?: {
    managementAccount: string
    hubRoleArn: string
    memberRoleName: string
    suspended: number
    closed: number
  }
  regions: string[]
  certificates: number
  instances: number
  problemShare: number
  seed: number
  planted: number
  /** Per region, ms. */
  latencyMs: Record<string, number>
  quotas: AcmQuotas
}

export interface RunFigures {
  approach: Approach
  wallMs: number
  cpuMs: number
  memory: MemoryPeak
  /** Per operation, from the emulator's call log; operations the floor lists come first. */
  calls: Record<string, OperationCalls>
  totalCalls: number
  /** Measured calls / floor calls per operation; null where the floor is 0. */
  callsToFloor: Record<string, number | null>
  wallToFloor: number
  coverage: { ok: number; failed: number; skipped: number; failures: string[] }
  /** Accounts the run's report covers (scope.accounts). */
  accounts: number
  /** DNS questions the emulator's DNS received during the run. */
  dnsQueries: number
  completeness: Completeness
  /** Settings tried instead of collect's defaults. */
  overrides?: Record<string, number>
}

export interface Floor {
  calls: Record<Operation, number>
  totalCalls: number
  wall: WallTimeFloor
  /** DNS questions the validation-record check must ask (not AWS calls: counted apart). */
  dnsQuestions: number
}

/** One matrix leg: its run, set against the floor of its own accounts. */
export interface LegFigures extends RunFigures {
  shard: string
  /** Accounts in this shard (the hub's perhaps among them), as the floor counts them. */
  shardAccounts: number
  floor: Floor
}

export interface ShardFigures {
  count: number
  legs: LegFigures[]
  /** The legs added up (run one after another here; a matrix runs them side by side). */
  sum: {
    calls: Record<string, number>
    totalCalls: number
    floorCalls: Record<string, number>
    floorTotalCalls: number
    wallMs: number
    floorWallMs: number
    cpuMs: number
    /** What a matrix running every leg at once would wait for. */
    slowestLegWallMs: number
    /** The largest leg's peak (each ran in a process of its own). */
    peakRssBytes: number
  }
  merge: Omit<MergeRun, 'found' | 'coverage' | 'accounts'> & {
    findings: number
    accounts: number
    coverage: { ok: number; failed: number; skipped: number }
  }
  check: {
    /** The merged report's finding ids are the single scan's, no more, no fewer. */
    sameFindingsAsSingle: boolean
    onlyInMerged: string[]
    onlyInSingle: string[]
    /** Against every planted problem. */
    completeness: Completeness
  }
}

/** Our scan run several times: one run is not a measurement. */
export interface RepeatFigures {
  runs: number
  /** Each run's, in the order they ran. */
  wallMs: number[]
  cpuMs: number[]
  totalCalls: number[]
  /** Throttled answers the emulator gave each run. */
  throttled: number[]
  /** Planted problems each run found. */
  found: number[]
  medianWallMs: number
  maxWallMs: number
  medianToFloor: number
  maxToFloor: number
  /** (Peak RSS - RSS at start) / certificates, of the median run: memory per certificate. */
  bytesPerCertificate: number | null
}

/** The bundled CLI, `node dist/cli/index.js scan ...`, a whole process per run. */
export interface CliFigures {
  runs: number
  /** Spawn to exit, each run's. */
  wallMs: number[]
  peakRssBytes: number[]
  exitCodes: (number | null)[]
  found: number[]
  /** Throttled answers the emulator gave each run. */
  throttled: number[]
  medianWallMs: number
  maxWallMs: number
  maxPeakRssBytes: number
}

export interface BenchResult {
  generatedAt: string
  estate: EstateFigures
  floor: Floor
  /** ours: the run of median wall time among `repeats`. */
  runs: { ours: RunFigures; naive?: RunFigures }
  repeats: RepeatFigures
  /** The bundled CLI's runs, or why they did not run. */
  cli: CliFigures | { skipped: string }
  /** Why the naive scan did not run although it was not switched off. */
  naiveSkipped?: string
  /** With --shards: the legs, their merge, and how both compare with the single scan. */
  shards?: ShardFigures
  /** naive / ours, where both ran. */
  naiveOverOurs?: {
    wall: number
    cpu: number
    peakRss: number
    calls: Record<string, number | null>
  }
}

export function ratio(measured: number, floor: number): number | null {
  return floor > 0 ? measured / floor : null
}

export function runFigures(
  run: ScanRun,
  calls: readonly CallRecord[],
  floor: Floor,
  planted: readonly PlantedProblem[],
  dnsQueries = 0
): RunFigures {
  const perOperation = callsPerOperation(calls)
  const ordered = [
    ...OPERATIONS,
    ...[...perOperation.keys()].filter((op) => !OPERATIONS.includes(op as Operation)).sort()
  ]
  const callFigures: Record<string, OperationCalls> = {}
  const callsToFloor: Record<string, number | null> = {}
  for (const op of ordered) {
    const figures = perOperation.get(op) ?? { total: 0, throttled: 0, failed: 0 }
    callFigures[op] = figures
    callsToFloor[op] = ratio(figures.total, floor.calls[op as Operation] ?? 0)
  }
  const failures = run.coverage.filter((row) => row.status === 'failed')
  return {
    approach: run.approach,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    memory: run.memory,
    calls: callFigures,
    totalCalls: calls.length,
    callsToFloor,
    wallToFloor: run.wallMs / floor.wall.ms,
    coverage: {
      ok: run.coverage.filter((row) => row.status === 'ok').length,
      failed: failures.length,
      skipped: run.coverage.filter((row) => row.status === 'skipped').length,
      failures: failures.map((row) => `${row.service} ${row.account} ${row.region}: ${row.detail}`)
    },
    accounts: run.accounts.length,
    dnsQueries,
    completeness: checkCompleteness(planted, run.found)
  }
}

export function naiveOverOurs(ours: RunFigures, naive: RunFigures): BenchResult['naiveOverOurs'] {
  const calls: Record<string, number | null> = {}
  for (const op of new Set([...Object.keys(ours.calls), ...Object.keys(naive.calls)])) {
    calls[op] = ratio(naive.calls[op]?.total ?? 0, ours.calls[op]?.total ?? 0)
  }
  calls.total = ratio(naive.totalCalls, ours.totalCalls)
  return {
    wall: naive.wallMs / ours.wallMs,
    cpu: naive.cpuMs / ours.cpuMs,
    peakRss: naive.memory.peakRssBytes / ours.memory.peakRssBytes,
    calls
  }
}

function coverageCounts(coverage: MergeRun['coverage']): ShardFigures['merge']['coverage'] {
  const of = (status: string) => coverage.filter((row) => row.status === status).length
  return { ok: of('ok'), failed: of('failed'), skipped: of('skipped') }
}

/** The legs summed up, the merge, and the merge checked against the single scan. */
export function shardFigures(
  legs: LegFigures[],
  merge: MergeRun,
  single: ScanRun,
  planted: readonly PlantedProblem[]
): ShardFigures {
  const calls: Record<string, number> = {}
  const floorCalls: Record<string, number> = {}
  for (const leg of legs) {
    for (const [op, figures] of Object.entries(leg.calls)) {
      calls[op] = (calls[op] ?? 0) + figures.total
    }
    for (const [op, n] of Object.entries(leg.floor.calls))
      floorCalls[op] = (floorCalls[op] ?? 0) + n
  }
  const total = (of: (leg: LegFigures) => number) => legs.reduce((n, leg) => n + of(leg), 0)
  const merged = new Set(merge.found.map((f) => f.id))
  const whole = new Set(single.found.map((f) => f.id))
  const onlyInMerged = [...merged].filter((id) => !whole.has(id)).sort()
  const onlyInSingle = [...whole].filter((id) => !merged.has(id)).sort()
  const { found, coverage, accounts, ...mergeRun } = merge
  return {
    count: legs.length,
    legs,
    sum: {
      calls,
      totalCalls: total((leg) => leg.totalCalls),
      floorCalls,
      floorTotalCalls: total((leg) => leg.floor.totalCalls),
      wallMs: total((leg) => leg.wallMs),
      floorWallMs: total((leg) => leg.floor.wall.ms),
      cpuMs: total((leg) => leg.cpuMs),
      slowestLegWallMs: Math.max(0, ...legs.map((leg) => leg.wallMs)),
      peakRssBytes: Math.max(0, ...legs.map((leg) => leg.memory.peakRssBytes))
    },
    merge: {
      ...mergeRun,
      findings: found.length,
      accounts: accounts.length,
      coverage: coverageCounts(coverage)
    },
    check: {
      sameFindingsAsSingle:
        onlyInMerged.length === 0 && onlyInSingle.length === 0 && found.length === whole.size,
      onlyInMerged,
      onlyInSingle,
      completeness: checkCompleteness(planted, found)
    }
  }
}

/** The middle value (the lower of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

export function repeatFigures(
  runs: readonly RunFigures[],
  floor: Floor,
  certificates: number
): { figures: RepeatFigures; median: RunFigures } {
  const walls = runs.map((run) => run.wallMs)
  const middle = median(walls)
  const mid = runs.find((run) => run.wallMs === middle) as RunFigures
  const maxWallMs = Math.max(...walls)
  return {
    median: mid,
    figures: {
      runs: runs.length,
      wallMs: walls,
      cpuMs: runs.map((run) => run.cpuMs),
      totalCalls: runs.map((run) => run.totalCalls),
      throttled: runs.map((run) =>
        Object.values(run.calls).reduce((n, calls) => n + calls.throttled, 0)
      ),
      found: runs.map((run) => run.completeness.found),
      medianWallMs: middle,
      maxWallMs,
      medianToFloor: middle / floor.wall.ms,
      maxToFloor: maxWallMs / floor.wall.ms,
      bytesPerCertificate:
        certificates > 0
          ? (mid.memory.peakRssBytes - mid.memory.startRssBytes) / certificates
          : null
    }
  }
}

export function cliFigures(
  runs: readonly {
    wallMs: number
    peakRssBytes: number
    exitCode: number | null
    found: number
    throttled: number
  }[]
): CliFigures {
  const walls = runs.map((run) => run.wallMs)
  return {
    runs: runs.length,
    wallMs: walls,
    peakRssBytes: runs.map((run) => run.peakRssBytes),
    exitCodes: runs.map((run) => run.exitCode),
    found: runs.map((run) => run.found),
    throttled: runs.map((run) => run.throttled),
    medianWallMs: median(walls),
    maxWallMs: Math.max(...walls),
    maxPeakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes))
  }
}
