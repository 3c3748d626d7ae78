/**
 * The merge action (merge/action.yml): config -> the legs' reports -> one merged report ->
 * publish, exactly as one scan of every leg's accounts would publish it. No AWS call: the legs
 * scanned. Any failure ends in one `setFailed` line that says what to do. As in src/main.ts, the
 * inputs and the legs' reports are checked before Octokit and @actions/core load.
 */
import { actionInput } from './config/action-input.js'
import { parseMergeSettings } from './config/index.js'
import { readLegReports } from './config/leg-reports.js'
import { MergeInputs } from './contract.js'
import type { ActionIo } from './publish/action-io.js'
import { failRun } from './publish/fail-step.js'
import { prepareOutputFile } from './publish/report-file.js'

/** `given`: the step's log, outputs and summary; default @actions/core's, loaded after the inputs. */
export async function runMerge(given?: ActionIo, env = process.env): Promise<void> {
  try {
    const settings = parseMergeSettings(actionInput(env))
    await prepareOutputFile(
      MergeInputs.ReportPath,
      settings.reportPath,
      'aws-cert-watch-report.json'
    )
    const { legs, unmatched } = await readLegReports(MergeInputs.Reports, settings.reports)
    const [actionIo, publish, scanLog, { describeMerge, mergeReports }] = await Promise.all([
      import('./publish/action-io.js'),
      import('./publish/index.js'),
      import('./publish/scan-log.js'),
      import('./report/merge.js')
    ])
    const io = given ?? actionIo.actionIoFromCore()
    // Masked before anything is logged.
    if (settings.githubToken !== '') io.setSecret(settings.githubToken)
    for (const pattern of unmatched) io.info(`No report matches ${pattern}`)
    const report = mergeReports(legs)
    io.info(describeMerge(legs, report))
    await scanLog.logScanGroups(report, io)
    await publish.publishResults(report, settings, { io, run: publish.runContext(env) })
  } catch (error) {
    failRun(error, given)
  }
}
