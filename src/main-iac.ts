/**
 * The iac action (iac/action.yml): config -> the repository's infrastructure code -> checks ->
 * publish (report, SARIF, annotations at file and line, summary, outputs). It needs no AWS
 * credentials, so it runs on pull requests from forks too; when the job has some, the live CA
 * list is asked. Any failure ends in one `setFailed` line that says what to do.
 */
import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { parseIacSettings } from './config/index.js'
import { IacInputs } from './contract.js'
import { gitIn, pullRequestRange } from './iac/changed-files.js'
import { checkIac, type IacOutcome } from './iac/index.js'
import { awsCredentialsNamed, liveCaCatalog } from './iac/live-cas.js'
import { fileRepository } from './iac/repository.js'
import { actionIoFromCore, type ActionIo } from './publish/action-io.js'
import { publishIacResults, runContext } from './publish/index.js'
import { prepareOutputFile } from './publish/report-file.js'
import { DEFAULT_BUDGETS } from './shared/budget.js'
import { countOf, oneLine } from './shared/text.js'

/** git diff, and fetching a shallow checkout's base commit, within this. */
const GIT_MS = 60_000

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
    const root = env.GITHUB_WORKSPACE || process.cwd()
    const pullRequest = pullRequestRange(env.GITHUB_EVENT_NAME, await eventPayload(env))
    const outcome = await io.group('Check infrastructure code', () =>
      checkIac({
        root,
        repository: fileRepository(root),
        settings,
        now: new Date(),
        pullRequest,
        git: gitIn(root, GIT_MS),
        liveCas: async () =>
          awsCredentialsNamed(env) ? liveCaCatalog(settings.awsRegion, DEFAULT_BUDGETS.aws) : null,
        log: (message) => io.info(oneLine(message))
      })
    )
    await publishIacResults(outcome.report, settings, {
      io,
      run: runContext(env),
      scope: scopeText(outcome)
    })
  } catch (error) {
    io.setFailed(oneLine(error instanceof Error ? error.message : String(error)))
  }
}

export function scopeText(outcome: IacOutcome): string {
  const files = countOf(outcome.filesChecked, 'file')
  return outcome.changedOnly ? `${files} that this pull request changes` : files
}

/** The event's payload (GITHUB_EVENT_PATH), read directly: @actions/github would load Octokit. */
async function eventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return null
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown
  } catch {
    return null
  }
}
