import { Outputs } from '../contract.js'
import { maxSeverity } from '../report/json-report.js'
import type { Report } from '../types.js'
import type { ActionIo } from './action-io.js'

/** Sets every output of the contract; issue outputs are '' when no issue was kept. */
export function setActionOutputs(
  io: Pick<ActionIo, 'setOutput'>,
  report: Report,
  reportPath: string,
  issue: { number?: number; url?: string } | null
): void {
  io.setOutput(Outputs.FindingsCount, String(report.findings.length))
  io.setOutput(Outputs.ExpiredCount, String(report.totals.expired))
  io.setOutput(Outputs.CriticalCount, String(report.totals.critical))
  io.setOutput(Outputs.WarningCount, String(report.totals.warning))
  io.setOutput(Outputs.MaxSeverity, maxSeverity(report))
  io.setOutput(Outputs.ReportPath, reportPath)
  io.setOutput(Outputs.IssueNumber, issue?.number !== undefined ? String(issue.number) : '')
  io.setOutput(Outputs.IssueUrl, issue?.url ?? '')
}
