/**
 * Keeps one GitHub issue per scope (`issue-key`) current with the report, like Renovate's
 * Dependency Dashboard.
 *
 * The issue is the one carrying our scope marker and first label, written by the token's own
 * identity (pull requests excluded). Each run: close duplicates (keep the oldest), re-read the
 * kept issue just before writing so that boxes ticked meanwhile survive, write only when the
 * body's stable form changed, comment only for findings that are new or more urgent, and close
 * with a final comment when everything is fixed.
 *
 * "Nothing changed" ignores the scan line (scan time and run link): two identical scans at
 * different times write nothing, and the issue shows when its content last changed. Days left
 * are content, so a finding with a due date changes the body once a day.
 */
import {
  renderAllClearComment,
  renderDuplicateComment,
  renderEscalationComment
} from '../report/issue-body-comments.js'
import { parseIssueBody, renderIssueBody, stableIssueBody } from '../report/issue-body.js'
import type { Report } from '../types.js'
import type { GitHubClient, GitHubClientLog } from './github-client.js'
import { toTrackingIssueError } from './tracking-issue-error.js'
import { planIssueUpdate } from './tracking-issue-plan.js'

export { TrackingIssueError } from './tracking-issue-error.js'

export interface TrackingIssueParams {
  owner: string
  repo: string
  report: Report
  /** `issue-key`: several tracking issues can live in one repository ('' for the default). */
  issueKey: string
  title: string
  /** `issue-labels`; the first one is also how the issue is found. */
  labels: string[]
  /** Close the issue, with a final comment, when nothing needs action. */
  closeWhenClear: boolean
  /** The workflow run, linked from the body and comments. */
  runUrl?: string
  log: GitHubClientLog
}

export interface TrackingIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'reopened' | 'none'
  number?: number
  url?: string
  /** Whether a comment (which notifies people) was posted on the kept issue. */
  commented: boolean
}

interface IssueSummary {
  number: number
  state: string
  body: string
  html_url: string
}

const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION = 'Certificates that need action (kept current by aws-cert-watch)'

/**
 * Throws TrackingIssueError (one-line message) when GitHub refuses: missing `issues: write`
 * (403), issues disabled (410), bad token (401), anything else. Secondary rate limits and
 * server errors are retried by the client first.
 */
export async function syncTrackingIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams
): Promise<TrackingIssueResult> {
  try {
    return await sync(octokit, params)
  } catch (error) {
    throw toTrackingIssueError(error, `${params.owner}/${params.repo}`)
  }
}

async function sync(
  octokit: GitHubClient,
  params: TrackingIssueParams
): Promise<TrackingIssueResult> {
  const { owner, repo, report, log } = params
  const isOurs = await authorMatcher(octokit, log)
  const matching = await findTrackingIssues(octokit, params, isOurs)
  const open = matching.filter((issue) => issue.state === 'open')
  const hasFindings = report.findings.length > 0

  const kept = open[0]
  if (kept === undefined) {
    if (!hasFindings) {
      log.info('Tracking issue: nothing needs action and no open issue; nothing to do.')
      return { action: 'none', commented: false }
    }
    await ensureLabels(octokit, params)
    const closed = matching[0]
    return closed === undefined
      ? await createIssue(octokit, params)
      : await reopenIssue(octokit, params, closed.number)
  }

  for (const duplicate of open.slice(1)) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: duplicate.number,
      body: renderDuplicateComment(kept.number, params.issueKey)
    })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: duplicate.number,
      state: 'closed',
      state_reason: 'not_planned'
    })
    log.info(`Tracking issue: closed duplicate #${duplicate.number} in favour of #${kept.number}.`)
  }
  return await updateIssue(octokit, params, kept.number)
}

/**
 * The login the token writes as. App installation tokens (GITHUB_TOKEN among them) cannot call
 * GET /user (403): they write as github-actions[bot] for the GITHUB_TOKEN, which is the case
 * this action is built for.
 */
type AuthorMatcher = (user: { login?: string; type?: string } | null | undefined) => boolean

/**
 * Which authors' issues are ours. A user token knows its login. An installation token (the
 * workflow's GITHUB_TOKEN, or any GitHub App's) may not call GET /user and writes as
 * `<app>[bot]`, whose name it cannot learn: then our issues are the bot-written ones carrying
 * our scope marker and label, which no person can author.
 */
async function authorMatcher(octokit: GitHubClient, log: GitHubClientLog): Promise<AuthorMatcher> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return (user) => user?.login === data.login
  } catch (error) {
    if ((error as { status?: unknown }).status !== 403) throw error
    log.debug(
      'GET /user is not available to this installation token: matching bot-authored issues.'
    )
    return (user) => user?.type === 'Bot'
  }
}

/**
 * Our issues for this scope, oldest first. The author is matched here rather than with the
 * `creator` filter, whose handling of `[bot]` logins differs between GitHub versions.
 */
