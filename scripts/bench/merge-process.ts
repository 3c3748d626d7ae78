/**
 * The merge action's work on the legs' reports, in a process of its own (forked by
 * scripts/bench/merge-worker.ts) so that its wall time and peak memory are its own: read the
 * reports (readLegReports), merge them (mergeReports) and write the merged report, as the merge
 * action does before it publishes.
 */
import { stat } from 'node:fs/promises'
import { readLegReports } from '../../src/config/leg-reports.js'
import { MergeInputs } from '../../src/contract.js'
import { writeReportFile } from '../../src/publish/report-file.js'
import { mergeReports } from '../../src/report/merge.js'
import { serve } from './child-rpc.js'
import { foundProblem } from './completeness.js'
import { startMemorySampler } from './memory-sampler.js'
import type { MergeRequest, MergeRun } from './merge-worker.js'

const MEMORY_SAMPLE_MS = 10

serve({
  merge: async (request: MergeRequest): Promise<MergeRun> => {
    const memory = startMemorySampler(MEMORY_SAMPLE_MS)
    const cpu = process.cpuUsage()
    const started = performance.now()
    const { legs } = await readLegReports(MergeInputs.Reports, request.patterns)
    const report = mergeReports(legs)
    await writeReportFile(report, request.out)
    const wallMs = performance.now() - started
    const cpuUsed = process.cpuUsage(cpu)
    const sizes = await Promise.all(legs.map(async (leg) => (await stat(leg.source)).size))
    return {
      wallMs,
      cpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
      memory: memory.stop(),
      reports: legs.length,
      reportBytes: sizes.reduce((a, b) => a + b, 0),
      mergedBytes: (await stat(request.out)).size,
      found: report.findings.map(foundProblem),
      coverage: report.coverage,
      accounts: report.scope.accounts,
      missingShards: report.scope.missingShards ?? []
    }
  }
})
