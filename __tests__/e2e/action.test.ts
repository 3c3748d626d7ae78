/**
 * The bundled action, run as the runner runs it (`node dist/index.js` with INPUT_* variables and
 * file commands), against the local AWS emulator, the OIDC token service and the GitHub API.
 * Credentials take the OIDC path: one role per account, AssumeRoleWithWebIdentity on the
 * emulator's STS.
 */
import { fileURLToPath } from 'node:url'
import { RESOURCE_SERVICES, generateEstate, type PlantedProblem } from '../../emulator/aws/index.js'
import { ACTIONS_TOKEN } from '../../emulator/github/index.js'
import { SEVERITIES, type Finding, type Report, type Severity } from '../../src/model/index.js'
import {
  rolesFor,
  startLocalServices,
  STEP_GITHUB_TOKEN,
  type LocalServices
} from './local-services.js'
import {
  REPOSITORY,
  RUN_ID,
  runAction,
  type ActionRun,
  type ActionRunOptions
} from './run-action.js'

const [OWNER, REPO] = REPOSITORY.split('/') as [string, string]
const DEMO_ACCOUNTS = ['111111111111', '222222222222']
const DEMO_REGIONS = 'us-east-1,eu-west-1,ap-northeast-1'
const DEMO_ESTATE = fileURLToPath(new URL('../../estates/demo.json', import.meta.url))

/** A step on the OIDC path over every account and region of `accounts` x `regions`. */
function step(
  services: LocalServices,
  accounts: readonly string[],
  regions: string,
  extra: ActionRunOptions = {}
): Promise<ActionRun> {
  // Workflow runs are minutes apart: start each with ACM's per-second quota buckets full, as on
  // AWS, instead of having the SDK back off from the previous run's calls.
  services.aws.setKnobs({})
  return runAction({
    githubToken: STEP_GITHUB_TOKEN,
    ...extra,
    env: { ...services.env, ...extra.env },
    inputs: { 'role-to-assume': rolesFor(accounts), regions, ...extra.inputs }
  })
}

function levelCount(run: ActionRun, level: 'error' | 'warning' | 'notice'): number {
  return run.annotations.filter((annotation) => annotation.command === level).length
}

/** What the outputs must say, computed from the report file the same step wrote. */
function expectOutputsAgreeWithReport(run: ActionRun, report: Report): void {
  const worst = SEVERITIES.find((severity) => report.totals[severity] > 0) ?? 'none'
  expect(run.outputs).toMatchObject({
    'findings-count': String(report.findings.length),
    'expired-count': String(report.findings.filter((f) => f.severity === 'expired').length),
    'critical-count': String(report.findings.filter((f) => f.severity === 'critical').length),
    'warning-count': String(report.findings.filter((f) => f.severity === 'warning').length),
    'max-severity': worst
  })
  expect(report.totals.expired).toBe(Number(run.outputs['expired-count']))
  expect(run.outputs['report-path']).toMatch(/aws-cert-watch-report\.json$/)
}

function label(finding: Finding): string {
  return finding.resourceName ?? finding.resourceId
}

/** Severity named at the start of a finding annotation's title (`critical: db-instance ...`). */
function annotatedSeverity(title: string | undefined): Severity {
  const severity = (title ?? '').split(':')[0] as Severity
  expect(SEVERITIES).toContain(severity)
  return severity
}

function reportOf(run: ActionRun): Report {
  expect(run.report).not.toBeNull()
  return run.report as Report
}

