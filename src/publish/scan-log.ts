/**
 * The run log: one collapsible group per account x region x service, with what was read and
 * each finding on one line, so that a run's log reads top to bottom without the summary.
 */
import { oneLine } from '../shared/text.js'
import { daysLeftText, plural, resourceLabel } from '../report/finding-text.js'
import type { Report } from '../model/index.js'
import type { ActionIo } from './action-io.js'

export async function logScanGroups(
  report: Report,
  io: Pick<ActionIo, 'group' | 'info'>
): Promise<void> {
  for (const row of report.coverage) {
    const findings = report.findings.filter(
      (f) => f.account === row.account && f.region === row.region && f.service === row.service
    )
    const title = `${row.region} · ${row.service} · ${row.account}: ${row.status}, ${plural(findings.length, 'finding')}`
    await io.group(title, async () => {
      io.info(`${row.status}: ${oneLine(row.detail)}`)
      for (const finding of findings) {
        const codes = finding.reasons.map((reason) => reason.code).join(', ')
        io.info(
          `${finding.severity.toUpperCase()} ${oneLine(resourceLabel(finding))} (${finding.resourceType}, ${daysLeftText(finding, new Date(report.generatedAt))}): ${codes}`
        )
      }
    })
  }
}
