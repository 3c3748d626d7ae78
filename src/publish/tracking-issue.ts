/**
 * Keeps one GitHub issue per scope (`issue-key`) current with the report, like Renovate's
 * Dependency Dashboard, without ever losing what people wrote in it.
 *
 * Finding the issue: ours are written by the token's own identity (pull requests excluded) and
 * carry our scope marker or, if someone deleted both copies of it, our label and title. They are
 * looked for by label and, when that finds no open one (someone removed the label), among the
 * most recently updated issues: any edit that hides an issue from the label list also puts it
 * at the top of that one. What is missing (label, marker) is put back.
 *
 * Each run, on the issue kept (the oldest open one): put back a person's edit that the previous
 * run overwrote (edit history), take over the ticks and notes of duplicates (two runs that
 * overlapped) before closing them, re-read the body immediately before writing, write only
 * when the body's stable form changed, comment only for findings that are new or more urgent,
 * and close with a final comment when everything is fixed. An issue a person closed stays
 * closed (its body still kept current) until a finding is new or more urgent.
 *
 * "Nothing changed" ignores the scan line (scan time and run link): two identical scans at
 * different times write nothing, and the issue shows when its content last changed. Days left
 * are content, so a finding with a due date changes the body once a day.
 */
import {
  renderAllClearComment,
  renderDuplicateComment,
  renderEscalationComment
} from '../report/issue/comments.js'
import {
  bodyHash,
  parseIssueBody,
  renderIssueBody,
  stableIssueBody,
  type ParsedIssueBody
} from '../report/issue/body.js'
import type { Finding, Report } from '../model/index.js'
import type { GitHubClient, GitHubClientLog } from './github-client.js'
import { toTrackingIssueError } from './tracking-issue-error.js'
import { findLostEdit, restoreLostEdit, type Revision } from '../report/issue/history.js'
import { planIssueUpdate, type IssuePlan } from '../report/issue/plan.js'

export { TrackingIssueError, toTrackingIssueError } from './tracking-issue-error.js'

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
  /** Masked in every message quoted from GitHub (the token). */
  secrets?: readonly string[]
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
  labels: string[]
  locked: boolean
}

interface IssueDetail extends IssueSummary {
  state_reason: string | null
  closed_by: GitHubUser | null
}

type GitHubUser = { login?: string; type?: string } | null | undefined

const LABEL_COLOR = 'd93f0b'
const LABEL_DESCRIPTION = 'Certificates that need action (kept current by aws-cert-watch)'

/** Pages of recently updated issues searched when the label finds no open tracking issue. */
const RECENT_PAGES = 3

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
    throw toTrackingIssueError(error, `${params.owner}/${params.repo}`, params.secrets ?? [])
  }
}

async function sync(
  octokit: GitHubClient,
  params: TrackingIssueParams
): Promise<TrackingIssueResult> {
  const who = await identify(octokit, params.log)
  const found = await findTrackingIssues(octokit, params, who)
  const open = found.filter((issue) => issue.state === 'open')
  const [kept, ...duplicates] = open
  if (kept !== undefined) return updateIssue(octokit, params, who, kept, duplicates)
  const closed = await lastClosed(octokit, params, who, found)
  if (closed !== null) return updateClosed(octokit, params, who, closed)
  if (params.report.findings.length === 0) {
    params.log.info('Tracking issue: nothing needs action and no open issue; nothing to do.')
    return { action: 'none', commented: false }
  }
  return createIssue(octokit, params, who)
}

// ---------------------------------------------------------------------------------------------
// whose issue, which issue
// ---------------------------------------------------------------------------------------------

interface Identity {
  /** Whether an issue or comment author (REST) is this token. */
  isOurs(user: GitHubUser): boolean
  /** Whether an editor in the edit history (GraphQL) is this token. */
  isOurEditor(editor: { __typename?: string; login?: string } | null | undefined): boolean
}

