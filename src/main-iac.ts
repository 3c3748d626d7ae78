/**
 * The iac action (iac/action.yml): config -> the repository's infrastructure code -> checks ->
 * publish (report, SARIF, annotations at file and line, summary, outputs). It needs no AWS
 * credentials, so it runs on pull requests from forks too; when the job has some, the live CA
 * list is asked. Any failure ends in one `setFailed` line that says what to do. As in
 * src/main.ts, the inputs are checked before the readers, @actions/core and the SDK load.
 */
import { actionInput } from './config/action-input.js'
import { parseIacSettings } from './config/index.js'
import { IacInputs } from './contract.js'
import type { ActionIo } from './publish/action-io.js'
import { failRun } from './publish/fail-step.js'
import { prepareOutputFile } from './publish/report-file.js'
import { oneLine } from './shared/text.js'

/** `given`: the step's log, outputs and summary; default @actions/core's, loaded after the inputs. */
export async function runIac(given?: ActionIo, env = process.env): Promise<void> {
  try {
    const settings = parseIacSettings(actionInput(env))
    await prepareOutputFile(
      IacInputs.ReportPath,
      settings.reportPath,
      'aws-cert-watch-iac-report.json'
    )
    if (settings.sarifPath !== '') {
      await prepareOutputFile(IacInputs.SarifPath, settings.sarifPath, 'aws-cert-watch.sarif')
    }
    const [actionIo, publish, { checkIac }, { iacRunFromEnvironment }] = await Promise.all([
      import('./publish/action-io.js'),
      import('./publish/index.js'),
      import('./iac/index.js'),
      import('./iac/environment.js')
    ])
    const io = given ?? actionIo.actionIoFromCore()
    const run = await iacRunFromEnvironment(settings, env, new Date(), (message) =>
      io.info(oneLine(message))
    )
    const outcome = await io.group('Check infrastructure code', () => checkIac(run))
    await publish.publishIacResults(outcome.report, settings, {
      io,
      run: publish.runContext(env),
      checked: outcome
    })
  } catch (error) {
    failRun(error, given)
  }
}
