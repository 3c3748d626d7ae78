/**
 * Between two runs, people change the tracking issue: they edit it, relabel it, lock it, close it
 * or delete it. The state helpers do that as GitHub records it, and the REST answers show it:
 * lock fields, `closed_by`, 410 for a deleted issue, refusals for App tokens on a locked issue.
 */
import {
  ACTIONS_TOKEN,
  USER_TOKEN,
  startGitHubApi,
  type GitHubApi
} from '../../emulator/github/index.js'
import { rawCaller, type RawCall } from './raw-http.js'

let api: GitHubApi
let call: RawCall
let now = '2026-03-01T10:00:00Z'

beforeAll(async () => {
  api = await startGitHubApi()
  call = rawCaller(api)
  api.state.clock = () => new Date(now)
})

afterAll(async () => {
  await api.close()
})

afterEach(() => {
  api.setOptions({ permissions: {} })
})

const octocat = { login: 'octocat', id: 583231, type: 'User' as const }
const hubot = { login: 'hubot', id: 1001, type: 'User' as const }
const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const }

describe('issue fields GitHub returns', () => {
  it('reports lock state, and who closed the issue when GET answers with one issue', async () => {
    now = '2026-03-01T10:00:00Z'
    const created = await call('POST', '/repos/acme/fields/issues', { title: 'T' })
    expect(created.json).toMatchObject({ locked: false, active_lock_reason: null, closed_by: null })

    api.state.lock('acme', 'fields', 1, 'too heated')
    const locked = await call('GET', '/repos/acme/fields/issues/1')
    expect(locked.json).toMatchObject({ locked: true, active_lock_reason: 'too heated' })
    api.state.unlock('acme', 'fields', 1)

    const closed = await call(
      'PATCH',
      '/repos/acme/fields/issues/1',
      { state: 'closed' },
      ACTIONS_TOKEN
    )
    expect(closed.json).toMatchObject({
      state: 'closed',
      closed_by: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const read = await call('GET', '/repos/acme/fields/issues/1')
    expect(read.json).toMatchObject({
      locked: false,
      active_lock_reason: null,
      closed_by: { login: 'github-actions[bot]' }
    })
    const listed = await call('GET', '/repos/acme/fields/issues?state=all')
    expect(listed.json[0]).toMatchObject({ number: 1, locked: false })
    expect(listed.json[0]).not.toHaveProperty('closed_by')
  })
})

describe('state helpers acting as people', () => {
  it('edit, relabel, lock and close an issue, each moving updated_at', async () => {
    now = '2026-03-02T08:00:00Z'
    api.state.addIssue(
      'acme',
      'people',
      { title: 'T', body: 'one', labels: ['aws-cert-watch'] },
      bot
    )
    const updatedAt = async () => (await call('GET', '/repos/acme/people/issues/1')).json.updated_at

    now = '2026-03-02T08:01:00Z'
    api.state.editBody('acme', 'people', 1, 'two', octocat)
    expect(await updatedAt()).toBe(now)

    now = '2026-03-02T08:02:00Z'
    api.state.setLabels('acme', 'people', 1, ['triage', 'Triage'])
    const relabelled = await call('GET', '/repos/acme/people/issues/1')
    expect(relabelled.json).toMatchObject({
      body: 'two',
      labels: [{ name: 'triage' }],
      updated_at: now
    })
    expect((await call('GET', '/repos/acme/people/labels/triage')).status).toBe(200)

    now = '2026-03-02T08:03:00Z'
    api.state.lock('acme', 'people', 1)
    expect((await call('GET', '/repos/acme/people/issues/1')).json).toMatchObject({
      locked: true,
      active_lock_reason: null,
      updated_at: now
    })

    now = '2026-03-02T08:04:00Z'
    api.state.unlock('acme', 'people', 1)
    expect(await updatedAt()).toBe(now)

    now = '2026-03-02T08:05:00Z'
    api.state.close('acme', 'people', 1, hubot, 'not_planned')
    expect((await call('GET', '/repos/acme/people/issues/1')).json).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_at: now,
      updated_at: now,
      closed_by: { login: 'hubot', type: 'User' }
    })
    expect(() => api.state.close('acme', 'people', 9, hubot)).toThrow(/No issue acme\/people#9/)
  })

  it('deletes an issue: it and its comments answer 410 and it leaves the list', async () => {
    await call('POST', '/repos/acme/gone/issues', { title: 'first' })
    await call('POST', '/repos/acme/gone/issues', { title: 'second' })
    await call('POST', '/repos/acme/gone/issues/1/comments', { body: 'hello' })
    api.state.deleteIssue('acme', 'gone', 1)

    const answers = [
      await call('GET', '/repos/acme/gone/issues/1'),
      await call('PATCH', '/repos/acme/gone/issues/1', { body: 'x' }),
      await call('GET', '/repos/acme/gone/issues/1/comments'),
      await call('POST', '/repos/acme/gone/issues/1/comments', { body: 'x' })
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(410)
      expect(answer.json.message).toBe('This issue was deleted')
      expect(typeof answer.json.documentation_url).toBe('string')
    }
    const listed = await call('GET', '/repos/acme/gone/issues?state=all')
    expect(listed.json.map((issue) => (issue as { number: number }).number)).toEqual([2])
    // GitHub never gives a deleted issue's number out again.
    const next = await call('POST', '/repos/acme/gone/issues', { title: 'third' })
    expect(next.json.number).toBe(3)
    expect((await call('GET', '/repos/acme/gone/issues/4')).status).toBe(404)
  })
})

describe('POST /repos/{owner}/{repo}/issues/{number}/labels', () => {
  it('adds labels, creating missing ones, and answers the full list', async () => {
    await call('POST', '/repos/acme/lab/issues', { title: 'T', labels: ['aws-cert-watch'] })
    const added = await call('POST', '/repos/acme/lab/issues/1/labels', { labels: ['urgent'] })
    expect(added.status).toBe(200)
    expect(added.json.map((label) => (label as { name: string }).name)).toEqual([
      'aws-cert-watch',
      'urgent'
    ])
    const bare = await call('POST', '/repos/acme/lab/issues/1/labels', ['URGENT', 'new'])
    expect(bare.json.map((label) => (label as { name: string }).name)).toEqual([
      'aws-cert-watch',
      'urgent',
      'new'
    ])
    expect(bare.json[2]).toMatchObject({ name: 'new', color: 'ededed' })
    expect((await call('GET', '/repos/acme/lab/labels/new')).status).toBe(200)
    expect(api.state.issue('acme', 'lab', 1)?.labels).toEqual(['aws-cert-watch', 'urgent', 'new'])
  })

  it('refuses a read-only token, a missing list and an unknown issue', async () => {
    await call('POST', '/repos/acme/lab2/issues', { title: 'T' })
    expect((await call('POST', '/repos/acme/lab2/issues/1/labels', {})).status).toBe(422)
    expect((await call('POST', '/repos/acme/lab2/issues/1/labels', { labels: [3] })).status).toBe(
      422
    )
    expect((await call('POST', '/repos/acme/lab2/issues/7/labels', ['x'])).status).toBe(404)
    api.setOptions({ permissions: { [USER_TOKEN]: 'read' } })
    const refused = await call('POST', '/repos/acme/lab2/issues/1/labels', ['x'])
    expect(refused.status).toBe(403)
    expect(refused.json.message).toBe('Resource not accessible by integration')
    expect(api.state.issue('acme', 'lab2', 1)?.labels).toEqual([])
  })
})

describe('a locked issue', () => {
  it('refuses comments and edits from an App token, and lets a user with write access through', async () => {
    await call('POST', '/repos/acme/lock/issues', { title: 'T', body: 'before' })
    api.state.lock('acme', 'lock', 1, 'resolved')

    const comment = await call(
      'POST',
      '/repos/acme/lock/issues/1/comments',
      { body: 'x' },
      ACTIONS_TOKEN
    )
    expect(comment.status).toBe(403)
    expect(comment.json).toMatchObject({
      message: 'Unable to create comment because issue is locked.',
      documentation_url: 'https://docs.github.com/articles/locking-conversations/'
    })
    const close = await call(
      'PATCH',
      '/repos/acme/lock/issues/1',
      { state: 'closed' },
      ACTIONS_TOKEN
    )
    expect(close.status).toBe(403)
    expect(close.json.message).toMatch(/because issue is locked/)
    expect(api.state.issue('acme', 'lock', 1)).toMatchObject({ state: 'open', body: 'before' })
    expect(api.state.comments('acme', 'lock', 1)).toHaveLength(0)

    expect((await call('POST', '/repos/acme/lock/issues/1/comments', { body: 'ok' })).status).toBe(
      201
    )
    const edited = await call('PATCH', '/repos/acme/lock/issues/1', { body: 'after' })
    expect(edited.json).toMatchObject({ body: 'after', locked: true })

    api.state.unlock('acme', 'lock', 1)
    expect(
      (await call('POST', '/repos/acme/lock/issues/1/comments', { body: 'y' }, ACTIONS_TOKEN))
        .status
    ).toBe(201)
  })
})