/**
 * Which authors' issues are ours. A user token knows its login. An installation token (the
 * workflow's GITHUB_TOKEN, or any GitHub App's) may not call GET /user and writes as
 * `<app>[bot]`, whose name it cannot learn: then our issues are the bot-written ones carrying
 * our scope marker and label, which no person can author. (GraphQL spells a bot's login without
 * the `[bot]` suffix, so editors are matched by type.)
 */
async function identify(octokit: GitHubClient, log: GitHubClientLog): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return {
      isOurs: (user) => user?.login === data.login,
      isOurEditor: (editor) => editor?.login === data.login
    }
  } catch (error) {
    if ((error as { status?: unknown }).status !== 403) throw error
    log.debug(
      'GET /user is not available to this installation token: matching bot-authored issues.'
    )
    return {
      isOurs: (user) => user?.type === 'Bot',
      isOurEditor: (editor) => editor?.__typename === 'Bot'
    }
  }
}

type ListedIssue = Awaited<
  ReturnType<GitHubClient['rest']['issues']['listForRepo']>
>['data'][number]

/**
 * Our issues for this scope, oldest first. The author is matched here rather than with the
 * `creator` filter, whose handling of `[bot]` logins differs between GitHub versions.
 */
async function findTrackingIssues(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity
): Promise<IssueSummary[]> {
  const label = params.labels[0]
  const byNumber = new Map<number, IssueSummary>()
  const consider = (issue: ListedIssue, labelled: boolean) => {
    if (issue.pull_request !== undefined || !who.isOurs(issue.user)) return
    const summary = summarise(issue)
    const { scopeKeys } = parseIssueBody(summary.body)
    const inScope =
      scopeKeys.includes(params.issueKey) ||
      // Both scope markers deleted: our label and title still say whose it is.
      (labelled && scopeKeys.length === 0 && issue.title === params.title)
    if (inScope) byNumber.set(summary.number, summary)
  }
  const labelled = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: params.owner,
    repo: params.repo,
    state: 'all',
    ...(label === undefined ? {} : { labels: label }),
    sort: 'created',
    direction: 'asc',
    per_page: 100
  })
  for (const issue of labelled) consider(issue, true)
  if (![...byNumber.values()].some((issue) => issue.state === 'open')) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner: params.owner,
      repo: params.repo,
      state: 'all',
      sort: 'updated',
      direction: 'desc',
      per_page: 100
    })
    let page = 0
    for await (const { data } of pages) {
      for (const issue of data)
        consider(issue, label !== undefined && labelsOf(issue).includes(label))
      page += 1
      if (page >= RECENT_PAGES) break
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number)
}

function labelsOf(issue: { labels?: Array<string | { name?: string }> }): string[] {
  return (issue.labels ?? [])
    .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    .filter((name) => name !== '')
}

function summarise(issue: ListedIssue): IssueSummary {
  return {
    number: issue.number,
    state: issue.state,
    body: issue.body ?? '',
    html_url: issue.html_url,
    labels: labelsOf(issue),
    locked: issue.locked === true
  }
}

async function readIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  number: number
): Promise<IssueDetail> {
  const { data } = await octokit.rest.issues.get({
    owner: params.owner,
    repo: params.repo,
    issue_number: number
  })
  return {
    number,
    state: data.state,
    body: data.body ?? '',
    html_url: data.html_url,
    labels: labelsOf(data),
    locked: data.locked === true,
    state_reason: data.state_reason ?? null,
    closed_by: data.closed_by ?? null
  }
}

/**
 * The closed issue that stands for this scope: the newest one that is not a duplicate we closed
 * ourselves in favour of another.
 */