describe('a clean estate', () => {
  const accounts = DEMO_ACCOUNTS
  let services: LocalServices
  let run: ActionRun

  beforeAll(async () => {
    const { estate, planted } = generateEstate({
      accounts,
      regions: ['us-east-1', 'eu-west-1'],
      instances: 24,
      certificates: 24,
      problemShare: 0,
      seed: 11
    })
    expect(planted).toEqual([])
    services = await startLocalServices({ estate })
    run = await step(services, accounts, 'us-east-1,eu-west-1')
  })
  afterAll(() => services.close())

  it('passes with max-severity none and no error or warning annotation', () => {
    expect(run.exitCode).toBe(0)
    expect(run.outputs['max-severity']).toBe('none')
    expect(run.outputs['findings-count']).toBe('0')
    expect(levelCount(run, 'error')).toBe(0)
    expect(levelCount(run, 'warning')).toBe(0)
    const report = reportOf(run)
    expect(report.totals.resourcesScanned.rds).toBeGreaterThan(20)
    expect(report.totals.resourcesScanned.acm).toBe(24)
    expect(report.scope.accounts.sort()).toEqual([...accounts].sort())
  })

  it('says in the summary that nothing needs action, and opens no issue', () => {
    expect(run.summary).toContain('Nothing needs action.')
    expect(run.summary).toContain('All 20 account × region × service scans succeeded.')
    expect(services.github.state.issues(OWNER, REPO)).toEqual([])
    expect(run.outputs['issue-number']).toBe('')
    // Both accounts were reached through OIDC, with one token.
    expect(services.oidc.requests).toEqual([{ audience: 'sts.amazonaws.com', status: 200 }])
    expect(
      services.aws.calls.filter((call) => call.operation === 'AssumeRoleWithWebIdentity')
    ).toHaveLength(2)
  })
})

