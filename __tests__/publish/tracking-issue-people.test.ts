/**
 * The tracking issue among the things people and GitHub do to it: runs that overlap, a label
 * taken off, markers edited, notes moved, an edit that lands while a run writes, a person
 * closing it, locking or deleting it, and GitHub refusing or never answering. Whatever happens,
 * there is one issue in the end and every tick and note people made is still there.
 * The real Octokit against the local GitHub API; each test has its own repository.
 */
import {
  ACTIONS_TOKEN,
  startGitHubApi,
  type EmulatedUser,
  type GitHubApi
} from '../../emulator/github/index.js'
import { parseIssueBody } from '../../src/report/issue/body.js'
import {
  syncTrackingIssue,
  type TrackingIssueParams,
  type TrackingIssueResult
} from '../../src/publish/tracking-issue.js'
import type { Finding, Report } from '../../src/model/index.js'
import { localClient, recordingLog } from './local-github.js'
import { makeFinding, makeReport } from './report-factory.js'

const ALICE: EmulatedUser = { login: 'alice', id: 7001, type: 'User' }
const TITLE = 'AWS certificates need action'

let api: GitHubApi
let repoCount = 0

beforeAll(async () => {
  api = await startGitHubApi()
})
afterAll(() => api.close())
afterEach(() => {
  api.state.onRequest = undefined
  api.setOptions({ hang: false, htmlResponse: undefined, primaryRateLimit: undefined })
})

/** A repository of its own, and a run of the action's issue step with the GITHUB_TOKEN. */
function repository() {
  repoCount += 1
  const owner = 'acme'
  const repo = `people-${repoCount}`
  const log = recordingLog()
  const run = (
    report: Report,
    client: Parameters<typeof localClient>[3] = {}
  ): Promise<TrackingIssueResult> =>
    syncTrackingIssue(localClient(api, ACTIONS_TOKEN, log, client), {
      owner,
      repo,
      report,
      issueKey: 'prod',
      title: TITLE,
      labels: ['aws-cert-watch'],
      closeWhenClear: true,
      secrets: [ACTIONS_TOKEN],
      log
    } satisfies TrackingIssueParams)
  const issue = (number: number) => {
    const found = api.state.issue(owner, repo, number)
    if (found === undefined) throw new Error(`no issue #${number}`)
    return found
  }
  const open = () => api.state.issues(owner, repo).filter((i) => i.state === 'open')
  /** Alice edits the body in GitHub's editor. */
  const edit = (number: number, change: (body: string) => string) =>
    api.state.editBody(owner, repo, number, change(issue(number).body ?? ''), ALICE)
  return { owner, repo, run, issue, open, edit, log }
}

const tick = (body: string, finding: Finding) =>
  body.replace(
    `- [ ] <!-- aws-cert-watch:id=${finding.id} `,
    `- [x] <!-- aws-cert-watch:id=${finding.id} `
  )
const addNotes = (notes: string) => (body: string) => `${body}${notes}`
const ticked = (body: string | null) => parseIssueBody(body ?? '').ticked
const notesOf = (body: string | null) => parseIssueBody(body ?? '').notes

const orders = makeFinding({ resourceId: 'orders-db', severity: 'warning' })
const billing = makeFinding({ resourceId: 'billing-db', severity: 'expired' })
const report = makeReport([orders, billing])

