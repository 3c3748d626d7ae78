/**
 * The tracking issue over a sequence of scheduled runs, with the real Octokit against the local
 * GitHub API: each test gets its own repository and plays the runs it needs.
 */
import {
  ACTIONS_TOKEN,
  USER_TOKEN,
  startGitHubApi,
  type GitHubApi
} from '../../emulator/github/index.js'
import {
  TrackingIssueError,
  syncTrackingIssue,
  type TrackingIssueParams
} from '../../src/publish/tracking-issue.js'
import type { Finding, Report } from '../../src/model/index.js'
import { localClient, recordingLog } from './local-github.js'
import { makeFinding, makeReport, manyFindings } from './report-factory.js'

let api: GitHubApi
let repoCount = 0

beforeAll(async () => {
  api = await startGitHubApi()
})

afterAll(async () => {
  await api.close()
})

/** A fresh repository and a `run` that syncs a report into it, as one scheduled run would. */
function repository(defaults: Partial<TrackingIssueParams> = {}, token = USER_TOKEN) {
  repoCount += 1
  const owner = 'acme'
  const repo = `infra-${repoCount}`
  const run = (report: Report, overrides: Partial<TrackingIssueParams> = {}) =>
    syncTrackingIssue(localClient(api, token), {
      owner,
      repo,
      report,
      issueKey: 'prod',
      title: 'AWS certificates need action',
      labels: ['aws-cert-watch', 'security'],
      closeWhenClear: true,
      runUrl: `https://github.com/${owner}/${repo}/actions/runs/${api.calls.length}`,
      log: recordingLog(),
      ...defaults,
      ...overrides
    })
  const issue = (number: number) => {
    const found = api.state.issue(owner, repo, number)
    if (found === undefined) throw new Error(`no issue #${number}`)
    return found
  }
  const comments = (number: number) => api.state.comments(owner, repo, number)
  const writesSince = (index: number) =>
    api.calls.filter(
      (call) => call.index > index && call.method !== 'GET' && call.path.includes(`/${repo}/`)
    )
  return { owner, repo, run, issue, comments, writesSince }
}

const tick = (body: string, finding: Finding) =>
  body.replace(
    `- [ ] <!-- aws-cert-watch:id=${finding.id} `,
    `- [x] <!-- aws-cert-watch:id=${finding.id} `
  )

const lastIndex = () => api.calls.length

const orders = makeFinding({ resourceId: 'orders-db', severity: 'warning' })
const billing = makeFinding({ resourceId: 'billing-db', severity: 'expired' })

