/**
 * The benchmark's figures, as printed and as written to bench-output/bench.json: each run's
 * measurements set against the estate's floor (lower-bound.ts) and against each other.
 */
import type { CallRecord, PlantedProblem } from '../../emulator/aws/index.js'
import { callsPerOperation, type OperationCalls } from './call-stats.js'
import { checkCompleteness, type Completeness } from './completeness.js'
import { OPERATIONS, type AcmQuotas, type Operation, type WallTimeFloor } from './lower-bound.js'
import type { MemoryPeak } from './memory-sampler.js'
import type { EndpointCounts } from './options.js'
import type { Approach, ScanRun } from './scan-worker.js'

export interface EstateFigures extends EndpointCounts {
  accounts: number
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
  completeness: Completeness
  /** Settings tried instead of collect's defaults. */
  overrides?: Record<string, number>
}

export interface BenchResult {
  generatedAt: string
  estate: EstateFigures
  floor: { calls: Record<Operation, number>; totalCalls: number; wall: WallTimeFloor }
  runs: { ours: RunFigures; naive?: RunFigures }
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
  floor: BenchResult['floor'],
  planted: readonly PlantedProblem[]
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
