/**
 * A scenario's run set against the fault-free run of the same estate: which findings it kept,
 * which it lost without saying so, what it wrote, and which expectations it broke.
 */
import type { CoverageRow } from '../../src/model/index.js'
import { ROLES } from './estate.js'
import type { Scenario } from './scenarios.js'
import { textLines, type ReportFile, type StepExit, type StepOutcome } from './step.js'

export interface ScenarioResult {
  name: string
  entry: Scenario['entry']
  /** `error`: the campaign could not run the scenario (its first run failed, say). */
  exit: StepExit | 'error'
  wallMs: number
  /** Finding ids of the fault-free run. */
  baseline: number
  kept: number
  /** Baseline findings neither in the report nor under a failed coverage row of their scan. */
  lostSilently: string[]
  /** Baseline findings missing from the report under a failed coverage row: lost, and said so. */
  lostUnderFailedRow: string[]
  written: { summary: boolean; outputs: boolean | null; report: boolean }
  coverage: Record<CoverageRow['status'], number> | null
  /** The line the run failed with: setFailed's, or the CLI's last line on stderr. */
  failure: string | null
  /** The action's last word on the tracking issue. */
  issue: string | null
  stderrLines: number
  notes: string[]
  violations: string[]
  raw: {
    stdout: string
    stderr: string
    outputs: Record<string, string> | null
    summaryChars: number
    report:
      | { state: 'parsed'; coverage: CoverageRow[]; findingIds: string[] }
      | Exclude<ReportFile, { state: 'parsed' }>
  }
}

/**
 * Failure lines that say the run scanned nothing: every scan failed, there are no credentials
 * at all (or, in the CLI's words, AWS cannot be reached or refuses them), or an input was
 * refused before any AWS call. With one of these a missing report loses
 * nothing silently: nothing was published, and the user was told why.
 */
const NOTHING_SCANNED =
  /^(aws-cert-watch: )?(Nothing could be scanned|No usable AWS credentials|Input '[\w-]+' |--[\w-]+ |no AWS credentials found|could not reach AWS|AWS did not answer|AWS refused the credentials|the AWS credentials have expired)/

/** Why a run that published nothing told the user so, or null when it did not. */
function statedFailure(failure: string): string | null {
  if (NOTHING_SCANNED.test(failure)) return 'not lost: nothing published, failure stated'
  // Not in so many words, but no account of the run was reached, and each is named.
  if (ROLES.every((role) => failure.includes(`Could not assume ${role}:`))) {
    return 'not lost: nothing published, failure stated (every role named as not assumed)'
  }
  return null
}

