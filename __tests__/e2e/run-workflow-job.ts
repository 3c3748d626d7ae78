/**
 * Runs one job of a workflow file here, the way the Actions runner runs its steps: in order, in
 * one workspace, a `run:` step as `bash --noprofile --norc -eo pipefail` with its own
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a local action (`uses: ./`) as its action.yml's
 * `runs.main` through runAction's step (`INPUT_*` from `with:` over action.yml's defaults),
 * `${{ env.* }}` and `${{ steps.<id>.outputs.* }}` expanded. Steps that need what this machine
 * lacks (GitHub's marketplace actions, an artifact store) are not run: the caller names each with
 * its reason, and an unnamed one fails the run. Background processes a step leaves (a server)
 * live until the job ends, then their process group is ended, as the runner ends orphans.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { shiftedClockEnv } from '../helpers/shifted-clock.cjs'
import {
  parseOutputFile,
  prepareStep,
  readReport,
  readStep,
  spawnStep,
  type ActionRun,
  type BundledAction
} from './run-action.js'

export interface WorkflowStep {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  shell?: string
  'working-directory'?: string
  env?: Record<string, string | number | boolean>
  with?: Record<string, string | number | boolean>
}

interface WorkflowJob {
  env?: Record<string, string | number | boolean>
  steps: WorkflowStep[]
}

/** A step that ran: its exit code, its log, its outputs, and for a local action what it left. */
export interface StepRun {
  step: WorkflowStep
  exitCode: number
  log: string
  outputs: Record<string, string>
  action?: ActionRun
}

/** What one step did; `skipped` names why it did not run here. */
export type StepResult = StepRun | { step: WorkflowStep; skipped: string }

export interface WorkflowJobOptions {
  /** The workspace: the checkout the steps run in. */
  workspace: string
  workflowFile: string
  job: string
  /** Job environment values replacing the workflow's (a free port instead of a fixed one). */
  env?: Record<string, string>
  /**
   * Steps not run here, keyed by the action a step uses (without its `@version`) or by a
   * `run:` step's exact command, each with the reason.
   */
  notRunHere: Record<string, string>
}

/** A `run:` step that takes longer than this is killed: a hang fails the job, as timeout-minutes would. */
const RUN_STEP_TIMEOUT_MS = 120_000

export async function runWorkflowJob(options: WorkflowJobOptions): Promise<StepResult[]> {
  const workflow = parse(await readFile(options.workflowFile, 'utf8')) as {
    env?: Record<string, string>
    jobs: Record<string, WorkflowJob>
  }
  const job = workflow.jobs[options.job]
  if (job === undefined) throw new Error(`${options.workflowFile} has no job ${options.job}`)
  const env = stringValues({ ...workflow.env, ...job.env, ...options.env })
  const outputsById: Record<string, Record<string, string>> = {}
  const groups: number[] = []
  const results: StepResult[] = []
  const expand = (value: string) => expandExpressions(value, env, outputsById)
  try {
    for (const step of job.steps) {
      const reason = notRunReason(step, options.notRunHere)
      if (reason !== undefined) {
        results.push({ step, skipped: reason })
        continue
      }
      if (step.if !== undefined) throw new Error(`step ${label(step)}: if: is not supported here`)
      // A failed step ends the job: the steps after it do not run, as on the runner.
      const result =
        step.uses !== undefined
          ? await runLocalAction(step, options.workspace, env, expand)
          : await runShellStep(step, options.workspace, env, expand, groups)
      results.push(result)
      if (step.id !== undefined) outputsById[step.id] = result.outputs
      if (result.exitCode !== 0) break
    }
  } finally {
    for (const group of groups) endGroup(group)
  }
  return results
}

function notRunReason(step: WorkflowStep, notRunHere: Record<string, string>): string | undefined {
  const key = step.uses !== undefined ? step.uses.replace(/@.*$/, '') : (step.run ?? '').trim()
  if (step.uses?.startsWith('./')) return undefined
  const reason = notRunHere[key]
  if (reason === undefined && step.uses !== undefined) {
    throw new Error(`step ${label(step)}: ${step.uses} cannot run here and no reason was given`)
  }
  return reason
}