describe('overlapping runs', () => {
  it('end with one open issue when both find none and create at the same time', async () => {
    const r = repository()
    const results = await Promise.all([r.run(report), r.run(report)])
    expect(r.open().map((i) => i.number)).toEqual([1])
    expect(r.issue(2)).toMatchObject({ state: 'closed', state_reason: 'not_planned' })
    expect(results.map((result) => result.number)).toEqual([1, 1])
  })

  it("hand a duplicate's ticks and notes to the kept issue before closing it", async () => {
    const r = repository()
    await r.run(report)
    // A second issue, as an overlapping run of an older version would have left it.
    const second = api.state.addIssue(
      r.owner,
      r.repo,
      { title: TITLE, body: r.issue(1).body, labels: ['aws-cert-watch'] },
      { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
    )
    r.edit(second.number, (body) =>
      addNotes('Ticket OPS-42 tracks the rotation.\n')(tick(body, orders))
    )
    r.edit(1, addNotes('Owner: team DB.\n'))

    await r.run(report)
    expect(r.open().map((i) => i.number)).toEqual([1])
    expect(r.issue(second.number).state_reason).toBe('not_planned')
    const kept = r.issue(1).body
    expect(ticked(kept).get(orders.id)).toBe('warning')
    expect(notesOf(kept)).toContain('Owner: team DB.')
    expect(notesOf(kept)).toContain('Ticket OPS-42 tracks the rotation.')
    // Taken over once: the next run finds the duplicate closed and leaves the notes as they are.
    const before = r.issue(1).body
    await r.run(report)
    expect(r.issue(1).body).toBe(before)
  })
})

describe('the issue is found again, and repaired', () => {
  it('when someone removed its label', async () => {
    const r = repository()
    await r.run(report)
    api.state.setLabels(r.owner, r.repo, 1, [])
    const result = await r.run(makeReport([orders, billing, makeFinding({ resourceId: 'new-db' })]))
    expect(result).toMatchObject({ action: 'updated', number: 1 })
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)
    expect(r.issue(1).labels).toEqual(['aws-cert-watch'])
  })

  it.each([
    ['edited', (body: string) => body.replace('scope=prod', 'scope=prd')],
    ['deleted', (body: string) => body.replace('<!-- aws-cert-watch:scope=prod -->\n', '')]
  ])('when someone %s the scope marker on the first line', async (_, change) => {
    const r = repository()
    await r.run(report)
    r.edit(1, (body) => change(tick(body, billing)))
    await r.run(report)
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)
    const body = r.issue(1).body ?? ''
    expect(body.startsWith('<!-- aws-cert-watch:scope=prod -->\n')).toBe(true)
    expect(ticked(body).get(billing.id)).toBe('expired')
  })

  it('when both scope markers are gone, by its label and title', async () => {
    const r = repository()
    await r.run(report)
    r.edit(1, (body) =>
      body
        .replace('<!-- aws-cert-watch:scope=prod -->\n', '')
        .replace(/<!-- aws-cert-watch:end scope=prod -->\n/, '')
    )
    await r.run(report)
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)
    expect(parseIssueBody(r.issue(1).body ?? '').scopeKeys).toEqual(['prod'])
  })

  it('when the notes were moved to the top, keeping them and the ticks', async () => {
    const r = repository()
    await r.run(report)
    r.edit(1, (body) => {
      const marked = tick(body, orders)
      const notes = `${marked.slice(marked.indexOf('### Notes'))}Owner: team DB.\n`
      return `${notes}\n${marked.slice(0, marked.indexOf('### Notes'))}`
    })
    await r.run(makeReport([orders, billing, makeFinding({ resourceId: 'new-db' })]))
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)
    const body = r.issue(1).body ?? ''
    expect(notesOf(body).trim()).toBe('Owner: team DB.')
    expect(body.split('### Notes')).toHaveLength(2)
    expect(ticked(body).has(orders.id)).toBe(true)
  })

  it('when the notes marker got a trailing space, keeping every note', async () => {
    const r = repository()
    await r.run(report)
    r.edit(1, (body) =>
      `${body}Owner: team DB.\n`.replace(
        '<!-- aws-cert-watch:notes -->',
        '<!-- aws-cert-watch:notes --> '
      )
    )
    await r.run(makeReport([orders, billing, makeFinding({ resourceId: 'new-db' })]))
    expect(notesOf(r.issue(1).body)).toBe('Owner: team DB.\n')
  })
})

describe('an edit that lands while a run writes', () => {
  it('is overwritten by that write and put back by the next run, from the edit history', async () => {
    const r = repository()
    await r.run(report)
    const issuePath = `/repos/${r.owner}/${r.repo}/issues/1`
    let landed = false
    api.state.onRequest = (request) => {
      // After the run's last read, before its write: GitHub has no conditional write.
      if (request.method === 'PATCH' && request.path === issuePath && !landed) {
        landed = true
        r.edit(1, (body) => addNotes('Rotation booked for Tuesday.\n')(tick(body, orders)))
      }
    }
    const newDb = makeFinding({ resourceId: 'new-db', severity: 'notice' })
    await r.run(makeReport([orders, billing, newDb]))
    api.state.onRequest = undefined
    expect(landed).toBe(true)
    expect(ticked(r.issue(1).body).has(orders.id)).toBe(false)

    await r.run(makeReport([orders, billing, newDb]))
    expect(ticked(r.issue(1).body).get(orders.id)).toBe('warning')
    expect(notesOf(r.issue(1).body)).toBe('Rotation booked for Tuesday.\n')
    expect(r.log.messages.join('\n')).toMatch(/putting back an edit by alice .*1 tick/)

    // Put back once: a later run finds nothing lost.
    const before = r.issue(1).body
    await r.run(makeReport([orders, billing, newDb]))
    expect(r.issue(1).body).toBe(before)
  })
})

