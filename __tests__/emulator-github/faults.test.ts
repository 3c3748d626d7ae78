/**
 * Faults of the network between a run and GitHub, as server options: a request left hanging, an
 * HTML page from a proxy in front of GitHub Enterprise Server, and a used-up primary rate limit
 * that @octokit/plugin-throttling recognises as such.
 */
import { getOctokit } from '@actions/github'
import { throttling } from '@octokit/plugin-throttling'
import { ACTIONS_TOKEN, USER_TOKEN, startGitHubApi } from '../../emulator/github/index.js'
import { localGitHub } from './raw-http.js'

const local = localGitHub({ hang: false, htmlResponse: undefined, primaryRateLimit: undefined })

describe('hang', () => {
  it('leaves matching requests unanswered until the client gives up, and answers the rest', async () => {
    local.api.setOptions({
      hang: ({ method, path }) => method === 'POST' && path.endsWith('/comments')
    })
    const before = local.api.calls.length
    await expect(
      fetch(`${local.api.url}/repos/acme/h/issues/1/comments`, {
        method: 'POST',
        headers: { authorization: `token ${USER_TOKEN}` },
        body: '{"body":"x"}',
        signal: AbortSignal.timeout(300)
      })
    ).rejects.toMatchObject({ name: 'TimeoutError' })
    expect((await local.call('GET', '/repos/acme/h/labels')).status).toBe(200)
    expect(local.api.calls.slice(before).map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/acme/h/labels'
    ])
  })

  it('still lets close() finish promptly with a request hanging', async () => {
    const seen: string[] = []
    const hanging = await startGitHubApi({
      hang: ({ path }) => {
        seen.push(path)
        return true
      }
    })
    const pending = fetch(`${hanging.url}/user`, {
      headers: { authorization: `token ${USER_TOKEN}` }
    })
    const settled = pending.then(
      () => 'answered',
      () => 'failed'
    )
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
    const start = Date.now()
    await hanging.close()
    expect(Date.now() - start).toBeLessThan(1000)
    expect(await settled).toBe('failed')
    expect(hanging.calls).toEqual([])
  })
})

describe('htmlResponse', () => {
  it('answers authenticated requests with an HTML page, by default a 502 Bad Gateway', async () => {
    local.api.setOptions({ htmlResponse: { status: 502 } })
    const page = await local.call('GET', '/repos/acme/p/issues')
    expect(page.status).toBe(502)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.text).toMatch(/<title>502 Bad Gateway<\/title>/)
    expect(page.json).toBeNull()
    expect((await local.call('GET', '/repos/acme/p/issues', undefined, 'nope')).status).toBe(401)

    const octokit = getOctokit(USER_TOKEN, { baseUrl: local.api.url })
    await expect(
      octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'p' })
    ).rejects.toMatchObject({ status: 502 })
  })

  it('sends the given status and page', async () => {
    local.api.setOptions({ htmlResponse: { status: 503, body: '<h1>Maintenance</h1>' } })
    const page = await local.call('POST', '/graphql', { query: '{}' })
    expect(page.status).toBe(503)
    expect(page.text).toBe('<h1>Maintenance</h1>')
    expect(local.api.calls.at(-1)).toMatchObject({ path: '/graphql', status: 503 })
  })
})

describe('primaryRateLimit', () => {
  it("answers 403 with GitHub's headers and body, per kind of token", async () => {
    local.api.setOptions({ primaryRateLimit: { resetInSeconds: 120 } })
    const bot = await local.call('GET', '/repos/acme/rl/issues', undefined, ACTIONS_TOKEN)
    expect(bot.status).toBe(403)
    expect(bot.json).toEqual({
      message: 'API rate limit exceeded for installation ID 1234567.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    })
    expect(bot.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(bot.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(bot.headers.get('x-ratelimit-used')).toBe('5000')
    expect(bot.headers.get('x-ratelimit-resource')).toBe('core')
    const reset = Number(bot.headers.get('x-ratelimit-reset'))
    expect(Math.abs(reset - (Date.now() / 1000 + 120))).toBeLessThanOrEqual(2)

    const user = await local.call('PATCH', '/repos/acme/rl/issues/1', { body: 'x' })
    expect(user.status).toBe(403)
    expect(user.json.message).toBe('API rate limit exceeded for user ID 583231.')

    local.api.setOptions({ primaryRateLimit: undefined })
    const after = await local.call('GET', '/repos/acme/rl/labels')
    expect(after.status).toBe(200)
    expect(Number(after.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
  })

  it('is what @octokit/plugin-throttling takes for a primary limit, with retryAfter to the reset', async () => {
    local.api.setOptions({ primaryRateLimit: { resetInSeconds: 600 } })
    const primary: number[] = []
    const secondary: number[] = []
    const octokit = getOctokit(
      ACTIONS_TOKEN,
      {
        baseUrl: local.api.url,
        throttle: {
          onRateLimit: (retryAfter: number) => {
            primary.push(retryAfter)
            return false
          },
          onSecondaryRateLimit: (retryAfter: number) => {
            secondary.push(retryAfter)
            return false
          }
        }
      },
      throttling
    )
    await expect(
      octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'rl' })
    ).rejects.toMatchObject({ status: 403 })
    expect(secondary).toEqual([])
    expect(primary).toHaveLength(1)
    // The plugin adds a second so as to retry after the reset, not at it.
    expect(primary[0]).toBeGreaterThanOrEqual(599)
    expect(primary[0]).toBeLessThanOrEqual(602)
  })
})
