/**
 * publish: the only stage that talks to GitHub. Each step stands alone: a tracking issue that
 * cannot be written never loses the summary, the outputs or the report file.
 */
import { Inputs } from '../contract.js'
import { selectAnnotations } from '../report/annotations.js'
import { escapeHtml } from '../report/escape.js'
import { oneLine } from '../shared/text.js'
import { renderSummary } from '../report/summary.js'
import type { Report, Settings } from '../types.js'
import type { ActionIo } from './action-io.js'
import { setActionOutputs } from './action-outputs.js'
import { failureMessage } from './fail-on.js'
import { createGitHubClient, type GitHubClient, type GitHubClientLog } from './github-client.js'
import { writeReportFile } from './report-file.js'
import { syncTrackingIssue, TrackingIssueError } from './tracking-issue.js'

/** Where the run lives on GitHub; absent outside a workflow run (e.g. the CLI). */
export interface RunContext {
  owner: string
  repo: string
  runUrl?: string
}

export interface PublishDeps {
  io: ActionIo
  run: RunContext | null
  /** Builds the GitHub client; the default is the retrying, throttled Octokit. */
  makeGitHubClient?: (token: string) => GitHubClient
}

export async function publishResults(
  report: Report,
  settings: Settings,
  deps: PublishDeps
): Promise<void> {
  const { io } = deps
  const reportPath = await writeReportFile(report, settings.reportPath)
  io.info(`Report written to ${reportPath}`)

  const failure = failureMessage(report, settings.failOn)
  for (const annotation of selectAnnotations(report, { reserveErrorSlot: failure !== null })) {
    io[annotation.level](annotation.message, { title: annotation.title })
  }

  const issue = await keepTrackingIssue(report, settings, deps)
  await io.appendSummary(
    renderSummary(report, { runUrl: deps.run?.runUrl }) + issueSummaryLine(issue)
  )

  setActionOutputs(io, report, reportPath, issue)
  if (failure !== null) io.setFailed(failure)
}

interface KeptIssue {
  number?: number
  url?: string
  /** Why the issue could not be kept, shown in the summary (annotation slots are taken). */
  problem?: string
}

function issueSummaryLine(issue: KeptIssue | null): string {
  if (issue?.problem) return `\n\n> [!WARNING]\n> ${escapeHtml(issue.problem)}\n`
  if (issue?.url && /^https?:\/\//.test(issue.url)) {
    return `\n\nTracking issue: <a href="${escapeHtml(issue.url)}">#${issue.number ?? ''}</a>\n`
  }
  return ''
}

async function keepTrackingIssue(
  report: Report,
  settings: Settings,
  deps: PublishDeps
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
  const octokit = (
    deps.makeGitHubClient ?? ((token) => createGitHubClient(token, { log: issueLog(io) }))
  )(settings.githubToken)
  try {
    const result = await syncTrackingIssue(octokit, {
      owner: run.owner,
      repo: run.repo,
      report,
      issueKey: settings.issueKey,
      title: settings.issueTitle,
      labels: settings.issueLabels,
      closeWhenClear: settings.closeWhenClear,
      runUrl: run.runUrl,
      log: issueLog(io)
    })
    io.info(`Tracking issue: ${result.action}${result.url ? ` (${result.url})` : ''}`)
    return result.number === undefined ? null : { number: result.number, url: result.url }
  } catch (error) {
    // The scan's own results stand; the issue's failure is reported, not fatal.
    const message = oneLine(
      error instanceof TrackingIssueError
        ? error.message
        : `Tracking issue not updated: ${String(error)}`
    )
    io.info(`Warning: ${message}`)
    return { problem: message }
  }
}

/** Issue-side messages go to the log: annotation slots belong to the findings. */
function issueLog(io: ActionIo): GitHubClientLog {
  return {
    debug: () => {},
    info: (message) => io.info(message),
    warning: (message) => io.info(`Warning: ${oneLine(message)}`)
  }
}
