/**
 * The merge action (merge/action.yml): config -> the legs' reports -> one merged report ->
 * publish, exactly as one scan of every leg's accounts would publish it. No AWS call: the legs
 * scanned. Any failure ends in one `setFailed` line that says what to do.
 */
import * as core from '@actions/core'
import { parseMergeSettings } from './config/index.js'
import { readLegReports } from './config/leg-reports.js'
import { MergeInputs } from './contract.js'
import { actionIoFromCore, type ActionIo } from './publish/action-io.js'
import { publishResults, runContext } from './publish/index.js'
import { prepareOutputFile } from './publish/report-file.js'
import { logScanGroups } from './publish/scan-log.js'
import { describeMerge, mergeReports } from './report/merge.js'
import { oneLine } from './shared/text.js'

export async function runMerge(
  io: ActionIo = actionIoFromCore(),
  env = process.env
): Promise<void> {
  try {
    const settings = parseMergeSettings((name) => core.getInput(name))
    if (settings.githubToken !== '') io.setSecret(settings.githubToken)
    await prepareOutputFile(
      MergeInputs.ReportPath,
      settings.reportPath,
      'aws-cert-watch-report.json'
    )
    const { legs, unmatched } = await readLegReports(MergeInputs.Reports, settings.reports)
    for (const pattern of unmatched) io.info(`No report matches ${pattern}`)
    const report = mergeReports(legs)
    io.info(describeMerge(legs, report))
    await logScanGroups(report, io)
    await publishResults(report, settings, { io, run: runContext(env) })
  } catch (error) {
    io.setFailed(oneLine(error instanceof Error ? error.message : String(error)))
  }
}
