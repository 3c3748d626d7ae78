/**
 * `npm run bench`: how close aws-cert-watch's scan comes to the least work and time an estate
 * allows, and how it compares with the straightforward scan. Generates an estate, serves it
 * from the local AWS emulator with per-call latency and AWS's published ACM quotas, runs each
 * scan in a process of its own, prints a table and writes the figures to bench-output/.
 * Nothing here asserts speed; the exit code only says whether our scan was complete.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  DEFAULT_STATIC_CREDENTIAL,
  generateEstate,
  type CallRecord
} from '../emulator/aws/index.js'
import { DEFAULT_QUOTAS } from '../emulator/aws/knobs.js'
import { buildWorld } from '../emulator/aws/world.js'
import { startEmulatorWorker, type EmulatorWorker } from './bench/emulator-worker.js'
import { estateLoad } from './bench/estate-load.js'
import { latencyKnobs, regionLatencies } from './bench/latency.js'
import { minimumWallTime, requiredCalls, type AcmQuotas } from './bench/lower-bound.js'
import { parseBenchOptions, USAGE, type BenchOptions } from './bench/options.js'
import { renderBench } from './bench/render.js'
import { naiveOverOurs, runFigures, type BenchResult } from './bench/results.js'
import {
  emulatorEnvironment,
  runScanInChild,
  type ScanRequest,
  type ScanRun
} from './bench/scan-worker.js'
import { runScript } from './script-entry.js'

/** The thresholds both scans run with (the action's defaults). */
const THRESHOLDS = { warningDays: 45, criticalDays: 14 }
const HOME_REGION = 'us-east-1'

async function main(options: BenchOptions): Promise<number> {
  const quotas: AcmQuotas = {
    ListCertificates: DEFAULT_QUOTAS.ListCertificates ?? 1,
    DescribeCertificate: DEFAULT_QUOTAS.DescribeCertificate ?? 10
  }
  const { estate, planted } = generateEstate({
    regions: options.regions,
    instances: options.instances,
    certificates: options.certificates,
    serverCertificates: options.serverCertificates,
    classicLoadBalancers: options.classicLoadBalancers,
    loadBalancers: options.loadBalancers,
    distributions: options.distributions,
    certificateAuthorities: options.certificateAuthorities,
    problemShare: options.problemShare,
    seed: options.seed
  })
  // One instant for the emulator's relative dates, the floor and both scans' day counts.
  const now = new Date()
  const latencies = regionLatencies(options.regions, options.latency)
  const latencyOf = (region: string) => latencies.get(region) ?? options.latency.minMs
  const { loads, accounts, engineVersionPairs } = estateLoad(buildWorld(estate, now), {
    thresholds: THRESHOLDS,
    latencyMs: latencyOf
  })
  const floorCalls = requiredCalls(loads, accounts, engineVersionPairs)
  const floor: BenchResult['floor'] = {
    calls: floorCalls,
    totalCalls: Object.values(floorCalls).reduce((a, b) => a + b, 0),
    wall: minimumWallTime(loads, accounts, quotas, latencyOf(HOME_REGION))
  }

  const emulator = await startEmulatorWorker({
    estate,
    now,
    knobs: { ...latencyKnobs(latencies, options.latency), quotas: { ...quotas } }
  })
  try {
    const env = emulatorEnvironment(emulator.url, DEFAULT_STATIC_CREDENTIAL)
    const overrides = {
      ...(options.scanConcurrency === undefined ? {} : { concurrency: options.scanConcurrency }),
      ...(options.describeConcurrency === undefined
        ? {}
        : { describeConcurrency: options.describeConcurrency })
    }
    const tuning = {
      ...(overrides.concurrency === undefined
        ? {}
        : { collect: { concurrency: overrides.concurrency } }),
      ...(overrides.describeConcurrency === undefined
        ? {}
        : { describeConcurrency: overrides.describeConcurrency })
    }
    const request = { regions: options.regions, now }
    process.stderr.write('our scan...\n')
    const ours = await measure(emulator, { ...request, approach: 'ours', ...tuning }, env)
    const result: BenchResult = {
      generatedAt: now.toISOString(),
      estate: {
        accounts: 1,
        regions: options.regions,
        certificates: options.certificates,
        instances: options.instances,
        serverCertificates: options.serverCertificates,
        classicLoadBalancers: options.classicLoadBalancers,
        loadBalancers: options.loadBalancers,
        distributions: options.distributions,
        certificateAuthorities: options.certificateAuthorities,
        problemShare: options.problemShare,
        seed: options.seed,
        planted: planted.length,
        latencyMs: Object.fromEntries(latencies),
        quotas
      },
      floor,
      runs: { ours: runFigures(ours.run, ours.calls, floor, planted) }
    }
    if (Object.keys(overrides).length > 0) result.runs.ours.overrides = overrides
    if (options.naive) {
      process.stderr.write('naive scan (one region after another; this takes a while)...\n')
      const naive = await measure(emulator, { ...request, approach: 'naive' }, env)
      result.runs.naive = runFigures(naive.run, naive.calls, floor, planted)
      result.naiveOverOurs = naiveOverOurs(result.runs.ours, result.runs.naive)
    }
    process.stdout.write(`${renderBench(result)}\n`)
    await mkdir(dirname(options.out), { recursive: true })
    await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`, 'utf8')
    process.stdout.write(`Figures written to ${options.out}\n`)
    const { ours: oursFigures } = result.runs
    const complete =
      oursFigures.completeness.missing.length === 0 && oursFigures.coverage.failed === 0
    return complete ? 0 : 1
  } finally {
    await emulator.close()
  }
}

async function measure(
  emulator: EmulatorWorker,
  request: ScanRequest,
  env: NodeJS.ProcessEnv
): Promise<{ run: ScanRun; calls: CallRecord[] }> {
  await emulator.reset()
  const run = await runScanInChild(request, env)
  return { run, calls: await emulator.calls() }
}

await runScript(() => parseBenchOptions(process.argv.slice(2)), USAGE, main)
