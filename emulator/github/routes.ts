/**
 * The REST endpoints of the local GitHub API: routing, validation and the JSON shapes GitHub
 * returns (trimmed to the fields clients read). Authentication, rate limits and recording are
 * the server's job (index.ts); POST /graphql is graphql.ts's.
 */
import {
  DEFAULT_LABEL_COLOR,
  type CommentRecord,
  type EmulatedUser,
  type GitHubState,
  type IssueRecord,
  type LabelRecord
} from './state.js'

export interface RequestContext {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  user: EmulatedUser
  canWrite: boolean
  issuesEnabled: boolean
  maxBodyLength: number
  baseUrl: string
  state: GitHubState
}

export interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const DOCS = 'https://docs.github.com/rest'

const error = (status: number, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status), ...extra }
})

const NOT_FOUND = error(404, 'Not Found')
const NOT_ACCESSIBLE = error(403, 'Resource not accessible by integration')
const DELETED = error(410, 'This issue was deleted')

/**
 * A locked conversation refuses App installation tokens (GITHUB_TOKEN is no collaborator); users
 * with write access still get through.
 */
const lockedFor = (context: RequestContext, issue: IssueRecord) =>
  issue.locked && context.user.type === 'Bot'
const locked = (message: string) =>
  error(403, message, {
    documentation_url: 'https://docs.github.com/articles/locking-conversations/'
  })
// GitHub's words, as reported from real answers (probot/stale#25, renovatebot/renovate#6215).
const LOCKED_COMMENT = locked('Unable to create comment because issue is locked.')
/*
 * Reports agree that GITHUB_TOKEN cannot close a locked issue (upptime/uptime-monitor#189) but
 * quote no answer. The 403 is what they saw; the text is a guess modelled on the comment message
 * above: rely on the status and the word "locked", not on the exact sentence.
 */
const LOCKED_UPDATE = locked('Unable to update issue because issue is locked.')

function validationFailed(resource: string, field: string, code: string, message?: string) {
  return error(422, 'Validation Failed', {
    errors: [{ resource, field, code, ...(message === undefined ? {} : { message }) }]
  })
}

type Handler = (context: RequestContext, params: string[]) => Answer
type IssueHandler = (
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
) => Answer

/** Resolves `/repos/{owner}/{repo}/issues/{number}...` to the issue, or answers 404 / 410. */
const withIssue =
  (handler: IssueHandler): Handler =>
  (context, [owner = '', repo = '', n = '']) => {
    const number = Number(n)
    if (context.state.isDeleted(owner, repo, number)) return DELETED
    const issue = context.state.issue(owner, repo, number)
    if (issue === undefined) return NOT_FOUND
    return handler(context, issue, owner, repo)
  }

const ROUTES: Array<{ method: string; pattern: RegExp; issues: boolean; handler: Handler }> = [
  { method: 'GET', pattern: /^\/user$/, issues: false, handler: getUser },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
    issues: true,
    handler: listIssues
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
    issues: true,
    handler: createIssue
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    issues: true,
    handler: withIssue(getIssue)
  },
  {
    method: 'PATCH',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    issues: true,
    handler: withIssue(updateIssue)
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    issues: true,
    handler: withIssue(listComments)
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    issues: true,
    handler: withIssue(createComment)
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/,
    issues: true,
    handler: withIssue(addLabels)
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/labels$/,
    issues: false,
    handler: listLabels
  },
  {
    method: 'POST',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/labels$/,
    issues: false,
    handler: createLabel
  },
  {
    method: 'GET',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/labels\/([^/]+)$/,
    issues: false,
    handler: getLabel
  }
]

export function routeRequest(context: RequestContext): Answer {
  for (const route of ROUTES) {
    const match = route.pattern.exec(context.path)
    if (match === null) continue
    if (route.method !== context.method) continue
    if (route.issues && !context.issuesEnabled) {
      return error(410, 'Issues are disabled for this repo')
    }
    if (context.method !== 'GET' && !context.canWrite) return NOT_ACCESSIBLE
    return route.handler(context, match.slice(1).map(decodeURIComponent))
  }
  return NOT_FOUND
}

// ---------------------------------------------------------------------------------------------
// handlers
// ---------------------------------------------------------------------------------------------

function getUser({ user }: RequestContext): Answer {
  // Installation tokens (GITHUB_TOKEN included) act as an App, not a user.
  if (user.type === 'Bot') return NOT_ACCESSIBLE
  return { status: 200, body: userJson(user) }
}

