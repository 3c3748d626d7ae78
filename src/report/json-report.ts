import type { EvaluationResult } from '../evaluate/index.js'
import { compareFindings } from '../evaluate/index.js'
import {
  SEVERITIES,
  type Inventory,
  type MaxSeverity,
  type Report,
  type Settings,
  type Thresholds
} from '../model/index.js'

export interface BuildReportInput {
  evaluation: EvaluationResult
  inventory: Inventory
  settings: Pick<Settings, 'regions' | 'services'>
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
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return {
    schemaVersion: 1,
    generatedAt: input.now.toISOString(),
    thresholds: {
      warningDays: input.thresholds.warningDays,
      criticalDays: input.thresholds.criticalDays
    },
    scope: {
      accounts: [...input.accounts],
      regions: [...input.settings.regions],
      services: [...input.settings.services]
    },
    coverage: input.inventory.coverage.map((row) => ({ ...row })),
    findings,
    totals: {
      expired: count('expired'),
      critical: count('critical'),
      warning: count('warning'),
      notice: count('notice'),
      resourcesScanned: { ...evaluation.resourcesScanned },
      ignored: evaluation.ignored
    }
  }
}

/** The worst severity among the findings (`max-severity` output), `none` without findings. */
export function maxSeverity(report: Report): MaxSeverity {
  return (
    SEVERITIES.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none'
  )
}
