/**
 * Between two runs, people change the tracking issue: they edit it, relabel it, lock it, close it
 * or delete it. The state helpers do that as GitHub records it, and the REST answers show it:
 * lock fields, `closed_by`, 410 for a deleted issue, refusals for App tokens on a locked issue.
 */
import { ACTIONS_TOKEN, USER_TOKEN } from '../../emulator/github/index.js'
import { localGitHub } from './raw-http.js'

let now = '2026-03-01T10:00:00Z'
const local = localGitHub({ permissions: {} }, () => new Date(now))

const octocat = { login: 'octocat', id: 583231, type: 'User' as const }
const hubot = { login: 'hubot', id: 1001, type: 'User' as const }
const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const }

describe('issue fields GitHub returns', () => {
  it('reports lock state, and who closed the issue when GET answers with one issue', async () => {
    now = '2026-03-01T10:00:00Z'
    const created = await local.call('POST', '/repos/acme/fields/issues', { title: 'T' })
    expect(created.json).toMatchObject({ locked: false, active_lock_reason: null, closed_by: null })

    local.api.state.lock('acme', 'fields', 1, 'too heated')
    const locked = await local.call('GET', '/repos/acme/fields/issues/1')
    expect(locked.json).toMatchObject({ locked: true, active_lock_reason: 'too heated' })
    local.api.state.unlock('acme', 'fields', 1)

    const closed = await local.call(
      'PATCH',
      '/repos/acme/fields/issues/1',
      { state: 'closed' },
      ACTIONS_TOKEN
    )
    expect(closed.json).toMatchObject({
      state: 'closed',
      closed_by: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const read = await local.call('GET', '/repos/acme/fields/issues/1')
    expect(read.json).toMatchObject({
      locked: false,
      active_lock_reason: null,
      closed_by: { login: 'github-actions[bot]' }
    })
    const listed = await local.call('GET', '/repos/acme/fields/issues?state=all')
    expect(listed.json[0]).toMatchObject({ number: 1, locked: false })
    expect(listed.json[0]).not.toHaveProperty('closed_by')
  })
})

describe('state helpers acting as people', () => {
  it('edit, relabel, lock and close an issue, each moving updated_at', async () => {
    now = '2026-03-02T08:00:00Z'
    local.api.state.addIssue(
      'acme',
      'people',
      { title: 'T', body: 'one', labels: ['aws-cert-watch'] },
      bot
    )
    const updatedAt = async () =>
      (await local.call('GET', '/repos/acme/people/issues/1')).json.updated_at

    now = '2026-03-02T08:01:00Z'
    local.api.state.editBody('acme', 'people', 1, 'two', octocat)
    expect(await updatedAt()).toBe(now)

    now = '2026-03-02T08:02:00Z'
    local.api.state.setLabels('acme', 'people', 1, ['triage', 'Triage'])
    const relabelled = await local.call('GET', '/repos/acme/people/issues/1')
    expect(relabelled.json).toMatchObject({
      body: 'two',
      labels: [{ name: 'triage' }],
      updated_at: now
    })
    expect((await local.call('GET', '/repos/acme/people/labels/triage')).status).toBe(200)

    now = '2026-03-02T08:03:00Z'
    local.api.state.lock('acme', 'people', 1)
    expect((await local.call('GET', '/repos/acme/people/issues/1')).json).toMatchObject({
      locked: true,
      active_lock_reason: null,
      updated_at: now
    })

    now = '2026-03-02T08:04:00Z'
    local.api.state.unlock('acme', 'people', 1)
    expect(await updatedAt()).toBe(now)

    now = '2026-03-02T08:05:00Z'
    local.api.state.close('acme', 'people', 1, hubot, 'not_planned')
    expect((await local.call('GET', '/repos/acme/people/issues/1')).json).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_at: now,
      updated_at: now,
      closed_by: { login: 'hubot', type: 'User' }
    })
    expect(() => local.api.state.close('acme', 'people', 9, hubot)).toThrow(
      /No issue acme\/people#9/
    )
  })

  it('deletes an issue: it and its comments answer 410 and it leaves the list', async () => {
    await local.call('POST', '/repos/acme/gone/issues', { title: 'first' })
    await local.call('POST', '/repos/acme/gone/issues', { title: 'second' })
    await local.call('POST', '/repos/acme/gone/issues/1/comments', { body: 'hello' })
    local.api.state.deleteIssue('acme', 'gone', 1)

    const answers = [
      await local.call('GET', '/repos/acme/gone/issues/1'),
      await local.call('PATCH', '/repos/acme/gone/issues/1', { body: 'x' }),
      await local.call('GET', '/repos/acme/gone/issues/1/comments'),
      await local.call('POST', '/repos/acme/gone/issues/1/comments', { body: 'x' })
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(410)
      expect(answer.json.message).toBe('This issue was deleted')
      expect(typeof answer.json.documentation_url).toBe('string')
    }
    const listed = await local.call('GET', '/repos/acme/gone/issues?state=all')
    expect(listed.json.map((issue) => (issue as { number: number }).number)).toEqual([2])
    // GitHub never gives a deleted issue's number out again.
    const next = await local.call('POST', '/repos/acme/gone/issues', { title: 'third' })
    expect(next.json.number).toBe(3)
    expect((await local.call('GET', '/repos/acme/gone/issues/4')).status).toBe(404)
  })
})