describe('syncTrackingIssue', () => {
  it('creates the issue with its labels on the first run, without a comment', async () => {
    const r = repository()
    const result = await r.run(makeReport([orders, billing]))
    expect(result).toMatchObject({ action: 'created', number: 1, commented: false })
    expect(result.url).toBe(`${api.url}/acme/${r.repo}/issues/1`)
    const issue = r.issue(1)
    expect(issue.title).toBe('AWS certificates need action')
    expect(issue.labels).toEqual(['aws-cert-watch', 'security'])
    expect(issue.body).toContain('orders-db')
    expect(issue.body).toContain('billing-db')
    expect(api.state.label('acme', r.repo, 'security')?.color).toBe('d93f0b')
    expect(r.comments(1)).toHaveLength(0)
  })

  it('writes nothing when a later scan finds the same things', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    const before = lastIndex()
    const result = await r.run(
      makeReport([orders, billing], { generatedAt: '2026-05-01T18:00:00.000Z' })
    )
    expect(result).toMatchObject({ action: 'unchanged', number: 1, commented: false })
    expect(r.writesSince(before)).toEqual([])
  })

  it('comments once, about the new resource only, when a critical one appears', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    const payments = makeFinding({ resourceId: 'payments-db', severity: 'critical' })
    const result = await r.run(makeReport([billing, payments, orders]))
    expect(result).toMatchObject({ action: 'updated', commented: true })
    const comments = r.comments(1)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('**1 finding new or more urgent**')
    expect(comments[0]?.body).toContain('payments-db')
    expect(comments[0]?.body).not.toContain('orders-db')
    expect(r.issue(1).body).toContain('payments-db')
  })

  it('keeps a ticked box and the notes on the next run, without a comment', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    const notes = 'Owner: team DB.\r\n- [ ] our own todo\r\n<!-- aws-cert-watch:notes -->\r\n'
    r.issue(1).body = `${tick(r.issue(1).body ?? '', orders)}${notes}`
    const result = await r.run(makeReport([orders, billing]))
    expect(result.commented).toBe(false)
    const body = r.issue(1).body ?? ''
    expect(body).toContain(`- [x] <!-- aws-cert-watch:id=${orders.id} sev=warning ack=warning -->`)
    expect(body.indexOf('### Acknowledged (1)')).toBeLessThan(body.indexOf('orders-db'))
    expect(body.endsWith(`<!-- aws-cert-watch:notes -->\n${notes}`)).toBe(true)
  })

  it('says in a debug line what it read of the body and how much it writes', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    r.issue(1).body = `${tick(r.issue(1).body ?? '', orders)}Owner: team DB.\n`
    const log = recordingLog()
    await r.run(makeReport([orders, billing]), { log })
    expect(log.messages).toContainEqual(
      expect.stringMatching(
        /^Tracking issue: read \d+ characters \(2 findings, 1 ticked, 16 characters of notes, base none, 0 omitted\); writing \d+\.$/
      )
    )
  })

  it('keeps a box ticked between the run reading the issue and writing it', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    const issuePath = `/repos/acme/${r.repo}/issues/1`
    let ticked = false
    api.state.onRequest = (request, state) => {
      // The run has listed the issues; a person ticks the box before the run re-reads it.
      if (request.method === 'GET' && request.path === issuePath && !ticked) {
        ticked = true
        const issue = state.issue('acme', r.repo, 1)
        if (issue) issue.body = tick(issue.body ?? '', billing)
      }
    }
    const newOne = makeFinding({ resourceId: 'new-db', severity: 'notice' })
    try {
      const result = await r.run(makeReport([billing, orders, newOne]))
      expect(result.action).toBe('updated')
    } finally {
      api.state.onRequest = undefined
    }
    expect(ticked).toBe(true)
    expect(r.issue(1).body).toContain(
      `- [x] <!-- aws-cert-watch:id=${billing.id} sev=expired ack=expired -->`
    )
    expect(r.issue(1).body).toContain('new-db')
  })

  it('unticks an acknowledged finding and announces it when it becomes more urgent', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    r.issue(1).body = tick(r.issue(1).body ?? '', orders)
    await r.run(makeReport([orders, billing]))
    const worse = makeFinding({ resourceId: 'orders-db', severity: 'critical' })
    const result = await r.run(makeReport([billing, worse]))
    expect(result).toMatchObject({ action: 'updated', commented: true })
    const body = r.issue(1).body ?? ''
    expect(body).toContain(`- [ ] <!-- aws-cert-watch:id=${orders.id} sev=critical -->`)
    expect(body).not.toContain('### Acknowledged')
    expect(
      r
        .comments(1)
        .map((c) => c.body)
        .join('\n')
    ).toContain('**Critical** · **orders-db**')
  })

  it('drops a fixed resource from the body without notifying anyone', async () => {
    const r = repository()
    await r.run(makeReport([orders, billing]))
    const result = await r.run(makeReport([billing]))
    expect(result).toMatchObject({ action: 'updated', commented: false })
    expect(r.issue(1).body).not.toContain('orders-db')
    expect(r.comments(1)).toHaveLength(0)
  })

  it('keeps findings whose scan failed, as not re-checked, and does not close on them', async () => {
    const r = repository()
    const euDb = makeFinding({ resourceId: 'eu-db', region: 'eu-west-1', severity: 'critical' })
    await r.run(makeReport([orders, euDb]))
    const ticked = tick(r.issue(1).body ?? '', euDb)
    r.issue(1).body = ticked

    // eu-west-1's RDS scan fails; us-east-1's succeeds and orders-db is fixed.
    const failing = makeReport([], {
      coverage: [
        { account: '123456789012', region: 'us-east-1', service: 'rds', status: 'ok', detail: '' },
        {
          account: '123456789012',
          region: 'eu-west-1',
          service: 'rds',
          status: 'failed',
          detail: 'AccessDenied (HTTP 403): not authorized'
        }
      ]
    })
    const index = lastIndex()
    const kept = await r.run(failing)
    expect(kept).toMatchObject({ action: 'updated', number: 1, commented: false })
    expect(r.issue(1).state).toBe('open')
    const body = r.issue(1).body ?? ''
    expect(body).toContain('### Not re-checked: their scan failed this run (1)')
    expect(body).toContain(
      `- [x] <!-- aws-cert-watch:id=${euDb.id} sev=critical ack=critical --> **eu-db** · 123456789012 / eu-west-1 · last seen as critical; not re-checked: AccessDenied (HTTP 403): not authorized`
    )
    expect(body).not.toContain('orders-db')
    expect(r.comments(1)).toHaveLength(0)
    expect(r.writesSince(index).map((call) => call.method)).toEqual(['PATCH'])

    // The region is scanned again and the finding is gone: now it is fixed, and the issue closes.
    const clear = await r.run(makeReport([]))
    expect(clear).toMatchObject({ action: 'closed', number: 1 })
  })

  it('closes with a final comment when all is fixed, then reopens when problems come back', async () => {
    const r = repository()
    await r.run(makeReport([orders]))
    r.issue(1).body += 'keep this note'

    const closed = await r.run(makeReport([]))
    expect(closed).toMatchObject({ action: 'closed', number: 1, commented: true })
    expect(r.issue(1)).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(r.comments(1).at(-1)?.body).toMatch(/^All clear: no certificate needs action/)
    expect(r.issue(1).body).toContain('**No certificate needs action.**')

    const quiet = await r.run(makeReport([]))
    expect(quiet).toEqual({ action: 'none', commented: false })

    const back = await r.run(makeReport([billing]))
    expect(back).toMatchObject({ action: 'reopened', number: 1, commented: true })
    expect(r.issue(1).state).toBe('open')
    expect(r.issue(1).body).toContain('billing-db')
    expect(r.issue(1).body?.endsWith('keep this note')).toBe(true)
    expect(r.comments(1).at(-1)?.body).toContain('billing-db')
    expect(api.state.issues('acme', r.repo)).toHaveLength(1)
  })

  it('keeps an all-clear issue open when close-when-clear is off', async () => {
    const r = repository({ closeWhenClear: false })
    await r.run(makeReport([orders]))
    const result = await r.run(makeReport([]))
    expect(result).toMatchObject({ action: 'updated', commented: false })
    expect(r.issue(1).state).toBe('open')
    expect(r.issue(1).body).toContain('**No certificate needs action.**')
  })

  it('collapses duplicate open issues into the oldest one', async () => {
    const r = repository()
    await r.run(makeReport([orders]))
    const scopeMarker = '<!-- aws-cert-watch:scope=prod -->\n'
    const octocat = { login: 'octocat', id: 583231 }
    const seed = (title: string, extra: object) =>
      api.state.addIssue('acme', r.repo, { title, labels: ['aws-cert-watch'], ...extra }, octocat)
    seed('dup', { body: `${scopeMarker}duplicate from a concurrent run` })
    seed('a pull request', { body: scopeMarker, pullRequest: true })
    seed('forged by someone else', {
      body: scopeMarker,
      user: { login: 'mallory', id: 666 }
    })
    seed('another scope', { body: '<!-- aws-cert-watch:scope=staging -->' })

    const result = await r.run(makeReport([orders]))
    expect(result).toMatchObject({ number: 1 })
    expect(r.issue(2)).toMatchObject({ state: 'closed', state_reason: 'not_planned' })
    expect(r.comments(2)[0]?.body).toContain('duplicate of #1')
    for (const untouched of [3, 4, 5]) expect(r.issue(untouched).state).toBe('open')
    expect(r.issue(1).state).toBe('open')
  })

  it('keeps 2,000 findings under the size limit with the most urgent listed', async () => {
    const r = repository()
    const findings = manyFindings(2000)
    const result = await r.run(makeReport(findings))
    expect(result.action).toBe('created')
    const body = r.issue(1).body ?? ''
    expect(body.length).toBeLessThanOrEqual(60000)
    expect(body).toContain(findings[0]?.resourceId.replace(/-/g, '-'))
    expect(body).toContain('less urgent findings did not fit')
    expect(body).not.toContain('### Notice')

    // Unlisted findings were there all along: the next run announces nothing.
    const again = await r.run(makeReport(findings))
    expect(again).toMatchObject({ action: 'unchanged', commented: false })
  })

  it('works with the GITHUB_TOKEN, whose identity GET /user does not reveal', async () => {
    const r = repository({}, ACTIONS_TOKEN)
    const created = await r.run(makeReport([orders]))
    expect(created.action).toBe('created')
    expect(r.issue(1).user.login).toBe('github-actions[bot]')
    const again = await r.run(makeReport([orders]))
    expect(again).toMatchObject({ action: 'unchanged', number: 1 })
  })

  it("works with another GitHub App's installation token, and never adopts a person's look-alike", async () => {
    const appToken = 'ghs_emulated_other_app_token'
    const defaultUsers = {
      [USER_TOKEN]: { login: 'octocat', id: 583231, type: 'User' as const },
      [ACTIONS_TOKEN]: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const }
    }
    api.setOptions({
      users: { ...defaultUsers, [appToken]: { login: 'cert-bot[bot]', id: 90001, type: 'Bot' } }
    })
    try {
      const r = repository({}, appToken)
      const created = await r.run(makeReport([orders]))
      expect(created).toMatchObject({ action: 'created', number: 1 })
      expect(r.issue(1).user.login).toBe('cert-bot[bot]')
      // A person copies the body, marker and label included, into an issue of their own.
      api.state.addIssue(
        r.owner,
        r.repo,
        { title: 'copy', body: r.issue(1).body, labels: ['aws-cert-watch'] },
        { login: 'octocat', id: 583231, type: 'User' }
      )
      const again = await r.run(makeReport([orders]))
      expect(again).toMatchObject({ action: 'unchanged', number: 1 })
      expect(api.state.issue(r.owner, r.repo, 2)?.state).toBe('open')
    } finally {
      api.setOptions({ users: defaultUsers })
    }
  })

  it('explains in one line that the workflow needs issues: write', async () => {
    const r = repository()
    api.setOptions({ permissions: { [USER_TOKEN]: 'read' } })
    try {
      await expect(r.run(makeReport([orders]))).rejects.toThrow(TrackingIssueError)
      const error = await r.run(makeReport([orders])).catch((e: unknown) => e)
      expect(error).toMatchObject({ failure: 'permission', status: 403 })
      const message = (error as Error).message
      expect(message).toMatch(
        /^The tracking issue needs 'permissions: issues: write' in the workflow/
      )
      expect(message).toContain('Resource not accessible by integration')
      expect(message).not.toContain('\n')
    } finally {
      api.setOptions({ permissions: {} })
    }
  })

  it('reports a repository with issues turned off without retrying', async () => {
    const r = repository()
    api.setOptions({ issuesEnabled: false })
    const before = lastIndex()
    try {
      const error = await r.run(makeReport([orders])).catch((e: unknown) => e)
      expect(error).toMatchObject({ failure: 'issues-disabled', status: 410 })
      expect((error as Error).message).toMatch(/^Issues are disabled in acme\/infra-\d+/)
    } finally {
      api.setOptions({ issuesEnabled: true })
    }
    expect(api.calls.filter((call) => call.index > before && call.status === 410)).toHaveLength(1)
  })

  it('rides out secondary rate limits', async () => {
    const r = repository()
    api.setOptions({ secondaryRateLimitEvery: 3 })
    const before = lastIndex()
    try {
      const result = await r.run(makeReport([orders, billing]))
      expect(result.action).toBe('created')
    } finally {
      api.setOptions({ secondaryRateLimitEvery: 0 })
    }
    const limited = api.calls.filter((call) => call.index > before && call.status === 403)
    expect(limited.length).toBeGreaterThan(0)
    expect(api.state.issues('acme', r.repo)).toHaveLength(1)
  })
})
