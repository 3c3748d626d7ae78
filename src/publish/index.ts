/**
 * publish: the only stage that talks to GitHub. What the run owes the user comes first and
 * cannot be taken away by GitHub: the report file, the annotations, the job summary and the
 * outputs are written before the tracking issue is attempted, which then has a time budget of
 * its own; its outcome is appended to the summary and sets the issue outputs afterwards.
 */
import { Inputs } from '../contract.js'
import { selectAnnotations } from '../report/annotations.js'
import { plural } from '../report/finding-text.js'
import { DEFAULT_SUMMARY_MAX_BYTES, renderSummary, type SummaryIssue } from '../report/summary.js'
import {
  DEFAULT_BUDGETS,
  DeadlineExceeded,
  withDeadline,
  type TimeBudgets
} from '../shared/budget.js'
import { oneLine, redactSecrets } from '../shared/text.js'
import type { CoverageRow, PublishSettings, Report } from '../model/index.js'
import type { ActionIo } from './action-io.js'
import { setActionOutputs, setIssueOutputs } from './action-outputs.js'
import { failureMessage } from './fail-on.js'
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientLog,
  type GitHubClientOptions
} from './github-client.js'
import { writeReportFile } from './report-file.js'
import { syncTrackingIssue, toTrackingIssueError, TrackingIssueError } from './tracking-issue.js'

/** Where the run lives on GitHub; absent outside a workflow run (e.g. the CLI). */
export interface RunContext {
  owner: string
  repo: string
  runUrl?: string
}

/** The run's repository and URL from the runner's environment; null outside a workflow run. */
export function runContext(env: NodeJS.ProcessEnv): RunContext | null {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return null
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl = env.GITHUB_RUN_ID
    ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined
  return { owner, repo, runUrl }
}

export interface PublishDeps {
  io: ActionIo
  run: RunContext | null
  /** Builds the GitHub client; the default is the retrying, throttled Octokit. */
  makeGitHubClient?: (
    token: string,
    options: Pick<GitHubClientOptions, 'signal' | 'requestMs' | 'longestWaitSeconds'>
  ) => GitHubClient
  /** Time limits; default DEFAULT_BUDGETS. */
  budgets?: Pick<TimeBudgets, 'github' | 'fileMs'>
}

export async function publishResults(
  report: Report,
  settings: PublishSettings,
  deps: PublishDeps
): Promise<void> {
  const { io } = deps
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  const failure = failureMessage(report, settings.failOn)
  // Files that cannot be written cost their own part, never the others; the step fails below.
  const problems: string[] = []
  const attempt = async (what: string, write: () => Promise<void>): Promise<boolean> => {
    try {
      await write()
      return true
    } catch (error) {
      problems.push(oneLine(`The ${what} could not be written: ${(error as Error).message}.`))
      return false
    }
  }

  let reportPath = ''
  await attempt(`report (${settings.reportPath})`, async () => {
    reportPath = await writeReportFile(report, settings.reportPath, budgets.fileMs)
    io.info(`Report written to ${reportPath}`)
  })
  const failedScans = report.coverage.filter((row) => row.status === 'failed')
  const reserveErrorSlot = failure !== null || problems.length > 0
  const annotations = selectAnnotations(report, {
    reserveErrorSlot,
    reserveWarningSlot: failedScans.length > 0
  })
  io.debug(
    `Report: ${report.findings.length} findings, ${report.coverage.length} coverage rows (${failedScans.length} failed), generated at ${report.generatedAt}; ${annotations.length} annotations (error slot kept: ${reserveErrorSlot}, warning slot kept: ${failedScans.length > 0}).`
  )
  for (const annotation of annotations) {
    io[annotation.level](annotation.message, { title: annotation.title })
  }
  if (failedScans.length > 0) {
    io.warning(failedScansMessage(failedScans), { title: 'aws-cert-watch: scans failed' })
  }
  for (const row of failedScans) {
    io.debug(oneLine(`Scan failed: ${row.account} / ${row.region} / ${row.service}: ${row.detail}`))
  }
  const summaryOptions = { runUrl: deps.run?.runUrl, problems: problems.slice(0, 1) }
  const writeSummary = (markdown: string, replace: boolean) => {
    io.debug(
      `Job summary: ${replace ? 'rewriting' : 'writing'} ${Buffer.byteLength(markdown, 'utf8')} bytes (budget ${DEFAULT_SUMMARY_MAX_BYTES}).`
    )
    return withDeadline(
      replace ? io.replaceSummary(markdown) : io.appendSummary(markdown),
      budgets.fileMs,
      'the file system writing the summary'
    )
  }
  const summaryWritten = await attempt('job summary', () =>
    writeSummary(renderSummary(report, summaryOptions), false)
  )
  setActionOutputs(io, report, reportPath)

  const issue = await keepTrackingIssue(report, settings, deps, budgets.github)
  setIssueOutputs(io, issue)
  // Written first without it, so that GitHub cannot cost the summary; then again with the
  // issue's link (or why there is none) at the top, where a reader looks for it.
  const summaryIssue = toSummaryIssue(issue)
  if (summaryIssue !== undefined && summaryWritten) {
    await attempt('job summary', () =>
      writeSummary(renderSummary(report, { ...summaryOptions, issue: summaryIssue }), true)
    )
  }

  const reasons = [...problems, ...(failure === null ? [] : [failure])]
  if (reasons.length > 0) io.setFailed(reasons.join(' '))
}