describe('POST /repos/{owner}/{repo}/issues/{number}/labels', () => {
  it('adds labels, creating missing ones, and answers the full list', async () => {
    await local.call('POST', '/repos/acme/lab/issues', { title: 'T', labels: ['aws-cert-watch'] })
    const added = await local.call('POST', '/repos/acme/lab/issues/1/labels', {
      labels: ['urgent']
    })
    expect(added.status).toBe(200)
    expect(added.json.map((label) => (label as { name: string }).name)).toEqual([
      'aws-cert-watch',
      'urgent'
    ])
    const bare = await local.call('POST', '/repos/acme/lab/issues/1/labels', ['URGENT', 'new'])
    expect(bare.json.map((label) => (label as { name: string }).name)).toEqual([
      'aws-cert-watch',
      'urgent',
      'new'
    ])
    expect(bare.json[2]).toMatchObject({ name: 'new', color: 'ededed' })
    expect((await local.call('GET', '/repos/acme/lab/labels/new')).status).toBe(200)
    expect(local.api.state.issue('acme', 'lab', 1)?.labels).toEqual([
      'aws-cert-watch',
      'urgent',
      'new'
    ])
  })

  it('refuses a read-only token, a missing list and an unknown issue', async () => {
    await local.call('POST', '/repos/acme/lab2/issues', { title: 'T' })
    expect((await local.call('POST', '/repos/acme/lab2/issues/1/labels', {})).status).toBe(422)
    expect(
      (await local.call('POST', '/repos/acme/lab2/issues/1/labels', { labels: [3] })).status
    ).toBe(422)
    expect((await local.call('POST', '/repos/acme/lab2/issues/7/labels', ['x'])).status).toBe(404)
    local.api.setOptions({ permissions: { [USER_TOKEN]: 'read' } })
    const refused = await local.call('POST', '/repos/acme/lab2/issues/1/labels', ['x'])
    expect(refused.status).toBe(403)
    expect(refused.json.message).toBe('Resource not accessible by integration')
    expect(local.api.state.issue('acme', 'lab2', 1)?.labels).toEqual([])
  })
})

describe('a locked issue', () => {
  it('refuses comments and edits from an App token, and lets a user with write access through', async () => {
    await local.call('POST', '/repos/acme/lock/issues', { title: 'T', body: 'before' })
    local.api.state.lock('acme', 'lock', 1, 'resolved')

    const comment = await local.call(
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
    const close = await local.call(
      'PATCH',
      '/repos/acme/lock/issues/1',
      { state: 'closed' },
      ACTIONS_TOKEN
    )
    expect(close.status).toBe(403)
    expect(close.json.message).toMatch(/because issue is locked/)
    expect(local.api.state.issue('acme', 'lock', 1)).toMatchObject({
      state: 'open',
      body: 'before'
    })
    expect(local.api.state.comments('acme', 'lock', 1)).toHaveLength(0)

    expect(
      (await local.call('POST', '/repos/acme/lock/issues/1/comments', { body: 'ok' })).status
    ).toBe(201)
    const edited = await local.call('PATCH', '/repos/acme/lock/issues/1', { body: 'after' })
    expect(edited.json).toMatchObject({ body: 'after', locked: true })

    local.api.state.unlock('acme', 'lock', 1)
    expect(
      (await local.call('POST', '/repos/acme/lock/issues/1/comments', { body: 'y' }, ACTIONS_TOKEN))
        .status
    ).toBe(201)
  })
})
