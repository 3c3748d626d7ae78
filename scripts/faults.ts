/**
 * `npm run faults`: a fault campaign against what ships, the bundled action and CLI. Each
 * scenario injects real faults (AWS emulator knobs, GitHub emulator options and state, bad
 * inputs) into a run on the same estate, and is judged against the fault-free run: findings kept
 * and lost silently, and whether the job summary, the outputs and the report were written.
 * Prints one Markdown table and writes it, with the raw results, to faults-output/.
 * Expectations are reported, never adjusted: the exit code is 1 when any scenario broke one.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mapWithConcurrency } from '../src/shared/pool.js'
import { runScenario } from './faults/campaign.js'
import { ACCOUNTS, campaignEstate, OPT_IN_REGION, PROD, REGIONS } from './faults/estate.js'
import { judge, type ScenarioResult } from './faults/judge.js'
import { parseFaultOptions, USAGE, type FaultOptions } from './faults/options.js'
import { renderTable } from './faults/render.js'
import { BASELINE, SCENARIOS } from './faults/scenarios.js'
import { ACTION_ENTRY, ACTION_NODE, CLI_ENTRY, CLI_NODE } from './faults/step.js'
import { runScript } from './script-entry.js'

const SRC = fileURLToPath(new URL('../src', import.meta.url))

async function main(options: FaultOptions): Promise<number> {
  const stale = await staleBundle()
  if (stale !== null) process.stderr.write(`Warning: ${stale}\n`)
  const node = { action: nodeVersion(ACTION_NODE), cli: nodeVersion(CLI_NODE) }
  const estate = campaignEstate()
  const others = SCENARIOS.filter(
    (scenario) =>
      scenario !== BASELINE && (options.only.length === 0 || options.only.includes(scenario.name))
  )
  const started = performance.now()

  process.stderr.write(`${BASELINE.name} (the baseline)...\n`)
  const baselineRun = await runScenario(BASELINE, estate, options.timeoutMs)
  if (baselineRun.report.state !== 'parsed') {
    throw new Error(
      `The fault-free run wrote no report (exit ${baselineRun.exit}), so there is nothing to compare with:\n${baselineRun.stdout}\n${baselineRun.stderr}`
    )
  }
  const baseline = baselineRun.report.report.findings.map((finding) => finding.id)
  const first = judge(BASELINE, baselineRun, baseline, options.timeoutMs)

  let done = 0
  const rest = await mapWithConcurrency(others, options.concurrency, async (scenario) => {
    const outcome = await runScenario(scenario, estate, options.timeoutMs).catch(
      (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
    )
    const result = judge(scenario, outcome, baseline, options.timeoutMs)
    done += 1
    process.stderr.write(
      `[${done}/${others.length}] ${scenario.name}: exit ${result.exit}, ${(result.wallMs / 1000).toFixed(1)} s` +
        `${result.violations.length > 0 ? `, ${result.violations.length} violation(s)` : ''}\n`
    )
    return result
  })
  const results: ScenarioResult[] = [first, ...rest]
  const totalWallMs = performance.now() - started

  const table = renderTable(results)
  const violated = results.filter((result) => result.violations.length > 0)
  const footer = [
    `Total wall time: ${(totalWallMs / 1000).toFixed(1)} s for ${results.length} scenarios, ` +
      `${options.concurrency} at a time, each run killed after ${options.timeoutMs / 1000} s.`,
    `Estate: estates/demo.json + ${OPT_IN_REGION} (enabled for ${PROD} only), ` +
      `${baseline.length} findings in the fault-free run; action on Node ${node.action}, CLI on Node ${node.cli}.`,
    `Scenarios that broke an expectation: ${violated.length === 0 ? 'none' : violated.map((r) => r.name).join(', ')}.`
  ]
  const text = `${table}\n\n${footer.join('\n')}\n`
  process.stdout.write(`\n${text}`)

  await mkdir(options.outDir, { recursive: true })
  await writeFile(join(options.outDir, 'faults.md'), text, 'utf8')
  const figures = {
    generatedAt: new Date().toISOString(),
    totalWallMs,
    concurrency: options.concurrency,
    timeoutMs: options.timeoutMs,
    node,
    staleBundle: stale,
    estate: { accounts: ACCOUNTS, regions: REGIONS },
    baseline,
    table,
    results
  }
  await writeFile(
    join(options.outDir, 'faults.json'),
    `${JSON.stringify(figures, null, 2)}\n`,
    'utf8'
  )
  process.stdout.write(`Table and raw results written to ${options.outDir}/\n`)
  return violated.length > 0 ? 1 : 0
}

/** The campaign tests dist/, not src/: a bundle older than a source file is worth a warning. */
async function staleBundle(): Promise<string | null> {
  const built = Math.min(
    ...(await Promise.all(
      [ACTION_ENTRY, CLI_ENTRY].map(async (path) => (await stat(path)).mtimeMs)
    ))
  )
  const newer: string[] = []
  for (const path of await readdir(SRC, { recursive: true })) {
    const info = await stat(join(SRC, path))
    if (info.isFile() && info.mtimeMs > built) newer.push(`src/${path}`)
  }
  if (newer.length === 0) return null
  return `dist/ is older than ${newer.length} file(s) of src/ (${newer.slice(0, 3).join(', ')}): the campaign tests the bundle, so run npm run bundle first.`
}

function nodeVersion(binary: string): string {
  return execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
}

await runScript(
  () =>
    parseFaultOptions(
      process.argv.slice(2),
      SCENARIOS.map((scenario) => scenario.name)
    ),
  USAGE,
  main
)
