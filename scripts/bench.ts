/**
 * `npm run bench`: how close aws-cert-watch's scan comes to the least work and time an estate
 * allows, and how it compares with the straightforward scan. Generates an estate, serves it
 * from the local AWS emulator with per-call latency and AWS's published ACM, RDS and ELB
 * quotas, runs each scan in a process of its own, prints a table and writes the figures to
 * bench-output/. With --accounts the estate is an AWS Organization scanned from its hub; with
 * --shards the scan also runs as matrix legs whose reports are merged and checked against the
 * single scan.
 * Nothing here asserts speed; the exit code only says whether our scan was complete.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  DEFAULT_STATIC_CREDENTIAL,
  generateEstate,
  type CallRecord,
  type PlantedProblem
} from '../emulator/aws/index.js'
import { DEFAULT_QUOTAS } from '../emulator/aws/knobs.js'
import { buildWorld, type World } from '../emulator/aws/world.js'
import { Inputs } from '../src/contract.js'
import { selectAccounts } from '../src/credentials/selection.js'
import { shardLabel } from '../src/shared/shard.js'
import { callsPerOperation } from './bench/call-stats.js'
import { BUNDLED_CLI, hasBundledCli, runBundledCli } from './bench/cli-run.js'
import { checkCompleteness } from './bench/completeness.js'
import { startEmulatorWorker, type EmulatorWorker } from './bench/emulator-worker.js'
import {
  activeAccounts,
  estateLoad,
  loadOf,
  organizationCredentials,
  type EstateLoad
} from './bench/estate-load.js'
import { latencyKnobs, regionLatencies } from './bench/latency.js'
import {
  minimumWallTime,
  requiredCalls,
  SHARED_QUOTAS,
  type AcmQuotas,
  type CredentialsLoad
} from './bench/lower-bound.js'
import { runMergeInChild } from './bench/merge-worker.js'
import {
  ORGANIZATION_EXTRAS,
  organizationAccountIds,
  parseBenchOptions,
  USAGE,
  type BenchOptions
} from './bench/options.js'
import { renderBench } from './bench/render.js'
import {
  cliFigures,
  naiveOverOurs,
  repeatFigures,
  runFigures,
  shardFigures,
  type BenchResult,
  type Floor,
  type LegFigures,
  type RunFigures,
  type ShardFigures
} from './bench/results.js'
import {
  emulatorEnvironment,
  runScanInChild,
  type ScanRequest,
  type ScanRun
} from './bench/scan-worker.js'
import { runScript } from './script-entry.js'
import { measureColdStart, renderColdStart } from './cold-start.js'

/** The thresholds both scans run with (the action's defaults). */
const THRESHOLDS = { warningDays: 45, criticalDays: 14 }
const HOME_REGION = 'us-east-1'

