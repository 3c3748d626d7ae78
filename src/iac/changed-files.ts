/**
 * The files a pull request changes, for `changed-only`. The runner checks out the merge commit
 * of the pull request (actions/checkout's default), whose first parent is the base branch, so
 * `git diff <base sha> HEAD` is exactly what the pull request brings, and what is on disk. A
 * shallow checkout lacks the base commit: it is fetched alone (depth 1), which the checkout's
 * credentials allow. Deleted files are not checked: nothing of them ships.
 */
export interface PullRequestRange {
  /** `pull_request.base.sha` of the event. */
  base: string
  number: number | null
}

/** The range of a pull_request / pull_request_target event's payload; null for other events. */
export function pullRequestRange(
  eventName: string | undefined,
  payload: unknown
): PullRequestRange | null {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return null
  const pull = (payload as { pull_request?: { base?: { sha?: unknown }; number?: unknown } })
    ?.pull_request
  const base = pull?.base?.sha
  if (typeof base !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(base)) return null
  return { base, number: typeof pull?.number === 'number' ? pull.number : null }
}

/** Runs git in the repository; rejects with git's stderr when it fails or runs out of time. */
export type Git = (args: readonly string[]) => Promise<string>

export type ChangedFiles = { files: string[] } | { problem: string }

export async function changedFiles(range: PullRequestRange, git: Git): Promise<ChangedFiles> {
  const hasBase = () =>
    git(['cat-file', '-e', `${range.base}^{commit}`]).then(
      () => true,
      () => false
    )
  if (!(await hasBase())) {
    await git(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', range.base]).catch(
      () => undefined
    )
    if (!(await hasBase())) {
      return {
        problem: `the pull request's base commit ${range.base.slice(0, 12)} is not in the checkout and could not be fetched`
      }
    }
  }
  try {
    const out = await git([
      'diff',
      '--name-only',
      '--no-renames',
      '--diff-filter=d',
      '-z',
      range.base,
      'HEAD'
    ])
    return {
      files: out
        .split('\0')
        .filter((file) => file !== '')
        .sort()
    }
  } catch (error) {
    return { problem: `git diff failed: ${(error as Error).message}` }
  }
}

/** git in `root`, within `timeoutMs`, without a terminal prompt for credentials. */
export function gitIn(root: string, timeoutMs: number): Git {
  return async (args) => {
    const { execFile } = await import('node:child_process')
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        [...args],
        {
          cwd: root,
          timeout: timeoutMs,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
        },
        (error, stdout, stderr) => {
          if (error) reject(new Error(stderr.trim().split('\n')[0] || error.message))
          else resolve(stdout)
        }
      )
    })
  }
}
