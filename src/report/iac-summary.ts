/**
 * The iac check's job summary: the headline, what could not be read in a warning callout under
 * it, then each finding worst first, headed by its file and line, with the setting to write in
 * a fenced block (GitHub gives those a copy button). Findings that do not fit GitHub's 1 MiB
 * are counted, never cut in half.
 */
import type { Finding, Report, Severity } from '../model/index.js'
import { codeBlock, escapeMarkdown } from './escape.js'
import { countBySeverity, daysLeftText, isShellCommand, plural } from './finding-text.js'
import { DEFAULT_SUMMARY_MAX_BYTES } from './summary.js'

const ORDER: readonly Severity[] = ['expired', 'critical', 'warning', 'notice']

export interface IacSummaryContext {
  /** How many files were read, and whether they were only those the pull request changes. */
  filesChecked: number
  changedOnly: boolean
  /** Files of the step that could not be written (the report, the SARIF file). */
  problems?: readonly string[]
  maxBytes?: number
}

export function renderIacSummary(report: Report, context: IacSummaryContext): string {
  const maxBytes = context.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES
  const now = new Date(report.generatedAt)
  const head = [headline(report, checkedText(context)), failures(report, context.problems ?? [])]
    .filter(Boolean)
    .join('\n\n')
  const parts = [head]
  let size = Buffer.byteLength(head)
  let shown = 0
  for (const finding of report.findings) {
    const block = findingBlock(finding, now)
    // Room is kept for the closing note on what was left out.
    if (size + Buffer.byteLength(block) + 400 > maxBytes) break
    parts.push(block)
    size += Buffer.byteLength(block) + 2
    shown += 1
  }
  const left = report.findings.length - shown
  if (left > 0) {
    parts.push(
      `> **Note:** ${plural(left, 'less urgent finding')} ${left === 1 ? 'is' : 'are'} not shown: the job summary is limited to 1 MiB. The JSON report and the SARIF file list every finding.`
    )
  }
  return `${parts.join('\n\n')}\n`
}

/** `3 files that this pull request changes`, `12 files`. */
export function checkedText(
  context: Pick<IacSummaryContext, 'filesChecked' | 'changedOnly'>
): string {
  const files = plural(context.filesChecked, 'file')
  return context.changedOnly ? `${files} that this pull request changes` : files
}

function headline(report: Report, scope: string): string {
  const counts = countBySeverity(report.findings)
  const files = new Set(report.findings.map((finding) => finding.location?.file)).size
  const bySeverity = ORDER.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ')
  const result =
    report.findings.length === 0
      ? 'Nothing to fix in the certificate settings of the infrastructure code.'
      : `**${plural(report.findings.length, 'finding')}** in ${plural(files, 'file')} (${bySeverity}).`
  return `## aws-cert-watch: infrastructure code\n\n${result} Checked: ${escapeMarkdown(scope)}.`
}

function failures(report: Report, problems: readonly string[]): string {
  const failed = report.coverage.filter((row) => row.status === 'failed')
  if (failed.length === 0 && problems.length === 0) return ''
  const lines = [
    ...(failed.length === 0 ? [] : [`> ${plural(failed.length, 'part')} could not be checked:`]),
    ...failed.map((row) => `> - ${escapeMarkdown(row.service)}: ${escapeMarkdown(row.detail)}`),
    ...problems.map((problem) => `> ${escapeMarkdown(problem)}`)
  ]
  return ['> [!WARNING]', ...lines].join('\n')
}

function findingBlock(finding: Finding, now: Date): string {
  const where =
    finding.location === null ? '' : `${finding.location.file} line ${finding.location.line}`
  const dated = finding.daysLeft === null ? '' : ` · ${daysLeftText(finding, now)}`
  const lines = [
    `### ${finding.severity}: ${escapeMarkdown(where)}${dated}`,
    `${escapeMarkdown(finding.resourceType)} ${escapeMarkdown(finding.resourceName ?? finding.resourceId)}`,
    '',
    ...finding.reasons.map((reason) => `- ${escapeMarkdown(reason.message)}`)
  ]
  for (const step of finding.remediation) {
    lines.push('', `**Fix:** ${escapeMarkdown(step.summary)}`)
    if (step.command !== '')
      lines.push('', codeBlock(step.command, fenceLanguage(finding, step.command)))
  }
  return lines.join('\n')
}

/** The fence's language for highlighting: the file's, or shell for a command. */
function fenceLanguage(finding: Finding, command: string): string {
  if (isShellCommand(command)) return 'sh'
  const file = finding.location?.file ?? ''
  if (/cdk\.out\//.test(file)) return 'ts'
  if (file.endsWith('.tf')) return 'hcl'
  if (file.endsWith('.json')) return 'json'
  return /\.ya?ml$/.test(file) ? 'yaml' : ''
}