async function main(options: BenchOptions): Promise<number> {
  const quotas: AcmQuotas = {
    ListCertificates: DEFAULT_QUOTAS.ListCertificates ?? 1,
    DescribeCertificate: DEFAULT_QUOTAS.DescribeCertificate ?? 10
  }
  const multi = options.accounts > 1
  const { estate, planted, organization } = generateEstate({
    // One account: the generator's default, so that the estate is what it always was.
    ...(multi
      ? {
          accounts: organizationAccountIds(options.accounts),
          organization: { ...ORGANIZATION_EXTRAS }
        }
      : {}),
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
  if (multi && organization === undefined) throw new Error('the generator made no Organization')
  // The scan starts from the default chain, i.e. the emulator's static key, whose account is
  // the estate's default one: it must be the management account, whose hub role lists the
  // Organization (and which the member roles trust).
  if (organization !== undefined && estate.defaultAccount !== organization.managementAccount) {
    throw new Error(
      `The emulator's static key belongs to ${estate.defaultAccount}, not to the management account ${organization.managementAccount}`
    )
  }
  // One instant for the emulator's relative dates, the floor and both scans' day counts.
  const now = new Date()
  const latencies = regionLatencies(options.regions, options.latency)
  const latencyOf = (region: string) => latencies.get(region) ?? options.latency.minMs
  const world = buildWorld(estate, now)
  const load = estateLoad(world, { thresholds: THRESHOLDS, latencyMs: latencyOf })
  const floorOf = (part: EstateLoad, credentials: CredentialsLoad): Floor => {
    const calls = requiredCalls(part.loads, part.accounts, credentials)
    return {
      calls,
      totalCalls: Object.values(calls).reduce((a, b) => a + b, 0),
      wall: minimumWallTime(part.loads, part.accounts, quotas, latencyOf(HOME_REGION), credentials),
      dnsQuestions: part.loads.reduce((n, l) => n + l.dnsQuestions, 0)
    }
  }
  const floor = floorOf(
    load,
    multi ? organizationCredentials(world, activeAccounts(world)) : { kind: 'default-chain' }
  )

  const emulator = await startEmulatorWorker({
    estate,
    now,
    knobs: {
      ...latencyKnobs(latencies, options.latency),
      quotas: { ...quotas },
      serviceQuotas: { ...SHARED_QUOTAS }
    }
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
    // An Organization: the hub role, assumed from the default chain, lists it and assumes the
    // member role in every other ACTIVE account.
    const inputs: Record<string, string> =
      organization === undefined
        ? {}
        : { [Inputs.Accounts]: 'organization', [Inputs.RoleToAssume]: organization.hubRoleArn }
    const request = { regions: options.regions, now }
    // Ours runs with dns-check on, asking the emulator's DNS (counted apart from AWS calls).
    const oursRequest: ScanRequest = {
      ...request,
      approach: 'ours',
      inputs,
      ...tuning,
      dnsServers: [emulator.dnsAddress]
    }
    const oursRuns: RunFigures[] = []
    let ours: Awaited<ReturnType<typeof measure>> | undefined
    for (let run = 1; run <= options.runs; run++) {
      process.stderr.write(
        `our scan${multi ? ` (${options.accounts} accounts)` : ''}, run ${run} of ${options.runs}...\n`
      )
      const measured = await measure(emulator, oursRequest, env)
      ours ??= measured
      oursRuns.push(runFigures(measured.run, measured.calls, floor, planted, measured.dnsQueries))
    }
    const repeats = repeatFigures(oursRuns, floor, options.certificates)
    const cli = (await hasBundledCli())
      ? cliFigures(
          await runCli(
            options.runs,
            emulator,
            env,
            {
              ...inputs,
              [Inputs.Regions]: options.regions.join(','),
              [Inputs.DnsServers]: emulator.dnsAddress
            },
            planted
          )
        )
      : { skipped: `${BUNDLED_CLI} is not built (npm run bundle)` }
    const result: BenchResult = {
      generatedAt: now.toISOString(),
      estate: {
        accounts: options.accounts,
        ...(organization === undefined
          ? {}
          : {
              organization: {
                managementAccount: organization.managementAccount,
                hubRoleArn: organization.hubRoleArn,
                memberRoleName: organization.memberRoleName,
                suspended: organization.suspended.length,
                closed: organization.closed.length
              }
            }),
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
      runs: { ours: repeats.median },
      repeats: repeats.figures,
      cli
    }
    if (Object.keys(overrides).length > 0) result.runs.ours.overrides = overrides
    if (options.naiveSkipped !== null) result.naiveSkipped = options.naiveSkipped
    if (options.naive) {
      process.stderr.write('naive scan (one region after another; this takes a while)...\n')
      const naive = await measure(emulator, { ...request, approach: 'naive' }, env)
      result.runs.naive = runFigures(naive.run, naive.calls, floor, planted)
      result.naiveOverOurs = naiveOverOurs(result.runs.ours, result.runs.naive)
    }
    if (options.shards > 0) {
      result.shards = await runShards(options.shards, {
        emulator,
        env,
        request: oursRequest,
        world,
        load,
        floorOf,
        planted,
        single: (ours as NonNullable<typeof ours>).run
      })
    }
    process.stdout.write(`${renderBench(result)}\n`)
    await mkdir(dirname(options.out), { recursive: true })
    await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`, 'utf8')
    process.stdout.write(`Figures written to ${options.out}\n`)
    if (await hasBundledCli()) {
      // The bundles' start, beside the scan (scripts/cold-start.ts; its own figures file).
      const coldStart = await measureColdStart({
        runs: Math.max(5, options.runs),
        node: process.execPath
      })
      process.stdout.write(`\n${renderColdStart(coldStart)}`)
      await writeFile(COLD_START_OUT, `${JSON.stringify(coldStart, null, 2)}\n`, 'utf8')
      process.stdout.write(`Figures written to ${COLD_START_OUT}\n`)
    }
    return isComplete(result) ? 0 : 1
  } finally {
    await emulator.close()
  }
}

const COLD_START_OUT = join('bench-output', 'cold-start.json')

/** Our scan found every planted problem and read everything; so did the legs and their merge. */
function isComplete(result: BenchResult): boolean {
  const { ours } = result.runs
  const { cli, repeats, estate } = result
  const whole =
    ours.completeness.missing.length === 0 &&
    ours.coverage.failed === 0 &&
    repeats.found.every((found) => found === estate.planted) &&
    ('skipped' in cli || cli.found.every((found) => found === estate.planted))
  const { shards } = result
  if (shards === undefined) return whole
  return (
    whole &&
    shards.legs.every(
      (leg) => leg.coverage.failed === 0 && leg.completeness.missing.length === 0
    ) &&
    shards.merge.missingShards.length === 0 &&
    shards.check.sameFindingsAsSingle &&
    shards.check.completeness.missing.length === 0
  )
}

/**
 * The matrix: `count` legs (`shard: i/count`), one after another, each in a process of its own
 * and writing its JSON report to a temporary folder, as the action's `report-path` does; then
 * the merge of those reports in a process of its own.
 */
async function runShards(
  count: number,
  context: {
    emulator: EmulatorWorker
    env: NodeJS.ProcessEnv
    request: ScanRequest
    world: World
    load: EstateLoad
    floorOf: (part: EstateLoad, credentials: CredentialsLoad) => Floor
    planted: readonly PlantedProblem[]
    single: ScanRun
  }
): Promise<ShardFigures> {
  const { emulator, env, request, world, load, floorOf, planted } = context
  const dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-bench-legs-'))
  try {
    const active = activeAccounts(world)
    const legs: LegFigures[] = []
    for (let index = 1; index <= count; index++) {
      const shard = shardLabel({ index, count })
      // The accounts this leg's scan picks, as credentials/selection.ts picks them.
      const accounts = selectAccounts(active, { excludeAccounts: [], shard: { index, count } })
      const mine = new Set(accounts)
      const legFloor = floorOf(loadOf(load, mine), organizationCredentials(world, accounts))
      process.stderr.write(`leg ${shard} (${accounts.length} accounts)...\n`)
      const leg = await measure(
        emulator,
        {
          ...request,
          // As the README's matrix: the legs leave the tracking issue to the merge (the scan
          // refuses a leg that would publish one).
          inputs: { ...request.inputs, [Inputs.Shard]: shard, [Inputs.Issue]: 'false' },
          reportPath: join(dir, `aws-cert-watch-${index}.json`)
        },
        env
      )
      const figures = runFigures(
        leg.run,
        leg.calls,
        legFloor,
        planted.filter((p) => mine.has(p.account)),
        leg.dnsQueries
      )
      legs.push({ ...figures, shard, shardAccounts: accounts.length, floor: legFloor })
    }
    process.stderr.write(`merge of ${count} reports...\n`)
    const merge = await runMergeInChild({
      patterns: [join(dir, 'aws-cert-watch-*.json')],
      out: join(dir, 'merged', 'aws-cert-watch-report.json')
    })
    return shardFigures(legs, merge, context.single, planted)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The bundled CLI `runs` times, each against a fresh emulator state, with the scan's inputs as flags. */
async function runCli(
  runs: number,
  emulator: EmulatorWorker,
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string>,
  planted: readonly PlantedProblem[]
) {
  const args = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
  const results = []
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`bundled CLI, run ${run} of ${runs}...\n`)
    await emulator.reset()
    const cli = await runBundledCli(args, env)
    const calls = callsPerOperation(await emulator.calls())
    results.push({
      ...cli,
      found: checkCompleteness(planted, cli.found).found,
      throttled: [...calls.values()].reduce((n, op) => n + op.throttled, 0)
    })
  }
  return results
}

async function measure(
  emulator: EmulatorWorker,
  request: ScanRequest,
  env: NodeJS.ProcessEnv
): Promise<{ run: ScanRun; calls: CallRecord[]; dnsQueries: number }> {
  await emulator.reset()
  const run = await runScanInChild(request, env)
  return { run, calls: await emulator.calls(), dnsQueries: await emulator.dnsQueries() }
}

await runScript(() => parseBenchOptions(process.argv.slice(2)), USAGE, main)
