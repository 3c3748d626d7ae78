/**
 * The fault campaign's scenarios. Each one starts its own emulators (AWS, OIDC, GitHub) with its
 * faults, so that scenarios can run side by side, and runs the bundled action or CLI on them.
 */
import type { Knobs } from '../../emulator/aws/index.js'
import { ACTIONS_TOKEN, type GitHubApiOptions } from '../../emulator/github/index.js'
import type { LocalServices } from '../../__tests__/e2e/local-services.js'
import { REPOSITORY } from '../../__tests__/e2e/run-action.js'
import type { Report } from '../../src/model/index.js'
import { OPT_IN_REGION, PROD, REGIONS, STAGING } from './estate.js'
import { textLines, type StepOutcome } from './step.js'

export interface Scenario {
  name: string
  entry: 'action' | 'cli'
  knobs?: Partial<Knobs>
  github?: GitHubApiOptions
  /** Action inputs on top of the campaign's (every account and region of the estate). */
  inputs?: Record<string, string>
  /** CLI: no AWS credentials in its environment at all (else the emulator's static keys). */
  noCredentials?: true
  /** CLI: flags after `scan` instead of the campaign's roles and regions. */
  flags?: string[]
  /** Runs before the measured run, on the same emulators (a first run, a person's action). */
  prepare?: (context: PrepareContext) => Promise<void>
  /**
   * Why nothing can be scanned, where that is so by design; then the summary, outputs and report
   * are not owed. Absent: a scan can run, and all three must be written.
   */
  nothingScannable?: string
  /** Expectations of this scenario alone: each violation as one line. */
  check?: (run: { outcome: StepOutcome; report: Report | null }) => string[]
}

export interface PrepareContext {
  services: LocalServices
  /** An action run on the same emulators with the campaign's inputs plus these; not measured. */
  run: (inputs: Record<string, string>) => Promise<StepOutcome>
}

const [OWNER, REPO] = REPOSITORY.split('/') as [string, string]

const PROXY_502_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

/** Every operation the scan sends: a quota on each one is the storm. */
const SCAN_OPERATIONS = [
  'AssumeRoleWithWebIdentity',
  'ListRegions',
  'DescribeDBInstances',
  'DescribeDBClusters',
  'DescribeCertificates',
  'DescribePendingMaintenanceActions',
  'DescribeDBEngineVersions',
  'ListCertificates',
  'DescribeCertificate'
]

const EVERY_CALL_HANGS: Partial<Knobs> = { faults: [{ hang: true }] }

const REFUSED_INPUT = 'an input refused before any AWS call, by design'

function action(name: string, fields: Partial<Scenario> = {}): Scenario {
  return { name, entry: 'action', ...fields }
}

function cli(name: string, fields: Partial<Scenario> = {}): Scenario {
  return { name, entry: 'cli', ...fields }
}

/**
 * A first run over RDS alone opens the tracking issue, so that the measured run (RDS and ACM)
 * has new findings to write into it.
 */
async function openIssue({ run }: PrepareContext): Promise<number> {
  const first = await run({ services: 'rds' })
  const number = Number(first.outputs?.['issue-number'])
  if (!Number.isInteger(number) || number <= 0) {
    throw new Error(`the first run opened no tracking issue (exit ${first.exit})`)
  }
  return number
}

/**
 * The AWS SDK's own warning on Node older than 22 (a block of lines from `process.emitWarning`):
 * not the CLI's words, and gone once the baseline is Node 24; counted apart in the note.
 */
const SDK_NODE_WARNING =
  /\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?to show where the warning was created\)\n?/g

/** stderr without the SDK's Node version warning. */
function ownLines(stderr: string): string[] {
  return textLines(stderr.replace(SDK_NODE_WARNING, ''))
}

/** A failure a person can act on is one line: not a stack trace, nor the logs around it. */
function oneLineOnStderr({ outcome }: { outcome: StepOutcome }): string[] {
  const lines = ownLines(outcome.stderr)
  return [
    ...(lines.length === 1 ? [] : [`stderr has ${lines.length} lines of its own, not 1`]),
    ...(lines.some((line) => /^\s+at /.test(line)) ? ['stack trace on stderr'] : [])
  ]
}

/**
 * With roles, the CLI goes on to scan (its progress lines on stderr say, scan by scan, that the
 * role could not be assumed) and ends on the one line that says nothing could be scanned.
 */
function endsOnOneFailureLine({ outcome }: { outcome: StepOutcome }): string[] {
  const lines = ownLines(outcome.stderr)
  const last = lines.at(-1) ?? ''
  return [
    ...(/^Nothing could be scanned: /.test(last)
      ? []
      : [`last stderr line is not the failure: ${last}`]),
    ...(lines.some((line) => /^\s+at /.test(line)) ? ['stack trace on stderr'] : [])
  ]
}

/** The run every other one is judged against; it always runs, first. */
export const BASELINE = action('fault-free')