describe('the demo estate', () => {
  let services: LocalServices
  let first: ActionRun
  let firstReport: Report

  beforeAll(async () => {
    services = await startLocalServices({ estate: DEMO_ESTATE })
    first = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS)
    firstReport = reportOf(first)
  })
  afterAll(() => services.close())

  it('passes with fail-on none, and the outputs agree with the report file', () => {
    expect(first.exitCode).toBe(0)
    expect(firstReport.findings.length).toBeGreaterThanOrEqual(10)
    expectOutputsAgreeWithReport(first, firstReport)
    expect(first.outputs['max-severity']).toBe('expired')
    expect(firstReport.coverage.every((row) => row.status === 'ok')).toBe(true)
    expect(new Set(firstReport.findings.map((f) => f.account))).toEqual(new Set(DEMO_ACCOUNTS))
  })

  it('masks the GitHub token before anything else is printed', () => {
    expect(first.commands[0]).toMatchObject({ command: 'add-mask', message: STEP_GITHUB_TOKEN })
    expect(first.stdout.split(STEP_GITHUB_TOKEN)).toHaveLength(2)
  })

  it('annotates every finding, most urgent first, naming the resource', () => {
    const annotated = first.annotations
    // The demo has fewer findings per level than GitHub keeps, so each one is annotated.
    expect(annotated).toHaveLength(firstReport.findings.length)
    annotated.forEach((annotation, index) => {
      const finding = firstReport.findings[index] as Finding
      expect(annotatedSeverity(annotation.properties.title)).toBe(finding.severity)
      expect(annotation.properties.title).toContain(label(finding))
      expect(annotation.command).toBe(finding.severity === 'warning' ? 'warning' : 'error')
    })
    const ranks = annotated.map((a) => SEVERITIES.indexOf(annotatedSeverity(a.properties.title)))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('writes the severity tables, the coverage and the gantt to the job summary', () => {
    const { totals } = firstReport
    expect(first.summary).toContain(
      `**${totals.expired} expired · ${totals.critical} critical · ${totals.warning} warning · ${totals.notice} notice**`
    )
    expect(first.summary).toContain(`### Expired (${totals.expired})`)
    expect(first.summary).toContain(`### Critical (${totals.critical})`)
    expect(first.summary).toContain(`### Warning (${totals.warning})`)
    expect(first.summary).toContain('| Resource | What is wrong | Days left |')
    expect(first.summary).toContain('**How to fix**\n\n')
    expect(first.summary).toContain(`· Tracking issue <a href=`)
    expect(first.summary).toContain('### Coverage')
    expect(first.summary).toContain(
      `All ${firstReport.coverage.length} account × region × service scans succeeded.`
    )
    expect(first.summary).toMatch(/```mermaid\ngantt\n/)
    expect(first.summary).toContain(`/${REPOSITORY}/actions/runs/${RUN_ID}`)
    for (const finding of firstReport.findings) {
      expect(first.summary).toContain(`<code>${label(finding)}</code>`)
    }
  })

  it('creates the tracking issue on the GitHub API and names it in the outputs', () => {
    const issues = services.github.state.issues(OWNER, REPO)
    expect(issues).toHaveLength(1)
    const issue = issues[0]!
    expect(issue).toMatchObject({
      state: 'open',
      title: 'AWS certificates need action',
      labels: ['aws-cert-watch'],
      user: { login: 'github-actions[bot]' }
    })
    expect(first.outputs['issue-number']).toBe(String(issue.number))
    expect(first.outputs['issue-url']).toBe(
      `${services.github.url}/${REPOSITORY}/issues/${issue.number}`
    )
    for (const finding of firstReport.findings) {
      expect(issue.body).toContain(finding.id)
    }
    expect(first.summary).toContain(`#${issue.number}</a>`)
  })

  it('changes nothing in the issue on a second run', async () => {
    const [before] = services.github.state.issues(OWNER, REPO).map((issue) => ({ ...issue }))
    const callsBefore = services.github.calls.length
    const second = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS)
    expect(second.exitCode).toBe(0)
    // GraphQL queries (the edit history) are POSTs that read.
    const writes = services.github.calls
      .slice(callsBefore)
      .filter((call) => call.method !== 'GET' && call.path !== '/graphql')
    expect(writes).toEqual([])
    expect(services.github.state.issues(OWNER, REPO)).toEqual([before])
    expect(services.github.state.comments(OWNER, REPO, before!.number)).toEqual([])
    expect(second.logLines).toContain(
      `Tracking issue: #${before!.number} is up to date (${second.outputs['issue-url']}).`
    )
    expect(second.outputs['issue-number']).toBe(String(before!.number))
    expect(reportOf(second).findings.map((f) => f.id)).toEqual(
      firstReport.findings.map((f) => f.id)
    )
  })

  describe('with a failing region', () => {
    const FAILING = 'ap-northeast-1'
    afterEach(() => services.aws.setKnobs({ faults: [] }))

    it('passes with fail-on none, shows the failure with its AWS code, keeps the other regions', async () => {
      services.aws.setKnobs({
        faults: [
          { service: 'rds', region: FAILING, error: 'AccessDenied' },
          { service: 'acm', region: FAILING, error: 'AccessDenied' }
        ]
      })
      const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, { inputs: { issue: 'false' } })
      expect(run.exitCode).toBe(0)
      const report = reportOf(run)
      const failed = report.coverage.filter((row) => row.status === 'failed')
      expect(failed.map((row) => `${row.account} ${row.region} ${row.service}`).sort()).toEqual(
        DEMO_ACCOUNTS.flatMap((account) => [
          `${account} ${FAILING} acm`,
          `${account} ${FAILING} rds`
        ])
      )
      expect(failed.map((row) => row.detail).join('\n')).toMatch(/AccessDenied\b/)
      expect(failed.map((row) => row.detail).join('\n')).toMatch(/AccessDeniedException/)
      // In a warning callout under the headline, and as one warning annotation.
      expect(run.summary).toContain(
        `> [!WARNING]\n> **${failed.length} of ${report.coverage.length} scans failed**; their resources are missing from this report:\n`
      )
      expect(run.summary).toMatch(/^> - 111111111111 · ap-northeast-1 · rds: AccessDenied/m)
      expect(run.summary.indexOf('[!WARNING]')).toBeLessThan(run.summary.indexOf('### Expired'))
      expect(
        run.annotations.filter((a) => a.properties.title === 'aws-cert-watch: scans failed')
      ).toHaveLength(1)

      const elsewhere = firstReport.findings.filter((finding) => finding.region !== FAILING)
      expect(firstReport.findings.some((finding) => finding.region === FAILING)).toBe(true)
      expect(report.findings.map((f) => f.id)).toEqual(elsewhere.map((f) => f.id))
      expectOutputsAgreeWithReport(run, report)
    })

    it('fails even with fail-on none when every region fails', async () => {
      services.aws.setKnobs({
        faults: RESOURCE_SERVICES.map((service) => ({ service, error: 'AccessDenied' }))
      })
      const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, { inputs: { issue: 'false' } })
      expect(run.exitCode).toBe(1)
      const failure = run.annotations.at(-1)
      expect(failure?.command).toBe('error')
      expect(failure?.message).toMatch(
        /^Nothing could be scanned: every account\/region\/service failed \(AccessDenied/
      )
      expect(reportOf(run).coverage.every((row) => row.status === 'failed')).toBe(true)
      expect(run.outputs['max-severity']).toBe('none')
    })
  })
})