export function judge(
  scenario: Scenario,
  outcome: StepOutcome | Error,
  baseline: readonly string[],
  timeoutMs: number
): ScenarioResult {
  if (outcome instanceof Error) return campaignError(scenario, outcome, baseline.length)
  const report = outcome.report.state === 'parsed' ? outcome.report.report : null
  const failure = failureLine(scenario, outcome)
  const notes: string[] = []
  const violations: string[] = []

  let lostSilently: string[] = []
  let lostUnderFailedRow: string[] = []
  let kept = 0
  if (report !== null) {
    const found = new Set(report.findings.map((finding) => finding.id))
    const failedScans = new Set(
      report.coverage.filter((row) => row.status === 'failed').map(scanOfRow)
    )
    const missing = baseline.filter((id) => !found.has(id))
    kept = baseline.length - missing.length
    lostUnderFailedRow = missing.filter((id) => failedScans.has(scanOfFinding(id)))
    lostSilently = missing.filter((id) => !failedScans.has(scanOfFinding(id)))
  } else {
    const stated = outcome.exit !== 0 && failure !== null ? statedFailure(failure) : null
    if (stated === null) lostSilently = [...baseline]
    else notes.push(stated)
  }

  const written = {
    summary: outcome.summary.trim() !== '',
    outputs: outcome.outputs === null ? null : 'findings-count' in outcome.outputs,
    report: report !== null
  }
  if (outcome.exit === 'killed') violations.push(`killed at the ${timeoutMs / 1000} s limit`)
  else if (typeof outcome.exit === 'string') violations.push(`ended by ${outcome.exit}`)
  if (lostSilently.length > 0) {
    violations.push(`${lostSilently.length} lost silently (${abbreviated(lostSilently)})`)
  }
  if (scenario.nothingScannable === undefined) {
    for (const [what, done] of Object.entries(written)) {
      if (done === false) violations.push(`no ${what}`)
    }
  } else {
    notes.push(`nothing scannable: ${scenario.nothingScannable}`)
  }
  violations.push(...(scenario.check?.({ outcome, report }) ?? []))

  const coverage = report === null ? null : coverageCounts(report.coverage)
  if (coverage !== null) {
    notes.push(
      `coverage ${Object.entries(coverage)
        .filter(([status, n]) => n > 0 || status === 'ok')
        .map(([status, n]) => `${n} ${status}`)
        .join(', ')}`
    )
  }
  if (lostUnderFailedRow.length > 0) {
    notes.push(`${lostUnderFailedRow.length} missing under failed rows`)
  }
  if (outcome.report.state === 'unparseable') {
    notes.push(`report unparseable: ${outcome.report.problem}`)
  }
  if (failure !== null) notes.push(`failed: "${failure}"`)
  const issue = scenario.entry === 'action' ? issueLine(outcome.stdout) : null
  if (issue !== null) notes.push(`issue: "${issue}"`)
  const stderrLines = textLines(outcome.stderr).length
  if (scenario.entry === 'cli') notes.push(`stderr: ${stderrLines} lines`)

  return {
    name: scenario.name,
    entry: scenario.entry,
    exit: outcome.exit,
    wallMs: outcome.wallMs,
    baseline: baseline.length,
    kept,
    lostSilently,
    lostUnderFailedRow,
    written,
    coverage,
    failure,
    issue,
    stderrLines,
    notes,
    violations,
    raw: {
      stdout: outcome.stdout,
      stderr: outcome.stderr,
      outputs: outcome.outputs,
      summaryChars: outcome.summary.length,
      report:
        report === null
          ? (outcome.report as Exclude<ReportFile, { state: 'parsed' }>)
          : {
              state: 'parsed',
              coverage: report.coverage,
              findingIds: report.findings.map((finding) => finding.id)
            }
    }
  }
}

function campaignError(scenario: Scenario, error: Error, baseline: number): ScenarioResult {
  return {
    name: scenario.name,
    entry: scenario.entry,
    exit: 'error',
    wallMs: 0,
    baseline,
    kept: 0,
    lostSilently: [],
    lostUnderFailedRow: [],
    written: { summary: false, outputs: scenario.entry === 'cli' ? null : false, report: false },
    coverage: null,
    failure: null,
    issue: null,
    stderrLines: 0,
    notes: [],
    violations: [`the scenario could not be run: ${error.message}`],
    raw: {
      stdout: '',
      stderr: error.stack ?? error.message,
      outputs: null,
      summaryChars: 0,
      report: { state: 'absent' }
    }
  }
}

/** Finding ids are `service:account:region:resource`; coverage rows name the same scan. */
function scanOfFinding(id: string): string {
  return id.split(':').slice(0, 3).join(':')
}

function scanOfRow(row: CoverageRow): string {
  return `${row.service}:${row.account}:${row.region}`
}

function coverageCounts(rows: readonly CoverageRow[]): Record<CoverageRow['status'], number> {
  const counts = { ok: 0, failed: 0, skipped: 0 }
  for (const row of rows) counts[row.status] += 1
  return counts
}

/** setFailed's line is the error command without a title (finding annotations have one). */
function failureLine(scenario: Scenario, outcome: StepOutcome): string | null {
  if (scenario.entry === 'action') {
    return (
      outcome.commands.findLast(
        (command) => command.command === 'error' && command.properties.title === undefined
      )?.message ?? null
    )
  }
  if (outcome.exit === 0) return null
  return textLines(outcome.stderr).findLast((line) => line.trim() !== '') ?? null
}

/** publish logs the issue's outcome last: `Tracking issue: ...` or `Warning: <why not>`. */
function issueLine(stdout: string): string | null {
  return (
    textLines(stdout).findLast(
      (line) => line.startsWith('Tracking issue: ') || line.startsWith('Warning: ')
    ) ?? null
  )
}

function abbreviated(ids: readonly string[]): string {
  const shown = ids.slice(0, 2).join(', ')
  return ids.length > 2 ? `${shown} and ${ids.length - 2} more` : shown
}
