/**
 * The client the action builds: pointed at GITHUB_API_URL (GitHub Enterprise Server), retrying
 * secondary rate limits and server errors a bounded number of times and saying so in the log.
 */
import { USER_TOKEN, startGitHubApi, type GitHubApi } from '../../emulator/github/index.js'
import { createGitHubClient } from '../../src/publish/github-client.js'
import { localClient, recordingLog } from './local-github.js'

let api: GitHubApi

beforeAll(async () => {
  api = await startGitHubApi()
})

afterAll(async () => {
  await api.close()
})

afterEach(() => {
  api.setOptions({ secondaryRateLimitEvery: 0 })
  api.state.onRequest = undefined
})

describe('createGitHubClient', () => {
  it('talks to GITHUB_API_URL when no base URL is given', async () => {
    const saved = process.env['GITHUB_API_URL']
    process.env['GITHUB_API_URL'] = `${api.url}/`
    try {
      const octokit = createGitHubClient(USER_TOKEN)
      const { data } = await octokit.rest.users.getAuthenticated()
      expect(data.login).toBe('octocat')
    } finally {
      if (saved === undefined) delete process.env['GITHUB_API_URL']
      else process.env['GITHUB_API_URL'] = saved
    }
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/user', status: 200 })
  })

  it('retries a secondary rate limit after retry-after and logs it', async () => {
    const log = recordingLog()
    const octokit = localClient(api, USER_TOKEN, log)
    api.setOptions({ secondaryRateLimitEvery: 2 })
    const start = api.calls.length
    // Whichever of the two requests lands on an even position is limited once, then retried.
    await octokit.rest.issues.listLabelsForRepo({ owner: 'acme', repo: 'limits' })
    await octokit.rest.issues.listLabelsForRepo({ owner: 'acme', repo: 'limits' })
    const statuses = api.calls.slice(start).map((call) => call.status)
    expect(statuses.filter((status) => status === 403)).toHaveLength(1)
    expect(statuses.filter((status) => status === 200)).toHaveLength(2)
    expect(log.messages.join('\n')).toMatch(
      /GitHub secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/labels; retrying in 1 s/
    )
  })

  it('gives up after a bounded number of retries', async () => {
    const log = recordingLog()
    const octokit = localClient(api, USER_TOKEN, log)
    api.setOptions({ secondaryRateLimitEvery: 1 })
    const start = api.calls.length
    await expect(
      octokit.rest.issues.listLabelsForRepo({ owner: 'acme', repo: 'limits' })
    ).rejects.toMatchObject({
      status: 403
    })
    expect(api.calls.length - start).toBe(4)
    expect(log.messages.at(-1)).toMatch(/giving up after 3 retries/)
  })

  it('retries server errors', async () => {
    const octokit = localClient(api, USER_TOKEN)
    let failures = 0
    api.state.onRequest = () => {
      if (failures < 2) {
        failures += 1
        throw new Error('boom')
      }
    }
    const { data } = await octokit.rest.users.getAuthenticated()
    expect(data.login).toBe('octocat')
    expect(api.calls.slice(-3).map((call) => call.status)).toEqual([500, 500, 200])
  })

  it('does not retry what retrying cannot fix', async () => {
    const octokit = localClient(api, 'not-a-token')
    const start = api.calls.length
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 401 })
    expect(api.calls.length - start).toBe(1)
  })
})
