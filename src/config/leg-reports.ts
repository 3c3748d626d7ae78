/**
 * The merge's input: the matrix legs' JSON reports that `reports` names (paths or globs), read
 * and checked before anything is published, so that a wrong file costs one line naming it.
 */
import { relative } from 'node:path'
import type { Report } from '../model/index.js'
import type { LegReport } from '../report/merge.js'
import { DEFAULT_BUDGETS, withDeadline } from '../shared/budget.js'
import { fsPromises } from '../shared/lazy-builtins.js'
import { ConfigError } from './config-error.js'
import { splitGlobPatterns } from '../shared/glob-patterns.js'

/** A leg's report is a few MB at most; anything this big is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024

export interface LegReportFiles {
  legs: LegReport[]
  /** Patterns that matched no file (a leg that uploaded nothing, or a typo), for the log. */
  unmatched: string[]
}

/**
 * Expands the patterns (`*`, `**`, `?`, `[...]`, `{a,b}`; a leading `!` excludes, as
 * actions/upload-artifact takes them) and reads every file they match, each once, in path order.
 */
export async function readLegReports(
  input: string,
  patterns: readonly string[],
  timeoutMs = DEFAULT_BUDGETS.fileMs
): Promise<LegReportFiles> {
  const { glob } = await import('tinyglobby')
  const files = new Set<string>()
  const unmatched: string[] = []
  const { includes, excludes } = splitGlobPatterns(patterns)
  for (const pattern of includes) {
    const matched = await withDeadline(
      glob(pattern, {
        absolute: true,
        ignore: excludes,
        expandDirectories: false,
        onlyFiles: true,
        dot: true,
        signal: AbortSignal.timeout(timeoutMs)
      }),
      timeoutMs,
      'the file system'
    )
    if (matched.length === 0) unmatched.push(pattern)
    for (const file of matched) files.add(file)
  }
  if (files.size === 0) {
    throw new ConfigError(
      input,
      `matches no file (${patterns.join(', ')}): did the legs upload their reports, and were they downloaded here?`,
      'reports/*.json'
    )
  }
  const legs: LegReport[] = []
  for (const file of [...files].sort()) {
    // As the user wrote it when under the working directory (reports/leg-3.json), else whole.
    const near = relative(process.cwd(), file)
    const source = near === '' || near.startsWith('..') ? file : near
    const report = await withDeadline(readReport(input, file, source), timeoutMs, 'the file system')
    legs.push({ source, report })
  }
  return { legs, unmatched }
}

async function readReport(input: string, file: string, source: string): Promise<Report> {
  const refuse = (problem: string): never => {
    throw new ConfigError(input, `names ${source}, which ${problem}`, 'reports/*.json')
  }
  let text: string
  try {
    const { size } = await fsPromises().stat(file)
    if (size > MAX_REPORT_BYTES) refuse(`is ${size} bytes: not a leg's report`)
    text = await fsPromises().readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    return refuse(`cannot be read (${(error as Error).message})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return refuse(`is not JSON (${(error as Error).message})`)
  }
  const problem = reportShapeProblem(parsed)
  if (problem !== null) refuse(`is not an aws-cert-watch report: ${problem}`)
  return parsed as Report
}

/**
 * What the merge relies on of a report, checked: the first thing that is missing or of the wrong
 * type, or null. (The full contract is the report's schema; this guards the merge's arithmetic.)
 */
export function reportShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not a JSON object'
  if (value.schemaVersion !== 1) {
    return typeof value.schemaVersion === 'number'
      ? `schemaVersion ${value.schemaVersion}, and this version of aws-cert-watch reads 1`
      : 'no schemaVersion'
  }
  if (typeof value.generatedAt !== 'string') return 'no generatedAt'
  const { thresholds, scope, totals } = value
  if (
    !isObject(thresholds) ||
    typeof thresholds.warningDays !== 'number' ||
    typeof thresholds.criticalDays !== 'number'
  ) {
    return 'no thresholds'
  }
  if (!isObject(scope)) return 'no scope'
  for (const list of ['accounts', 'regions', 'services'] as const) {
    if (!isStringArray(scope[list])) return `scope.${list} is not a list of strings`
  }
  if (typeof scope.shard !== 'string') return 'no scope.shard (written before shards existed?)'
  if (!Array.isArray(value.coverage) || !value.coverage.every(isObject)) {
    return 'coverage is not a list of rows'
  }
  if (
    !Array.isArray(value.findings) ||
    !value.findings.every(
      (f) => isObject(f) && typeof f.id === 'string' && typeof f.severity === 'string'
    )
  ) {
    return 'findings is not a list of findings with an id and a severity'
  }
  if (
    !isObject(totals) ||
    !isObject(totals.resourcesScanned) ||
    !Object.values(totals.resourcesScanned).every((n) => typeof n === 'number') ||
    typeof totals.ignored !== 'number'
  ) {
    return 'totals lack resourcesScanned or ignored'
  }
  return null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
