/**
 * `aws-cert-watch iac`: the fixture repositories as a developer checks them at a workstation,
 * with no AWS credentials and no pull request. The checks' clock is the CLI's `now`, pinned:
 * the certificate fixtures have fixed dates.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jestSarif from '@microsoft/jest-sarif'
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js'
import type { Report } from '../../src/model/index.js'
import { captureCli } from '../helpers/captured-run.js'
import { expectValidReport } from '../helpers/report-schema.js'
import { fixtureDir } from '../iac/fixture-repository.js'

expect.extend(jestSarif as unknown as Record<string, jest.CustomMatcher>)
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R
    }
  }
}

const NOW = new Date('2026-12-01T06:00:00.000Z')
const FIXTURES = fixtureDir('')

function cli(...argv: string[]) {
  // The fixtures' root stands for the checkout: operands are relative to the working directory.
  return captureCli(argv, { env: { GITHUB_WORKSPACE: FIXTURES }, now: NOW })
}

describe('aws-cert-watch iac', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-cli-iac-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('checks the files it is pointed at, fails on warning by default, and writes SARIF', async () => {
    const sarif = join(dir, 'iac.sarif')
    const run = await cli(
      'iac',
      '--paths',
      'terraform-json/**/*.tf.json',
      '--format',
      'json',
      '--sarif-path',
      sarif
    )
    expect(run.code).toBe(EXIT_FINDINGS)
    const report = JSON.parse(run.stdout) as Report
    expectValidReport(report)
    expect(report.findings.map((finding) => [finding.id, finding.location])).toEqual([
      [
        'iac:terraform-json/stacks/billing/edge.tf.json:aws_rds_cluster.events',
        { file: 'terraform-json/stacks/billing/edge.tf.json', line: 9 }
      ],
      [
        'iac:terraform-json/stacks/billing/edge.tf.json:aws_acm_certificate.invoices_portal',
        { file: 'terraform-json/stacks/billing/edge.tf.json', line: 18 }
      ]
    ])
    expect(run.stderr).toContain("2 resource(s) at or above fail-on 'warning'")
    const log = JSON.parse(await readFile(sarif, 'utf8'))
    expect(log).toBeValidSarifLog()
    expect(log.runs[0].results).toHaveLength(2)
  })

  it('prints the table with each finding at its file and line, and passes with --fail-on none', async () => {
    const run = await cli('iac', '--paths', 'certificates/**', '--fail-on', 'none')
    expect(run.code).toBe(EXIT_OK)
    expect(run.stdout).toMatch(/^aws-cert-watch: 1 expired, 1 critical, 1 warning, 0 notice\n/)
    expect(run.stdout).toContain(
      '(certificate-file, certificates/certs/partner-api.pem:1)  expired'
    )
    expect(run.stdout).toContain(
      '       $ openssl x509 -noout -subject -enddate -in certificates/certs/partner-api.pem'
    )
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Checked certificate-files: 6 files read, 4 certificate files to check.'
    )
  })

  it('names the reader and the file of what it could not read', async () => {
    const run = await cli('iac', '--paths', 'terraform-broken/**')
    expect(run.stdout).toContain(
      '\n  ✗ terraform: terraform-broken/database/network.tf: line 19: unexpected "}"\n'
    )
  })

  it('writes the iac summary as Markdown', async () => {
    const run = await cli('iac', '--paths', 'terraform-platform/**', '--format', 'markdown')
    expect(run.stdout).toMatch(
      /^## aws-cert-watch: infrastructure code\n\n\*\*1 finding\*\* in 1 file \(1 expired\)\. Checked: 7 files\./
    )
  })

  it('takes directories and files as operands, and refuses one outside the checked directory', async () => {
    const run = await cli(
      'iac',
      `${FIXTURES}/terraform-json`,
      `${FIXTURES}/certificates/certs/partner-api.pem`,
      '--format',
      'json',
      '--fail-on',
      'none'
    )
    expect(run.code).toBe(EXIT_OK)
    expect((JSON.parse(run.stdout) as Report).findings.map((finding) => finding.location)).toEqual([
      { file: 'certificates/certs/partner-api.pem', line: 1 },
      { file: 'terraform-json/stacks/billing/edge.tf.json', line: 9 },
      { file: 'terraform-json/stacks/billing/edge.tf.json', line: 18 }
    ])
    const outside = await cli('iac', dir)
    expect(outside.code).toBe(EXIT_USAGE)
    expect(outside.stderr).toMatch(
      /^aws-cert-watch: --paths names ".*", outside the directory checked \(.*\): run aws-cert-watch iac from the repository's root — example: --paths infra\/\n$/
    )
  })

  it('refuses a bad value in one line naming the flag', async () => {
    const run = await cli('iac', '--changed-only', 'sometimes')
    expect(run.code).toBe(EXIT_USAGE)
    expect(run.stderr).toMatch(/^aws-cert-watch: --changed-only .*— example: --changed-only \S+\n$/)
  })
})