export const SCENARIOS: readonly Scenario[] = [
  BASELINE,
  action('aws-every-call-hangs', {
    knobs: EVERY_CALL_HANGS,
    nothingScannable: 'every AWS call, STS included, hangs'
  }),
  action('rds-describe-db-instances-hangs-us-east-1', {
    knobs: {
      faults: [
        { service: 'rds', operation: 'DescribeDBInstances', region: 'us-east-1', hang: true }
      ]
    }
  }),
  action('acm-describe-certificate-hangs', {
    knobs: { faults: [{ service: 'acm', operation: 'DescribeCertificate', hang: true }] }
  }),
  action('rds-html-502-ap-northeast-1', {
    knobs: {
      faults: [
        {
          service: 'rds',
          region: 'ap-northeast-1',
          response: { status: 502, contentType: 'text/html', body: PROXY_502_PAGE }
        }
      ]
    }
  }),
  action('acm-list-expired-token-once', {
    knobs: {
      faults: [{ service: 'acm', operation: 'ListCertificates', error: 'ExpiredToken', times: 1 }]
    }
  }),
  action('access-denied-us-east-1', {
    // RDS and ACM only: STS and the Account API are global and sign for us-east-1 too.
    knobs: {
      faults: (['rds', 'acm'] as const).map((service) => ({
        service,
        region: 'us-east-1',
        error: 'AccessDenied'
      }))
    }
  }),
  action('acm-describe-certificate-denied', {
    knobs: { faults: [{ service: 'acm', operation: 'DescribeCertificate', error: 'AccessDenied' }] }
  }),
  action('opt-in-enabled-invalid-token', {
    knobs: { faults: [{ account: PROD, region: OPT_IN_REGION, error: 'InvalidClientTokenId' }] },
    check: ({ report }) =>
      (report?.coverage ?? [])
        .filter((row) => row.account === PROD && row.region === OPT_IN_REGION)
        .filter((row) => row.status !== 'failed')
        .map((row) => `${row.service} ${PROD} ${OPT_IN_REGION} is ${row.status}, not failed`)
  }),
  action('opt-in-disabled-list-regions-denied', {
    knobs: { faults: [{ service: 'account', operation: 'ListRegions', error: 'AccessDenied' }] }
  }),
  action('throttling-storm', {
    knobs: {
      quotas: {
        ...Object.fromEntries(SCAN_OPERATIONS.map((operation) => [operation, 0.5])),
        ListCertificates: 0.2
      }
    }
  }),
  action('github-hangs', { github: { hang: true } }),
  action('github-html-502', { github: { htmlResponse: { status: 502 } } }),
  action('github-primary-rate-limit-1h', {
    github: { primaryRateLimit: { resetInSeconds: 3600 } }
  }),
  action('github-secondary-rate-limit-every-2nd', { github: { secondaryRateLimitEvery: 2 } }),
  action('github-token-without-issues-write', {
    github: { permissions: { [ACTIONS_TOKEN]: 'read' } }
  }),
  action('github-issues-disabled', { github: { issuesEnabled: false } }),
  action('github-issue-locked', {
    prepare: async (context) => {
      context.services.github.state.lock(OWNER, REPO, await openIssue(context), 'resolved')
    }
  }),
  action('github-issue-deleted-mid-run', {
    prepare: async (context) => {
      const number = await openIssue(context)
      const ofIssue = new RegExp(`^/repos/${REPOSITORY}/issues/${number}(/|$)`)
      let deleted = false
      // Deleted once the run has found the issue and first addresses it by number.
      context.services.github.state.onRequest = (request, state) => {
        if (deleted || !ofIssue.test(request.path)) return
        deleted = true
        state.deleteIssue(OWNER, REPO, number)
      }
    }
  }),
  action('report-path-is-a-directory', {
    inputs: { 'report-path': '.' },
    nothingScannable: REFUSED_INPUT
  }),
  action('report-path-under-proc', {
    inputs: { 'report-path': '/proc/aws-cert-watch-report.json' },
    nothingScannable: REFUSED_INPUT
  }),
  action('target-ca-rds-ca-2019', {
    inputs: { 'target-ca': 'rds-ca-2019' },
    nothingScannable: REFUSED_INPUT
  }),
  // The backtracking reading of this pattern took minutes per ARN; it matches no ARN here.
  action('ignore-40-stars', { inputs: { ignore: `arn:aws:acm:${'*a'.repeat(40)}b` } }),
  // As typed on a workstation without credentials: no role, so the default chain alone.
  cli('cli-no-credentials', {
    noCredentials: true,
    flags: ['--regions', REGIONS.join(',')],
    nothingScannable: 'no AWS credentials at all',
    check: oneLineOnStderr
  }),
  cli('cli-endpoint-hangs', {
    knobs: EVERY_CALL_HANGS,
    nothingScannable: 'every AWS call, STS included, hangs'
  }),
  cli('cli-fault-free'),
  action('sts-denied-for-staging', {
    knobs: {
      faults: [
        {
          service: 'sts',
          operation: 'AssumeRoleWithWebIdentity',
          account: STAGING,
          error: 'AccessDenied'
        }
      ]
    }
  }),
  action('aws-throttles-every-other-call', {
    knobs: { faults: [{ error: 'Throttling', rate: 0.5 }] }
  }),
  cli('cli-no-credentials-with-roles', {
    noCredentials: true,
    nothingScannable: 'no AWS credentials at all',
    check: endsOnOneFailureLine
  })
]
