/**
 * The GitHub job summary (Markdown + HTML, the raw text core.summary receives): headline
 * counts, a table per severity, coverage, a gantt of upcoming expiries. GitHub renders raw HTML
 * and Markdown here and core.summary escapes nothing, so every AWS-supplied string goes through
 * escape.ts. The whole text stays under a byte budget by leaving out the least urgent rows first.
 */
import {
  SEVERITIES,
  type CoverageRow,
  type Finding,
  type Report,
  type Severity
} from '../model/index.js'
import { escapeHtml, escapeMarkdown, codeSpan } from './escape.js'
import {
  SEVERITY_TITLES,
  countBySeverity,
  daysLeftText,
  mainStep,
  missingShardsText,
  plural,
  resourceLabel
} from './finding-text.js'
import { renderExpiryGantt } from './mermaid-gantt.js'
import { scannedResources, usedBySentence } from './service-labels.js'
import type { AnyServicePlugin } from '../services/plugin.js'

/** GitHub's limit is 1 MiB per step; the margin leaves room for what else the step appends. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 32 * 1024

/** Sections longer than this fold into <details>. */
const LONG_LIST = 10

export interface SummaryOptions {
  /** Link to the workflow run (http/https only). */
  runUrl?: string
  /** Byte budget (UTF-8); default DEFAULT_SUMMARY_MAX_BYTES. */
  maxBytes?: number
  /** The plug-ins whose labels name the counts; default the registry. */
  services?: readonly AnyServicePlugin[]
}

export function renderSummary(report: Report, options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES
  const fits = (text: string) => Buffer.byteLength(text, 'utf8') <= maxBytes
  const all = report.findings
  const full = compose(report, all, options, 'full')
  if (fits(full)) return full

  // Findings are most urgent first: keep the longest prefix that fits.
  let low = 0
  let high = all.length - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(compose(report, all.slice(0, mid), options, 'full'))) low = mid
    else high = mid - 1
  }
  const trimmed = compose(report, all.slice(0, low), options, 'full')
  if (low > 0 || fits(trimmed)) return trimmed
  // Not even the headline and coverage fit: drop the coverage rows that report no problem.
  const compact = compose(report, [], options, 'failures-only')
  return fits(compact) ? compact : truncateUtf8(compact, maxBytes)
}

type CoverageMode = 'full' | 'failures-only'

function compose(
  report: Report,
  shown: readonly Finding[],
  options: SummaryOptions,
  coverage: CoverageMode
): string {
  const parts = [headline(report, options)]
  const omitted = report.findings.slice(shown.length)
  if (omitted.length > 0) parts.push(omittedNote(omitted))
  if (report.findings.length === 0) parts.push('Nothing needs action.')
  for (const severity of SEVERITIES) {
    const rows = shown.filter((finding) => finding.severity === severity)
    if (rows.length > 0) parts.push(severitySection(severity, rows, options.services))
  }
  const gantt = renderExpiryGantt(shown, new Date(report.generatedAt))
  if (gantt !== '') parts.push('### Upcoming expiries', gantt)
  parts.push(coverageSection(report.coverage, coverage, report.scope.missingShards))
  return `${parts.join('\n\n')}\n`
}

function headline(report: Report, { runUrl, services }: SummaryOptions): string {
  const { totals, scope } = report
  const counts = SEVERITIES.map((severity) => `${totals[severity]} ${severity}`).join(' · ')
  const scanned = `Scanned ${escapeMarkdown(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: scope.services }, services))} in ${plural(scope.accounts.length, 'account')} × ${plural(scope.regions.length, 'region')} (${scope.services.join(', ')}), critical within ${report.thresholds.criticalDays} days, warning within ${report.thresholds.warningDays}.`
  const ignored =
    totals.ignored > 0 ? ` ${plural(totals.ignored, 'finding')} hidden by \`ignore\` patterns.` : ''
  const link =
    runUrl && /^https?:\/\//i.test(runUrl)
      ? ` <a href="${escapeHtml(runUrl)}">Workflow run</a>.`
      : ''
  return `## aws-cert-watch\n\n**${counts}**\n\n${scanned}${ignored}${link}`
}

function omittedNote(omitted: readonly Finding[]): string {
  const counts = countBySeverity(omitted)
  const detail = SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ')
  return `> **Note:** ${omitted.length} less urgent ${omitted.length === 1 ? 'finding is' : 'findings are'} not shown (${detail}): the job summary is limited to 1 MiB. The JSON report lists every finding.`
}

