/**
 * What the local GitHub API holds: per repository, its issues (pull requests among them, as in
 * GitHub's data model), comments and labels. Tests seed it before a run and inspect it after;
 * the server (index.ts) reads and writes it through the same methods.
 */

export interface EmulatedUser {
  login: string
  id: number
  /** `Bot` for App installation tokens such as GITHUB_TOKEN: they cannot call GET /user. */
  type?: 'User' | 'Bot'
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
      state = { issues: [], comments: [], labels: [] }
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
    const labels = (seed.labels ?? []).map(
      (name) => (this.label(owner, repo, name) ?? this.addLabel(owner, repo, name)).name
    )
    const issue: IssueRecord = {
      number: state.issues.length + 1,
      id: this.newId(),
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      state_reason: seed.state_reason ?? (seed.state === 'closed' ? 'completed' : null),
      labels,
      user: seed.user ?? author,
      created_at: seed.created_at ?? now,
      updated_at: seed.created_at ?? now,
      closed_at: seed.state === 'closed' ? (seed.created_at ?? now) : null,
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
}
