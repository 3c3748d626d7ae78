/**
 * The command-line entry point: flags -> the command (src/cli/command.ts) over the same stages
 * as the actions. Only the flags are read here: --help, --version and a usage mistake answer
 * before config, the AWS SDK or any renderer loads.
 */
import { parseArgs } from 'node:util'
import { IacInputs, Inputs, MergeInputs } from '../contract.js'
import { errorLine, usageError } from './error-line.js'
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js'
import { USAGE } from './usage.js'
import { VERSION } from './version.js'

/** What the CLI touches of the outside world, passed in so that tests can capture it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  now: () => Date
  /** Whether stdout is a terminal (colours). */
  isTty: boolean
  /**
   * Runs a scan's command line in a thread of its own (scan-thread.ts) and gives its exit code;
   * absent (tests, and the scan thread itself): the scan runs here.
   */
  startScanThread?: (argv: string[]) => Promise<number>
}

const FORMATS = ['table', 'json', 'markdown'] as const

/** What stdout gets. */
export type Format = (typeof FORMATS)[number]

/** A command line whose flags are known and fit its command; their values are not checked yet. */
export interface CommandLine {
  command: Command
  operands: string[]
  /** Every string flag given, by name (`regions`, `summary-path`). */
  flags: Record<string, string | undefined>
  format: Format
  noColor: boolean
  /** --debug: stack traces and the scan's debug lines on stderr. */
  debug: boolean
}
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
  merge: [MergeInputs.Reports, ...PUBLISH_FLAGS],
  iac: [
    IacInputs.Paths,
    IacInputs.ChangedOnly,
    IacInputs.TargetCa,
    IacInputs.SarifPath,
    IacInputs.WarningDays,
    IacInputs.CriticalDays,
    IacInputs.AwsRegion,
    ...PUBLISH_FLAGS
  ]
} as const

export type Command = keyof typeof INPUT_FLAGS

function isCommand(value: string | undefined): value is Command {
  return value !== undefined && value in INPUT_FLAGS
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
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' }
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
  if (values.version) {
    io.stdout(`aws-cert-watch ${VERSION}\n`)
    return EXIT_OK
  }
  if (argv.length === 0) {
    io.stderr(`${USAGE}\n`)
    return EXIT_USAGE
  }
  const [command, ...operands] = positionals
  if (!isCommand(command)) {
    io.stderr(
      usageError(
        `expected the command "scan", "iac" or "merge", not ${JSON.stringify(positionals.join(' '))}`
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
    io.stderr(usageError(`option --${foreign} is not an option of ${command}`))
    return EXIT_USAGE
  }
  if (command === 'scan' && operands.length > 0) {
    io.stderr(usageError(`scan takes no operands, not ${JSON.stringify(operands.join(' '))}`))
    return EXIT_USAGE
  }
  const format = (values.format as string | undefined) ?? 'table'
  if (!isFormat(format)) {
    io.stderr(
      errorLine(
        `--format must be table, json or markdown, not ${JSON.stringify(format)}`,
        'example: --format json'
      )
    )
    return EXIT_USAGE
  }

  if (command === 'scan' && io.startScanThread !== undefined) return io.startScanThread(argv)
  // Config, the renderers and (for a scan) the AWS SDK load only now.
  const { runCommand } = await import('./command.js')
  return runCommand(
    {
      command,
      operands,
      flags,
      format,
      noColor: values['no-color'] === true,
      debug: values.debug === true
    },
    io
  )
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}
