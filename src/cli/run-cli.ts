/**
 * The command-line entry point over the same stages as the action: flags -> config -> scan ->
 * a rendering on stdout, and optionally the JSON report and the job-summary Markdown as files.
 * Credentials come from the SDK's default chain (or AssumeRole with --role-to-assume).
 */
import { parseArgs } from 'node:util'
import { ConfigError, parseSettings } from '../config/index.js'
import { Inputs } from '../contract.js'
import { workstationCredentialDeps } from '../credentials/index.js'
import { failureMessage } from '../publish/fail-on.js'
import { prepareOutputFile, writeOutputFile, writeReportFile } from '../publish/report-file.js'
import { oneLine } from '../shared/text.js'
import { renderSummary } from '../report/summary.js'
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

Scans AWS for RDS/Aurora/DocumentDB/Neptune and ACM certificates that need action.
Options (the action's input names):
  --regions LIST          comma-separated regions, or "all" (default: $AWS_REGION, else us-east-1)
  --services LIST         rds,acm,... or all (default all)
  --warning-days N        default 45
  --critical-days N       default 14
  --fail-on LEVEL         none|warning|critical|expired: exit 1 at or above it (default none)
  --ignore PATTERNS       comma-separated ARN patterns (* and ?) to leave out
  --target-ca ID          CA that the fix commands rotate to (default rds-ca-rsa2048-g1)
  --role-to-assume ARNS   assume these roles (AssumeRole from the default chain), one per account
  --role-session-name S   default aws-cert-watch
  --aws-region R          home region for STS (default us-east-1)
  --format FORMAT         table|json|markdown on stdout (default table)
  --report-path FILE      also write the JSON report to FILE
  --summary-path FILE     also write the job summary Markdown to FILE
  --no-color              plain text even on a terminal
  -h, --help              this text`

/** Flags that are action inputs, passed to config under the same kebab-case names. */
const INPUT_FLAGS = [
  Inputs.Regions,
  Inputs.Services,
  Inputs.WarningDays,
  Inputs.CriticalDays,
  Inputs.FailOn,
  Inputs.Ignore,
  Inputs.TargetCa,
  Inputs.RoleToAssume,
  Inputs.RoleSessionName,
  Inputs.AwsRegion,
  Inputs.ReportPath
] as const

/** A usage mistake is one line, so that it is the first thing read; --help has the rest. */
function usageError(problem: string): string {
  return `${oneLine(problem)} Run "aws-cert-watch --help" for the options.\n`
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(INPUT_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
        format: { type: 'string' },
        'summary-path': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    // Node's hint about positionals starting with '-' does not apply: the CLI takes only "scan".
    const message = (error as Error).message.replace(/ To specify a positional argument.*$/, '')
    io.stderr(usageError(message))
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(`${USAGE}\n`)
    return EXIT_OK
  }
  if (positionals.length !== 1 || positionals[0] !== 'scan') {
    io.stderr(
      usageError(`Expected the command "scan", not ${JSON.stringify(positionals.join(' '))}.`)
    )
    return EXIT_USAGE
  }
  const format = (values.format as string | undefined) ?? 'table'
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(
      usageError(`Option --format must be table, json or markdown, not ${JSON.stringify(format)}.`)
    )
    return EXIT_USAGE
  }

  const flags = values as Record<string, string | undefined>
  let settings
  try {
    settings = parseSettings((name) => {
      if (name === Inputs.Regions) {
        return flags[name] ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1'
      }
      return flags[name] ?? ''
    })
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${asOption(error.message)}\n`)
      return EXIT_USAGE
    }
    throw error
  }

  // Files that cannot be written are refused before any AWS call, like any other bad option.
  const files: Array<{ flag: string; path: string; example: string }> = []
  if (flags[Inputs.ReportPath] !== undefined) {
    files.push({ flag: Inputs.ReportPath, path: settings.reportPath, example: 'report.json' })
  }
  const summaryPath = flags['summary-path']
  if (summaryPath !== undefined) {
    files.push({ flag: 'summary-path', path: summaryPath, example: 'summary.md' })
  }
  try {
    for (const file of files) await prepareOutputFile(file.flag, file.path, file.example)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${asOption(error.message)}\n`)
      return EXIT_USAGE
    }
    throw error
  }

  const verbose = (message: string) => io.stderr(`${message}\n`)
  let report
  try {
    ;({ report } = await scan(settings, {
      now: io.now(),
      log: verbose,
      credentials: workstationCredentialDeps(verbose, io.env)
    }))
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

/** A config message names action inputs; on the command line they are options. */
function asOption(message: string): string {
  return message.replace(/^Input '([^']+)'/, 'Option --$1')
}
