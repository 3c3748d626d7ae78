/**
 * The iac action (iac/action.yml): config -> the repository's infrastructure code -> checks ->
 * publish (report, SARIF, annotations at file and line, summary, outputs). It needs no AWS
 * credentials, so it runs on pull requests from forks too; when the job has some, the live CA
 * list is asked. Any failure ends in one `setFailed` line that says what to do.
 */
import * as core from '@actions/core'
import { parseIacSettings } from './config/index.js'
import { IacInputs } from './contract.js'
import { checkIac } from './iac/index.js'
import { iacRunFromEnvironment } from './iac/environment.js'
import { actionIoFromCore, type ActionIo } from './publish/action-io.js'
import { publishIacResults, runContext } from './publish/index.js'
import { prepareOutputFile } from './publish/report-file.js'
import { oneLine } from './shared/text.js'

export async function runIac(io: ActionIo = actionIoFromCore(), env = process.env): Promise<void> {
  try {
    const settings = parseIacSettings((name) => core.getInput(name))
    await prepareOutputFile(
      IacInputs.ReportPath,
      settings.reportPath,
      'aws-cert-watch-iac-report.json'
    )
    if (settings.sarifPath !== '') {
      await prepareOutputFile(IacInputs.SarifPath, settings.sarifPath, 'aws-cert-watch.sarif')
    }
    const run = await iacRunFromEnvironment(settings, env, new Date(), (message) =>
      io.info(oneLine(message))
    )
    const outcome = await io.group('Check infrastructure code', () => checkIac(run))
    await publishIacResults(outcome.report, settings, {
      io,
      run: runContext(env),
      checked: outcome
    })
  } catch (error) {
    io.setFailed(oneLine(error instanceof Error ? error.message : String(error)))
  }
}
