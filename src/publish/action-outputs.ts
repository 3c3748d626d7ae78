import { Outputs } from '../contract.js'
import { maxSeverity } from '../report/json-report.js'
import type { Report } from '../model/index.js'
import type { ActionIo } from './action-io.js'

/**
 * Sets the outputs the report decides, before the tracking issue is attempted (so that no
 * GitHub fault can take them away); `setIssueOutputs` adds the issue's afterwards. The
 * report path is '' when the report could not be written.
 */
export function setActionOutputs(
  io: Pick<ActionIo, 'setOutput'>,
  report: Report,
  reportPath: string
): void {
  io.setOutput(Outputs.FindingsCount, String(report.findings.length))
  io.setOutput(Outputs.ExpiredCount, String(report.totals.expired))
  io.setOutput(Outputs.CriticalCount, String(report.totals.critical))
  io.setOutput(Outputs.WarningCount, String(report.totals.warning))
  io.setOutput(Outputs.MaxSeverity, maxSeverity(report))
  io.setOutput(Outputs.ReportPath, reportPath)
}

/** The issue outputs; '' when no issue was kept. */
export function setIssueOutputs(
  io: Pick<ActionIo, 'setOutput'>,
  issue: { number?: number; url?: string } | null
): void {
  io.setOutput(Outputs.IssueNumber, issue?.number !== undefined ? String(issue.number) : '')
  io.setOutput(Outputs.IssueUrl, issue?.url ?? '')
}
