/**
 * The bundled CLI (`node dist/cli/index.js scan ...`) as a user runs it: one whole process,
 * timed from spawn to exit, its peak resident set read from the process itself as it exits
 * (Node's resourceUsage: maxRSS), and what its JSON report found.
 */
import { spawn } from 'node:child_process'
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CoverageRow, Report } from '../../src/model/index.js'
import { foundProblem } from './completeness.js'
import type { FoundProblem } from './scan-worker.js'

export const BUNDLED_CLI = 'dist/cli/index.js'

export interface CliRun {
  /** Spawn to exit: Node's start, module loading, the scan and the report. */
  wallMs: number
  /** The process's peak resident set (maxRSS). */
  peakRssBytes: number
  exitCode: number | null
  found: FoundProblem[]
  coverage: CoverageRow[]
}

/** Written at the child's exit by a module it preloads (`--import`), which costs nothing. */
const RUSAGE_PRELOAD = `import { writeFileSync } from 'node:fs'
process.on('exit', () => {
  writeFileSync(process.env.AWS_CERT_WATCH_BENCH_RUSAGE, JSON.stringify(process.resourceUsage()))
})
`

/** Whether the bundle is there (`npm run bundle`). */
export async function hasBundledCli(): Promise<boolean> {
  return access(BUNDLED_CLI).then(
    () => true,
    () => false
  )
}

/** `scanArgs`: the CLI's flags after `scan`; `--report-path` is added. */
export async function runBundledCli(scanArgs: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-bench-cli-'))
  try {
    const preload = join(dir, 'rusage.mjs')
    const usage = join(dir, 'rusage.json')
    const reportPath = join(dir, 'report.json')
    await writeFile(preload, RUSAGE_PRELOAD, 'utf8')
    const started = performance.now()
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          pathToFileURL(preload).href,
          BUNDLED_CLI,
          'scan',
          ...scanArgs,
          '--report-path',
          reportPath
        ],
        { env: { ...env, AWS_CERT_WATCH_BENCH_RUSAGE: usage }, stdio: ['ignore', 'ignore', 'pipe'] }
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.on('error', reject)
      child.on('exit', (code) => {
        if (code !== 0) process.stderr.write(stderr)
        resolve(code)
      })
    })
    const wallMs = performance.now() - started
    const { maxRSS } = JSON.parse(await readFile(usage, 'utf8')) as { maxRSS: number }
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report
    return {
      wallMs,
      // resourceUsage reports maxRSS in kibibytes.
      peakRssBytes: maxRSS * 1024,
      exitCode,
      found: report.findings.map(foundProblem),
      coverage: report.coverage
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