function listIssues(context: RequestContext, [owner = '', repo = '']: string[]): Answer {
  const { query, state } = context
  const wantedState = query.state ?? 'open'
  if (!['open', 'closed', 'all'].includes(wantedState)) {
    return validationFailed('Issue', 'state', 'invalid')
  }
  const labels = (query.labels ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '')
  const sort = query.sort ?? 'created'
  const direction = query.direction === 'asc' ? 1 : -1
  const matching = state
    .repo(owner, repo)
    .issues.filter((issue) => wantedState === 'all' || issue.state === wantedState)
    .filter((issue) => labels.every((name) => issue.labels.some((l) => l.toLowerCase() === name)))
    .filter((issue) => query.creator === undefined || issue.user.login === query.creator)
    .sort((a, b) => direction * compareIssues(a, b, sort, state, owner, repo))
  return paginate(context, matching, (issue) => issueJson(context, owner, repo, issue))
}

function compareIssues(
  a: IssueRecord,
  b: IssueRecord,
  sort: string,
  state: GitHubState,
  owner: string,
  repo: string
): number {
  if (sort === 'comments') {
    const count = (issue: IssueRecord) => state.comments(owner, repo, issue.number).length
    return count(a) - count(b) || a.number - b.number
  }
  const key = sort === 'updated' ? 'updated_at' : 'created_at'
  return a[key].localeCompare(b[key]) || a.number - b.number
}

function getIssue(
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
): Answer {
  return { status: 200, body: fullIssueJson(context, owner, repo, issue) }
}

function createIssue(context: RequestContext, [owner = '', repo = '']: string[]): Answer {
  const input = asObject(context.body)
  if (typeof input.title !== 'string' || input.title === '') {
    return error(422, 'Invalid request.\n\n"title" wasn\'t supplied.')
  }
  const body = optionalString(input.body)
  if (body === undefined) return validationFailed('Issue', 'body', 'invalid')
  if (body !== null && body.length > context.maxBodyLength) return bodyTooLong(context, 'Issue')
  const labels = labelNames(input.labels)
  if (labels === null) return validationFailed('Issue', 'labels', 'invalid')
  const issue = context.state.addIssue(
    owner,
    repo,
    { title: input.title, body, labels },
    context.user
  )
  return { status: 201, body: fullIssueJson(context, owner, repo, issue) }
}

function updateIssue(
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
): Answer {
  const { state } = context
  if (lockedFor(context, issue)) return LOCKED_UPDATE
  const input = asObject(context.body)
  if (input.title !== undefined && (typeof input.title !== 'string' || input.title === '')) {
    return validationFailed('Issue', 'title', 'missing_field')
  }
  const body = input.body === undefined ? undefined : optionalString(input.body)
  if (input.body !== undefined && body === undefined) {
    return validationFailed('Issue', 'body', 'invalid')
  }
  if (typeof body === 'string' && body.length > context.maxBodyLength) {
    return bodyTooLong(context, 'Issue')
  }
  if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') {
    return validationFailed('Issue', 'state', 'invalid')
  }
  const reasons = ['completed', 'not_planned', 'duplicate', 'reopened', null]
  if (input.state_reason !== undefined && !reasons.includes(input.state_reason as string)) {
    return validationFailed('Issue', 'state_reason', 'invalid')
  }
  const labels = input.labels === undefined ? undefined : labelNames(input.labels)
  if (labels === null) return validationFailed('Issue', 'labels', 'invalid')

  if (typeof input.title === 'string') issue.title = input.title
  if (body !== undefined) state.editBody(owner, repo, issue.number, body, context.user)
  if (labels !== undefined) state.setLabels(owner, repo, issue.number, labels)
  const wantedReason = input.state_reason as IssueRecord['state_reason'] | undefined
  if (input.state === 'closed' && issue.state === 'open') {
    const reason = wantedReason === 'reopened' || wantedReason === null ? undefined : wantedReason
    state.close(owner, repo, issue.number, context.user, reason)
  } else if (input.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.closed_at = null
    issue.state_reason = 'reopened'
  } else if (wantedReason !== undefined) {
    issue.state_reason = wantedReason
  }
  issue.updated_at = state.now()
  return { status: 200, body: fullIssueJson(context, owner, repo, issue) }
}

function listComments(
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
): Answer {
  const comments = context.state.comments(owner, repo, issue.number)
  return paginate(context, comments, (comment) => commentJson(context, owner, repo, comment))
}

function createComment(
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
): Answer {
  if (lockedFor(context, issue)) return LOCKED_COMMENT
  const input = asObject(context.body)
  if (typeof input.body !== 'string' || input.body === '') {
    return validationFailed('IssueComment', 'body', 'missing_field')
  }
  if (input.body.length > context.maxBodyLength) return bodyTooLong(context, 'IssueComment')
  const comment = context.state.addComment(owner, repo, issue, input.body, context.user)
  return { status: 201, body: commentJson(context, owner, repo, comment) }
}

/** POST .../labels takes `{"labels": [...]}` or a bare array and answers the full label list. */
function addLabels(
  context: RequestContext,
  issue: IssueRecord,
  owner: string,
  repo: string
): Answer {
  const given = Array.isArray(context.body) ? context.body : asObject(context.body).labels
  if (given === undefined) return error(422, 'Invalid request.\n\n"labels" wasn\'t supplied.')
  const names = labelNames(given)
  if (names === null) return validationFailed('Label', 'labels', 'invalid')
  context.state.setLabels(owner, repo, issue.number, [...issue.labels, ...names])
  return { status: 200, body: issueLabelsJson(context, owner, repo, issue) }
}