async function lastClosed(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity,
  found: IssueSummary[]
): Promise<IssueDetail | null> {
  for (const candidate of found.filter((issue) => issue.state === 'closed').reverse()) {
    const issue = await readIssue(octokit, params, candidate.number)
    if (!(who.isOurs(issue.closed_by) && issue.state_reason === 'not_planned')) return issue
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// writes
// ---------------------------------------------------------------------------------------------

async function createIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity
): Promise<TrackingIssueResult> {
  await ensureLabels(octokit, params)
  const body = renderIssueBody(params.report, {
    scopeKey: params.issueKey,
    ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
    acknowledged: new Map(),
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
  // A run that overlapped this one may have created its own at the same time: the older one
  // is kept and this one hands over to it at once, so that people only ever see one.
  const open = (await findTrackingIssues(octokit, params, who)).filter(
    (issue) => issue.state === 'open'
  )
  const [oldest] = open
  if (oldest !== undefined && oldest.number < data.number) {
    const mine = open.filter((issue) => issue.number === data.number)
    return updateIssue(octokit, params, who, oldest, mine)
  }
  // Opening the issue notifies watchers; a comment would say the same thing twice.
  return { action: 'created', number: data.number, url: data.html_url, commented: false }
}

/** What the next body is, from the body it replaces and what people wrote elsewhere. */
interface NextBody {
  body: string
  plan: IssuePlan
}

type Compose = (currentBody: string) => NextBody

/**
 * The body this run wants, from `currentBody`: its ticks and notes, a lost edit put back, and
 * the ticks and notes of duplicates taken over.
 */
function composer(
  params: TrackingIssueParams,
  extras: { lost: ReturnType<typeof findLostEdit>; duplicates: DuplicateHandover[] }
): Compose {
  return (currentBody) => {
    let parsed = parseIssueBody(currentBody)
    if (extras.lost !== null) parsed = restoreLostEdit(parsed, extras.lost)
    for (const duplicate of extras.duplicates) parsed = takeOver(parsed, duplicate)
    const plan = planIssueUpdate(params.report, parsed)
    const body = renderIssueBody(params.report, {
      scopeKey: params.issueKey,
      ...(params.runUrl === undefined ? {} : { runUrl: params.runUrl }),
      acknowledged: plan.acknowledged,
      notes: parsed.notes,
      unverified: plan.unverified,
      baseHash: bodyHash(currentBody)
    })
    // What a maintainer asks for first when ticks or notes went missing.
    params.log.debug(
      `Tracking issue: read ${currentBody.length} characters (${parsed.knownSeverities.size} findings, ${parsed.ticked.size} ticked, ${parsed.notes.length} characters of notes, base ${parsed.base ?? 'none'}, ${parsed.omitted?.count ?? 0} omitted); writing ${body.length}.`
    )
    return { body, plan }
  }
}

async function updateIssue(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity,
  kept: IssueSummary,
  duplicates: IssueSummary[]
): Promise<TrackingIssueResult> {
  const { report, log } = params
  const number = kept.number
  await repairLabel(octokit, params, kept)
  const compose = composer(params, {
    lost: await lostEdit(octokit, params, who, number),
    duplicates: await readDuplicates(octokit, params, duplicates)
  })
  const current = await readIssue(octokit, params, number)
  const url = current.html_url
  let next = compose(current.body)
  const allClear = report.findings.length === 0 && next.plan.unverified.length === 0

  let result: TrackingIssueResult
  if (allClear && params.closeWhenClear) {
    await comment(octokit, params, current, renderAllClearComment(report, params.runUrl))
    await writeBody(octokit, params, current, compose, next, {
      state: 'closed',
      state_reason: 'completed'
    })
    log.info(`Tracking issue: closed #${number} (${url}): nothing needs action.`)
    result = { action: 'closed', number, url, commented: !current.locked }
  } else if (stableIssueBody(next.body) === stableIssueBody(current.body)) {
    log.info(`Tracking issue: #${number} is up to date (${url}).`)
    result = { action: 'unchanged', number, url, commented: false }
  } else {
    next = await writeBody(octokit, params, current, compose, next)
    const commented = await announce(octokit, params, current, next.plan.escalated)
    log.info(`Tracking issue: updated #${number} (${url}).`)
    result = { action: 'updated', number, url, commented }
  }
  // Only now that the kept issue holds their ticks and notes.
  for (const duplicate of duplicates) await closeDuplicate(octokit, params, duplicate, number)
  return result
}

/**
 * An issue a person closed stays closed until a finding is new or more urgent; its body is
 * still kept current, which notifies nobody. One we closed ourselves (all clear) reopens as
 * soon as there is something to track again.
 */
async function updateClosed(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity,
  closed: IssueDetail
): Promise<TrackingIssueResult> {
  const { log } = params
  const number = closed.number
  const url = closed.html_url
  const compose = composer(params, {
    lost: await lostEdit(octokit, params, who, number),
    duplicates: []
  })
  let next = compose(closed.body)
  const hasSomething = params.report.findings.length > 0 || next.plan.unverified.length > 0
  const byPerson = !who.isOurs(closed.closed_by)
  if (!hasSomething) {
    log.info(`Tracking issue: nothing needs action; #${number} stays closed.`)
    return { action: 'none', commented: false }
  }
  if (byPerson && next.plan.escalated.length === 0) {
    const closer = closed.closed_by?.login ?? 'someone'
    if (stableIssueBody(next.body) === stableIssueBody(closed.body)) {
      log.info(`Tracking issue: #${number} was closed by ${closer} and is up to date; left closed.`)
      return { action: 'unchanged', number, url, commented: false }
    }
    await writeBody(octokit, params, closed, compose, next)
    log.info(
      `Tracking issue: #${number} was closed by ${closer}; left closed (nothing new or more urgent), body updated.`
    )
    return { action: 'updated', number, url, commented: false }
  }
  await repairLabel(octokit, params, closed)
  next = await writeBody(octokit, params, closed, compose, next, { state: 'open' })
  const commented = await announce(octokit, params, closed, next.plan.escalated)
  log.info(`Tracking issue: reopened #${number} (${url}): problems are back.`)
  return { action: 'reopened', number, url, commented }
}

/**
 * Writes the next body, re-reading the issue immediately before: a tick or note that arrived
 * since the body was read is taken into the write instead of being overwritten. (What still
 * lands in the last milliseconds is found in the edit history by the next run.)
 */
async function writeBody(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  current: IssueSummary,
  compose: Compose,
  next: NextBody,
  change: { state?: 'open' | 'closed'; state_reason?: 'completed' } = {}
): Promise<NextBody> {
  const latest = await readIssue(octokit, params, current.number)
  const final = latest.body === current.body ? next : compose(latest.body)
  await octokit.rest.issues.update({
    owner: params.owner,
    repo: params.repo,
    issue_number: current.number,
    body: final.body,
    ...change
  })
  return final
}

async function announce(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  issue: IssueSummary,
  escalated: Finding[]
): Promise<boolean> {
  if (escalated.length === 0) return false
  const posted = await comment(
    octokit,
    params,
    issue,
    renderEscalationComment(escalated, new Date(params.report.generatedAt), params.runUrl)
  )
  if (posted) {
    params.log.info(
      `Tracking issue: #${issue.number}: ${escalated.length} new or more urgent finding(s).`
    )
  }
  return posted
}

/** Comments, unless the issue is locked: GitHub refuses an App token's comments there. */
async function comment(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  issue: IssueSummary,
  body: string
): Promise<boolean> {
  if (issue.locked) {
    params.log.info(`Tracking issue: #${issue.number} is locked; no comment posted.`)
    return false
  }
  await octokit.rest.issues.createComment({
    owner: params.owner,
    repo: params.repo,
    issue_number: issue.number,
    body
  })
  return true
}

// ---------------------------------------------------------------------------------------------
// what people wrote elsewhere: duplicates, overwritten edits
// ---------------------------------------------------------------------------------------------

interface DuplicateHandover {
  number: number
  parsed: ParsedIssueBody
}

async function readDuplicates(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  duplicates: IssueSummary[]
): Promise<DuplicateHandover[]> {
  const read: DuplicateHandover[] = []
  for (const duplicate of duplicates) {
    const current = await readIssue(octokit, params, duplicate.number)
    read.push({ number: duplicate.number, parsed: parseIssueBody(current.body) })
  }
  return read
}

/** A duplicate's ticks and notes, added to the kept issue's (its own ticks win). */
function takeOver(kept: ParsedIssueBody, duplicate: DuplicateHandover): ParsedIssueBody {
  const ticked = new Map(kept.ticked)
  for (const [id, at] of duplicate.parsed.ticked) if (!ticked.has(id)) ticked.set(id, at)
  const knownSeverities = new Map(duplicate.parsed.knownSeverities)
  for (const [id, severity] of kept.knownSeverities) knownSeverities.set(id, severity)
  const theirs = duplicate.parsed.notes.trim()
  const notes =
    theirs === '' || kept.notes.includes(theirs)
      ? kept.notes
      : `${kept.notes.replace(/\s+$/, '')}${kept.notes.trim() === '' ? '' : '\n\n'}` +
        `_From #${duplicate.number}, closed as a duplicate of this issue:_\n\n${theirs}\n`
  return { ...kept, ticked, knownSeverities, notes }
}

async function closeDuplicate(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  duplicate: IssueSummary,
  keptNumber: number
): Promise<void> {
  await comment(octokit, params, duplicate, renderDuplicateComment(keptNumber, params.issueKey))
  await octokit.rest.issues.update({
    owner: params.owner,
    repo: params.repo,
    issue_number: duplicate.number,
    state: 'closed',
    state_reason: 'not_planned'
  })
  params.log.info(
    `Tracking issue: closed duplicate #${duplicate.number} in favour of #${keptNumber}, taking over its ticks and notes.`
  )
}

const HISTORY_QUERY = `query ($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    issue(number: $number) {
      userContentEdits(first: 20) {
        nodes { editedAt deletedAt diff editor { __typename login } }
      }
    }
  }
}`

interface HistoryAnswer {
  repository?: {
    issue?: {
      userContentEdits?: {
        nodes?: Array<{
          deletedAt?: string | null
          diff?: string | null
          editor?: { __typename?: string; login?: string } | null
        } | null>
      }
    } | null
  }
}

/**
 * A person's edit the previous run overwrote, from the edit history (GraphQL); null when there
 * is none or the history cannot be read (GitHub Enterprise without it, a token without access):
 * then the run goes on as before.
 */
async function lostEdit(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  who: Identity,
  number: number
): Promise<ReturnType<typeof findLostEdit>> {
  let answer: HistoryAnswer
  try {
    answer = await octokit.graphql<HistoryAnswer>(HISTORY_QUERY, {
      owner: params.owner,
      repo: params.repo,
      number
    })
  } catch (error) {
    params.log.debug(`Tracking issue: #${number}: edit history not read (${String(error)}).`)
    return null
  }
  const revisions: Revision[] = (answer.repository?.issue?.userContentEdits?.nodes ?? []).flatMap(
    (node) =>
      node === null || node.deletedAt || typeof node.diff !== 'string'
        ? []
        : [
            {
              body: node.diff,
              ours: who.isOurEditor(node.editor),
              editor: node.editor?.login ?? 'someone'
            }
          ]
  )
  const lost = findLostEdit(revisions)
  if (lost !== null) {
    params.log.info(
      `Tracking issue: #${number}: putting back an edit by ${lost.editor} that the previous run overwrote ` +
        `(${lost.ticked.size} tick(s), ${lost.unticked.size} untick(s)${lost.notes === null ? '' : ', notes'}).`
    )
  }
  return lost
}

// ---------------------------------------------------------------------------------------------
// labels
// ---------------------------------------------------------------------------------------------

/** Puts our label back on an issue someone took it off, so that the next run finds it fast. */
async function repairLabel(
  octokit: GitHubClient,
  params: TrackingIssueParams,
  issue: IssueSummary
): Promise<void> {
  const label = params.labels[0]
  if (
    label === undefined ||
    issue.labels.some((name) => name.toLowerCase() === label.toLowerCase())
  ) {
    return
  }
  await ensureLabels(octokit, { ...params, labels: [label] })
  await octokit.rest.issues.addLabels({
    owner: params.owner,
    repo: params.repo,
    issue_number: issue.number,
    labels: [label]
  })
  params.log.info(`Tracking issue: #${issue.number} had lost the label '${label}'; put it back.`)
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