describe('an estate with fifty problems', () => {
  let services: LocalServices
  let run: ActionRun
  let report: Report
  let planted: PlantedProblem[]

  beforeAll(async () => {
    const generated = generateEstate({
      accounts: DEMO_ACCOUNTS,
      regions: ['us-east-1', 'eu-west-1'],
      instances: 50,
      certificates: 50,
      problemShare: 0.5,
      seed: 7
    })
    planted = generated.planted
    services = await startLocalServices({ estate: generated.estate })
    run = await step(services, DEMO_ACCOUNTS, 'us-east-1,eu-west-1', {
      inputs: { 'fail-on': 'warning' }
    })
    report = reportOf(run)
  })
  afterAll(() => services.close())

  it('finds every planted problem, one finding each', () => {
    expect(planted).toHaveLength(50)
    expect(report.findings).toHaveLength(50)
    const found = new Set(
      report.findings.map((f) => (f.service === 'acm' ? f.resourceArn : f.resourceId))
    )
    expect(planted.filter((problem) => !found.has(problem.resourceId))).toEqual([])
    expectOutputsAgreeWithReport(run, report)
  })

  it('keeps within 10 annotations per level, one error slot for the failure, and says how many more', () => {
    const errors = run.annotations.filter((a) => a.command === 'error')
    expect(errors).toHaveLength(10)
    expect(levelCount(run, 'warning')).toBe(10)
    expect(levelCount(run, 'notice')).toBeLessThanOrEqual(10)
    expect(run.annotations.length).toBeLessThanOrEqual(50)

    const findingAnnotations = run.annotations
      .filter((a) => a.properties.title !== undefined)
      .slice(0, -1)
    const more = run.annotations.find((a) => a.properties.title === 'aws-cert-watch: more findings')
    expect(more?.command).toBe('notice')
    const annotatedCount = findingAnnotations.length
    const atLevel = (...severities: Severity[]) =>
      report.findings.filter((f) => severities.includes(f.severity)).length
    // Nine errors (the tenth is setFailed's), ten warnings, nine notices (the tenth says "more").
    expect(annotatedCount).toBe(
      Math.min(atLevel('expired', 'critical'), 9) +
        Math.min(atLevel('warning'), 10) +
        Math.min(atLevel('notice'), 9)
    )
    expect(atLevel('expired', 'critical')).toBeGreaterThan(9)
    expect(more?.message).toContain(`${50 - annotatedCount} more findings are not annotated here`)
    expect(more?.message).toContain('see the job summary or the JSON report for all 50')
    // Nothing more urgent was left out for something less urgent.
    const ranks = findingAnnotations.map((a) =>
      SEVERITIES.indexOf(annotatedSeverity(a.properties.title))
    )
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('fails with fail-on warning, naming the worst three resources', () => {
    expect(run.exitCode).toBe(1)
    const failure = run.annotations.at(-1)
    expect(failure?.command).toBe('error')
    expect(failure?.properties).toEqual({})
    const worst = report.findings.slice(0, 3).map(label)
    expect(failure?.message).toMatch(/^50 resource\(s\) at or above fail-on 'warning': /)
    for (const name of worst) expect(failure?.message).toContain(name)
    expect(failure?.message).toContain(' and 47 more.')
    expect(report.findings.slice(3).some((f) => failure?.message.includes(label(f)))).toBe(false)
  })

  it('still lists every finding in the summary', () => {
    for (const finding of report.findings) {
      expect(run.summary).toContain(`<code>${label(finding)}</code>`)
    }
    expect(run.summary).toContain(`### Expired (${report.totals.expired})`)
    expect(run.summary).toContain(`### Warning (${report.totals.warning})`)
  })
})

describe('a pull request from a fork (no OIDC token)', () => {
  let services: LocalServices
  const forkPullRequest: ActionRunOptions = {
    eventName: 'pull_request',
    event: {
      action: 'opened',
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'someone/infra' } },
        base: { repo: { full_name: REPOSITORY } }
      },
      repository: { full_name: REPOSITORY }
    },
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
  }

  beforeAll(async () => {
    services = await startLocalServices({ estate: DEMO_ESTATE })
  })
  afterAll(() => services.close())

  it('passes and explains why nothing was scanned', async () => {
    const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, forkPullRequest)
    expect(run.exitCode).toBe(0)
    expect(run.annotations).toHaveLength(1)
    expect(run.annotations[0]).toMatchObject({
      command: 'warning',
      properties: { title: 'aws-cert-watch: no scan on this pull request' }
    })
    expect(run.annotations[0]?.message).toContain('This pull request comes from a fork')
    expect(run.annotations[0]?.message).toContain('run it on push or schedule')
    expect(services.aws.calls).toEqual([])
  })

  it('fails with the explanation when fail-on critical requires a scan', async () => {
    const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, {
      ...forkPullRequest,
      inputs: { 'fail-on': 'critical' }
    })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain('This pull request comes from a fork')
    expect(errors[0]?.message).toContain("fail-on is 'critical', so a scan is required.")
    expect(services.aws.calls).toEqual([])
    expect(services.github.calls).toEqual([])
  })
})

