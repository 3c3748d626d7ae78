/**
 * `npm run bench:cold-start`: how long the bundled entry points take, as whole processes, to
 * answer what needs no AWS call (the CLI's --version and --help, the actions' refusal of a bad
 * input), against a bare `node -e 0` timed in the same session, since the machine's own pace
 * changes from run to run. The cases take turns, run after run, so that a slow moment of the
 * machine falls on all of them. Each run's exit code and output are checked, so that a figure
 * is never that of a crash. Prints a table, and writes the figures to
 * bench-output/cold-start.json.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runScript } from './script-entry.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** One thing timed: a command line, its environment, and what it must answer. */
export interface ColdStartCase {
  name: string
  args: string[]
  env: Record<string, string>
  /** The exit code and a pattern of stdout + stderr that show the intended path was taken. */
  expect: { exitCode: number; output: RegExp }
}

export interface CaseFigures {
  name: string
  command: string
  /** Wall time of each run, spawn to exit, in ms, in the order they ran. */
  runsMs: number[]
  medianMs: number
  /** medianMs over the bare node run's median of the same session. */
  ratio: number
}

/** A bundle's entry file (what `node dist/...` loads first) and the chunks it may load later. */
export interface ChunkFigures {
  entry: string
  bytes: number
  /** The deferred chunks beside it (`NNN.index.js`), loaded only by a run that needs them. */
  deferredChunks: number
  deferredBytes: number
}

export interface ColdStartFigures {
  node: string
  nodeVersion: string
  runs: number
  cases: CaseFigures[]
  chunks: ChunkFigures[]
}

export interface ColdStartOptions {
  runs: number
  node: string
  out: string
}

/** The baseline every ratio divides by. */
export const BARE_NODE = 'bare node -e 0'

/** A clean environment: no GITHUB_* or AWS_* of the machine changes which path a run takes. */
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

export function coldStartCases(): ColdStartCase[] {
  const dist = (...parts: string[]) => join(ROOT, 'dist', ...parts)
  return [
    { name: BARE_NODE, args: ['-e', '0'], env: {}, expect: { exitCode: 0, output: /^$/ } },
    {
      name: 'CLI --version',
      args: [dist('cli', 'index.js'), '--version'],
      env: {},
      expect: { exitCode: 0, output: /^aws-cert-watch \d+\.\d+\.\d+/ }
    },
    {
      name: 'CLI --help',
      args: [dist('cli', 'index.js'), '--help'],
      env: {},
      expect: { exitCode: 0, output: /^Usage: aws-cert-watch scan/ }
    },
    {
      name: 'scan action, bad input',
      args: [dist('index.js')],
      env: { INPUT_REGIONS: 'nonsense' },
      expect: { exitCode: 1, output: /^::error::Input 'regions' lists unknown region "nonsense"/ }
    },
    {
      name: 'merge action, bad input',
      args: [dist('merge', 'index.js')],
      env: {},
      expect: { exitCode: 1, output: /^::error::Input 'reports' is empty/ }
    },
    {
      name: 'iac action, bad input',
      args: [dist('iac', 'index.js')],
      env: { 'INPUT_FAIL-ON': 'sometimes' },
      expect: { exitCode: 1, output: /^::error::Input 'fail-on' must be one of/ }
    }
  ]
}

