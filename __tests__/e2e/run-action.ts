/**
 * Runs the bundled action (`dist/index.js`) in a child process the way the Actions runner does:
 * `INPUT_*` variables for every input of action.yml (its defaults, then the test's overrides),
 * the runner's `GITHUB_*` / `RUNNER_*` variables, file commands (`GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`) in a fresh directory, and otherwise a clean environment, so that no AWS
 * key or GitHub variable of the machine running the tests leaks into the step. It starts no
 * server: the test passes the endpoints of the ones it started.
 *
 * The node binary is `AWS_CERT_WATCH_NODE` when set (e.g. Node 24 from .ci/node24.sh, the
 * runtime action.yml declares), else the one running the tests.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { Report } from '../../src/model/index.js'
import { reportSchemaErrors } from '../helpers/report-schema.js'
import { shiftedClockEnv } from '../helpers/shifted-clock.cjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** A bundled action: its action.yml (inputs and defaults) and the entry its `runs.main` names. */
export interface BundledAction {
  yml: string
  entry: string
}

/** The scan action (action.yml). */
export const SCAN_ACTION: BundledAction = {
  yml: join(ROOT, 'action.yml'),
  entry: join(ROOT, 'dist', 'index.js')
}

/** The merge action (merge/action.yml). */
export const MERGE_ACTION: BundledAction = {
  yml: join(ROOT, 'merge', 'action.yml'),
  entry: join(ROOT, 'dist', 'merge', 'index.js')
}

/** The infrastructure-code action (iac/action.yml). */
export const IAC_ACTION: BundledAction = {
  yml: join(ROOT, 'iac', 'action.yml'),
  entry: join(ROOT, 'dist', 'iac', 'index.js')
}

/** The scan action's bundle. */
export const ACTION_ENTRY = SCAN_ACTION.entry

/** A step that takes longer than this is killed: a hang must fail the test, not stall it. */
const STEP_TIMEOUT_MS = 60_000

export interface ActionRunOptions {
  /** Which action the step runs; default the scan (action.yml). */
  action?: BundledAction
  /** Input values by action.yml name (`fail-on`), on top of action.yml's defaults. */
  inputs?: Record<string, string>
  /**
   * Extra or replaced environment variables (endpoints, `ACTIONS_ID_TOKEN_REQUEST_*`);
   * `undefined` removes one the helper would set.
   */
  env?: Record<string, string | undefined>
  /** What `${{ github.token }}` expands to in input defaults; default ''. */
  githubToken?: string
  /** `GITHUB_EVENT_NAME`, default `push`. */
  eventName?: string
  /** The payload at `GITHUB_EVENT_PATH`; default a push to `GITHUB_REPOSITORY`. */
  event?: unknown
}

/** A `::command key=value,...::message` line of the step's stdout, unescaped. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionAnnotation extends WorkflowCommand {
  command: 'error' | 'warning' | 'notice'
}

export interface ActionRun {
  /** The process's exit code (core.setFailed sets 1). */
  exitCode: number
  stdout: string
  stderr: string
  /** Step outputs, parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>
  /** The job summary (GITHUB_STEP_SUMMARY) as written. */
  summary: string
  /** Every workflow command on stdout, in order. */
  commands: WorkflowCommand[]
  /** The error / warning / notice commands: the annotations, in order. */
  annotations: ActionAnnotation[]
  /** Log lines that are not workflow commands: what a person reads in the step's log. */
  logLines: string[]
  /** The JSON report at the `report-path` output (else the input), or null when none was written. */
  report: Report | null
}

export const REPOSITORY = 'acme/infra'
export const RUN_ID = '4242'
export const SERVER_URL = 'https://github.com'

export async function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-step-'))
  try {
    return await runIn(dir, options)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function runIn(dir: string, options: ActionRunOptions): Promise<ActionRun> {
  const step = await prepareStep(dir, options)
  const { exitCode, stdout, stderr } = await spawnStep(
    dir,
    step.env,
    (options.action ?? SCAN_ACTION).entry
  )
  const { reportPath, ...written } = await readStep(dir, step, stdout)
  return { exitCode, stdout, stderr, ...written, report: await readReport(reportPath) }
}

/** The files of the runner's file commands and the event payload, in the step's directory. */
interface StepFiles {
  output: string
  summary: string
  env: string
  path: string
  state: string
  event: string
}

/** A step ready to start: its environment, and where it will leave what it writes. */
export interface PreparedStep {
  env: Record<string, string>
  files: StepFiles
  inputs: Record<string, string>
}

/**
 * Writes the runner's files into `dir` and builds the step's environment: action.yml's input
 * defaults and the options' inputs as INPUT_*, the runner's variables, and nothing else of
 * this machine's environment but PATH.
 */
export async function prepareStep(dir: string, options: ActionRunOptions): Promise<PreparedStep> {
  const files: StepFiles = {
    output: join(dir, 'github_output'),
    summary: join(dir, 'step_summary'),
    env: join(dir, 'github_env'),
    path: join(dir, 'github_path'),
    state: join(dir, 'github_state'),
    event: join(dir, 'event.json')
  }
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) {
    await writeFile(file, '')
  }
  await writeFile(
    files.event,
    JSON.stringify(options.event ?? { repository: { full_name: REPOSITORY } })
  )

  const inputs = {
    ...(await inputDefaults(options.action ?? SCAN_ACTION, options.githubToken ?? '')),
    ...options.inputs
  }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_SERVER_URL: SERVER_URL,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    // Never reach for instance metadata (169.254.169.254): tests only talk to 127.0.0.1.
    AWS_EC2_METADATA_DISABLED: 'true',
    // The step runs on the tests' clock, shifted or not, like the services it talks to.
    ...shiftedClockEnv(),
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])
    ),
    ...options.env
  }
  const defined = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  return { env: defined, files, inputs }
}