describe('a token without issues: write', () => {
  let services: LocalServices

  beforeAll(async () => {
    services = await startLocalServices({
      estate: DEMO_ESTATE,
      github: { permissions: { [ACTIONS_TOKEN]: 'read' } }
    })
  })
  afterAll(() => services.close())

  it.each([
    ['none', 0],
    ['critical', 1]
  ])(
    'keeps summary, outputs and report, says so in one line, and exits per fail-on %s',
    async (failOn, exitCode) => {
      const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, {
        inputs: { 'fail-on': failOn }
      })
      expect(run.exitCode).toBe(exitCode)
      const report = reportOf(run)
      expectOutputsAgreeWithReport(run, report)
      expect(run.outputs['issue-number']).toBe('')
      expect(run.summary).toContain(`### Expired (${report.totals.expired})`)

      const permissionLines = run.stdout
        .split('\n')
        .filter((line) => line.includes('issues: write'))
      expect(permissionLines).toHaveLength(1)
      expect(permissionLines[0]).toMatch(
        /^Warning: The tracking issue needs 'permissions: issues: write'/
      )
      expect(permissionLines[0]).toContain("the scan's results are unaffected")
      expect(run.summary).toContain('> [!WARNING]')
      expect(services.github.state.issues(OWNER, REPO)).toEqual([])

      const errors = run.annotations.filter((a) => a.command === 'error' && !a.properties.title)
      if (exitCode === 0) expect(errors).toEqual([])
      else expect(errors[0]?.message).toMatch(/at or above fail-on 'critical'/)
    }
  )
})

describe('a bad input', () => {
  let services: LocalServices

  beforeAll(async () => {
    services = await startLocalServices({ estate: DEMO_ESTATE })
  })
  afterAll(() => services.close())

  it('fails with one line naming the input, before any AWS call', async () => {
    const run = await step(services, DEMO_ACCOUNTS, DEMO_REGIONS, {
      inputs: { 'critical-days': '60' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toHaveLength(1)
    const failure = run.annotations[0]!
    expect(failure.command).toBe('error')
    expect(failure.message).not.toContain('\n')
    expect(failure.message).toMatch(
      /^Input 'critical-days' \(60\) must be less than warning-days \(45\)/
    )
    expect(services.aws.calls).toEqual([])
    expect(services.oidc.requests).toEqual([])
    expect(services.github.calls).toEqual([])
    expect(run.report).toBeNull()
  })
})
