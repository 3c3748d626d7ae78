/**
 * The matrix workflow, run as the runner runs it: three legs of the bundled scan action
 * (`accounts: organization`, `shard: i/3`, `issue: false`), each leaving its report where
 * download-artifact with `merge-multiple: true` would put it, then the bundled merge action
 * (`node dist/merge/index.js`) publishing the one summary and tracking issue. Then a run whose
 * second leg never uploaded: the gap is shown and that leg's findings stay in the issue.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateEstate, type GeneratedOrganization } from '../../emulator/aws/index.js'
import type { Report } from '../../src/model/index.js'
import { startLocalServices, STEP_GITHUB_TOKEN, type LocalServices } from './local-services.js'
import { MERGE_ACTION, REPOSITORY, runAction, type ActionRun } from './run-action.js'

const [OWNER, REPO] = REPOSITORY.split('/') as [string, string]
const ACCOUNTS = Array.from({ length: 12 }, (_, i) => String(310000000000 + i * 9973))
const REGIONS = 'us-east-1,eu-west-1'

describe('matrix legs and the merge action', () => {
  let services: LocalServices
  let organization: GeneratedOrganization
  let dir: string
  const legs: ActionRun[] = []
  let merged: ActionRun

  const leg = (index: number) =>
    runAction({
      githubToken: STEP_GITHUB_TOKEN,
      env: services.env,
      inputs: {
        'role-to-assume': organization.hubRoleArn,
        accounts: 'organization',
        regions: REGIONS,
        shard: `${index}/3`,
        issue: 'false',
        'report-path': join(dir, 'reports', `aws-cert-watch-${index}.json`)
      }
    })

  const merge = (reports: string) =>
    runAction({
      action: MERGE_ACTION,
      githubToken: STEP_GITHUB_TOKEN,
      env: { GITHUB_API_URL: services.github.url },
      inputs: { reports, 'report-path': join(dir, 'merged.json') }
    })

  beforeAll(async () => {
    const generated = generateEstate({
      accounts: ACCOUNTS,
      regions: REGIONS.split(','),
      instances: 36,
      certificates: 48,
      problemShare: 0.25,
      seed: 20261201,
      organization: { suspended: 1 }
    })
    organization = generated.organization as GeneratedOrganization
    services = await startLocalServices({ estate: generated.estate })
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-matrix-'))
    await mkdir(join(dir, 'reports'))
    for (let index = 1; index <= 3; index++) legs.push(await leg(index))
    merged = await merge(join(dir, 'reports', '*.json'))
  }, 240_000)

  afterAll(async () => {
    await services?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('runs each leg on its own shard, and no leg touches the issue', () => {
    for (const run of legs) expect(run.exitCode).toBe(0)
    const scanned = legs.map((run) => (run.report as Report).scope.accounts)
    expect(scanned.flat().sort()).toEqual([...ACCOUNTS].sort())
    expect(legs.map((run) => run.report?.scope.shard)).toEqual(['1/3', '2/3', '3/3'])
    expect(legs.every((run) => run.outputs['issue-number'] === '')).toBe(true)
  })

  it('publishes one summary, the outputs and one tracking issue for every account', () => {
    expect(merged.exitCode).toBe(0)
    const report = merged.report as Report
    const findings = legs.flatMap((run) => (run.report as Report).findings)
    expect(report.findings.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort())
    expect(report.scope.accounts).toEqual([...ACCOUNTS].sort())
    expect(merged.outputs['findings-count']).toBe(String(findings.length))
    expect(merged.summary).toContain('## aws-cert-watch')
    expect(merged.logLines.some((line) => line.startsWith('Merged 3 leg reports (1/3 from'))).toBe(
      true
    )
    const issues = services.github.state.issues(OWNER, REPO)
    expect(issues).toHaveLength(1)
    expect(merged.outputs['issue-number']).toBe(String(issues[0]?.number))
    for (const finding of findings) expect(issues[0]?.body).toContain(finding.resourceId)
  })

  it('shows a leg that never uploaded as a gap, keeping its findings in the issue', async () => {
    const second = legs[1]?.report as Report
    const run = await merge(
      [
        join(dir, 'reports', 'aws-cert-watch-1.json'),
        join(dir, 'reports', 'aws-cert-watch-3.json')
      ].join('\n')
    )
    expect(run.exitCode).toBe(0)
    expect(run.report?.scope.missingShards).toEqual(['2/3'])
    expect(run.summary).toContain('Shard 2/3 is missing')
    const [issue] = services.github.state.issues(OWNER, REPO)
    expect(issue?.state).toBe('open')
    const body = issue?.body ?? ''
    const carried = body.slice(body.indexOf('### Not re-checked'))
    expect(second.findings.length).toBeGreaterThan(0)
    for (const finding of second.findings) expect(carried).toContain(finding.resourceId)
  })

  it('fails in one line naming the input when no report matches', async () => {
    const run = await merge(join(dir, 'nowhere', '*.json'))
    expect(run.exitCode).toBe(1)
    const failures = run.commands.filter((c) => c.command === 'error')
    expect(failures).toHaveLength(1)
    expect(failures[0]?.message).toMatch(/^Input 'reports' matches no file \(/)
  })
})
