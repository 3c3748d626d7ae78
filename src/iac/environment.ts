/**
 * The iac check's run as the environment gives it, for the action and the CLI alike: the
 * workspace (GITHUB_WORKSPACE, else the working directory), the event's pull request
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH), git there, and the live CA list when the environment
 * names AWS credentials.
 */
import { readFile } from 'node:fs/promises'
import type { IacSettings } from '../model/index.js'
import { DEFAULT_BUDGETS } from '../shared/budget.js'
import { gitIn, pullRequestRange } from './changed-files.js'
import type { IacRun } from './index.js'
import { awsCredentialsNamed, liveCaCatalog } from './live-cas.js'
import { fileRepository } from './repository.js'

/** git diff, and fetching a shallow checkout's base commit, within this. */
const GIT_MS = 60_000

export async function iacRunFromEnvironment(
  settings: IacSettings,
  env: NodeJS.ProcessEnv,
  now: Date,
  log: (message: string) => void
): Promise<IacRun> {
  const root = env.GITHUB_WORKSPACE || process.cwd()
  return {
    root,
    repository: fileRepository(root),
    settings,
    now,
    pullRequest: pullRequestRange(env.GITHUB_EVENT_NAME, await eventPayload(env)),
    git: gitIn(root, GIT_MS),
    liveCas: async () =>
      awsCredentialsNamed(env) ? liveCaCatalog(settings.awsRegion, DEFAULT_BUDGETS.aws) : null,
    log
  }
}

/** The event's payload, read directly: @actions/github would load Octokit for it. */
async function eventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return null
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown
  } catch {
    return null
  }
}