describe('acknowledgements', () => {
  it('hold through a severity that drops and comes back, until it is worse than when ticked', async () => {
    const r = repository()
    const at = (severity: Finding['severity']) =>
      makeReport([makeFinding({ resourceId: 'orders-db', severity }), billing])
    await r.run(at('critical'))
    r.edit(1, (body) => tick(body, orders))
    for (const severity of ['critical', 'warning', 'critical'] as const) {
      const result = await r.run(at(severity))
      expect(result.commented).toBe(false)
      expect(ticked(r.issue(1).body).get(orders.id)).toBe('critical')
    }
    const worse = await r.run(at('expired'))
    expect(worse.commented).toBe(true)
    expect(ticked(r.issue(1).body).has(orders.id)).toBe(false)
  })
})

describe('a person closing the issue', () => {
  it('is respected while nothing is new or more urgent, and undone when something is', async () => {
    const r = repository()
    await r.run(report)
    api.state.close(r.owner, r.repo, 1, ALICE, 'not_planned')
    const quiet = await r.run(report)
    expect(quiet.commented).toBe(false)
    expect(r.issue(1).state).toBe('closed')
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)

    const urgent = makeFinding({ resourceId: 'payments-db', severity: 'critical' })
    const back = await r.run(makeReport([orders, billing, urgent]))
    expect(back).toMatchObject({ action: 'reopened', number: 1, commented: true })
    expect(r.issue(1).state).toBe('open')
    expect(api.state.issues(r.owner, r.repo)).toHaveLength(1)
  })
})

describe('GitHub refusing, or not answering', () => {
  it('a locked issue: no comment attempted, and one sentence that says it is locked', async () => {
    const r = repository()
    await r.run(report)
    api.state.lock(r.owner, r.repo, 1, 'resolved')
    const error = await r
      .run(
        makeReport([orders, billing, makeFinding({ resourceId: 'new-db', severity: 'critical' })])
      )
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'locked', status: 403 })
    expect((error as Error).message).toMatch(/^Tracking issue #1 is locked/)
    expect(api.state.comments(r.owner, r.repo, 1)).toHaveLength(0)
  })

  it('an issue deleted while the run works on it', async () => {
    const r = repository()
    await r.run(report)
    const issuePath = `/repos/${r.owner}/${r.repo}/issues/1`
    api.state.onRequest = (request) => {
      if (request.method === 'GET' && request.path === issuePath) {
        api.state.deleteIssue(r.owner, r.repo, 1)
      }
    }
    const error = await r.run(report).catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'deleted', status: 410 })
    expect((error as Error).message).toMatch(/^Tracking issue #1 was deleted while this run/)
  })

  it('a rate limit that resets in an hour: no waiting, and when it resets', async () => {
    const r = repository()
    api.setOptions({ primaryRateLimit: { resetInSeconds: 3600 } })
    const started = Date.now()
    const error = await r.run(report).catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(error).toMatchObject({ failure: 'rate-limited' })
    expect((error as Error).message).toMatch(
      /^The token's GitHub API rate limit is used up until \d{4}-\d\d-\d\d \d\d:\d\d UTC/
    )
  })

  it('a proxy answering with an HTML page that echoes the request: status only, no text', async () => {
    const r = repository()
    api.setOptions({
      htmlResponse: {
        status: 502,
        body: `<html><body>Bad gateway. Your request: Authorization: token ${ACTIONS_TOKEN}</body></html>`
      }
    })
    const error = await r.run(report).catch((e: unknown) => e)
    expect(error).toMatchObject({ failure: 'not-github', status: 502 })
    const message = (error as Error).message
    expect(message).toMatch(/answered with HTTP 502 \(text\/html\), not a GitHub API response/)
    expect(message).not.toContain(ACTIONS_TOKEN)
    expect(message).not.toContain('Bad gateway')
    // The page's start is kept for the debug log only, and masked there too.
    const debug = (error as { debug: string }).debug
    expect(debug).toContain('Bad gateway. Your request: Authorization: token ***')
    expect(debug).not.toContain(ACTIONS_TOKEN)
  })

  it('an API that accepts requests and never answers: given up at the request limit', async () => {
    const r = repository()
    api.setOptions({ hang: true })
    const started = Date.now()
    const error = await r.run(report, { requestMs: 300 }).catch((e: unknown) => e)
    // Three retries of 300 ms each, and the plugin's short waits in between.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(error).toMatchObject({ failure: 'timeout' })
    expect((error as Error).message).toMatch(/^GitHub did not answer within 300 ms \(GET \/user\)/)
  })
})
