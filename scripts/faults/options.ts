/** `npm run faults -- [flags]`. */
import { parseArgs } from 'node:util'

export interface FaultOptions {
  /** Scenario names to run; empty: all. The fault-free run always runs: it is the baseline. */
  only: string[]
  concurrency: number
  timeoutMs: number
  outDir: string
}

export const USAGE = `Usage: npm run faults -- [flags]

Runs the bundled action (dist/index.js) and CLI (dist/cli/index.js) under injected AWS, GitHub
and file-system faults, each scenario on emulators of its own, and prints one Markdown table:
exit code, wall time, findings kept and lost silently against the fault-free run, and whether
the job summary, the outputs and the report were written. Run \`npm run bundle\` first.

  --only NAMES         comma-separated scenario names (the fault-free baseline always runs)
  --concurrency N      scenarios at a time (default 3)
  --timeout SECONDS    hard kill of one run (default 240)
  --out DIR            table and raw results (default faults-output)
  --help
`

/** null: --help was asked for. */
export function parseFaultOptions(argv: string[], names: readonly string[]): FaultOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      only: { type: 'string', default: '' },
      concurrency: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '240' },
      out: { type: 'string', default: 'faults-output' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) return null
  const only = values.only.split(',').filter((name) => name !== '')
  const unknown = only.filter((name) => !names.includes(name))
  if (unknown.length > 0) {
    throw new Error(`--only: no scenario ${unknown.join(', ')}; the scenarios: ${names.join(', ')}`)
  }
  return {
    only,
    concurrency: count('concurrency', values.concurrency),
    timeoutMs: count('timeout', values.timeout) * 1000,
    outDir: values.out
  }
}

function count(flag: string, text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`--${flag} must be a whole number of at least 1, not ${text}`)
  }
  return n
}