/** Runs `node args` once; its wall time from spawn to exit, after checking what it answered. */
async function timeOnce(node: string, which: ColdStartCase): Promise<number> {
  const started = performance.now()
  const child = spawn(node, which.args, {
    env: { ...BASE_ENV, ...which.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => done(code))
  })
  const ms = performance.now() - started
  if (exitCode !== which.expect.exitCode || !which.expect.output.test(output)) {
    throw new Error(
      `${which.name}: expected exit ${which.expect.exitCode} and output matching ` +
        `${which.expect.output}, got exit ${exitCode}: ${JSON.stringify(output.slice(0, 300))}`
    )
  }
  return ms
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Each dist/ entry's size, and what it defers to the chunks beside it. */
export async function chunkFigures(dist = join(ROOT, 'dist')): Promise<ChunkFigures[]> {
  const figures: ChunkFigures[] = []
  for (const folder of ['', 'merge', 'cli']) {
    const dir = join(dist, folder)
    const deferred = (await readdir(dir)).filter((name) => /^\d+\.index\.js$/.test(name)).sort()
    const sizes = await Promise.all(
      deferred.map(async (name) => (await stat(join(dir, name))).size)
    )
    figures.push({
      entry: join('dist', folder, 'index.js'),
      bytes: (await stat(join(dir, 'index.js'))).size,
      deferredChunks: deferred.length,
      deferredBytes: sizes.reduce((sum, size) => sum + size, 0)
    })
  }
  return figures
}

export async function measureColdStart(
  options: Pick<ColdStartOptions, 'runs' | 'node'>,
  cases: readonly ColdStartCase[] = coldStartCases()
): Promise<ColdStartFigures> {
  const runsMs = cases.map((): number[] => [])
  // One unmeasured round first: the first start of each file pays for the disk cache.
  for (const which of cases) await timeOnce(options.node, which)
  for (let run = 0; run < options.runs; run++) {
    for (const [index, which] of cases.entries()) {
      runsMs[index]?.push(await timeOnce(options.node, which))
    }
  }
  const medians = runsMs.map(median)
  const bare = medians[cases.findIndex((which) => which.name === BARE_NODE)] ?? NaN
  const nodeVersion = await new Promise<string>((done, fail) => {
    const child = spawn(options.node, ['--version'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', fail)
    child.on('close', () => done(out.trim()))
  })
  return {
    node: options.node,
    nodeVersion,
    runs: options.runs,
    cases: cases.map((which, index) => ({
      name: which.name,
      command: ['node', ...which.args.map((arg) => arg.replace(`${ROOT}/`, ''))].join(' '),
      runsMs: (runsMs[index] ?? []).map((ms) => Math.round(ms * 10) / 10),
      medianMs: Math.round((medians[index] ?? NaN) * 10) / 10,
      ratio: Math.round(((medians[index] ?? NaN) / bare) * 100) / 100
    })),
    chunks: await chunkFigures()
  }
}

export function renderColdStart(figures: ColdStartFigures): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`
  const rows = [
    `Cold start, whole process, median of ${figures.runs} runs (node ${figures.nodeVersion}):`,
    ...figures.cases.map(
      (row) =>
        `  ${row.name.padEnd(26)} ${`${row.medianMs.toFixed(1)} ms`.padStart(10)}  ` +
        `${row.ratio.toFixed(2)}x  (${row.command})`
    ),
    'dist/ entry files (and the chunks they load only when needed):',
    ...figures.chunks.map(
      (chunk) =>
        `  ${chunk.entry.padEnd(26)} ${kib(chunk.bytes).padStart(10)}  ` +
        `(+ ${chunk.deferredChunks} deferred chunks, ${kib(chunk.deferredBytes)})`
    )
  ]
  return `${rows.join('\n')}\n`
}

export const USAGE = `Usage: npm run bench:cold-start -- [--runs N] [--out FILE]

Times the bundled entry points (run npm run bundle first) against a bare node -e 0.
  --runs N     runs of each case, at least 5 (default 11); the median counts
  --out FILE   where the figures go as JSON (default bench-output/cold-start.json)
Node is $AWS_CERT_WATCH_NODE when set, else the one running this script.
`

export function parseColdStartOptions(argv: string[]): ColdStartOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) return null
  const runs = Number(values.runs ?? '11')
  if (!Number.isInteger(runs) || runs < 5) {
    throw new Error(`--runs must be a whole number, at least 5, not ${values.runs}`)
  }
  return {
    runs,
    node: process.env.AWS_CERT_WATCH_NODE ?? process.execPath,
    out: values.out ?? join('bench-output', 'cold-start.json')
  }
}

async function main(options: ColdStartOptions): Promise<number> {
  const figures = await measureColdStart(options)
  process.stdout.write(renderColdStart(figures))
  await mkdir(dirname(options.out), { recursive: true })
  await writeFile(options.out, `${JSON.stringify(figures, null, 2)}\n`)
  process.stdout.write(`Figures written to ${options.out}\n`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScript(() => parseColdStartOptions(process.argv.slice(2)), USAGE, main)
}
