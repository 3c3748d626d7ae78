/**
 * The CLI's terminal rendering: one block per finding, then coverage failures, then totals.
 * Every AWS-supplied string passes through `oneLine`, so none can move the cursor, recolour the
 * terminal or start a line of its own.
 */
import { SEVERITIES, type Finding, type Report, type Severity } from '../model/index.js'
import { oneLine } from '../shared/text.js'
import {
  coverageRowPlace,
  daysLeftText,
  isShellCommand,
  missingShardsText,
  plural,
  resourceLabel
} from './finding-text.js'
import { consumerLabels, scannedResources } from './service-labels.js'
import type { AnyServicePlugin } from '../services/plugin.js'

export interface TableOptions {
  /** ANSI colours (default false: plain text for pipes and files). */
  color?: boolean
  /** The plug-ins whose labels name the counts; default the registry. */
  services?: readonly AnyServicePlugin[]
}

const COLORS: Record<Severity | 'dim' | 'bold', string> = {
  expired: '\u001b[1;31m',
  critical: '\u001b[31m',
  warning: '\u001b[33m',
  notice: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m'
}
const RESET = '\u001b[0m'

export function renderTable(report: Report, options: TableOptions = {}): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[style]}${text}${RESET}` : text
  const lines: string[] = []
  const { totals } = report
  lines.push(
    paint(
      'bold',
      `aws-cert-watch: ${SEVERITIES.map((severity) => `${totals[severity]} ${severity}`).join(', ')}`
    )
  )
  if (report.findings.length === 0) lines.push('', 'Nothing needs action.')
  const now = new Date(report.generatedAt)
  for (const finding of report.findings) {
    lines.push('', ...findingBlock(finding, now, paint, options.services))
  }

  const failures = report.coverage.filter((row) => row.status === 'failed')
  if (failures.length > 0) {
    lines.push('', paint('bold', 'Not scanned (errors):'))
    for (const row of failures) {
      lines.push(`  ✗ ${oneLine(coverageRowPlace(row))}: ${oneLine(row.detail)}`)
    }
  }

  const gap = missingShardsText(report.scope.missingShards)
  if (gap !== '') lines.push('', paint('bold', oneLine(gap)))

  const ignored = totals.ignored > 0 ? `; ${totals.ignored} ignored by pattern` : ''
  if (report.scope.accounts.length === 0 && report.scope.regions.length === 0) {
    // Infrastructure code: files read, not accounts and regions.
    const read = report.coverage
      .filter((row) => row.status === 'ok')
      .map((row) => `${row.service}: ${oneLine(row.detail)}`)
    lines.push('', `Checked ${read.length === 0 ? 'no file' : read.join('; ')}.`)
    return `${lines.join('\n')}\n`
  }
  lines.push(
    '',
    `Scanned ${oneLine(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: report.scope.services }, options.services))} in ${plural(report.scope.accounts.length, 'account')} x ${plural(report.scope.regions.length, 'region')}${ignored}.`
  )
  return `${lines.join('\n')}\n`
}

function findingBlock(
  finding: Finding,
  now: Date,
  paint: (style: keyof typeof COLORS, text: string) => string,
  services: readonly AnyServicePlugin[] | undefined
): string[] {
  const severity = paint(finding.severity, finding.severity.toUpperCase().padEnd(8))
  const where =
    finding.location === null
      ? `${oneLine(finding.account)} / ${oneLine(finding.region)}`
      : `${oneLine(finding.location.file)}:${finding.location.line}`
  const lines = [
    `${severity} ${paint('bold', oneLine(resourceLabel(finding)))}  (${oneLine(finding.resourceType)}, ${where})  ${daysLeftText(finding, now)}`
  ]
  if (finding.resourceArn !== '')
    lines.push(paint('dim', `         ${oneLine(finding.resourceArn)}`))
  for (const consumer of consumerLabels(finding, services)) {
    lines.push(`  Used by ${oneLine(consumer)}`)
  }
  for (const reason of finding.reasons) {
    lines.push(`  - [${reason.severity}] ${reason.code}: ${oneLine(reason.message)}`)
  }
  if (finding.remediation.length > 0) lines.push('  Fix:')
  finding.remediation.forEach((step, index) => {
    lines.push(`    ${index + 1}. ${oneLine(step.summary)}`)
    // Infrastructure code's fix is a line to write in the file, not a command to run.
    const prompt = finding.location === null || isShellCommand(step.command) ? '$' : '>'
    if (step.command !== '') lines.push(`       ${prompt} ${oneLine(step.command)}`)
  })
  return lines
}