async function runLocalAction(
  step: WorkflowStep,
  workspace: string,
  env: Record<string, string>,
  expand: (value: string) => string
): Promise<StepRun> {
  const dir = join(workspace, step.uses as string)
  const yml = join(dir, 'action.yml')
  const metadata = parse(await readFile(yml, 'utf8')) as { runs: { using: string; main: string } }
  if (!/^node\d+$/.test(metadata.runs.using)) {
    throw new Error(`${yml}: runs.using ${metadata.runs.using} is not a Node action`)
  }
  const action: BundledAction = { yml, entry: join(dir, metadata.runs.main) }
  const files = await mkdtemp(join(tmpdir(), 'aws-cert-watch-job-step-'))
  try {
    const inputs = mapValues(stringValues(step.with ?? {}), expand)
    const stepEnv = mapValues(stringValues({ ...env, ...step.env }), expand)
    const prepared = await prepareStep(files, { action, inputs, env: stepEnv })
    prepared.env.GITHUB_WORKSPACE = workspace
    const { exitCode, stdout, stderr } = await spawnStep(workspace, prepared.env, action.entry)
    const { reportPath, ...written } = await readStep(workspace, prepared, stdout)
    const run: ActionRun = {
      exitCode,
      stdout,
      stderr,
      ...written,
      report: await readReport(reportPath)
    }
    return { step, exitCode, log: stdout + stderr, outputs: written.outputs, action: run }
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

async function runShellStep(
  step: WorkflowStep,
  workspace: string,
  env: Record<string, string>,
  expand: (value: string) => string,
  groups: number[]
): Promise<StepRun> {
  if (step.shell !== undefined && step.shell !== 'bash') {
    throw new Error(`step ${label(step)}: shell ${step.shell} is not supported here`)
  }
  const files = await mkdtemp(join(tmpdir(), 'aws-cert-watch-job-step-'))
  try {
    const script = join(files, 'step.sh')
    const output = join(files, 'github_output')
    const summary = join(files, 'step_summary')
    const envFile = join(files, 'github_env')
    const pathFile = join(files, 'github_path')
    const logFile = join(files, 'log')
    await writeFile(script, expand(step.run ?? ''))
    for (const file of [output, summary, envFile, pathFile]) await writeFile(file, '')
    const stepEnv = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? files,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: files,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_ENV: envFile,
      GITHUB_PATH: pathFile,
      ...shiftedClockEnv(),
      ...mapValues(stringValues({ ...env, ...step.env }), expand)
    }
    // The log is a file, not a pipe: a background process the step starts may keep its
    // descriptors open long after the step has ended.
    const log = await open(logFile, 'w')
    let exitCode: number
    try {
      exitCode = await new Promise<number>((resolve, reject) => {
        const cwd = join(workspace, step['working-directory'] ?? '.')
        const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
          cwd,
          env: stepEnv,
          stdio: ['ignore', log.fd, log.fd],
          // Its own process group, which the job ends with whatever the step left running.
          detached: true
        })
        if (child.pid !== undefined) groups.push(child.pid)
        const timer = setTimeout(() => child.kill('SIGKILL'), RUN_STEP_TIMEOUT_MS)
        child.on('error', reject)
        child.on('exit', (code, signal) => {
          clearTimeout(timer)
          resolve(code ?? (signal === null ? 1 : 128))
        })
      })
    } finally {
      await log.close()
    }
    for (const file of [envFile, pathFile]) {
      if ((await readFile(file, 'utf8')) !== '') {
        throw new Error(`step ${label(step)} wrote ${file}, which this runner does not carry over`)
      }
    }
    return {
      step,
      exitCode,
      log: await readFile(logFile, 'utf8'),
      outputs: parseOutputFile(await readFile(output, 'utf8'))
    }
  } finally {
    await rm(files, { recursive: true, force: true })
  }
}

/** `${{ env.NAME }}` and `${{ steps.ID.outputs.NAME }}`; any other expression is refused. */
export function expandExpressions(
  value: string,
  env: Record<string, string>,
  outputsById: Record<string, Record<string, string>>
): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const fromEnv = /^env\.([\w-]+)$/.exec(expression)
    if (fromEnv) return env[fromEnv[1] as string] ?? ''
    const fromStep = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)
    if (fromStep) return outputsById[fromStep[1] as string]?.[fromStep[2] as string] ?? ''
    throw new Error(`the expression \${{ ${expression} }} cannot be expanded here`)
  })
}

function endGroup(group: number): void {
  try {
    process.kill(-group, 'SIGTERM')
  } catch {
    // The group has already ended: nothing of it is left running.
  }
}

function label(step: WorkflowStep): string {
  return step.name ?? step.id ?? step.uses ?? (step.run ?? '').split('\n')[0] ?? ''
}

function stringValues(values: Record<string, string | number | boolean>): Record<string, string> {
  return mapValues(values, String)
}

function mapValues<T, U>(values: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, map(value)]))
}
