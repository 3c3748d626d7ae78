/**
 * publishResults with a fake ActionIo that records every call in order, and the real Octokit
 * against the local GitHub API: the report file, annotations within GitHub's budget, the
 * tracking issue whose failure never costs the summary, the outputs or the report.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTIONS_TOKEN, startGitHubApi, type GitHubApi } from '../../emulator/github/index.js'
import { parseSettings } from '../../src/config/index.js'
import { publishResults, type PublishDeps, type RunContext } from '../../src/publish/index.js'
import { DEFAULT_BUDGETS } from '../../src/shared/budget.js'
import type { Report, Settings } from '../../src/model/index.js'
import { localClient } from './local-github.js'
import { recordingIo } from './recording-io.js'
import { makeFinding, makeReport, manyFindings } from './report-factory.js'

const RUN: RunContext = {
  owner: 'acme',
  repo: 'infra',
  runUrl: 'https://github.com/acme/infra/actions/runs/1'
}

let dir: string
let api: GitHubApi

function settings(inputs: Record<string, string> = {}): Settings {
  const values: Record<string, string> = {
    regions: 'us-east-1',
    'github-token': ACTIONS_TOKEN,
    'report-path': join(dir, 'out', 'report.json'),
    ...inputs
  }
  return parseSettings((name) => values[name] ?? '')
}

function publish(
  report: Report,
  s: Settings,
  run: RunContext | null = RUN,
  budgets: PublishDeps['budgets'] = DEFAULT_BUDGETS
) {
  const recorder = recordingIo()
  const done = publishResults(report, s, {
    io: recorder.io,
    run,
    makeGitHubClient: (token, options) => localClient(api, token, undefined, options),
    budgets
  })
  return done.then(() => recorder)
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'publish-results-'))
  api = await startGitHubApi()
})
afterEach(async () => {
  await api.close()
  await rm(dir, { recursive: true, force: true })
})

describe('publishResults', () => {
  const report = makeReport([
    makeFinding({ resourceId: 'orders-db', severity: 'expired' }),
    makeFinding({ resourceId: 'billing-db', severity: 'warning' })
  ])

  it('writes the report, annotates, keeps the issue, summarises and sets the outputs', async () => {
    const r = await publish(report, settings())
    const written = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')) as Report
    expect(written).toEqual(report)
    expect(r.of('error').map((call) => (call.args[1] as { title: string }).title)).toEqual([
      expect.stringContaining('orders-db')
    ])
    expect(r.of('warning')).toHaveLength(1)
    const [issue] = api.state.issues('acme', 'infra')
    expect(issue?.body).toContain('orders-db')
    expect(r.outputs()).toMatchObject({
      'report-path': join(dir, 'out', 'report.json'),
      'findings-count': '2',
      'issue-number': String(issue?.number),
      'issue-url': `${api.url}/acme/infra/issues/${issue?.number}`
    })
    expect(r.summary()).toContain('### Expired (1)')
    // Written before the issue was attempted, then again with its link at the top.
    const kinds = r.calls.map((call) => call.kind)
    expect(kinds.indexOf('appendSummary')).toBeLessThan(kinds.indexOf('replaceSummary'))
    expect(r.summary().split('\n')[2]).toBe(
      `**1 expired · 0 critical · 1 warning · 0 notice** · Tracking issue <a href="${api.url}/acme/infra/issues/${issue?.number}">#${issue?.number}</a>`
    )
    expect(r.of('setFailed')).toEqual([])
  })

  it('fails last, after the summary and the outputs, when fail-on trips', async () => {
    const r = await publish(report, settings({ 'fail-on': 'expired' }))
    const kinds = r.calls.map((call) => call.kind)
    expect(kinds.at(-1)).toBe('setFailed')
    expect(kinds.indexOf('appendSummary')).toBeLessThan(kinds.indexOf('setFailed'))
    expect(kinds.lastIndexOf('setOutput')).toBeLessThan(kinds.indexOf('setFailed'))
    expect(r.of('setFailed')[0]?.args[0]).toMatch(
      /^1 resource\(s\) at or above fail-on 'expired': orders-db/
    )
  })

  it('keeps summary, outputs and report when the token lacks issues: write', async () => {
    api.setOptions({ permissions: { [ACTIONS_TOKEN]: 'read' } })
    const r = await publish(report, settings())
    expect(JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'))).toEqual(report)
    expect(r.outputs()).toMatchObject({
      'findings-count': '2',
      'issue-number': '',
      'issue-url': ''
    })
    expect(r.summary()).toContain('### Expired (1)')
    expect(r.summary()).toContain(
      "> [!WARNING]\n> The tracking issue needs 'permissions: issues: write'"
    )
    const problem = r.infoLines().filter((line) => line.includes('issues: write'))
    expect(problem).toHaveLength(1)
    expect(problem[0]).toMatch(/^Warning: /)
    // The issue's trouble takes no annotation slot and does not fail the step.
    expect(r.of('warning')).toHaveLength(1)
    expect(r.of('setFailed')).toEqual([])
  })

  it('writes summary, outputs and report before the issue, and ends on time when GitHub never answers', async () => {
    api.setOptions({ hang: true })
    const started = Date.now()
    const r = await publish(report, settings(), RUN, {
      ...DEFAULT_BUDGETS,
      github: { requestMs: 10_000, totalMs: 400, longestWaitSeconds: 30 }
    })
    expect(Date.now() - started).toBeLessThan(5_000)
    const kinds = r.calls.map((call) => call.kind)
    const issueLine = r.calls.findIndex(
      (call) => call.kind === 'info' && String(call.args[0]).startsWith('Warning: ')
    )
    // Everything the run owes the user came before the tracking issue was given up.
    expect(kinds.indexOf('appendSummary')).toBeLessThan(issueLine)
    expect(r.calls.findIndex((call) => call.args[0] === 'findings-count')).toBeLessThan(issueLine)
    expect(JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8'))).toEqual(report)
    expect(r.outputs()).toMatchObject({ 'findings-count': '2', 'issue-number': '' })
    expect(r.summary()).toMatch(
      /> \[!WARNING\]\n> The tracking issue was not updated: GitHub did not finish answering within this run's 400 ms budget/
    )
    expect(r.of('setFailed')).toEqual([])
  })

  it('says in one line that the report could not be written, and still summarises and fails the step', async () => {
    const s = settings({ 'report-path': '/proc/aws-cert-watch/report.json' })
    const r = await publish(report, s)
    expect(r.summary()).toContain('### Expired (1)')
    expect(r.summary()).toMatch(
      /> \[!WARNING\]\n> The report \(\/proc\/aws-cert-watch\/report.json\) could not be written/
    )
    expect(r.outputs()).toMatchObject({ 'findings-count': '2', 'report-path': '' })
    expect(r.of('setFailed')).toHaveLength(1)
    expect(r.of('setFailed')[0]?.args[0]).toMatch(
      /^The report .* could not be written: .*cannot be created/
    )
  })

  it('keeps the results when GitHub cannot be reached at all', async () => {
    await api.close()
    try {
      const r = await publish(report, settings())
      expect(r.outputs()).toMatchObject({ 'findings-count': '2', 'issue-number': '' })
      expect(r.summary()).toMatch(
        /> \[!WARNING\]\n> The GitHub API could not be reached \(ECONNREFUSED on GET \/user\); the scan's results are unaffected\./
      )
      expect(r.of('setFailed')).toEqual([])
    } finally {
      api = await startGitHubApi()
    }
  })

  it('makes no GitHub call outside a workflow run, with an empty token, or with issue: false', async () => {
    const outside = await publish(report, settings(), null)
    expect(outside.infoLines()).toContain(
      'Tracking issue: skipped (GITHUB_REPOSITORY is not set: not in a workflow run).'
    )
    const noToken = await publish(report, settings({ 'github-token': ' ' }))
    expect(noToken.infoLines()).toContain(
      "Warning: Tracking issue skipped: the 'github-token' input is empty (set it, or set 'issue: false')."
    )
    expect(noToken.summary()).toContain("> Tracking issue skipped: the 'github-token' input")
    const disabled = await publish(report, settings({ issue: 'false' }))
    expect(disabled.outputs()['issue-number']).toBe('')
    expect(api.calls).toEqual([])
  })
})

describe('publishResults annotation budget', () => {
  it('keeps to 10 per level, reserves an error slot for the failure, and points at the summary', async () => {
    const report = makeReport(manyFindings(60))
    const r = await publish(report, settings({ 'fail-on': 'warning', issue: 'false' }))
    const errors = r.of('error').length + r.of('setFailed').length
    expect(errors).toBe(10)
    expect(r.of('warning')).toHaveLength(10)
    expect(r.of('notice')).toHaveLength(10)
    const last = r.of('notice').at(-1)
    expect(last?.args[0]).toBe(
      '32 more findings are not annotated here (GitHub shows at most 10 per level); see the job summary or the JSON report for all 60.'
    )
  })

  it('uses all ten error slots when the step does not fail', async () => {
    const report = makeReport(manyFindings(60))
    const r = await publish(report, settings({ issue: 'false' }))
    expect(r.of('error')).toHaveLength(10)
    expect(r.of('setFailed')).toEqual([])
    expect(r.of('notice').at(-1)?.args[0]).toMatch(/^31 more findings are not annotated here/)
  })
})

describe('publishResults when scans failed', () => {
  const failed = (region: string) => ({
    account: '123456789012',
    region,
    service: 'acm' as const,
    status: 'failed' as const,
    detail: 'AccessDenied: grant acm:ListCertificates'
  })
  const coverage = [failed('eu-west-1'), failed('us-west-2')]

  it('raises one warning annotation for them, in a slot kept free of findings', async () => {
    const report = makeReport(manyFindings(60), { coverage })
    const r = await publish(report, settings({ issue: 'false' }))
    const warnings = r.of('warning')
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)?.args).toEqual([
      '2 scans failed, so their resources are missing from the report: 123456789012 / eu-west-1 / acm: AccessDenied: grant acm:ListCertificates (and 1 more; see the job summary).',
      { title: 'aws-cert-watch: scans failed' }
    ])
    expect(
      warnings.slice(0, 9).every((call) => !String(call.args[0]).includes('scans failed'))
    ).toBe(true)
    // The slot moved to the pointer at the summary: one more finding is left unannotated.
    expect(r.of('notice').at(-1)?.args[0]).toMatch(/^32 more findings are not annotated here/)
  })

  it('raises none when every scan succeeded', async () => {
    const report = makeReport([makeFinding({ resourceId: 'db-1', severity: 'critical' })])
    const r = await publish(report, settings({ issue: 'false' }))
    expect(r.of('warning')).toEqual([])
  })

  it('logs for maintainers, in debug lines only, each failed scan, the annotations and the summary size', async () => {
    const report = makeReport([makeFinding({ resourceId: 'db-1', severity: 'critical' })], {
      coverage
    })
    const r = await publish(report, settings({ issue: 'false' }))
    const debug = r.of('debug').map((call) => String(call.args[0]))
    expect(debug).toContain(
      'Scan failed: 123456789012 / us-west-2 / acm: AccessDenied: grant acm:ListCertificates'
    )
    expect(debug).toContainEqual(
      expect.stringMatching(
        /^Report: 1 findings, 2 coverage rows \(2 failed\), generated at 2026-05-01T06:00:00.000Z; 1 annotations \(error slot kept: false, warning slot kept: true\)\.$/
      )
    )
    expect(debug).toContainEqual(
      expect.stringMatching(/^Job summary: writing \d+ bytes \(budget \d+\)\.$/)
    )
  })
})