function listLabels(context: RequestContext, [owner = '', repo = '']: string[]): Answer {
  const labels = context.state.repo(owner, repo).labels
  return paginate(context, labels, (label) => labelJson(context, owner, repo, label))
}

function getLabel(context: RequestContext, [owner = '', repo = '', name = '']: string[]): Answer {
  const label = context.state.label(owner, repo, name)
  if (label === undefined) return NOT_FOUND
  return { status: 200, body: labelJson(context, owner, repo, label) }
}

function createLabel(context: RequestContext, [owner = '', repo = '']: string[]): Answer {
  const input = asObject(context.body)
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    return validationFailed('Label', 'name', 'missing_field')
  }
  const color = input.color === undefined ? DEFAULT_LABEL_COLOR : input.color
  if (typeof color !== 'string' || !/^#?[0-9a-fA-F]{6}$/.test(color)) {
    return validationFailed('Label', 'color', 'invalid')
  }
  if (context.state.label(owner, repo, input.name) !== undefined) {
    return validationFailed('Label', 'name', 'already_exists')
  }
  const label = context.state.addLabel(owner, repo, input.name, color.replace(/^#/, ''))
  if (typeof input.description === 'string') label.description = input.description
  return { status: 201, body: labelJson(context, owner, repo, label) }
}

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

function bodyTooLong(context: RequestContext, resource: string): Answer {
  return validationFailed(
    resource,
    'body',
    'custom',
    `body is too long (maximum is ${context.maxBodyLength} characters)`
  )
}

export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}

/** string or null as given; undefined when the value is neither (a validation error). */
function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null
  return typeof value === 'string' ? value : undefined
}

/** Label names from `["a"]` or `[{ "name": "a" }]`; null when malformed. */
function labelNames(value: unknown): string[] | null {
  if (value === undefined) return []
  if (!Array.isArray(value)) return null
  const names: string[] = []
  for (const entry of value) {
    const name = typeof entry === 'string' ? entry : asObject(entry).name
    if (typeof name !== 'string' || name === '') return null
    names.push(name)
  }
  return names
}

/** `per_page` (default 30, at most 100) and `page`, with GitHub's `Link` header. */
function paginate<T>(context: RequestContext, items: T[], toJson: (item: T) => unknown): Answer {
  const perPage = Math.min(100, Math.max(1, Number(context.query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(context.query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const pageUrl = (n: number) => {
    const url = new URL(context.path, context.baseUrl)
    for (const [key, value] of Object.entries(context.query)) url.searchParams.set(key, value)
    url.searchParams.set('per_page', String(perPage))
    url.searchParams.set('page', String(n))
    return url.toString()
  }
  const links: string[] = []
  if (page < last)
    links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage).map(toJson),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

function userJson(user: EmulatedUser) {
  return {
    login: user.login,
    id: user.id,
    type: user.type ?? 'User',
    site_admin: false
  }
}

function issueJson(context: RequestContext, owner: string, repo: string, issue: IssueRecord) {
  const api = `${context.baseUrl}/repos/${owner}/${repo}`
  const html = `${context.baseUrl}/${owner}/${repo}`
  return {
    id: issue.id,
    node_id: Buffer.from(`Issue${issue.id}`).toString('base64'),
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    comments_url: `${api}/issues/${issue.number}/comments`,
    html_url: `${html}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: userJson(issue.user),
    labels: issueLabelsJson(context, owner, repo, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: issue.active_lock_reason,
    comments: context.state.comments(owner, repo, issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: 'NONE',
    ...(issue.pullRequest
      ? {
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: `${html}/pull/${issue.number}`,
            merged_at: null
          }
        }
      : {})
  }
}

/** GitHub adds `closed_by` when it answers with one issue, not in lists. */
function fullIssueJson(context: RequestContext, owner: string, repo: string, issue: IssueRecord) {
  return {
    ...issueJson(context, owner, repo, issue),
    closed_by: issue.closed_by === null ? null : userJson(issue.closed_by)
  }
}

function issueLabelsJson(context: RequestContext, owner: string, repo: string, issue: IssueRecord) {
  return issue.labels.map((name) => {
    const label = context.state.label(owner, repo, name)
    return label === undefined ? { name } : labelJson(context, owner, repo, label)
  })
}

function commentJson(context: RequestContext, owner: string, repo: string, comment: CommentRecord) {
  const api = `${context.baseUrl}/repos/${owner}/${repo}`
  return {
    id: comment.id,
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${context.baseUrl}/${owner}/${repo}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: 'NONE'
  }
}

function labelJson(context: RequestContext, owner: string, repo: string, label: LabelRecord) {
  return {
    id: label.id,
    url: `${context.baseUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false
  }
}
