/**
 * The local GitHub API answers as GitHub does for the requests the tracking issue makes: shapes,
 * filters, pagination, status codes and error bodies. Raw HTTP here; the Octokit paths are
 * covered by __tests__/publish.
 */
import { ACTIONS_TOKEN, USER_TOKEN } from '../../emulator/github/index.js'
import { localGitHub, type RawAnswer } from './raw-http.js'

const local = localGitHub({
  permissions: {},
  issuesEnabled: true,
  secondaryRateLimitEvery: 0,
  maxBodyLength: 65536
})

const octocat = { login: 'octocat', id: 583231 }

const titleOf = (issue: unknown) => (issue as { title: string }).title

describe('local GitHub API', () => {
  it('tells a user token who it is and refuses GET /user to an installation token', async () => {
    const user = await local.call('GET', '/user')
    expect(user.status).toBe(200)
    expect(user.json).toMatchObject({ login: 'octocat', type: 'User' })
    const bot = await local.call('GET', '/user', undefined, ACTIONS_TOKEN)
    expect(bot.status).toBe(403)
    expect(bot.json).toMatchObject({ message: 'Resource not accessible by integration' })
  })

  it('rejects unknown or missing tokens with 401 Bad credentials', async () => {
    for (const token of ['nope', null]) {
      const answer = await local.call('GET', '/repos/a/b/issues', undefined, token)
      expect(answer.status).toBe(401)
      expect(answer.json.message).toBe('Bad credentials')
      expect(typeof answer.json.documentation_url).toBe('string')
    }
  })

  it('sends rate-limit headers that count down per token', async () => {
    const first = await local.call('GET', '/repos/rl/x/labels')
    const second = await local.call('GET', '/repos/rl/x/labels')
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(
      Number(first.headers.get('x-ratelimit-remaining')) - 1
    )
    expect(Number(second.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
  })

  it('creates, reads and updates issues, closing and reopening them', async () => {
    const created = await local.call('POST', '/repos/acme/crud/issues', {
      title: 'T',
      body: 'B',
      labels: ['new-label']
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      number: 1,
      state: 'open',
      title: 'T',
      body: 'B',
      user: { login: 'octocat' },
      labels: [{ name: 'new-label', color: 'ededed' }],
      html_url: `${local.api.url}/acme/crud/issues/1`
    })
    expect(created.json).not.toHaveProperty('pull_request')

    const closed = await local.call('PATCH', '/repos/acme/crud/issues/1', {
      state: 'closed',
      state_reason: 'not_planned'
    })
    expect(closed.json).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'B' })
    expect(closed.json.closed_at).not.toBeNull()

    const reopened = await local.call('PATCH', '/repos/acme/crud/issues/1', {
      state: 'open',
      body: 'C'
    })
    expect(reopened.json).toMatchObject({ state: 'open', state_reason: 'reopened', body: 'C' })
    expect((await local.call('GET', '/repos/acme/crud/issues/1')).json.body).toBe('C')
    expect((await local.call('GET', '/repos/acme/crud/issues/9')).status).toBe(404)
    expect((await local.call('PATCH', '/repos/acme/crud/issues/1', { state: 'shut' })).status).toBe(
      422
    )
    expect((await local.call('POST', '/repos/acme/crud/issues', { body: 'no title' })).status).toBe(
      422
    )
  })

  it('lists pull requests among issues, with filters, sorting and Link pagination', async () => {
    const seed = (title: string, extra: object = {}) =>
      local.api.state.addIssue('acme', 'list', { title, labels: ['watch'], ...extra }, octocat)
    seed('one', { created_at: '2026-01-01T00:00:00Z' })
    seed('pr', { pullRequest: true, created_at: '2026-01-02T00:00:00Z' })
    seed('closed', { state: 'closed', created_at: '2026-01-03T00:00:00Z' })
    seed('bot', {
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: '2026-01-04T00:00:00Z'
    })
    seed('unlabelled', { labels: [], created_at: '2026-01-05T00:00:00Z' })

    const open = await local.call(
      'GET',
      '/repos/acme/list/issues?labels=watch&sort=created&direction=asc'
    )
    expect(open.json.map(titleOf)).toEqual(['one', 'pr', 'bot'])
    expect(open.json[1]).toHaveProperty('pull_request.url')

    const all = await local.call(
      'GET',
      '/repos/acme/list/issues?state=all&creator=octocat&per_page=2'
    )
    expect(all.json.map(titleOf)).toEqual(['unlabelled', 'closed'])
    const link = all.headers.get('link') ?? ''
    expect(link).toMatch(/<([^>]+)page=2>; rel="next"/)
    expect(link).toMatch(/page=2>; rel="last"/)
    const next = new URL(/<([^>]+)>; rel="next"/.exec(link)?.[1] ?? '')
    const page2 = await local.call('GET', `${next.pathname}${next.search}`)
    expect(page2.json.map(titleOf)).toEqual(['pr', 'one'])
    expect(page2.headers.get('link')).toMatch(/rel="prev"/)
  })

  it('keeps comments per issue', async () => {
    await local.call('POST', '/repos/acme/talk/issues', { title: 'T' })
    const posted = await local.call('POST', '/repos/acme/talk/issues/1/comments', { body: 'hello' })
    expect(posted.status).toBe(201)
    expect(posted.json).toMatchObject({ body: 'hello', user: { login: 'octocat' } })
    const listed = await local.call('GET', '/repos/acme/talk/issues/1/comments')
    expect(listed.json).toHaveLength(1)
    expect((await local.call('GET', '/repos/acme/talk/issues/1')).json.comments).toBe(1)
    expect(
      (await local.call('POST', '/repos/acme/talk/issues/2/comments', { body: 'x' })).status
    ).toBe(404)
  })

  it('creates labels once and finds them by name', async () => {
    expect((await local.call('GET', '/repos/acme/lbl/labels/aws-cert-watch')).status).toBe(404)
    const created = await local.call('POST', '/repos/acme/lbl/labels', {
      name: 'aws-cert-watch',
      color: 'd93f0b',
      description: 'd'
    })
    expect(created.status).toBe(201)
    const again = await local.call('POST', '/repos/acme/lbl/labels', { name: 'AWS-cert-watch' })
    expect(again.status).toBe(422)
    expect(again.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
    })
    const found = await local.call('GET', '/repos/acme/lbl/labels/aws-cert-watch')
    expect(found.json).toMatchObject({ name: 'aws-cert-watch', color: 'd93f0b', description: 'd' })
    expect((await local.call('GET', '/repos/acme/lbl/labels')).json).toHaveLength(1)
  })

  it('refuses bodies over 65,536 characters with 422', async () => {
    const long = 'x'.repeat(65537)
    const issue = await local.call('POST', '/repos/acme/big/issues', { title: 'T', body: long })
    expect(issue.status).toBe(422)
    expect(issue.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'body', code: 'custom' }]
    })
    expect(
      (await local.call('POST', '/repos/acme/big/issues', { title: 'T', body: long.slice(1) }))
        .status
    ).toBe(201)
    const comment = await local.call('POST', '/repos/acme/big/issues/1/comments', { body: long })
    expect(comment.status).toBe(422)
  })

  it('answers writes without issues: write with 403, and reads normally', async () => {
    local.api.setOptions({ permissions: { [USER_TOKEN]: 'read' } })
    const write = await local.call('POST', '/repos/acme/ro/issues', { title: 'T' })
    expect(write.status).toBe(403)
    expect(write.json.message).toBe('Resource not accessible by integration')
    expect((await local.call('GET', '/repos/acme/ro/issues')).status).toBe(200)
  })

  it('answers 410 on issue endpoints when issues are disabled', async () => {
    local.api.setOptions({ issuesEnabled: false })
    const answer = await local.call('GET', '/repos/acme/off/issues')
    expect(answer.status).toBe(410)
    expect(answer.json.message).toBe('Issues are disabled for this repo')
    expect((await local.call('GET', '/repos/acme/off/labels')).status).toBe(200)
  })

  it('answers every Nth request with a secondary rate limit and retry-after', async () => {
    local.api.setOptions({ secondaryRateLimitEvery: 2 })
    const statuses: number[] = []
    let limited: RawAnswer | undefined
    for (let i = 0; i < 4; i++) {
      const answer = await local.call('GET', '/repos/acme/srl/labels')
      statuses.push(answer.status)
      if (answer.status === 403) limited = answer
    }
    expect(statuses.filter((status) => status === 403)).toHaveLength(2)
    expect(limited?.headers.get('retry-after')).toBe('1')
    expect(String(limited?.json.message)).toMatch(/secondary rate limit/)
  })

  it('records calls and lets a test act before a given request', async () => {
    await local.call('POST', '/repos/acme/hook/issues', { title: 'T', body: 'before' })
    local.api.state.onRequest = (request, state) => {
      if (request.method === 'GET' && request.path === '/repos/acme/hook/issues/1') {
        const issue = state.issue('acme', 'hook', 1)
        if (issue) issue.body = 'changed by a person'
      }
    }
    const read = await local.call('GET', '/repos/acme/hook/issues/1?x=1')
    expect(read.json.body).toBe('changed by a person')
    expect(local.api.calls.at(-1)).toMatchObject({
      method: 'GET',
      path: '/repos/acme/hook/issues/1',
      query: { x: '1' },
      status: 200
    })
    expect(local.api.calls.at(-2)).toMatchObject({
      method: 'POST',
      body: { title: 'T', body: 'before' }
    })
  })

  it('answers unknown paths with 404 Not Found', async () => {
    const answer = await local.call('GET', '/repos/acme/x/pulls')
    expect(answer.status).toBe(404)
    expect(answer.json).toMatchObject({ message: 'Not Found' })
  })
})
