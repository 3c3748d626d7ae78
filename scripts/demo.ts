/**
 * `npm run demo`: the whole product on the built-in demo estate, with nothing to set up.
 * Starts the local AWS endpoint (estates/demo.json) and a local GitHub API, runs the CLI's scan
 * over both demo accounts (AssumeRole into each, as a multi-account user would), prints the
 * table, writes the JSON report and the job summary's Markdown, then keeps the tracking issue
 * on the local GitHub API and writes the issue it opened.
 *
 * `--fail-scans <service>@<account>` (repeatable) makes that service's calls in that account
 * answer AccessDenied, to show how a scan that failed reads (npm run screenshots does).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DEFAULT_STATIC_CREDENTIAL,
  loadEstate,
  startAwsEmulator,
  type Fault
} from '../emulator/aws/index.js'
import { ACTIONS_TOKEN, startGitHubApi } from '../emulator/github/index.js'
import { runCli } from '../src/cli/run-cli.js'
import { createGitHubClient } from '../src/publish/github-client.js'
import { syncTrackingIssue } from '../src/publish/tracking-issue.js'
import type { Report } from '../src/model/index.js'

const ESTATE = 'estates/demo.json'
const OUT = 'demo-output'
const REPOSITORY = { owner: 'acme', repo: 'infra' }

/** The --fail-scans faults: every call of the service in the account is denied. */
function deniedScans(args: readonly string[]): Fault[] {
  return args.flatMap((arg, index) => {
    if (args[index - 1] !== '--fail-scans') return []
    const [service, account] = arg.split('@')
    if (!service || !account) throw new Error(`--fail-scans ${arg}: expected <service>@<account>.`)
    return [{ service: service as Fault['service'], account, error: 'AccessDenied' }]
  })
}

async function main(): Promise<number> {
  const estate = loadEstate(ESTATE)
  const faults = deniedScans(process.argv.slice(2))
  const accounts = Object.keys(estate.accounts)
  const regions = [...new Set(accounts.flatMap((a) => Object.keys(estate.accounts[a]!.regions)))]

  const aws = await startAwsEmulator({ estate, dns: true, knobs: { faults } })
  const github = await startGitHubApi()
  try {
    // The SDK reads these itself, exactly as it would on a workstation pointed at a local endpoint.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: aws.url,
      AWS_ACCESS_KEY_ID: DEFAULT_STATIC_CREDENTIAL.accessKeyId,
      AWS_SECRET_ACCESS_KEY: DEFAULT_STATIC_CREDENTIAL.secretAccessKey,
      AWS_REGION: 'us-east-1'
    })
    delete process.env.AWS_SESSION_TOKEN
    delete process.env.AWS_PROFILE
    await mkdir(OUT, { recursive: true })
    const reportPath = join(OUT, 'aws-cert-watch-report.json')
    const summaryPath = join(OUT, 'job-summary.md')

    const stderr: string[] = []
    const roles = accounts.map((account) => `arn:aws:iam::${account}:role/aws-cert-watch`)
    const exitCode = await runCli(
      [
        'scan',
        '--regions',
        regions.join(','),
        '--role-to-assume',
        roles.join(','),
        '--report-path',
        reportPath,
        '--summary-path',
        summaryPath,
        // The estate's public DNS: the demo's validation records, one of them deleted.
        '--dns-servers',
        (aws.dns as NonNullable<typeof aws.dns>).address
      ],
      {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => stderr.push(text),
        env: process.env,
        now: () => new Date(),
        isTty: process.stdout.isTTY === true
      }
    )
    if (exitCode !== 0) {
      process.stderr.write(stderr.join(''))
      return exitCode
    }

    const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report
    const octokit = createGitHubClient(ACTIONS_TOKEN, { baseUrl: github.url })
    const issue = await syncTrackingIssue(octokit, {
      ...REPOSITORY,
      report,
      issueKey: '',
      title: 'AWS certificates need action',
      labels: ['aws-cert-watch'],
      closeWhenClear: true,
      runUrl: 'https://github.com/acme/infra/actions/runs/1',
      log: { debug: () => {}, info: () => {}, warning: (m) => process.stderr.write(`${m}\n`) }
    })
    const issuePath = join(OUT, 'tracking-issue.md')
    const opened =
      issue.number === undefined
        ? undefined
        : github.state.issue(REPOSITORY.owner, REPOSITORY.repo, issue.number)
    if (opened !== undefined) await writeFile(issuePath, `# ${opened.title}\n\n${opened.body}\n`)

    const { totals } = report
    process.stdout.write(
      [
        '',
        `Demo: ${accounts.length} accounts x ${regions.length} regions on a local AWS endpoint (${ESTATE}).`,
        `  ${report.findings.length} resources need action (${totals.expired} expired, ${totals.critical} critical, ${totals.warning} warning, ${totals.notice} notice).`,
        `  JSON report:          ${reportPath}`,
        `  Job summary Markdown: ${summaryPath}`,
        opened !== undefined
          ? `  Tracking issue #${opened.number} (${issue.action}) on the local GitHub API: ${issuePath}`
          : `  Tracking issue: ${issue.action}`,
        ''
      ].join('\n')
    )
    return 0
  } finally {
    await Promise.all([aws.close(), github.close()])
  }
}

process.exitCode = await main()
