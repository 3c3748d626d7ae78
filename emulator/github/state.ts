/**
 * What the local GitHub API holds: per repository, its issues (pull requests among them, as in
 * GitHub's data model), comments and labels. Tests seed it before a run and inspect it after,
 * and act as people in between (editBody, setLabels, lock, close, deleteIssue); the server
 * (index.ts) reads and writes it through the same methods, so both leave the same traces.
 */

export interface EmulatedUser {
  login: string
  id: number
  /** `Bot` for App installation tokens such as GITHUB_TOKEN: they cannot call GET /user. */
  type?: 'User' | 'Bot'
}

/** The reasons GitHub accepts when an issue is locked. */
export type LockReason = 'off-topic' | 'too heated' | 'resolved' | 'spam'

/** One revision of an issue body, as GraphQL's `userContentEdits` lists it. */
export interface BodyEdit {
  editedAt: string
  editor: EmulatedUser
  /** The whole body as of this revision: what GitHub returns as the edit's `diff`. */
  body: string
}

export interface IssueRecord {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  /** Label names. */
  labels: string[]
  user: EmulatedUser
  created_at: string
  updated_at: string
  closed_at: string | null
  /** Who closed it last; null while it has never been closed. */
  closed_by: EmulatedUser | null
  locked: boolean
  active_lock_reason: LockReason | null
  /** Body revisions, oldest first; empty until the body first changes (see editBody). */
  edits: BodyEdit[]
  /** Pull requests are issues with this flag; the list endpoint returns both. */
  pullRequest: boolean
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: EmulatedUser
  created_at: string
  updated_at: string
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface RepoState {
  issues: IssueRecord[]
  comments: CommentRecord[]
  labels: LabelRecord[]
  /** Numbers of deleted issues: they answer 410 and are never given out again. */
  deleted: Set<number>
}

/** One request as the server saw it, recorded once answered. */
export interface RecordedCall {
  /** 1-based position among all requests the server received. */
  index: number
  method: string
  /** Path without the query string, e.g. `/repos/acme/infra/issues/3`. */
  path: string
  query: Record<string, string>
  /** Parsed JSON body of writes. */
  body: unknown
  status: number
}

/** Called before a request is handled: lets a test act "between" two requests of a run. */
export type RequestHook = (
  request: Omit<RecordedCall, 'status'>,
  state: GitHubState
) => void | Promise<void>

export interface SeedIssue {
  title: string
  body?: string | null
  state?: 'open' | 'closed'
  state_reason?: IssueRecord['state_reason']
  labels?: string[]
  user?: EmulatedUser
  created_at?: string
  pullRequest?: boolean
}

export const DEFAULT_LABEL_COLOR = 'ededed'

export class GitHubState {
  readonly repos = new Map<string, RepoState>()
  /** See RequestHook. */
  onRequest: RequestHook | undefined
  /** Timestamps of new records; tests may pin it. */
  clock: () => Date = () => new Date()
  private nextId = 1000

  repo(owner: string, repo: string): RepoState {
    const key = `${owner}/${repo}`.toLowerCase()
    let state = this.repos.get(key)
    if (state === undefined) {
      state = { issues: [], comments: [], labels: [], deleted: new Set() }
      this.repos.set(key, state)
    }
    return state
  }

  newId(): number {
    this.nextId += 1
    return this.nextId
  }

  /** GitHub's timestamp format: seconds, no fraction. */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  }

  issue(owner: string, repo: string, number: number): IssueRecord | undefined {
    return this.repo(owner, repo).issues.find((issue) => issue.number === number)
  }

  isDeleted(owner: string, repo: string, number: number): boolean {
    return this.repo(owner, repo).deleted.has(number)
  }

  /** Issues only (no pull requests), oldest first. */
  issues(owner: string, repo: string): IssueRecord[] {
    return this.repo(owner, repo).issues.filter((issue) => !issue.pullRequest)
  }

  comments(owner: string, repo: string, number: number): CommentRecord[] {
    return this.repo(owner, repo).comments.filter((comment) => comment.issueNumber === number)
  }

  label(owner: string, repo: string, name: string): LabelRecord | undefined {
    const wanted = name.toLowerCase()
    return this.repo(owner, repo).labels.find((label) => label.name.toLowerCase() === wanted)
  }

  addLabel(owner: string, repo: string, name: string, color = DEFAULT_LABEL_COLOR): LabelRecord {
    const label = { id: this.newId(), name, color, description: null }
    this.repo(owner, repo).labels.push(label)
    return label
  }

