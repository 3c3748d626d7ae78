/**
 * The CLI in-process (runCli with captured stdout/stderr) against the AWS emulator serving the
 * demo estate, with credentials from the default chain (the estate's static keys in the
 * environment), as on a workstation.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RESOURCE_SERVICES, loadEstate } from '../../emulator/aws/index.js'
import { EXIT_FINDINGS, EXIT_NOT_SCANNED, EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js'
import { captureCli, type CapturedRun } from '../helpers/captured-run.js'
import type { Report } from '../../src/model/index.js'
import { startHarness, type Emulator, type Harness } from '../collect/emulator-harness.js'
import { expectValidReport } from '../helpers/report-schema.js'

const DEMO = fileURLToPath(new URL('../../estates/demo.json', import.meta.url))
/** The emulator dates the demo estate on the instant every run scans at. */
const NOW = new Date()

let harness: Harness
let dir: string

async function cli(...argv: string[]): Promise<CapturedRun & { code: number }> {
  // Runs are seconds apart on a workstation: start each with ACM's per-second quota full.
  harness.emu.setKnobs({})
  // Scans ask the estate's own DNS for validation records, never this machine's resolvers.
  if (argv[0] === 'scan' && !argv.includes('--dns-servers')) {
    const dns = (harness.emu.dns as NonNullable<Emulator['dns']>).address
    argv = ['scan', '--dns-servers', dns, ...argv.slice(1)]
  }
  return captureCli(argv, { env: process.env, now: NOW })
}

beforeAll(async () => {
  harness = await startHarness(loadEstate(DEMO), NOW, undefined, { dns: true })
  dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-cli-'))
})
afterAll(async () => {
  await harness.close()
  await rm(dir, { recursive: true, force: true })
})

describe('aws-cert-watch scan', () => {
  it('prints a table and exits 0 without --fail-on', async () => {
    const run = await cli('scan', '--regions', 'us-east-1')
    expect(run.code).toBe(EXIT_OK)
    expect(run.stdout).toContain('legacy-billing-mysql')
    expect(run.stdout).toContain('legacy-partner.example.com')
    // Not a terminal: no colour codes.
    expect(run.stdout).not.toContain('\u001b[')
    expect(run.stderr).toContain('Using the default credential chain: account 111111111111')
  })

  it('prints the JSON report with --format json, identical to --report-path', async () => {
    const path = join(dir, 'nested', 'report.json')
    const run = await cli(
      'scan',
      '--regions',
      'us-east-1,ap-northeast-1',
      '--format',
      'json',
      '--report-path',
      path
    )
    expect(run.code).toBe(EXIT_OK)
    const printed = JSON.parse(run.stdout) as Report
    expectValidReport(printed)
    expect(printed.scope.regions).toEqual(['us-east-1', 'ap-northeast-1'])
    expect(printed.findings.map((f) => f.resourceId)).toContain('legacy-billing-mysql')
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(printed)
    expect(run.stderr).toContain(`JSON report written to ${path}`)
  })

  it('prints the job summary with --format markdown, identical to --summary-path', async () => {
    const path = join(dir, 'summary.md')
    const run = await cli(
      'scan',
      '--regions',
      'us-east-1',
      '--format',
      'markdown',
      '--summary-path',
      path
    )
    expect(run.code).toBe(EXIT_OK)
    expect(run.stdout).toMatch(/^## aws-cert-watch\n/)
    expect(run.stdout).toContain('### Expired (')
    expect(run.stdout).toContain('### Coverage')
    expect(`${await readFile(path, 'utf8')}\n`).toBe(run.stdout)
  })

  it('exits 1 with the failure line on stderr when findings reach --fail-on', async () => {
    const run = await cli(
      'scan',
      '--regions',
      'us-east-1',
      '--fail-on',
      'critical',
      '--format',
      'json'
    )
    expect(run.code).toBe(EXIT_FINDINGS)
    const report = JSON.parse(run.stdout) as Report
    const failing = report.findings.filter(
      (f) => f.severity === 'expired' || f.severity === 'critical'
    )
    const lastLine = run.stderr.trimEnd().split('\n').at(-1)
    expect(lastLine).toMatch(
      new RegExp(
        `^${failing.length} resource\\(s\\) at or above fail-on 'critical': legacy-billing-mysql `
      )
    )
  })

  it('exits 0 with --fail-on expired when the region has nothing expired', async () => {
    const run = await cli(
      'scan',
      '--regions',
      'eu-west-1',
      '--fail-on',
      'expired',
      '--format',
      'json'
    )
    expect(run.code).toBe(EXIT_OK)
    expect((JSON.parse(run.stdout) as Report).totals.expired).toBe(0)
  })

  it('exits 3 when nothing could be scanned', async () => {
    harness.emu.setKnobs({
      faults: RESOURCE_SERVICES.map((service) => ({ service, error: 'AccessDenied' }))
    })
    try {
      const dns = (harness.emu.dns as NonNullable<Emulator['dns']>).address
      const scan = ['scan', '--regions', 'us-east-1', '--format', 'json', '--dns-servers', dns]
      const { code, stderr } = await captureCli(scan, { env: process.env, now: NOW })
      expect(code).toBe(EXIT_NOT_SCANNED)
      expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
        /^Nothing could be scanned: .*AccessDenied/
      )
    } finally {
      harness.emu.setKnobs({ faults: [] })
    }
  })
})

