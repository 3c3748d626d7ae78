/**
 * One run of the bundled action (`dist/index.js`, started as the Actions runner starts it) or of
 * the bundled CLI (`dist/cli/index.js`, as a shell starts it), in a fresh directory, with a hard
 * kill. The step's files and environment, and reading what it wrote, are the end-to-end
 * helper's (__tests__/e2e/run-action.ts); only the start differs: runAction kills a step at
 * 60 s and rejects, while the hang scenarios last that long by design (AWS idle 60 s, GitHub
 * 90 s) and a killed run must still be reported, with what it wrote.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ACTION_ENTRY,
  parseWorkflowCommands,
  prepareStep,
  readStep,
  STEP_NODE,
  type WorkflowCommand
} from '../../__tests__/e2e/run-action.js'
import type { Report } from '../../src/model/index.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CLI_ENTRY = join(ROOT, 'dist', 'cli', 'index.js')

/**
 * The action runs where action.yml says it runs (`using: node24`): AWS_CERT_WATCH_NODE, as for
 * the end-to-end tests (.ci/node24.sh prints one). The CLI runs on whatever Node its user has,
 * here the one running the campaign.
 */
export { ACTION_ENTRY }
export const ACTION_NODE = STEP_NODE
export const CLI_NODE = process.execPath

/** `killed`: the campaign's hard timeout ended it; a signal name: something else did. */
export type StepExit = number | 'killed' | NodeJS.Signals

export type ReportFile =
  | { state: 'parsed'; report: Report }
  | { state: 'absent' }
  | { state: 'unparseable'; problem: string }

export interface StepOutcome {
  exit: StepExit
  wallMs: number
  stdout: string
  stderr: string
  /** The action's GITHUB_OUTPUT; null for the CLI, which has none. */
  outputs: Record<string, string> | null
  /** GITHUB_STEP_SUMMARY, or the CLI's --summary-path file; '' when absent. */
  summary: string
  report: ReportFile
  commands: WorkflowCommand[]
}

export interface ActionStepOptions {
  /** By action.yml name, on top of action.yml's defaults. */
  inputs: Record<string, string>
  /** The endpoints and OIDC variables of the services this run talks to. */
  env: Record<string, string>
  /** What `${{ github.token }}` expands to. */
  githubToken: string
  timeoutMs: number
}

export function runActionStep(options: ActionStepOptions): Promise<StepOutcome> {
  return inFreshDirectory(async (dir) => {
    const step = await prepareStep(dir, {
      inputs: options.inputs,
      env: options.env,
      githubToken: options.githubToken
    })
    const run = await spawnWithDeadline(
      ACTION_NODE,
      [ACTION_ENTRY],
      dir,
      options.timeoutMs,
      step.env
    )
    const { outputs, summary, commands, reportPath } = await readStep(dir, step, run.stdout)
    return { ...run, outputs, summary, report: await readReportFile(reportPath), commands }
  })
}

export interface CliStepOptions {
  /** After `scan`; the campaign adds --report-path and --summary-path in the run's directory. */
  args: string[]
  /** AWS endpoint and credentials; nothing else of the campaign's environment reaches the CLI. */
  env: Record<string, string>
  timeoutMs: number
}

export function runCliStep(options: CliStepOptions): Promise<StepOutcome> {
  return inFreshDirectory(async (dir) => {
    const reportPath = join(dir, 'report.json')
    const summaryPath = join(dir, 'summary.md')
    const args = [
      'scan',
      ...options.args,
      '--report-path',
      reportPath,
      '--summary-path',
      summaryPath
    ]
    const run = await spawnWithDeadline(CLI_NODE, [CLI_ENTRY, ...args], dir, options.timeoutMs, {
      ...cleanEnvironment(dir),
      ...options.env
    })
    return {
      ...run,
      outputs: null,
      summary: await readText(summaryPath),
      report: await readReportFile(reportPath),
      commands: parseWorkflowCommands(run.stdout)
    }
  })
}

/**
 * Nothing of this machine's environment but PATH: no AWS key, profile or GitHub variable may
 * leak into a run, and instance metadata (169.254.169.254) is never asked for credentials.
 */
function cleanEnvironment(dir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

async function inFreshDirectory<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-fault-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function spawnWithDeadline(
  node: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  env: Record<string, string>
): Promise<Pick<StepOutcome, 'exit' | 'wallMs' | 'stdout' | 'stderr'>> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({
        exit: killed ? 'killed' : (code ?? signal ?? 'SIGKILL'),
        wallMs: performance.now() - started,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    })
  })
}

/** A file the run never wrote reads as '' (a killed run may not have got that far). */
async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '')
}

async function readReportFile(path: string): Promise<ReportFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    // Missing, a directory, or not readable: no report either way.
    return { state: 'absent' }
  }
  try {
    return { state: 'parsed', report: JSON.parse(text) as Report }
  } catch (error) {
    return { state: 'unparseable', problem: (error as Error).message }
  }
}

/** The lines a person reads: the text split at newlines, without the final empty one. */
export function textLines(text: string): string[] {
  const lines = text.split('\n')
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines
}
