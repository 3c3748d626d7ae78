/**
 * Matrix legs' reports -> the report one scan of all their accounts would have made (pure).
 * The legs must be of one run: the same schema, thresholds, regions, services and shard count;
 * a finding id is unique across legs. A leg whose report is missing is a gap the merged report
 * names (`scope.missingShards`), so that the tracking issue keeps that leg's accounts' findings
 * as "not re-checked" instead of closing them.
 */
import { compareFindings } from '../evaluate/findings.js'
import type { Report, ServiceName } from '../model/index.js'
import { sortCoverage } from './coverage-order.js'
import { plural } from './finding-text.js'
import { reportTotals } from './json-report.js'

/** One leg's report and where it was read from (for error messages). */
export interface LegReport {
  source: string
  report: Report
}

/** Legs that cannot be merged: one line naming the files and what differs. */
export class MergeError extends Error {
  override readonly name = 'MergeError'
}

export function mergeReports(legs: readonly LegReport[]): Report {
  const [first] = legs
  if (first === undefined) throw new MergeError('No report to merge.')
  const count = shardCount(first)
  for (const leg of legs.slice(1)) agree(first, leg)
  const present = new Map<number, string>()
  for (const leg of legs) {
    const index = shardIndex(leg)
    const other = present.get(index)
    if (other !== undefined) {
      throw new MergeError(
        `${other} and ${leg.source} are both shard ${leg.report.scope.shard}: each leg must scan another shard.`
      )
    }
    present.set(index, leg.source)
  }

  const findings = legs.flatMap((leg) => leg.report.findings)
  const seen = new Map<string, string>()
  for (const leg of legs) {
    for (const finding of leg.report.findings) {
      const other = seen.get(finding.id)
      if (other !== undefined) {
        throw new MergeError(
          `Finding ${finding.id} is in both ${other} and ${leg.source}: the legs scanned the same account; give each leg its own shard of one count.`
        )
      }
      seen.set(finding.id, leg.source)
    }
  }
  findings.sort(compareFindings)
  const { regions, services } = first.report.scope
  const missing = Array.from({ length: count }, (_, i) => i + 1)
    .filter((index) => !present.has(index))
    .map((index) => `${index}/${count}`)
  return {
    schemaVersion: 1,
    generatedAt: legs.map((leg) => leg.report.generatedAt).sort()[0] ?? first.report.generatedAt,
    thresholds: { ...first.report.thresholds },
    scope: {
      accounts: [...new Set(legs.flatMap((leg) => leg.report.scope.accounts))].sort(),
      regions: [...regions],
      services: [...services],
      shard: '1/1',
      ...(missing.length > 0 ? { missingShards: missing } : {})
    },
    coverage: sortCoverage(
      legs.flatMap((leg) => leg.report.coverage),
      regions,
      services
    ),
    findings,
    totals: reportTotals(
      findings,
      sumByService(legs.map((leg) => leg.report.totals.resourcesScanned)),
      legs.reduce((sum, leg) => sum + leg.report.totals.ignored, 0)
    )
  }
}

/** The legs must come from one run's matrix: whatever differs would make the merge a lie. */
function agree(first: LegReport, leg: LegReport): void {
  const differs = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw new MergeError(
        `${first.source} and ${leg.source} differ in ${what} (${JSON.stringify(a)} vs ${JSON.stringify(b)}): merge only the legs of one run.`
      )
    }
  }
  differs('schemaVersion', first.report.schemaVersion, leg.report.schemaVersion)
  differs('thresholds', first.report.thresholds, leg.report.thresholds)
  differs('regions', first.report.scope.regions, leg.report.scope.regions)
  differs('services', first.report.scope.services, leg.report.scope.services)
  differs('shard count', shardCount(first), shardCount(leg))
}

function shardParts(leg: LegReport): [number, number] {
  const match = /^(\d+)\/(\d+)$/.exec(leg.report.scope.shard)
  if (match === null) {
    throw new MergeError(`${leg.source} has no shard i/n in its scope: is it a leg's report?`)
  }
  return [Number(match[1]), Number(match[2])]
}

const shardIndex = (leg: LegReport): number => shardParts(leg)[0]
const shardCount = (leg: LegReport): number => shardParts(leg)[1]

/** Per service, the sum over the legs, in the first leg's order (the registry's). */
function sumByService(
  counts: readonly Readonly<Record<ServiceName, number>>[]
): Record<ServiceName, number> {
  const sum: Record<ServiceName, number> = {}
  for (const byService of counts) {
    for (const [service, n] of Object.entries(byService)) sum[service] = (sum[service] ?? 0) + n
  }
  return sum
}

/** The merge in one log line: which file was which leg, and which legs were missing. */
export function describeMerge(legs: readonly LegReport[], merged: Report): string {
  const read = [...legs]
    .sort((a, b) => shardIndex(a) - shardIndex(b))
    .map((leg) => `${leg.report.scope.shard} from ${leg.source}`)
    .join(', ')
  const missing = merged.scope.missingShards ?? []
  return (
    `Merged ${plural(legs.length, 'leg report')} (${read}): ` +
    `${plural(merged.scope.accounts.length, 'account')}, ${plural(merged.findings.length, 'finding')}` +
    (missing.length > 0 ? `; missing: shard ${missing.join(', ')}` : '')
  )
}