describe('credentials that AWS refuses', () => {
  // No credentials at all, and an endpoint that is not there: __tests__/cli/cli-process.test.ts.
  it.each([
    [
      'ExpiredToken',
      'aws-cert-watch: the AWS credentials have expired (ExpiredToken (HTTP 403): The security token included in the request is expired) — run "aws sso login" (or get new credentials) and try again\n'
    ],
    [
      'InvalidClientTokenId',
      /^aws-cert-watch: AWS refused the credentials \(InvalidClientTokenId \(HTTP 403\)(: .+)?\) — check which ones are in use \(AWS_PROFILE, AWS_ACCESS_KEY_ID\) and that the keys are current\n$/
    ]
  ])('%s: one line that says what to do, exit 3', async (error, line) => {
    harness.emu.setKnobs({ faults: [{ service: 'sts', operation: 'GetCallerIdentity', error }] })
    try {
      const { code, stdout, stderr } = await captureCli(
        ['scan', '--regions', 'us-east-1', '--dns-check', 'false'],
        { env: process.env, now: NOW }
      )
      expect(code).toBe(EXIT_NOT_SCANNED)
      expect(stdout).toBe('')
      if (typeof line === 'string') expect(stderr).toBe(line)
      else expect(stderr).toMatch(line)
    } finally {
      harness.emu.setKnobs({ faults: [] })
    }
  })
})

describe('usage errors', () => {
  const help = '— run "aws-cert-watch --help" for the options\n'
  it.each([
    [['scan', '--bogus'], `aws-cert-watch: Unknown option '--bogus' ${help}`],
    [['scan', '--regions'], `aws-cert-watch: Option '--regions <value>' argument missing ${help}`],
    [['list'], `aws-cert-watch: expected the command "scan", "iac" or "merge", not "list" ${help}`],
    [['scan', 'extra.json'], `aws-cert-watch: scan takes no operands, not "extra.json" ${help}`],
    [
      ['scan', '--reports', 'a.json'],
      `aws-cert-watch: option --reports is not an option of scan ${help}`
    ],
    [
      ['merge', '--regions', 'us-east-1', 'a.json'],
      `aws-cert-watch: option --regions is not an option of merge ${help}`
    ],
    [
      ['merge'],
      "aws-cert-watch: --reports is empty: name the legs' JSON reports, one path or glob per line — example: --reports 'reports/*.json'\n"
    ],
    [
      ['merge', '/nonexistent/*.json'],
      "aws-cert-watch: --reports matches no file (/nonexistent/*.json): did the legs upload their reports, and were they downloaded here? — example: --reports 'reports/*.json'\n"
    ],
    [
      ['scan', '--format', 'yaml'],
      'aws-cert-watch: --format must be table, json or markdown, not "yaml" — example: --format json\n'
    ],
    [
      ['scan', '--critical-days', '60'],
      'aws-cert-watch: --critical-days (60) must be less than warning-days (45) — example: --critical-days 14\n'
    ],
    [
      ['scan', '--regions', 'mars-north-1'],
      'aws-cert-watch: --regions lists unknown region "mars-north-1" — example: --regions us-east-1,eu-west-1 (or all)\n'
    ],
    [
      ['scan', '--target-ca', 'rds-ca-2019'],
      'aws-cert-watch: --target-ca names "rds-ca-2019", which is retired (it expired on 2024-08-22 in most regions); use one of rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1 — example: --target-ca rds-ca-rsa2048-g1\n'
    ],
    [
      ['scan', '--report-path', '/proc/report.json'],
      /^aws-cert-watch: --report-path names a file that cannot be created: \w+ \(path \/proc\/report\.json\) — example: --report-path report\.json\n$/
    ],
    [
      ['scan', '--summary-path', '/'],
      'aws-cert-watch: --summary-path is a directory, not a file (path /) — example: --summary-path summary.md\n'
    ]
  ])('%j exits 2 with one line and calls nothing', async (argv, line) => {
    harness.emu.clearCalls()
    const run = await cli(...argv)
    expect(run.code).toBe(EXIT_USAGE)
    expect(run.stdout).toBe('')
    if (typeof line === 'string') expect(run.stderr).toBe(line)
    else expect(run.stderr).toMatch(line)
    expect(harness.emu.calls).toEqual([])
  })

  it('prints the usage on --help and exits 0', async () => {
    const run = await cli('--help')
    expect(run.code).toBe(EXIT_OK)
    expect(run.stdout).toMatch(
      /^Usage: aws-cert-watch scan \[options\]\n {7}aws-cert-watch iac \[options\] \[PATH...\]\n {7}aws-cert-watch merge /
    )
    expect(run.stdout).toContain('--fail-on LEVEL')
  })
})

