/**
 * The command-line entry point over the same stages as the actions: flags -> config -> scan (or
 * the merge of matrix legs' reports) -> a rendering on stdout, and optionally the JSON report and
 * the job-summary Markdown as files. Credentials come from the SDK's default chain (or AssumeRole
 * with --role-to-assume).
 */
import { parseArgs } from 'node:util'
import { ConfigError, parseMergeSettings, parseSettings } from '../config/index.js'
import { readLegReports } from '../config/leg-reports.js'
import { Inputs, MergeInputs } from '../contract.js'
import { workstationCredentialDeps } from '../credentials/index.js'
import type { PublishSettings, Report } from '../model/index.js'
import { failureMessage } from '../publish/fail-on.js'
import { prepareOutputFile, writeOutputFile, writeReportFile } from '../publish/report-file.js'
import { oneLine } from '../shared/text.js'
import { renderSummary } from '../report/summary.js'
import { describeMerge, MergeError, mergeReports } from '../report/merge.js'
import { renderTable } from '../report/table.js'
import { scan } from '../scan.js'

/** What the CLI touches of the outside world, passed in so that tests can capture it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Whether stdout is a terminal (colours). */
  isTty: boolean
}

/** Exit codes: 0 ok, 1 findings at or above --fail-on (or nothing scannable), 2 bad usage. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

const FORMATS = ['table', 'json', 'markdown'] as const

export const USAGE = `Usage: aws-cert-watch scan [options]
       aws-cert-watch merge [options] REPORT...

scan: scans AWS for RDS/Aurora/DocumentDB/Neptune, ACM, IAM server and Private CA certificates
that need action. Options (the action's input names):
  --regions LIST          comma-separated regions, or "all" (default: $AWS_REGION, else us-east-1)
  --services LIST         rds,acm,... or all (default all)
  --warning-days N        default 45
  --critical-days N       default 14
  --ignore PATTERNS       comma-separated ARN patterns (* and ?) to leave out
  --target-ca ID          CA that the fix commands rotate to (default rds-ca-rsa2048-g1)
  --role-to-assume ARNS   assume these roles (AssumeRole from the default chain), one per account;
                          with --accounts, the hub role
  --accounts WHICH        "organization" (every ACTIVE account of the AWS Organization) or
                          12-digit account ids; each assumed as --member-role-name
  --member-role-name R    default aws-cert-watch
  --exclude-accounts IDS  accounts to leave out
  --shard I/N             scan a stable 1/N share of the accounts (default 1/1)
  --role-session-name S   default aws-cert-watch
  --aws-region R          home region for STS (default us-east-1)
  --dns-check BOOL        resolve the DNS validation records of ACM certificates about to renew
                          (default true)
  --dns-servers LIST      resolvers for that, IP[:port] (default: the system's)

merge: merges matrix legs' JSON reports (files or globs; or --reports) into the report one scan
of all their accounts would give; a missing leg is named as a gap.

Both:
  --fail-on LEVEL         none|warning|critical|expired: exit 1 at or above it (default none)
  --format FORMAT         table|json|markdown on stdout (default table)
  --report-path FILE      also write the JSON report to FILE
  --summary-path FILE     also write the job summary Markdown to FILE
  --no-color              plain text even on a terminal
  -h, --help              this text`

/** Flags shared by both commands that are inputs, passed to config under the same names. */
const PUBLISH_FLAGS = [Inputs.FailOn, Inputs.ReportPath] as const

/** Each command's input flags, passed to config under the same kebab-case names. */
const INPUT_FLAGS = {
  scan: [
    Inputs.Regions,
    Inputs.Services,
    Inputs.WarningDays,
    Inputs.CriticalDays,
    Inputs.Ignore,
    Inputs.TargetCa,
    Inputs.RoleToAssume,
    Inputs.Accounts,
    Inputs.MemberRoleName,
    Inputs.ExcludeAccounts,
    Inputs.Shard,
    Inputs.RoleSessionName,
    Inputs.AwsRegion,
    Inputs.DnsCheck,
    Inputs.DnsServers,
    ...PUBLISH_FLAGS
  ],
  merge: [MergeInputs.Reports, ...PUBLISH_FLAGS]
} as const

