/**
 * The action: config -> scan (credentials, collect, evaluate, report) -> publish. Any failure
 * ends in one `setFailed` line that says what to do.
 */
import * as core from '@actions/core'
import * as github from '@actions/github'
import { parseSettings } from './config/index.js'
import { Inputs } from './contract.js'
import { OIDC_MISSING_MESSAGE } from './credentials/index.js'
import { actionIoFromCore, type ActionIo } from './publish/action-io.js'
import { publishResults, runContext } from './publish/index.js'
import { prepareOutputFile } from './publish/report-file.js'
import { logScanGroups } from './publish/scan-log.js'
import { escapeHtml } from './report/escape.js'
import { oneLine } from './shared/text.js'
import { scan } from './scan.js'
import type { Settings } from './model/index.js'

export async function run(io: ActionIo = actionIoFromCore(), env = process.env): Promise<void> {
  try {
    const settings = parseSettings((name) => core.getInput(name))
    // Masked before anything can log: the token never appears in the job log, whatever fails.
    if (settings.githubToken !== '') io.setSecret(settings.githubToken)
    const oidcAvailable = Boolean(
      env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    )
    if (settings.rolesToAssume.length > 0 && !oidcAvailable) {
      if (await skipForForkPullRequest(settings, io)) return
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
    await logScanGroups(report, io)
    await publishResults(report, settings, { io, run: runContext(env) })
  } catch (error) {
    io.setFailed(oneLine(error instanceof Error ? error.message : String(error)))
  }
}

/**
 * Pull requests from forks never get an OIDC token. Such a check cannot scan; it explains that
 * and passes, unless `fail-on` says a scan is required.
 */
async function skipForForkPullRequest(settings: Settings, io: ActionIo): Promise<boolean> {
  const { eventName, payload } = github.context
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return false
  const head = payload.pull_request?.head?.repo?.full_name
  const base = payload.repository?.full_name
  const fromFork = head !== undefined && base !== undefined && head !== base
  const why = fromFork
    ? 'This pull request comes from a fork, and GitHub gives fork pull requests no OIDC token, so aws-cert-watch cannot assume role-to-assume.'
    : OIDC_MISSING_MESSAGE
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