async function findTrackingIssues(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  isOurs: AuthorMatcher
): Promise<IssueSummary[]> {
  const label = params.labels[0]
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: params.owner,
    repo: params.repo,
    state: 'all',
    ...(label === undefined ? {} : { labels: label }),
    sort: 'created',
    direction: 'asc',
    per_page: 100
  })
  return issues
    .filter((issue) => issue.pull_request === undefined)
    .filter((issue) => isOurs(issue.user))
    .filter((issue) => parseIssueBody(issue.body ?? '').scopeKey === params.issueKey)
    .map((issue) => ({
      number: issue.number,
      state: issue.state,
      body: issue.body ?? '',
      html_url: issue.html_url
    }))
    .sort((a, b) => a.number - b.number)
}

async function createIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams
): Promise<TrackingIssueResult> {
  const body = renderIssueBody(params.report, {
    scopeKey: params.issueKey,
    ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
    acknowledged: new Set(),
    notes: ''
  })
  const { data } = await octokit.rest.issues.create({
    owner: params.owner,
    repo: params.repo,
    title: params.title,
    body,
    labels: params.labels
  })
  params.log.info(`Tracking issue: created #${data.number} (${data.html_url}).`)
  // Opening the issue notifies watchers; a comment would say the same thing twice.
  return { action: 'created', number: data.number, url: data.html_url, commented: false }
}

async function reopenIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  number: number
): Promise<TrackingIssueResult> {
  const current = await readIssue(octokit, params, number)
  const { body, escalated } = nextBody(params, current.body)
  await octokit.rest.issues.update({
    owner: params.owner,
    repo: params.repo,
    issue_number: number,
    state: 'open',
    body
  })
  const commented = await announce(octokit, params, number, escalated)
  params.log.info(`Tracking issue: reopened #${number} (${current.html_url}): problems are back.`)
  return { action: 'reopened', number, url: current.html_url, commented }
}

async function updateIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  number: number
): Promise<TrackingIssueResult> {
  const { owner, repo, report, log } = params
  // Re-read right before writing: boxes ticked since the issue was listed are kept.
  const current = await readIssue(octokit, params, number)
  const { body, escalated, unverified } = nextBody(params, current.body)
  const url = current.html_url

  if (report.findings.length === 0 && unverified.length === 0 && params.closeWhenClear) {
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: renderAllClearComment(report, params.runUrl)
    })
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed',
      body
    })
    log.info(`Tracking issue: closed #${number} (${url}): nothing needs action.`)
    return { action: 'closed', number, url, commented: true }
  }

  if (stableIssueBody(body) === stableIssueBody(current.body)) {
    log.info(`Tracking issue: #${number} is up to date (${url}).`)
    return { action: 'unchanged', number, url, commented: false }
  }
  await octokit.rest.issues.update({ owner, repo, issue_number: number, body })
  const commented = await announce(octokit, params, number, escalated)
  log.info(`Tracking issue: updated #${number} (${url}).`)
  return { action: 'updated', number, url, commented }
}

async function readIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  number: number
): Promise<IssueSummary> {
  const { data } = await octokit.rest.issues.get({
    owner: params.owner,
    repo: params.repo,
    issue_number: number
  })
  return { number, state: data.state, body: data.body ?? '', html_url: data.html_url }
}

/** The body this run wants, keeping the current body's ticks and notes. */
function nextBody(params: TrackingIssueParams, currentBody: string) {
  const parsed = parseIssueBody(currentBody)
  const plan = planIssueUpdate(params.report, parsed)
  const body = renderIssueBody(params.report, {
    scopeKey: params.issueKey,
    ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
    acknowledged: plan.acknowledged,
    notes: parsed.notes,
    unverified: plan.unverified
  })
  return { body, escalated: plan.escalated, unverified: plan.unverified }
}

async function announce(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  number: number,
  escalated: Report['findings']
): Promise<boolean> {
  if (escalated.length === 0) return false
  await octokit.rest.issues.createComment({
    owner: params.owner,
    repo: params.repo,
    issue_number: number,
    body: renderEscalationComment(escalated, params.runUrl)
  })
  params.log.info(`Tracking issue: #${number}: ${escalated.length} new or more urgent finding(s).`)
  return true
}

/** Creates missing labels with our colour and description; an existing label is left as is. */
async function ensureLabels(octokit: GitHubClient, params: TrackingIssueParams): Promise<void> {
  for (const name of params.labels) {
    try {
      await octokit.rest.issues.getLabel({ owner: params.owner, repo: params.repo, name })
      continue
    } catch (error) {
      if ((error as { status?: unknown }).status !== 404) throw error
    }
    try {
      await octokit.rest.issues.createLabel({
        owner: params.owner,
        repo: params.repo,
        name,
        color: LABEL_COLOR,
        description: LABEL_DESCRIPTION
      })
      params.log.info(`Tracking issue: created the label '${name}'.`)
    } catch (error) {
      // Another run created it in between.
      if ((error as { status?: unknown }).status !== 422) throw error
    }
  }
}