interface KeptIssue {
  number?: number
  url?: string
  /** Why the issue could not be kept, shown in the summary (annotation slots are taken). */
  problem?: string
}

/**
 * The one warning annotation for failed scans (its slot is kept by selectAnnotations): how
 * many, and the first error, so that the run's annotations say the report is incomplete.
 */
function failedScansMessage(failed: readonly CoverageRow[]): string {
  const first = failed[0] as CoverageRow
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more; see the job summary)` : ''
  return oneLine(
    `${plural(failed.length, 'scan')} failed, so their resources are missing from the report: ${first.account} / ${first.region} / ${first.service}: ${first.detail}${more}.`
  )
}

function toSummaryIssue(issue: KeptIssue | null): SummaryIssue | undefined {
  if (issue?.problem) return { problem: issue.problem }
  if (issue?.url && issue.number !== undefined) return { number: issue.number, url: issue.url }
  return undefined
}

async function keepTrackingIssue(
  report: Report,
  settings: PublishSettings,
  deps: PublishDeps,
  budget: TimeBudgets['github']
): Promise<KeptIssue | null> {
  const { io, run } = deps
  if (!settings.issue) return null
  if (run === null) {
    io.info('Tracking issue: skipped (GITHUB_REPOSITORY is not set: not in a workflow run).')
    return null
  }
  if (settings.githubToken === '') {
    const problem = `Tracking issue skipped: the '${Inputs.GithubToken}' input is empty (set it, or set '${Inputs.Issue}: false').`
    io.info(`Warning: ${problem}`)
    return { problem }
  }
  const secrets = [settings.githubToken]
  // Cuts off every request still running when the budget is spent, retries included.
  const stop = new AbortController()
  const clientOptions = {
    signal: stop.signal,
    requestMs: budget.requestMs,
    longestWaitSeconds: budget.longestWaitSeconds
  }
  const octokit = (
    deps.makeGitHubClient ??
    ((token, options) => createGitHubClient(token, { log: issueLog(io, secrets), ...options }))
  )(settings.githubToken, clientOptions)
  try {
    const result = await withDeadline(
      syncTrackingIssue(octokit, {
        owner: run.owner,
        repo: run.repo,
        report,
        issueKey: settings.issueKey,
        title: settings.issueTitle,
        labels: settings.issueLabels,
        closeWhenClear: settings.closeWhenClear,
        runUrl: run.runUrl,
        secrets,
        log: issueLog(io, secrets)
      }),
      budget.totalMs,
      'the GitHub API',
      () => stop.abort(new DeadlineExceeded('the GitHub API', budget.totalMs))
    )
    io.info(`Tracking issue: ${result.action}${result.url ? ` (${result.url})` : ''}`)
    return result.number === undefined ? null : { number: result.number, url: result.url }
  } catch (error) {
    // The scan's own results stand; the issue's failure is reported, not fatal.
    const known = toTrackingIssueError(error, `${run.owner}/${run.repo}`, secrets)
    if (known instanceof TrackingIssueError && known.debug !== '') {
      io.debug(`Tracking issue: the answer began with: ${known.debug}`)
    }
    const message = oneLine(
      known instanceof TrackingIssueError
        ? known.message
        : `Tracking issue not updated: ${redactSecrets(String(error), secrets)}`
    )
    io.info(`Warning: ${message}`)
    return { problem: message }
  }
}

/** Issue-side messages go to the log: annotation slots belong to the findings. */
function issueLog(io: ActionIo, secrets: readonly string[]): GitHubClientLog {
  return {
    debug: (message) => io.debug(redactSecrets(oneLine(message), secrets)),
    info: (message) => io.info(message),
    warning: (message) => io.info(`Warning: ${oneLine(message)}`)
  }
}
