/**
 * A command (scan or merge) over the same stages as the actions: config -> scan (or the merge of
 * matrix legs' reports) -> a rendering on stdout, and optionally the JSON report and the
 * job-summary Markdown as files. Credentials come from the SDK's default chain (or AssumeRole
 * with --role-to-assume). Every failure is one line on stderr; the exit code says which kind
 * (src/cli/exit-codes.ts).
 */
import { inspect } from 'node:util'
import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import {
  ConfigError,
  DEFAULT_IAC_PATHS,
  parseIacSettings,
  parseMergeSettings,
  parseSettings
} from '../config/index.js'
import { readLegReports } from '../config/leg-reports.js'
import { IacInputs, Inputs, MergeInputs } from '../contract.js'
import type { PublishSettings, Report } from '../model/index.js'
import { failureMessage, nothingScanned } from '../publish/fail-on.js'
import { prepareOutputFile, writeOutputFile, writeReportFile } from '../publish/report-file.js'
import { describeMerge, MergeError, mergeReports } from '../report/merge.js'
import { renderIacSummary } from '../report/iac-summary.js'
import { renderIacSarif } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import { renderTable } from '../report/table.js'
import { shellQuote } from '../shared/shell-quote.js'
import { oneLine } from '../shared/text.js'
import { wantsColor } from './color.js'
import { errorLine } from './error-line.js'
import { EXIT_FINDINGS, EXIT_NOT_SCANNED, EXIT_OK, EXIT_USAGE } from './exit-codes.js'
import type { CliIo, CommandLine } from './run-cli.js'
import { explainScanFailure } from './scan-failure.js'

/** A refused value, with its example as the flag it is on the command line. */
function configErrorLine(error: ConfigError): string {
  const example = /\s/.test(error.example) ? error.example : shellQuote(error.example)
  return errorLine(`--${error.input} ${error.problem}`, `example: --${error.input} ${example}`)
}

export async function runCommand(line: CommandLine, io: CliIo): Promise<number> {
  const { command, operands, flags, format, debug } = line
  const verbose = (message: string) => io.stderr(`${message}\n`)
  const summaryPath = flags['summary-path']
  let produce: () => Promise<Report>
  let settings: Pick<PublishSettings, 'failOn' | 'reportPath'>
  // The job summary's Markdown (--format markdown, --summary-path) for the report.
  let markdown = (report: Report) => renderSummary(report, {})
  // --sarif-path of the iac command; '' for none.
  let sarifPath = ''
  try {
    if (command === 'iac') {
      const paths = await operandPatterns(operands, io.env.GITHUB_WORKSPACE || process.cwd())
      const iacSettings = parseIacSettings((name) =>
        name === IacInputs.Paths ? [flags[name] ?? '', ...paths].join('\n') : (flags[name] ?? '')
      )
      settings = iacSettings
      sarifPath = iacSettings.sarifPath
      let checked = { filesChecked: 0, changedOnly: false }
      markdown = (report) => renderIacSummary(report, checked)
      produce = async () => {
        const [{ checkIac }, { iacRunFromEnvironment }] = [
          await import('../iac/index.js'),
          await import('../iac/environment.js')
        ]
        const outcome = await checkIac(
          await iacRunFromEnvironment(iacSettings, io.env, io.now(), verbose)
        )
        checked = outcome
        return outcome.report
      }
    } else if (command === 'scan') {
      const scanSettings = parseSettings((name) => {
        if (name === Inputs.Regions) {
          return flags[name] ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1'
        }
        // The CLI keeps no tracking issue (it prints); a shard leg is no exception.
        if (name === Inputs.Issue) return 'false'
        return flags[name] ?? ''
      })
      settings = scanSettings
      produce = async () => {
        // The AWS SDK loads only for a scan whose values are good, and files writable.
        const { scan } = await import('../scan.js')
        // Loaded with the scan already; one after the other, since jest's ESM loader fails
        // two imports at once that share a module not loaded yet.
        const { workstationCredentialDeps } = await import('../credentials/index.js')
        const result = await scan(scanSettings, {
          now: io.now(),
          log: verbose,
          ...(debug ? { debug: verbose } : {}),
          credentials: workstationCredentialDeps(verbose, io.env)
        })
        return result.report
      }
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
    if (sarifPath !== '') {
      await prepareOutputFile(IacInputs.SarifPath, sarifPath, 'aws-cert-watch.sarif')
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(configErrorLine(error))
      return EXIT_USAGE
    }
    if (error instanceof MergeError) {
      io.stderr(errorLine(error.message))
      return EXIT_USAGE
    }
    return notScanned(error, io, debug)
  }

  let report
  try {
    report = await produce()
  } catch (error) {
    return notScanned(error, io, debug)
  }

  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  else if (format === 'markdown') io.stdout(`${markdown(report)}\n`)
  else {
    const color = wantsColor(io.env, io.isTty, line.noColor)
    io.stdout(`${renderTable(report, { color })}\n`)
  }

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
    await written('Job summary Markdown', () => writeOutputFile(summaryPath, markdown(report)))
  }
  if (sarifPath !== '') {
    await written('SARIF file', () => writeOutputFile(sarifPath, renderIacSarif(report)))
  }
  const failure = failureMessage(report, settings.failOn)
  for (const line of [...problems, ...(failure === null ? [] : [failure])]) io.stderr(`${line}\n`)
  if (problems.length > 0 || nothingScanned(report)) return EXIT_NOT_SCANNED
  return failure !== null ? EXIT_FINDINGS : EXIT_OK
}

/** No credentials, no network, or a bug: one line that says what to do, not a stack trace. */
function notScanned(error: unknown, io: CliIo, debug: boolean): number {
  const { what, hint } = explainScanFailure(error)
  io.stderr(errorLine(what, hint))
  if (debug) io.stderr(`${inspect(error)}\n`)
  return EXIT_NOT_SCANNED
}

/**
 * `aws-cert-watch iac infra/ stacks/site.yaml`: a directory means the default patterns under
 * it, anything else is a path or glob as `--paths` takes it, both made relative to the checked
 * directory (the working directory, or GITHUB_WORKSPACE), which findings' files are named from.
 */
async function operandPatterns(operands: readonly string[], root: string): Promise<string[]> {
  const patterns: string[] = []
  for (const operand of operands) {
    const inRoot = relative(root, resolve(operand))
    if (inRoot === '..' || inRoot.startsWith(`..${sep}`) || isAbsolute(inRoot)) {
      throw new ConfigError(
        IacInputs.Paths,
        `names ${JSON.stringify(operand)}, outside the directory checked (${root}): run aws-cert-watch iac from the repository's root`,
        'infra/'
      )
    }
    const path = inRoot.split(sep).join('/')
    const isDirectory = await stat(operand).then(
      (found) => found.isDirectory(),
      () => false
    )
    if (!isDirectory) patterns.push(path)
    else patterns.push(...DEFAULT_IAC_PATHS.map((p) => (path === '' ? p : `${path}/${p}`)))
  }
  return patterns
}

/** --report-path and --summary-path, when given, must be writable before the work starts. */
async function prepareFiles(
  flags: Record<string, string | undefined>,
  settings: Pick<PublishSettings, 'reportPath'>,
  summaryPath: string | undefined
): Promise<void> {
  if (flags[Inputs.ReportPath] !== undefined) {
    await prepareOutputFile(Inputs.ReportPath, settings.reportPath, 'report.json')
  }
  if (summaryPath !== undefined) {
    await prepareOutputFile('summary-path', summaryPath, 'summary.md')
  }
}
