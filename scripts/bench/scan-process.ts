/**
 * Runs one scan (ours or the straightforward one) in a process of its own, forked by
 * scripts/bench/scan-worker.ts with the emulator's endpoint and keys in its environment, and
 * reports its wall time, CPU time, peak memory and what it found.
 */
import { parseSettings } from '../../src/config/index.js'
import { Inputs } from '../../src/contract.js'
import { workstationCredentialDeps } from '../../src/credentials/index.js'
import { evaluate } from '../../src/evaluate/index.js'
import { writeReportFile } from '../../src/publish/report-file.js'
import { scan } from '../../src/scan.js'
import { acmPlugin } from '../../src/services/acm/index.js'
import { SERVICES } from '../../src/services/index.js'
import type { Settings } from '../../src/model/index.js'
import { serve } from './child-rpc.js'
import { foundProblem } from './completeness.js'
import { startMemorySampler } from './memory-sampler.js'
import { naiveScan } from './naive-scan.js'
import type { ScanRequest, ScanRun } from './scan-worker.js'

/** Often enough to catch the peak of a run that lasts a second or two. */
const MEMORY_SAMPLE_MS = 10

serve({
  run: async (request: ScanRequest): Promise<ScanRun> => {
    const inputs: Record<string, string> = {
      ...request.inputs,
      [Inputs.Regions]: request.regions.join(','),
      ...(request.dnsServers === undefined
        ? { [Inputs.DnsCheck]: 'false' }
        : { [Inputs.DnsServers]: request.dnsServers.join(',') })
    }
    const settings = parseSettings((name) => inputs[name] ?? '')
    const logLines: string[] = []
    const log = (message: string) => logLines.push(message)
    const memory = startMemorySampler(MEMORY_SAMPLE_MS)
    const cpu = process.cpuUsage()
    const started = performance.now()
    const outcome = await (request.approach === 'ours'
      ? runOurs(settings, request, log)
      : runNaive(settings, request, log))
    const wallMs = performance.now() - started
    const cpuUsed = process.cpuUsage(cpu)
    return {
      approach: request.approach,
      wallMs,
      cpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
      memory: memory.stop(),
      ...outcome,
      log: logLines
    }
  }
})

type Outcome = Pick<ScanRun, 'found' | 'coverage' | 'accounts'>

async function runOurs(
  settings: Settings,
  request: ScanRequest,
  log: (message: string) => void
): Promise<Outcome> {
  const { report } = await scan(settings, {
    now: request.now,
    log,
    credentials: workstationCredentialDeps(log, process.env),
    collect: request.collect,
    ...(request.describeConcurrency === undefined
      ? {}
      : {
          services: SERVICES.map((service) =>
            service.name === 'acm'
              ? acmPlugin({ describeConcurrency: request.describeConcurrency })
              : service
          )
        })
  })
  // Inside the measured span, as the action writes its report before it is done.
  if (request.reportPath !== undefined) await writeReportFile(report, request.reportPath)
  return {
    found: report.findings.map(foundProblem),
    coverage: report.coverage,
    accounts: report.scope.accounts
  }
}

async function runNaive(
  settings: Settings,
  request: ScanRequest,
  log: (message: string) => void
): Promise<Outcome> {
  const inventory = await naiveScan({
    regions: settings.regions,
    homeRegion: settings.awsRegion,
    log
  })
  const { findings } = evaluate(inventory, {
    now: request.now,
    thresholds: { warningDays: settings.warningDays, criticalDays: settings.criticalDays },
    ignore: settings.ignore,
    targetCa: settings.targetCa
  })
  const accounts = [...new Set(inventory.coverage.map((row) => row.account))].sort()
  return { found: findings.map(foundProblem), coverage: inventory.coverage, accounts }
}
