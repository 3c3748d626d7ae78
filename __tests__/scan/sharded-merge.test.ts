/**
 * Matrix legs against one Organization: four `shard: i/4` scans of a 40-account estate, their
 * reports written to files, read back through `reports` globs and merged, give byte for byte the
 * report of one scan of the whole Organization, and the same tracking issue body on the local
 * GitHub API. A leg that never uploaded is a gap: its accounts' findings stay in the issue as
 * not re-checked.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACTIONS_TOKEN, startGitHubApi, type GitHubApi } from '../../emulator/github/index.js'
import { generateEstate, type GeneratedOrganization } from '../../emulator/aws/index.js'
import { parseMergeSettings, parseSettings } from '../../src/config/index.js'
import { readLegReports } from '../../src/config/leg-reports.js'
import type { Report } from '../../src/model/index.js'
import { publishResults, type RunContext } from '../../src/publish/index.js'
import { writeReportFile } from '../../src/publish/report-file.js'
import { mergeReports } from '../../src/report/merge.js'
import { scan } from '../../src/scan.js'
import { shardOf } from '../../src/shared/shard.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { localClient } from '../publish/local-github.js'
import { recordingIo } from '../publish/recording-io.js'
import { expectValidReport } from '../helpers/report-schema.js'

const NOW = new Date('2026-11-30T09:30:00Z')
const REGIONS = ['us-east-1', 'eu-central-1']
const ACCOUNTS = Array.from({ length: 40 }, (_, i) => String(200000000000 + i * 104729))
const SHARDS = 4

describe('four shards of a 40-account Organization, merged', () => {
  let harness: Harness
  let github: GitHubApi
  let organization: GeneratedOrganization
  let dir: string
  let whole: Report
  const legs: Report[] = []

  const scanSettings = (shard: string) =>
    parseSettings(
      (name) =>
        ({
          regions: REGIONS.join(','),
          'role-to-assume': organization.hubRoleArn,
          accounts: 'organization',
          shard,
          issue: 'false'
        })[name] ?? ''
    )

  const runScan = async (shard: string) =>
    (
      await scan(
        scanSettings(shard),
        testScanDeps(NOW, {
          credentials: {
            oidcAvailable: true,
            getIdToken: async () => 'token',
            sleep: async () => {},
            random: () => 0.5,
            log: () => {},
            setSecret: () => {},
            env: { GITHUB_ACTIONS: 'true' }
          }
        })
      )
    ).report

  const merged = async (patterns: string[]) => {
    const { legs: read } = await readLegReports('reports', patterns)
    return mergeReports(read)
  }

  /** Publishes as the scan or merge action would, into `repo`; returns the issue body. */
  const publish = async (report: Report, repo: string): Promise<string> => {
    const run: RunContext = { owner: 'acme', repo, runUrl: 'https://github.com/acme/x/runs/1' }
    const recorder = recordingIo()
    const settings = parseMergeSettings(
      (name) =>
        ({
          reports: 'unused',
          'github-token': ACTIONS_TOKEN,
          'report-path': join(dir, `published-${repo}.json`)
        })[name] ?? ''
    )
    await publishResults(report, settings, {
      io: recorder.io,
      run,
      makeGitHubClient: (token, options) => localClient(github, token, undefined, options)
    })
    expect(recorder.of('setFailed')).toEqual([])
    const issues = github.state.issues('acme', repo)
    expect(issues).toHaveLength(1)
    return issues[0]?.body ?? ''
  }

  beforeAll(async () => {
    const generated = generateEstate({
      accounts: ACCOUNTS,
      regions: REGIONS,
      instances: 120,
      certificates: 160,
      serverCertificates: 30,
      loadBalancers: 20,
      distributions: 10,
      certificateAuthorities: 8,
      problemShare: 0.15,
      seed: 20261130,
      organization: { suspended: 1, closed: 1 }
    })
    organization = generated.organization as GeneratedOrganization
    harness = await startHarness(generated.estate, NOW)
    github = await startGitHubApi()
    dir = await mkdtemp(join(tmpdir(), 'sharded-merge-'))
    whole = await runScan('1/1')
    for (let index = 1; index <= SHARDS; index++) {
      const leg = await runScan(`${index}/${SHARDS}`)
      legs.push(leg)
      await writeReportFile(leg, join(dir, 'reports', `leg-${index}`, 'aws-cert-watch-report.json'))
    }
  }, 180_000)

  afterAll(async () => {
    await harness?.close()
    await github?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('splits the accounts into disjoint shards that cover them all', () => {
    const shardAccounts = legs.map((leg) => leg.scope.accounts)
    expect(shardAccounts.flat().sort()).toEqual([...ACCOUNTS].sort())
    for (const [index, accounts] of shardAccounts.entries()) {
      expect(accounts.length).toBeGreaterThan(0)
      for (const account of accounts) expect(shardOf(account, SHARDS)).toBe(index + 1)
    }
    expect(legs.map((leg) => leg.scope.shard)).toEqual(['1/4', '2/4', '3/4', '4/4'])
    expect(whole.findings.length).toBeGreaterThan(40)
  })

  it('gives the single scan’s report, byte for byte', async () => {
    const report = await merged([join(dir, 'reports', '*', '*.json')])
    for (const each of [whole, ...legs, report]) expectValidReport(each)
    expect(report.findings).toEqual(whole.findings)
    expect(report.coverage).toEqual(whole.coverage)
    expect(report.totals).toEqual(whole.totals)
    expect(JSON.stringify(report)).toBe(JSON.stringify(whole))
  })

  it('gives the same tracking issue body, byte for byte', async () => {
    const report = await merged([join(dir, 'reports', '**', '*.json')])
    expect(await publish(report, 'merged')).toBe(await publish(whole, 'single'))
  })

  it('shows a missing leg as a gap and keeps its accounts’ findings as not re-checked', async () => {
    const body = await publish(whole, 'gap')
    const report = await merged([
      join(dir, 'reports', '*', '*.json'),
      `!${join(dir, 'reports', 'leg-3', '*.json')}`
    ])
    expect(report.scope.missingShards).toEqual(['3/4'])
    expectValidReport(report)
    const lost = whole.findings.filter((f) => legs[2]?.scope.accounts.includes(f.account))
    expect(lost.length).toBeGreaterThan(0)
    expect(report.findings).toEqual(whole.findings.filter((f) => !lost.includes(f)))

    const after = await publish(report, 'gap')
    expect(after).not.toBe(body)
    expect(after).toContain('Shard 3/4 is missing')
    const carried = after.slice(after.indexOf('### Not re-checked'))
    expect(carried).toMatch(new RegExp(`^### Not re-checked: .*\\(${lost.length}\\)`))
    for (const finding of lost) {
      expect(carried).toContain(finding.resourceId)
    }
    expect(carried).toContain('shard 3/4 missing: its report was not merged')
    const [issue] = github.state.issues('acme', 'gap')
    expect(issue?.state).toBe('open')
  })
})