  /** Creates an issue or pull request; missing labels are created, as GitHub does. */
  addIssue(owner: string, repo: string, seed: SeedIssue, author: EmulatedUser): IssueRecord {
    const state = this.repo(owner, repo)
    const now = this.now()
    const user = seed.user ?? author
    const closed = seed.state === 'closed'
    const issue: IssueRecord = {
      number: state.issues.length + state.deleted.size + 1,
      id: this.newId(),
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      state_reason: seed.state_reason ?? (closed ? 'completed' : null),
      labels: this.existingLabels(owner, repo, seed.labels ?? []),
      user,
      created_at: seed.created_at ?? now,
      updated_at: seed.created_at ?? now,
      closed_at: closed ? (seed.created_at ?? now) : null,
      closed_by: closed ? user : null,
      locked: false,
      active_lock_reason: null,
      edits: [],
      pullRequest: seed.pullRequest ?? false
    }
    state.issues.push(issue)
    return issue
  }

  addComment(owner: string, repo: string, issue: IssueRecord, body: string, user: EmulatedUser) {
    const now = this.now()
    const comment: CommentRecord = {
      id: this.newId(),
      issueNumber: issue.number,
      body,
      user,
      created_at: now,
      updated_at: now
    }
    this.repo(owner, repo).comments.push(comment)
    issue.updated_at = now
    return comment
  }

  /**
   * Replaces the body as `editor` would, through the API or the web page. GitHub keeps no history
   * until the body first changes; the first change records the original (by the author, at
   * creation) and the new text, and each later change one more revision.
   */
  editBody(
    owner: string,
    repo: string,
    number: number,
    body: string | null,
    editor: EmulatedUser
  ): IssueRecord {
    const issue = this.existing(owner, repo, number)
    const now = this.now()
    if ((body ?? '') !== (issue.body ?? '')) {
      if (issue.edits.length === 0) {
        issue.edits.push({ editedAt: issue.created_at, editor: issue.user, body: issue.body ?? '' })
      }
      issue.edits.push({ editedAt: now, editor, body: body ?? '' })
    }
    issue.body = body
    issue.updated_at = now
    return issue
  }

  /** Replaces the labels; missing repository labels are created, as GitHub does. */
  setLabels(owner: string, repo: string, number: number, labels: string[]): IssueRecord {
    const issue = this.existing(owner, repo, number)
    issue.labels = this.existingLabels(owner, repo, labels)
    issue.updated_at = this.now()
    return issue
  }

  lock(owner: string, repo: string, number: number, reason?: LockReason): IssueRecord {
    const issue = this.existing(owner, repo, number)
    issue.locked = true
    issue.active_lock_reason = reason ?? null
    issue.updated_at = this.now()
    return issue
  }

  unlock(owner: string, repo: string, number: number): IssueRecord {
    const issue = this.existing(owner, repo, number)
    issue.locked = false
    issue.active_lock_reason = null
    issue.updated_at = this.now()
    return issue
  }

  close(
    owner: string,
    repo: string,
    number: number,
    user: EmulatedUser,
    stateReason: 'completed' | 'not_planned' | 'duplicate' = 'completed'
  ): IssueRecord {
    const issue = this.existing(owner, repo, number)
    const now = this.now()
    issue.state = 'closed'
    issue.state_reason = stateReason
    issue.closed_at = now
    issue.closed_by = user
    issue.updated_at = now
    return issue
  }

  /** Deletes the issue and its comments; its number answers 410 from then on. */
  deleteIssue(owner: string, repo: string, number: number): void {
    const state = this.repo(owner, repo)
    this.existing(owner, repo, number)
    state.issues = state.issues.filter((issue) => issue.number !== number)
    state.comments = state.comments.filter((comment) => comment.issueNumber !== number)
    state.deleted.add(number)
  }

  /** The helpers above act on issues a test has created: naming another one is a test's bug. */
  private existing(owner: string, repo: string, number: number): IssueRecord {
    const issue = this.issue(owner, repo, number)
    if (issue === undefined) throw new Error(`No issue ${owner}/${repo}#${number} to act on`)
    return issue
  }

  /** Label names as the repository spells them, each once; missing labels are created. */
  private existingLabels(owner: string, repo: string, names: string[]): string[] {
    const resolved = names.map(
      (name) => (this.label(owner, repo, name) ?? this.addLabel(owner, repo, name)).name
    )
    return [...new Set(resolved)]
  }
}