describe('aws-cert-watch merge', () => {
  const legPath = (name: string) => join(dir, 'legs', name)

  async function scanLegs(count: number): Promise<string[]> {
    const paths: string[] = []
    for (let index = 1; index <= count; index++) {
      const path = legPath(`leg-${index}-of-${count}.json`)
      const run = await cli(
        'scan',
        '--regions',
        'us-east-1,eu-west-1',
        '--shard',
        `${index}/${count}`,
        '--format',
        'json',
        '--report-path',
        path
      )
      expect(run.code).toBe(EXIT_OK)
      paths.push(path)
    }
    return paths
  }

  it('merges the legs into the report of one scan', async () => {
    const whole = await cli('scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json')
    await scanLegs(3)
    const merged = await cli('merge', legPath('leg-*-of-3.json'), '--format', 'json')
    expect(merged.code).toBe(EXIT_OK)
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout))
    expect(merged.stderr).toMatch(
      /^Merged 3 leg reports \(1\/3 from .*leg-1-of-3\.json, 2\/3 from .*, 3\/3 from .*\): 1 account, \d+ findings?\n/
    )
  })

  it('names a missing leg as a gap, and fails with --fail-on like a scan', async () => {
    const [first, second] = await scanLegs(4)
    // The demo's one account lands in one of the four shards; the merge misses leg 3 and 4.
    const merged = await cli(
      'merge',
      '--reports',
      `${first}\n${second}`,
      '--format',
      'json',
      '--fail-on',
      'critical'
    )
    const report = JSON.parse(merged.stdout) as Report
    expectValidReport(report)
    expect(report.scope.missingShards).toEqual(['3/4', '4/4'])
    expect(merged.stderr).toContain('; missing: shard 3/4, 4/4')
    const failing = report.findings.some(
      (f) => f.severity === 'critical' || f.severity === 'expired'
    )
    expect(merged.code).toBe(failing ? EXIT_FINDINGS : EXIT_OK)
    const table = await cli('merge', first as string, second as string)
    expect(table.stdout).toContain('Shards 3/4 and 4/4 are missing')
  })

  it.each([
    [
      'a file that is not JSON',
      async () => {
        await writeFile(legPath('broken.json'), '{"schemaVersion": 1,')
        return [legPath('broken.json')]
      },
      /^aws-cert-watch: --reports names \/.*\/broken\.json, which is not JSON \(.+\) — example: --reports 'reports\/\*\.json'\n$/
    ],
    [
      'a report of another schema version',
      async () => {
        await writeFile(legPath('v2.json'), JSON.stringify({ schemaVersion: 2 }))
        return [legPath('v2.json')]
      },
      /^aws-cert-watch: --reports names \/.*\/v2\.json, which is not an aws-cert-watch report: schemaVersion 2, and this version of aws-cert-watch reads 1 — example: --reports 'reports\/\*\.json'\n$/
    ],
    [
      'legs with other thresholds',
      async () => {
        const [first] = await scanLegs(2)
        const other = legPath('other-thresholds.json')
        const run = await cli(
          'scan',
          '--regions',
          'us-east-1,eu-west-1',
          '--shard',
          '2/2',
          '--warning-days',
          '30',
          '--format',
          'json',
          '--report-path',
          other
        )
        expect(run.code).toBe(EXIT_OK)
        return [first as string, other]
      },
      /^aws-cert-watch: \/.*leg-1-of-2\.json and .*other-thresholds\.json differ in thresholds \(\{"warningDays":45,"criticalDays":14\} vs \{"warningDays":30,"criticalDays":14\}\): merge only the legs of one run\.\n$/
    ]
  ])('refuses %s in one line (exit 2)', async (_what, prepare, line) => {
    await mkdir(join(dir, 'legs'), { recursive: true })
    const files = await prepare()
    const run = await cli('merge', ...files)
    expect(run.code).toBe(EXIT_USAGE)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(line)
  })
})