/**
 * What a finished step left: its outputs, summary and workflow commands, and where its report
 * is (the `report-path` output, else the input).
 */
export async function readStep(
  dir: string,
  step: PreparedStep,
  stdout: string
): Promise<Omit<ActionRun, 'exitCode' | 'stdout' | 'stderr' | 'report'> & { reportPath: string }> {
  const outputs = parseOutputFile(await readFile(step.files.output, 'utf8'))
  const commands = parseWorkflowCommands(stdout)
  const reportPath = outputs['report-path'] || resolve(dir, step.inputs['report-path'] ?? '')
  return {
    outputs,
    summary: await readFile(step.files.summary, 'utf8'),
    commands,
    annotations: commands.filter(isAnnotation),
    logLines: stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::')),
    reportPath
  }
}

/** The node binary a step runs on: AWS_CERT_WATCH_NODE (Node 24) when set, else this one. */
export const STEP_NODE = process.env.AWS_CERT_WATCH_NODE ?? process.execPath

/** The runner's name mangling: upper case, spaces to `_`, hyphens kept (`INPUT_FAIL-ON`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Every input of action.yml with its default, expressions expanded as the runner would. */
async function inputDefaults(
  bundled: BundledAction,
  githubToken: string
): Promise<Record<string, string>> {
  const action = parse(await readFile(bundled.yml, 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      expand(String(input.default ?? ''), githubToken)
    ])
  )
}

function expand(value: string, githubToken: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.token') return githubToken
    throw new Error(`action.yml default uses an expression the test runner cannot expand: ${value}`)
  })
}

export function spawnStep(
  cwd: string,
  env: Record<string, string>,
  entry: string
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(STEP_NODE, [entry], { cwd, env, stdio: 'pipe' })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), STEP_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const out = Buffer.concat(stdout).toString('utf8')
      const err = Buffer.concat(stderr).toString('utf8')
      if (code === null) {
        reject(new Error(`the step was killed (${signal}); stderr:\n${err}\nstdout:\n${out}`))
        return
      }
      resolvePromise({ exitCode: code, stdout: out, stderr: err })
    })
  })
}

/**
 * GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value's lines, `DELIMITER`;
 * the older `name=value` form is read too.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end === -1) throw new Error(`GITHUB_OUTPUT: ${name} has no closing ${delimiter}`)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const simple = /^([^=]+)=(.*)$/.exec(line)
    if (simple) outputs[simple[1] as string] = simple[2] as string
  }
  return outputs
}

/**
 * Workflow commands as the runner reads them: a stdout line `::name key=value,...::message`.
 * Values are unescaped the way @actions/core escapes them (`%25 %0D %0A` in messages, also
 * `%3A %2C` in properties), in one pass so that `%250A` stays `%0A`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''))
    if (!match) continue
    const [, command, rawProperties, message] = match as unknown as [
      string,
      string,
      string | undefined,
      string
    ]
    const properties: Record<string, string> = {}
    for (const pair of (rawProperties ?? '').split(',')) {
      const at = pair.indexOf('=')
      if (at > 0) properties[pair.slice(0, at)] = unescapeCommandValue(pair.slice(at + 1))
    }
    commands.push({ command, properties, message: unescapeCommandValue(message) })
  }
  return commands
}

const COMMAND_ESCAPES: Record<string, string> = {
  '%25': '%',
  '%0D': '\r',
  '%0A': '\n',
  '%3A': ':',
  '%2C': ','
}

function unescapeCommandValue(value: string): string {
  return value.replace(/%(?:25|0D|0A|3A|2C)/g, (code) => COMMAND_ESCAPES[code] ?? code)
}

function isAnnotation(command: WorkflowCommand): command is ActionAnnotation {
  return ['error', 'warning', 'notice'].includes(command.command)
}

/** The step's report, checked against schema/report.schema.json: every step's must conform. */
export async function readReport(path: string): Promise<Report | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT' || code === 'EISDIR') return null
    throw error
  }
  const report: unknown = JSON.parse(text)
  const errors = reportSchemaErrors(report)
  if (errors.length > 0) {
    throw new Error(`${path} does not conform to the report schema: ${errors.join('; ')}`)
  }
  return report as Report
}
