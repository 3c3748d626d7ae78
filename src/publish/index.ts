/**
 * publish: the only stage that talks to GitHub. What the run owes the user comes first and
 * cannot be taken away by GitHub: the report file, the annotations, the job summary and the
 * outputs are written before the tracking issue is attempted, which then has a time budget of
 * its own; its outcome is appended to the summary and sets the issue outputs afterwards.
 */
import { IacOutputs, Inputs } from '../contract.js'
import { renderIacSummary, type IacSummaryContext } from '../report/iac-summary.js'
import { renderIacSarif } from '../report/sarif.js'
import { selectAnnotations, type Annotation } from '../report/annotations.js'
import { coverageRowPlace, plural } from '../report/finding-text.js'
import { DEFAULT_SUMMARY_MAX_BYTES, renderSummary, type SummaryIssue } from '../report/summary.js'
import {
  DEFAULT_BUDGETS,
  DeadlineExceeded,
  withDeadline,
  type TimeBudgets
} from '../shared/budget.js'
import { oneLine, redactSecrets } from '../shared/text.js'
import type { CoverageRow, FailOn, IacSettings, PublishSettings, Report } from '../model/index.js'
import type { ActionIo, AnnotationProperties } from './action-io.js'
import { setActionOutputs, setIssueOutputs } from './action-outputs.js'
import { failureMessage } from './fail-on.js'
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientLog,
  type GitHubClientOptions
} from './github-client.js'
import { writeOutputFile, writeReportFile } from './report-file.js'
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
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  await publishStep(report, deps, {
    failOn: settings.failOn,
    reportPath: settings.reportPath,
    summary: (problems, issue) =>
      renderSummary(report, {
        runUrl: deps.run?.runUrl,
        problems,
        ...(issue === undefined ? {} : { issue })
      }),
    files: [],
    issue: () => keepTrackingIssue(report, settings, deps, budgets.github)
  })
}

/**
 * The iac action's publishing: the report, the SARIF file (`sarif-path`), annotations at the
 * file and line, its own summary and outputs; no tracking issue, which follows the live estate.
 */
export async function publishIacResults(
  report: Report,
  settings: IacSettings,
  deps: PublishDeps & { checked: Pick<IacSummaryContext, 'filesChecked' | 'changedOnly'> }
): Promise<void> {
  const files: ExtraOutputFile[] =
    settings.sarifPath === ''
      ? []
      : [
          {
            label: `SARIF file (${settings.sarifPath})`,
            path: settings.sarifPath,
            text: renderIacSarif(report),
            output: IacOutputs.SarifPath
          }
        ]
  await publishStep(report, deps, {
    failOn: settings.failOn,
    reportPath: settings.reportPath,
    summary: (problems) => renderIacSummary(report, { ...deps.checked, problems }),
    files,
    issue: null
  })
}

/** A file the step writes besides the report, and the output that names it. */
export interface ExtraOutputFile {
  label: string
  path: string
  text: string
  output: string
}

/** What differs between the actions that publish: their summary, files and issue. */
interface StepPlan {
  failOn: FailOn
  reportPath: string
  /** The summary, with the files that could not be written, and the issue once it is kept. */
  summary: (problems: string[], issue?: SummaryIssue) => string
  files: readonly ExtraOutputFile[]
  /** Keeps the tracking issue, for the actions that have one (their outputs follow). */
  issue: (() => Promise<KeptIssue | null>) | null
}

/**
 * The order every action publishes in: files, annotations, summary, outputs, then the issue,
 * which alone can still wait on GitHub, and last the step's failure.
 */
async function publishStep(report: Report, deps: PublishDeps, plan: StepPlan): Promise<void> {
  const { io } = deps
  const budgets = deps.budgets ?? DEFAULT_BUDGETS
  const failure = failureMessage(report, plan.failOn)
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
  await attempt(`report (${plan.reportPath})`, async () => {
    reportPath = await writeReportFile(report, plan.reportPath, budgets.fileMs)
    io.info(`Report written to ${reportPath}`)
  })
  const written = new Map<string, string>()
  for (const file of plan.files) {
    await attempt(file.label, async () => {
      written.set(file.output, await writeOutputFile(file.path, file.text, budgets.fileMs))
      io.info(`${file.label} written to ${written.get(file.output)}`)
    })
  }
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
    io[annotation.level](annotation.message, annotationProperties(annotation))
  }
  if (failedScans.length > 0) {
    io.warning(failedScansMessage(failedScans), { title: 'aws-cert-watch: scans failed' })
  }
  for (const row of failedScans) {
    io.debug(oneLine(`Scan failed: ${coverageRowPlace(row)}: ${row.detail}`))
  }
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
  const shownProblems = problems.slice(0, 1)
  const summaryWritten = await attempt('job summary', () =>
    writeSummary(plan.summary(shownProblems), false)
  )
  setActionOutputs(io, report, reportPath)
  for (const file of plan.files) io.setOutput(file.output, written.get(file.output) ?? '')

  if (plan.issue !== null) {
    const issue = await plan.issue()
    setIssueOutputs(io, issue)
    // Written first without it, so that GitHub cannot cost the summary; then again with the
    // issue's link (or why there is none) at the top, where a reader looks for it.
    const summaryIssue = toSummaryIssue(issue)
    if (summaryIssue !== undefined && summaryWritten) {
      await attempt('job summary', () =>
        writeSummary(plan.summary(shownProblems, summaryIssue), true)
      )
    }
  }

  const reasons = [...problems, ...(failure === null ? [] : [failure])]
  if (reasons.length > 0) io.setFailed(reasons.join(' '))
}

function annotationProperties(annotation: Annotation): AnnotationProperties {
  return annotation.file === undefined
    ? { title: annotation.title }
    : { title: annotation.title, file: annotation.file, startLine: annotation.line }
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
    `${plural(failed.length, 'scan')} failed, so their resources are missing from the report: ${coverageRowPlace(first)}: ${first.detail}${more}.`
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
