/**
 * The GitHub job summary (Markdown + HTML, the raw text core.summary receives), laid out for
 * GitHub's ~1,012 px content column: the headline with the tracking issue's link, a warning
 * callout for what could not be scanned, then per severity a three-column table (resource with
 * its account and region, what is wrong, days left) and under it the fixes as fenced code
 * blocks (which wrap nowhere and have a copy button), coverage, and a gantt of upcoming
 * expiries. GitHub renders raw HTML and Markdown here and core.summary escapes nothing, so
 * every AWS-supplied string goes through escape.ts. The whole text stays under a byte budget by
 * leaving out the least urgent findings first.
 */
import {
  SEVERITIES,
  type CoverageRow,
  type Finding,
  type Report,
  type Severity
} from '../model/index.js'
import { formatDay } from '../shared/dates.js'
import { commandBlock } from './command-block.js'
import { escapeHtml, escapeMarkdown, codeSpan } from './escape.js'
import {
  SEVERITY_TITLES,
  countBySeverity,
  daysLeftText,
  dueOf,
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

/** The tracking issue as the summary links it, or why it could not be kept. */
export type SummaryIssue = { number: number; url: string } | { problem: string }

export interface SummaryOptions {
  /** Link to the workflow run (http/https only). */
  runUrl?: string
  /** Byte budget (UTF-8); default DEFAULT_SUMMARY_MAX_BYTES. */
  maxBytes?: number
  /** The plug-ins whose labels name the counts; default the registry. */
  services?: readonly AnyServicePlugin[]
  /** The tracking issue, linked at the top; absent when there is none (yet). */
  issue?: SummaryIssue
  /** What went wrong while publishing (a file not written), shown in the warning callout. */
  problems?: readonly string[]
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
  const warnings = warningCallout(report, options)
  if (warnings !== '') parts.push(warnings)
  const omitted = report.findings.slice(shown.length)
  if (omitted.length > 0) parts.push(omittedNote(omitted))
  if (report.findings.length === 0) parts.push('Nothing needs action.')
  const now = new Date(report.generatedAt)
  for (const severity of SEVERITIES) {
    const rows = shown.filter((finding) => finding.severity === severity)
    if (rows.length > 0) parts.push(severitySection(severity, rows, now, options.services))
  }
  const gantt = renderExpiryGantt(shown, now)
  if (gantt !== '') parts.push('### Upcoming expiries', gantt)
  parts.push(coverageSection(report.coverage, coverage))
  return `${parts.join('\n\n')}\n`
}

function headline(report: Report, { runUrl, services, issue }: SummaryOptions): string {
  const { totals, scope } = report
  const counts = SEVERITIES.map((severity) => `${totals[severity]} ${severity}`).join(' · ')
  const tracking =
    issue !== undefined && 'url' in issue && /^https?:\/\//i.test(issue.url)
      ? ` · Tracking issue <a href="${escapeHtml(issue.url)}">#${issue.number}</a>`
      : ''
  const scanned = `Scanned ${escapeMarkdown(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: scope.services }, services))} in ${plural(scope.accounts.length, 'account')} × ${plural(scope.regions.length, 'region')} (${scope.services.join(', ')}), critical within ${report.thresholds.criticalDays} days, warning within ${report.thresholds.warningDays}.`
  const ignored =
    totals.ignored > 0 ? ` ${plural(totals.ignored, 'finding')} hidden by \`ignore\` patterns.` : ''
  const link =
    runUrl && /^https?:\/\//i.test(runUrl)
      ? ` <a href="${escapeHtml(runUrl)}">Workflow run</a>.`
      : ''
  return `## aws-cert-watch\n\n**${counts}**${tracking}\n\n${scanned}${ignored}${link}`
}

/**
 * Right under the headline, what makes this report incomplete: failed scans (whose resources
 * are missing), shards that did not report, and what publishing could not do. Failed scans are
 * always listed, whatever the size budget.
 */
function warningCallout(report: Report, options: SummaryOptions): string {
  const failed = report.coverage.filter((row) => row.status === 'failed')
  const paragraphs: string[][] = []
  if (failed.length > 0) {
    paragraphs.push([
      `**${failed.length} of ${plural(report.coverage.length, 'scan')} failed**; their resources are missing from this report:`,
      ...failed.map(
        (row) =>
          `- ${escapeMarkdown(row.account)} · ${escapeMarkdown(row.region)} · ${escapeMarkdown(row.service)}: ${escapeMarkdown(row.detail)}`
      )
    ])
  }
  const gap = missingShardsText(report.scope.missingShards)
  const issueProblem =
    options.issue !== undefined && 'problem' in options.issue ? [options.issue.problem] : []
  for (const text of [gap, ...(options.problems ?? []), ...issueProblem]) {
    if (text !== '') paragraphs.push([escapeMarkdown(text)])
  }
  if (paragraphs.length === 0) return ''
  const quoted = paragraphs.map((lines) => lines.map((line) => `> ${line}`).join('\n'))
  return `> [!WARNING]\n${quoted.join('\n>\n')}`
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
  now: Date,
  services: readonly AnyServicePlugin[] | undefined
): string {
  const title = `### ${SEVERITY_TITLES[severity]} (${rows.length})`
  const table = [
    '| Resource | What is wrong | Days left |',
    '| --- | --- | --- |',
    ...rows.map((row) => findingRow(row, now, services))
  ].join('\n')
  const fixes = rows
    .map(fixBlock)
    .filter((fix) => fix !== '')
    .join('\n\n')
  const body = fixes === '' ? table : `${table}\n\n**How to fix**\n\n${fixes}`
  if (rows.length <= LONG_LIST) return `${title}\n\n${body}`
  const open = severity === 'expired' || severity === 'critical' ? ' open' : ''
  return `${title}\n\n<details${open}><summary>${rows.length} findings</summary>\n\n${body}\n\n</details>`
}

/** Consumers named in a row: the rest are counted (the JSON report and the issue list them). */
const CONSUMERS_IN_ROW = 3

function findingRow(
  finding: Finding,
  now: Date,
  services: readonly AnyServicePlugin[] | undefined
): string {
  const usedBy = usedBySentence(finding, CONSUMERS_IN_ROW, services)
  const where = `${escapeMarkdown(finding.account)} · ${escapeMarkdown(finding.region)}`
  const resource = `${codeSpan(resourceLabel(finding))}<br>${escapeMarkdown(finding.resourceType)}<br>${where}${usedBy ? `<br>${escapeMarkdown(usedBy)}` : ''}`
  const wrong = finding.reasons
    .map((reason) => `**${escapeMarkdown(reason.severity)}** ${escapeMarkdown(reason.message)}`)
    .join('<br>')
  const due = dueOf(finding, now)
  const date = due.at === null ? '' : `<br>${formatDay(due.at)}`
  // No break inside "6 days left": the column stays as wide as its longest phrase.
  const days = escapeMarkdown(daysLeftText(finding, now)).replace(/ /g, '&nbsp;')
  return `| ${resource} | ${wrong} | ${days}${date} |`
}

/**
 * Under the table, the step that fixes each finding with its command in a fenced block; every
 * other step, preparation included, one click away.
 */
function fixBlock(finding: Finding): string {
  const main = mainStep(finding)
  if (main === undefined) return ''
  const step = (summary: string, command: string) =>
    `${escapeMarkdown(summary)}${command !== '' ? `\n\n${commandBlock(command)}` : ''}`
  const where = `${escapeMarkdown(finding.account)} · ${escapeMarkdown(finding.region)}`
  const inView = `${codeSpan(resourceLabel(finding))} (${where}): ${step(main.summary, main.command)}`
  if (finding.remediation.length === 1) return inView
  // A list item's lines continue under its text, past the `1. ` marker.
  const item = (marker: string, text: string) =>
    `${marker}${text.replace(/\n(?!\n)/g, `\n${' '.repeat(marker.length)}`)}`
  const all = finding.remediation
    .map((s, index) => item(`${index + 1}. `, step(s.summary, s.command)))
    .join('\n')
  return `${inView}\n\n<details><summary>All ${finding.remediation.length} steps</summary>\n\n${all}\n\n</details>`
}

/** Which scans ran; the failed ones are listed in the callout at the top. */
function coverageSection(rows: readonly CoverageRow[], mode: CoverageMode): string {
  const header = [
    '| Account | Region | Service | Status | Detail |',
    '| --- | --- | --- | --- | --- |'
  ]
  const line = (row: CoverageRow) =>
    `| ${escapeMarkdown(row.account)} | ${escapeMarkdown(row.region)} | ${escapeMarkdown(row.service)} | ${escapeMarkdown(row.status)} | ${escapeMarkdown(row.detail)} |`
  const failed = rows.filter((row) => row.status === 'failed')
  const rest = rows.filter((row) => row.status !== 'failed')
  const parts = ['### Coverage']
  if (rows.length === 0) parts.push('Nothing was scanned.')
  else if (failed.length > 0) {
    parts.push(`${failed.length} of ${rows.length} scans failed (listed at the top).`)
  } else parts.push(`All ${rows.length} account × region × service scans succeeded.`)
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
