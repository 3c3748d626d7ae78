/**
 * The action: config -> scan (credentials, collect, evaluate, report) -> publish. Any failure
 * ends in one `setFailed` line that says what to do. The inputs are checked first, with nothing
 * loaded but config: the AWS SDK, Octokit and @actions/core (with its HTTP stack) load only for
 * a run that goes on, so that a bad input is refused in about the time Node takes to start.
 */
import { actionInput } from './config/action-input.js'
import { parseSettings } from './config/index.js'
import { Inputs } from './contract.js'
import type { ActionIo } from './publish/action-io.js'
import { failRun } from './publish/fail-step.js'
import { prepareOutputFile } from './publish/report-file.js'
import { escapeHtml } from './report/escape.js'
import { oneLine } from './shared/text.js'
import type { Settings } from './model/index.js'
import type * as github from '@actions/github'

/** `given`: the step's log, outputs and summary; default @actions/core's, loaded after the inputs. */
export async function run(given?: ActionIo, env = process.env): Promise<void> {
  try {
    const settings = parseSettings(actionInput(env))
    const [core, { context }, actionIo, { OIDC_MISSING_MESSAGE }, { scan }, publish, scanLog] =
      await Promise.all([
        import('@actions/core'),
        import('@actions/github'),
        import('./publish/action-io.js'),
        import('./credentials/index.js'),
        import('./scan.js'),
        import('./publish/index.js'),
        import('./publish/scan-log.js')
      ])
    const io = given ?? actionIo.actionIoFromCore()
    // Masked before anything can log: the token never appears in the job log, whatever fails.
    if (settings.githubToken !== '') io.setSecret(settings.githubToken)
    const oidcAvailable = Boolean(
      env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    )
    if (settings.rolesToAssume.length > 0 && !oidcAvailable) {
      if (await skipForForkPullRequest(settings, io, context, OIDC_MISSING_MESSAGE)) return
      if (env.GITHUB_ACTIONS !== 'true') {
        io.info(
          'No GitHub OIDC token here (not on a GitHub runner): assuming role-to-assume from the default credential chain.'
        )
      }
    }
    // A report path that cannot be written is refused now, not after the whole scan.
    await prepareOutputFile(Inputs.ReportPath, settings.reportPath, 'aws-cert-watch-report.json')
    const { report } = await io.group('Scan', () =>
      scan(settings, {
        now: new Date(),
        log: (message) => io.info(oneLine(message)),
        debug: (message) => io.debug(oneLine(message)),
        credentials: {
          getIdToken: (audience) => core.getIDToken(audience),
          oidcAvailable,
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          random: Math.random,
          log: (message) => io.info(oneLine(message)),
          setSecret: (secret) => io.setSecret(secret),
          env
        }
      })
    )
    await scanLog.logScanGroups(report, io)
    await publish.publishResults(report, settings, { io, run: publish.runContext(env) })
  } catch (error) {
    failRun(error, given)
  }
}

/**
 * Pull requests from forks never get an OIDC token. Such a check cannot scan; it explains that
 * and passes, unless `fail-on` says a scan is required.
 */
async function skipForForkPullRequest(
  settings: Settings,
  io: ActionIo,
  { eventName, payload }: Pick<typeof github.context, 'eventName' | 'payload'>,
  oidcMissing: string
): Promise<boolean> {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return false
  const head = payload.pull_request?.head?.repo?.full_name
  const base = payload.repository?.full_name
  const fromFork = head !== undefined && base !== undefined && head !== base
  const why = fromFork
    ? 'This pull request comes from a fork, and GitHub gives fork pull requests no OIDC token, so aws-cert-watch cannot assume role-to-assume.'
    : oidcMissing
  if (settings.failOn !== 'none') {
    throw new Error(`${why} fail-on is '${settings.failOn}', so a scan is required.`)
  }
  io.warning(`${why} The scan was skipped; run it on push or schedule.`, {
    title: 'aws-cert-watch: no scan on this pull request'
  })
  // Outputs stay unset: "none" would claim a scan that did not happen.
  await io.appendSummary(
    `## aws-cert-watch\n\nNot scanned: ${escapeHtml(why)} Outputs are left empty.\n`
  )
  return true
}