/** A usage mistake is one line, so that it is the first thing read; --help has the rest. */
function usageError(problem: string): string {
  return `${oneLine(problem)} Run "aws-cert-watch --help" for the options.\n`
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const allFlags = [...new Set(Object.values(INPUT_FLAGS).flat())]
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(allFlags.map((flag) => [flag, { type: 'string' as const }])),
        format: { type: 'string' },
        'summary-path': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    // Node's hint about positionals starting with '-' does not apply: the CLI takes commands.
    const message = (error as Error).message.replace(/ To specify a positional argument.*$/, '')
    io.stderr(usageError(message))
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  }
  const [command, ...operands] = positionals
  if (command !== 'scan' && command !== 'merge') {
    io.stderr(
      usageError(
        `Expected the command "scan" or "merge", not ${JSON.stringify(positionals.join(' '))}.`
      )
    )
    return EXIT_USAGE
  }
  const flags = values as Record<string, string | undefined>
  const foreign = allFlags.find(
    (flag) =>
      flags[flag] !== undefined && !(INPUT_FLAGS[command] as readonly string[]).includes(flag)
  )
  if (foreign !== undefined) {
    io.stderr(usageError(`Option --${foreign} is not an option of ${command}.`))
    return EXIT_USAGE
  }
  if (command === 'scan' && operands.length > 0) {
    io.stderr(usageError(`scan takes no operands, not ${JSON.stringify(operands.join(' '))}.`))
    return EXIT_USAGE
  }
  const format = (values.format as string | undefined) ?? 'table'
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(
      usageError(`Option --format must be table, json or markdown, not ${JSON.stringify(format)}.`)
    )
    return EXIT_USAGE
  }

  const verbose = (message: string) => io.stderr(`${message}\n`)
  const summaryPath = flags['summary-path']
  let produce: () => Promise<Report>
  let settings: PublishSettings
  try {
    if (command === 'scan') {
      const scanSettings = parseSettings((name) => {
        if (name === Inputs.Regions) {
          return flags[name] ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1'
        }
        // The CLI keeps no tracking issue (it prints); a shard leg is no exception.
        if (name === Inputs.Issue) return 'false'
        return flags[name] ?? ''
      })
      settings = scanSettings
      produce = async () =>
        (
          await scan(scanSettings, {
            now: io.now(),
            log: verbose,
            credentials: workstationCredentialDeps(verbose, io.env)
          })
        ).report
    } else {
      const mergeSettings = parseMergeSettings((name) =>
        name === MergeInputs.Reports
          ? [flags[name] ?? '', ...operands].join('\n')
          : (flags[name] ?? '')
      )
      settings = mergeSettings
      const { legs, unmatched } = await readLegReports(MergeInputs.Reports, mergeSettings.reports)
      for (const pattern of unmatched) verbose(`No report matches ${pattern}`)
      const merged = mergeReports(legs)
      verbose(describeMerge(legs, merged))
      produce = async () => merged
    }
    // Files that cannot be written are refused before any AWS call, like any other bad option.
    await prepareFiles(flags, settings, summaryPath)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MergeError) {
      io.stderr(`${asOption(error.message)}\n`)
      return EXIT_USAGE
    }
    throw error
  }

  let report
  try {
    report = await produce()
  } catch (error) {
    // No credentials, no role: one line that says what to do, not a stack trace.
    io.stderr(
      `aws-cert-watch: ${oneLine(error instanceof Error ? error.message : String(error))}\n`
    )
    return EXIT_FINDINGS
  }

  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else if (format === 'markdown') io.stdout(`${renderSummary(report, {})}\n`)
  else io.stdout(`${renderTable(report, { color: io.isTty && !values['no-color'] })}\n`)

  const problems: string[] = []
  const written = async (what: string, write: () => Promise<string>) => {
    try {
      verbose(`${what} written to ${await write()}`)
    } catch (error) {
      problems.push(oneLine(`The ${what} could not be written: ${(error as Error).message}.`))
    }
  }
  if (flags[Inputs.ReportPath] !== undefined) {
    await written('JSON report', () => writeReportFile(report, settings.reportPath))
  }
  if (summaryPath !== undefined) {
    await written('Job summary Markdown', () =>
      writeOutputFile(summaryPath, renderSummary(report, {}))
    )
  }
  const failure = failureMessage(report, settings.failOn)
  for (const line of [...problems, ...(failure === null ? [] : [failure])]) io.stderr(`${line}\n`)
  return problems.length > 0 || failure !== null ? EXIT_FINDINGS : EXIT_OK
}

/** --report-path and --summary-path, when given, must be writable before the work starts. */
async function prepareFiles(
  flags: Record<string, string | undefined>,
  settings: PublishSettings,
  summaryPath: string | undefined
): Promise<void> {
  if (flags[Inputs.ReportPath] !== undefined) {
    await prepareOutputFile(Inputs.ReportPath, settings.reportPath, 'report.json')
  }
  if (summaryPath !== undefined) {
    await prepareOutputFile('summary-path', summaryPath, 'summary.md')
  }
}

/** A config message names action inputs; on the command line they are options. */
function asOption(message: string): string {
  return message.replace(/^Input '([^']+)'/, 'Option --$1')
}