function severitySection(
  severity: Severity,
  rows: readonly Finding[],
  services: readonly AnyServicePlugin[] | undefined
): string {
  const title = `### ${SEVERITY_TITLES[severity]} (${rows.length})`
  const table = [
    '| Resource | Account | Region | What is wrong | Days left | Fix |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => findingRow(row, services))
  ].join('\n')
  if (rows.length <= LONG_LIST) return `${title}\n\n${table}`
  const open = severity === 'expired' || severity === 'critical' ? ' open' : ''
  return `${title}\n\n<details${open}><summary>${rows.length} findings</summary>\n\n${table}\n\n</details>`
}

/** Consumers named in a row: the rest are counted (the JSON report and the issue list them). */
const CONSUMERS_IN_ROW = 3

function findingRow(finding: Finding, services: readonly AnyServicePlugin[] | undefined): string {
  const usedBy = usedBySentence(finding, CONSUMERS_IN_ROW, services)
  const resource = `${codeSpan(resourceLabel(finding))}<br>${escapeMarkdown(finding.resourceType)}${usedBy ? `<br>${escapeMarkdown(usedBy)}` : ''}`
  const wrong = finding.reasons
    .map((reason) => `**${escapeMarkdown(reason.severity)}** ${escapeMarkdown(reason.message)}`)
    .join('<br>')
  return `| ${resource} | ${escapeMarkdown(finding.account)} | ${escapeMarkdown(finding.region)} | ${wrong} | ${escapeMarkdown(daysLeftText(finding))} | ${fixCell(finding)} |`
}

/** The command that fixes it, in view; every step, preparation included, one click away. */
function fixCell(finding: Finding): string {
  const main = mainStep(finding)
  if (main === undefined) return ''
  const step = (summary: string, command: string) =>
    `${escapeMarkdown(summary)}${command !== '' ? `<br>${codeSpan(command)}` : ''}`
  const inView = step(main.summary, main.command)
  if (finding.remediation.length === 1) return inView
  const all = finding.remediation
    .map((s, index) => `${index + 1}. ${step(s.summary, s.command)}`)
    .join('<br>')
  return `${inView}<details><summary>All ${finding.remediation.length} steps</summary>${all}</details>`
}

function coverageSection(
  rows: readonly CoverageRow[],
  mode: CoverageMode,
  missingShards: readonly string[] | undefined
): string {
  const header = [
    '| Account | Region | Service | Status | Detail |',
    '| --- | --- | --- | --- | --- |'
  ]
  const line = (row: CoverageRow) =>
    `| ${escapeMarkdown(row.account)} | ${escapeMarkdown(row.region)} | ${escapeMarkdown(row.service)} | ${row.status === 'failed' ? '**failed**' : escapeMarkdown(row.status)} | ${escapeMarkdown(row.detail)} |`
  const failed = rows.filter((row) => row.status === 'failed')
  const rest = rows.filter((row) => row.status !== 'failed')
  const parts = ['### Coverage']
  const gap = missingShardsText(missingShards)
  if (gap !== '') parts.push(`> [!WARNING]\n> ${escapeMarkdown(gap)}`)
  if (rows.length === 0) parts.push('Nothing was scanned.')
  if (failed.length > 0) {
    parts.push(
      `${failed.length} of ${rows.length} scans failed; their resources are missing from this report.`,
      [...header, ...failed.map(line)].join('\n')
    )
  } else if (rows.length > 0) {
    parts.push(`All ${rows.length} account × region × service scans succeeded.`)
  }
  if (rest.length > 0) {
    parts.push(
      mode === 'full'
        ? `<details><summary>${rest.length} scanned without errors</summary>\n\n${[...header, ...rest.map(line)].join('\n')}\n\n</details>`
        : `${rest.length} scans without errors (details left out to fit the size limit).`
    )
  }
  return parts.join('\n\n')
}

/** Cuts at a byte budget without splitting a UTF-8 sequence; the last resort only. */
function truncateUtf8(text: string, maxBytes: number): string {
  const note = '\n\n_(truncated to fit the job summary size limit)_\n'
  const budget = Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8'))
  const bytes = Buffer.from(text, 'utf8').subarray(0, budget)
  return `${bytes.toString('utf8').replace(/\uFFFD+$/, '')}${note}`
}
