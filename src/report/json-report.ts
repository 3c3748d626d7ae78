import type { EvaluationResult } from '../evaluate/index.js'
import { compareFindings } from '../evaluate/index.js'
import {
  SEVERITIES,
  type Finding,
  type Inventory,
  type MaxSeverity,
  type Report,
  type ServiceName,
  type Settings,
  type Thresholds
} from '../model/index.js'

import { shardLabel } from '../shared/shard.js'
import { sortCoverage } from './coverage-order.js'

export interface BuildReportInput {
  evaluation: EvaluationResult
  inventory: Inventory
  settings: Pick<Settings, 'regions' | 'services' | 'shard'>
  thresholds: Thresholds
  /** The scan's clock: becomes `generatedAt`. */
  now: Date
  /** The accounts scanned (12-digit ids). */
  accounts: string[]
}

/** The JSON report (`report-path`), schemaVersion 1: DESIGN.md, "JSON report". */
export function buildReport(input: BuildReportInput): Report {
  const { evaluation } = input
  const findings = [...evaluation.findings].sort(compareFindings)
  return {
    schemaVersion: 1,
    generatedAt: input.now.toISOString(),
    thresholds: {
      warningDays: input.thresholds.warningDays,
      criticalDays: input.thresholds.criticalDays
    },
    scope: {
      accounts: [...input.accounts].sort(),
      regions: [...input.settings.regions],
      services: [...input.settings.services],
      shard: shardLabel(input.settings.shard)
    },
    coverage: sortCoverage(
      input.inventory.coverage.map((row) => ({ ...row })),
      input.settings.regions,
      input.settings.services
    ),
    findings,
    totals: reportTotals(findings, evaluation.resourcesScanned, evaluation.ignored)
  }
}

/** The totals of sorted findings: a count per severity, with what was scanned and ignored. */
export function reportTotals(
  findings: readonly Finding[],
  resourcesScanned: Readonly<Record<ServiceName, number>>,
  ignored: number
): Report['totals'] {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return {
    expired: count('expired'),
    critical: count('critical'),
    warning: count('warning'),
    notice: count('notice'),
    resourcesScanned: { ...resourcesScanned },
    ignored
  }
}

/** The worst severity among the findings (`max-severity` output), `none` without findings. */
export function maxSeverity(report: Report): MaxSeverity {
  return (
    SEVERITIES.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none'
  )
}
