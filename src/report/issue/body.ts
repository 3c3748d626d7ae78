/**
 * The tracking issue's body: rendered from a report, parsed back on the next run. Pure: no I/O,
 * no clock (the scan time comes from the report).
 *
 * Layout, top to bottom: scope marker, header (counts, scope, scan line), a warning callout for
 * coverage gaps, one checklist section per severity (each fix's command in a fenced block), what
 * the size budget left out, "Acknowledged" (ticked findings), TLS guidance, footer, and the
 * notes section whose content belongs to people. Bodies of earlier versions (coverage gaps in a
 * "Not scanned" section near the end, commands inline) carry the same markers and parse alike. Every line a
 * run needs to read back carries a hidden marker (issue-body-markers.ts); every AWS-supplied
 * string is escaped, so none of them can add a line, a marker, a box or a mention.
 */
import { createHash } from 'node:crypto'
import {
  SEVERITIES,
  mostUrgent,
  severityRank,
  type CoverageRow,
  type Finding,
  type Report,
  type Severity
} from '../../model/index.js'
import { compareFindings } from '../../evaluate/index.js'
import { SERVICES } from '../../services/index.js'
import type { AnyServicePlugin } from '../../services/plugin.js'
import { formatDay } from '../../shared/dates.js'
import { commandBlock } from '../command-block.js'
import { escapeHtml, escapeMarkdown } from '../escape.js'
import { daysLeftText, dueOf, isSql, missingShardsText, plural } from '../finding-text.js'
import { resourceTypeLabel, scannedByService, usedBySentence } from '../service-labels.js'
import {
  BASE_MARKER_PATTERN,
  END_MARKER_PATTERN,
  HIDDEN_ACK_PATTERN,
  ITEM_MARKER_PATTERN,
  NOTES_MARKER,
  NOTES_MARKER_PATTERN,
  OMITTED_PATTERN,
  RUN_LINE_MARKER,
  SCOPE_MARKER_PATTERN,
  baseMarker,
  closesFence,
  decodeMarkerValue,
  endMarker,
  fenceOf,
  hiddenAckMarker,
  itemMarker,
  omittedMarker,
  scopeMarker
} from './markers.js'

/** GitHub refuses bodies over 65,536 characters; the default leaves a margin for edits. */
export const DEFAULT_MAX_BODY_LENGTH = 60000

export interface IssueBodyOptions {
  /** `issue-key`: which scope this issue tracks ('' for the default one). */
  scopeKey: string
  /** The workflow run that produced the report; its summary has the full list. */
  runUrl?: string
  /**
   * Finding ids to render ticked, in the "Acknowledged" section, each with the severity it was
   * acknowledged at.
   */
  acknowledged: ReadonlyMap<string, Severity>
  /** What people wrote below the notes marker, kept byte for byte. */
  notes: string
  /** A hash of the body this one was computed from (see `bodyHash`); absent for a new issue. */
  baseHash?: string
  /** Upper bound on the body's length (UTF-16 code units); default DEFAULT_MAX_BODY_LENGTH. */
  maxLength?: number
  /** The plug-ins whose own sections the body carries (RDS: which clients use TLS); default all. */
  services?: readonly AnyServicePlugin[]
  /**
   * Findings the body listed whose account/region/service could not be scanned this run: kept,
   * marked as not re-checked, instead of dropped as if they were fixed.
   */
  unverified?: UnverifiedFinding[]
}

/** A finding carried over from the body because its scan failed this run. */
export interface UnverifiedFinding {
  id: string
  /** The severity it had when last seen. */
  severity: Severity
  /** Why it was not re-checked: the failed scan's coverage detail. */
  detail: string
}

export interface ParsedIssueBody {
  /** The first scope key the body names; null when it names none (not one of ours). */
  scopeKey: string | null
  /** Every scope key its markers name (the first line's, the end marker's). */
  scopeKeys: string[]
  /**
   * Ids whose box is ticked (visible or kept hidden by the size budget), each with the severity
   * it was acknowledged at: the marker's `ack`, or for a box ticked since the last run, the
   * severity it was shown with when it was ticked.
   */
  ticked: Map<string, Severity>
  /** Every finding id the body lists, with the severity it had when rendered. */
  knownSeverities: Map<string, Severity>
  /**
   * What people wrote: below the notes marker, exactly, plus any text they put elsewhere outside
   * what runs write (above it, or below it where the notes marker was lost).
   */
  notes: string
  /** Unacknowledged findings the size budget left out, if any. */
  omitted: { count: number; mostUrgent: Severity } | null
  /** The base marker's hash: which body the run that wrote this one started from. */
  base: string | null
}

// ---------------------------------------------------------------------------------------------
// render
// ---------------------------------------------------------------------------------------------

interface Item {
  id: string
  severity: Severity
  /** The severity it was acknowledged at; undefined when it is not. */
  acknowledgedAt: Severity | undefined
  /** What this run reported; absent for a finding carried over unverified. */
  finding?: Finding
  /** For a carried-over finding: why it was not re-checked. */
  unverified?: string
}

/**
 * How much of the report fits. Items are taken in priority order (unacknowledged by urgency,
 * then acknowledged by urgency); the first `visible` are listed, acknowledged ones after that
 * are kept as hidden markers up to `hiddenAcks`, the rest are only counted.
 */
interface Layout {
  visible: number
  hiddenAcks: number
  coverage: boolean
  guidance: boolean
}

export function renderIssueBody(report: Report, options: IssueBodyOptions): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_BODY_LENGTH
  const items = prioritise(report.findings, options.acknowledged, options.unverified ?? [])
  const ackCount = items.filter((item) => item.acknowledgedAt !== undefined).length
  const render = (layout: Layout): string => renderWithLayout(report, options, items, layout)
  const fits = (layout: Layout): boolean => render(layout).length <= maxLength

  const full: Layout = {
    visible: items.length,
    hiddenAcks: ackCount,
    coverage: true,
    guidance: true
  }
  if (fits(full)) return render(full)

  // Cut least urgent items first; acknowledged ones cut from view stay as hidden markers.
  const visible = largestFitting(items.length - 1, (k) => fits({ ...full, visible: k }))
  if (visible !== null) return render({ ...full, visible })

  const hiddenAcks = largestFitting(ackCount, (m) => fits({ ...full, visible: 0, hiddenAcks: m }))
  if (hiddenAcks !== null) return render({ ...full, visible: 0, hiddenAcks })

  // Only the people's notes are left to blame; they are never cut, so this is the floor.
  return render({ visible: 0, hiddenAcks: 0, coverage: false, guidance: false })
}

/** The largest n in [0, max] with fits(n), assuming fits is monotonic; null when even 0 fails. */
function largestFitting(max: number, fits: (n: number) => boolean): number | null {
  if (max < 0 || !fits(0)) return null
  let low = 0
  let high = max
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  return low
}

/** Unacknowledged findings by urgency, then acknowledged ones, then those not re-checked. */
function prioritise(
  findings: Finding[],
  acknowledged: ReadonlyMap<string, Severity>,
  unverified: UnverifiedFinding[]
): Item[] {
  const sorted = [...findings].sort(compareFindings)
  const item = (finding: Finding): Item => ({
    id: finding.id,
    severity: finding.severity,
    acknowledgedAt: acknowledged.get(finding.id),
    finding
  })
  return [
    ...sorted.filter((finding) => !acknowledged.has(finding.id)).map(item),
    ...sorted.filter((finding) => acknowledged.has(finding.id)).map(item),
    ...[...unverified]
      .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareIds(a.id, b.id))
      .map((carried) => ({
        id: carried.id,
        severity: carried.severity,
        acknowledgedAt: acknowledged.get(carried.id),
        unverified: carried.detail
      }))
  ]
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function renderWithLayout(
  report: Report,
  options: IssueBodyOptions,
  items: Item[],
  layout: Layout
): string {
  const shown = items.slice(0, layout.visible)
  const cut = items.slice(layout.visible)
  const cutAcks = cut.filter((item) => item.acknowledgedAt !== undefined)
  const hidden = cutAcks.slice(0, layout.hiddenAcks)
  const hiddenIds = new Set(hidden.map((item) => item.id))
  const omitted = cut.filter((item) => !hiddenIds.has(item.id))
  const reported = shown.filter((item) => item.finding !== undefined)
  const now = new Date(report.generatedAt)
  const render = (item: Item) => renderItem(item, now, options.services ?? SERVICES)

  const sections = [
    scopeMarker(options.scopeKey),
    // The base marker shares the header's last block, so that the stable form (which drops
    // it) is the same with and without one.
    renderHeader(report, options) +
      (options.baseHash === undefined ? '' : `\n${baseMarker(options.baseHash)}`),
    layout.coverage ? renderCoverageGaps(report.coverage, report.scope.missingShards) : '',
    ...SEVERITIES.map((severity) =>
      renderSeveritySection(
        report,
        severity,
        render,
        reported.filter((item) => item.acknowledgedAt === undefined && item.severity === severity)
      )
    ),
    renderUnverified(
      shown.filter((item) => item.unverified !== undefined),
      render
    ),
    renderOmitted(omitted, options.runUrl),
    renderAcknowledged(
      reported.filter((item) => item.acknowledgedAt !== undefined),
      render
    ),
    hidden
      .map((item) => hiddenAckMarker(item.id, item.severity, item.acknowledgedAt ?? item.severity))
      .join('\n'),
    layout.guidance ? pluginSections(report.findings, options.services ?? SERVICES) : '',
    `${renderFooter()}\n${endMarker(options.scopeKey)}`,
    renderNotes(options.notes)
  ]
  return sections.filter((section) => section !== '').join('\n\n')
}

function renderHeader(report: Report, options: IssueBodyOptions): string {
  const { runUrl } = options
  const counts = SEVERITIES.map((severity) => {
    const count = report.findings.filter((finding) => finding.severity === severity).length
    return `${count} ${severity}`
  }).join(' · ')
  const { accounts, regions, services } = report.scope
  const scope =
    `${plural(accounts.length, 'account')} · ${plural(regions.length, 'region')} · ` +
    `services: ${services.map(escapeMarkdown).join(', ') || 'none'} · ` +
    `${escapeMarkdown(scannedByService({ resourcesScanned: report.totals.resourcesScanned, scanned: report.scope.services }, options.services))} resources scanned`
  const status =
    report.findings.length === 0
      ? '**No certificate needs action.**'
      : `**${plural(report.findings.length, 'resource')} need action:** ${counts}`
  const run = runUrl ? ` · <a href="${escapeHtml(runUrl)}">workflow run</a>` : ''
  // In a paragraph, so that what follows (the coverage callout) keeps its distance.
  const scanLine = `${RUN_LINE_MARKER}<p><sub>Last change from the scan of ${formatTime(
    report.generatedAt
  )}${run}</sub></p>`
  return `${status}\n\n${scope}\n\n${scanLine}`
}

const SEVERITY_HEADINGS: Record<Severity, (report: Report) => string> = {
  expired: () => 'Expired or retired: already broken, or breaks at the next restart',
  critical: (report) =>
    `Critical: breaks within ${report.thresholds.criticalDays} days, or a renewal failed`,
  warning: (report) =>
    `Warning: breaks within ${report.thresholds.warningDays} days, or will not renew by itself`,
  notice: () => 'Notice: worth knowing, nothing due yet'
}

function renderSeveritySection(
  report: Report,
  severity: Severity,
  render: (item: Item) => string,
  items: Item[]
): string {
  if (items.length === 0) return ''
  const heading = `### ${SEVERITY_HEADINGS[severity](report)} (${items.length})`
  return `${heading}\n\n${items.map(render).join('\n')}`
}

/**
 * What the size budget left out: a hidden marker that the next run reads, and a visible note
 * pointing to the run's summary. The note links this run, so it sits on a run line.
 */
function renderOmitted(omitted: Item[], runUrl: string | undefined): string {
  const urgent = mostUrgent(...omitted.map((item) => item.severity))
  if (urgent === null) return ''
  const summary = runUrl
    ? `the <a href="${escapeHtml(runUrl)}">job summary of the last run</a>`
    : 'the job summary of the last run'
  return (
    `${omittedMarker(omitted.length, urgent)}\n` +
    `${RUN_LINE_MARKER}<p><b>${plural(omitted.length, 'less urgent finding')} did not fit</b> ` +
    `in this issue (GitHub keeps at most 65,536 characters): ${summary} and its JSON report ` +
    'list every finding.</p>'
  )
}

function renderUnverified(items: Item[], render: (item: Item) => string): string {
  if (items.length === 0) return ''
  return (
    `### Not re-checked: their scan failed this run (${items.length})\n\n` +
    '_As the last successful scan saw them; they stay listed until a scan of their account, ' +
    'region and service succeeds (see "Not scanned" above)._\n\n' +
    items.map(render).join('\n')
  )
}

function renderAcknowledged(items: Item[], render: (item: Item) => string): string {
  if (items.length === 0) return ''
  return (
    `### Acknowledged (${items.length})\n\n` +
    '_Ticked findings stay here until they are fixed; one that becomes more urgent goes back ' +
    'to its section, unticked._\n\n' +
    items.map(render).join('\n')
  )
}

/**
 * One line naming the resource, where it is and when it is due (the date and days of what
 * drives its severity); Markdown, escaped.
 */
export function describeFinding(
  finding: Finding,
  now: Date,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return (
    `**${escapeMarkdown(finding.resourceName ?? finding.resourceId)}** ` +
    `(${escapeMarkdown(resourceTypeLabel(finding.service, finding.resourceType, services))}) · ` +
    `${escapeMarkdown(finding.account)} / ${escapeMarkdown(finding.region)}` +
    renderDue(finding, now)
  )
}

/** Consumers an item names; the JSON report has them all. */
const CONSUMERS_IN_ITEM = 10

/**
 * A checklist item: its line, the reasons under it, then each fix as a paragraph of the item
 * with its command in a fenced block (a copy button, no wrapping mid-flag). The block sits at
 * the item's own indentation, not in a nested list, so that an ARN fits the column's width;
 * indented, none of its lines can be read as a marker.
 */
function renderItem(item: Item, now: Date, services: readonly AnyServicePlugin[]): string {
  const { finding, acknowledgedAt } = item
  if (finding === undefined) return renderUnverifiedItem(item)
  const head = `${itemMarker(finding.id, finding.severity, acknowledgedAt)} ${describeFinding(finding, now, services)}`
  const reasons = finding.reasons.map((reason) => `  - ${escapeMarkdown(reason.message)}`)
  const usedBy = usedBySentence(finding, CONSUMERS_IN_ITEM, services)
  if (usedBy !== '') reasons.push(`  - ${escapeMarkdown(usedBy)}`)
  const fixes = finding.remediation.map((step) => {
    const summary = `  **Fix:** ${escapeMarkdown(step.summary)}`
    if (step.command === '') return summary
    if (isSql(step.command)) return `${summary} (query under "Which clients use TLS?" below)`
    return `${summary}\n\n${commandBlock(step.command).replace(/^/gm, '  ')}`
  })
  return [[head, ...reasons].join('\n'), ...fixes].join('\n\n')
}

/** A carried-over finding: all that is known of it is its id (`service:account:region:resource`). */
function renderUnverifiedItem(item: Item): string {
  const [, account = '', region = '', ...resource] = item.id.split(':')
  return (
    `${itemMarker(item.id, item.severity, item.acknowledgedAt)} ` +
    `**${escapeMarkdown(resource.join(':'))}** · ${escapeMarkdown(account)} / ` +
    `${escapeMarkdown(region)} · last seen as ${item.severity}; not re-checked: ` +
    escapeMarkdown(item.unverified ?? '')
  )
}

function renderDue(finding: Finding, now: Date): string {
  const due = dueOf(finding, now)
  if (due.at === null) return ''
  return ` · ${escapeMarkdown(daysLeftText(finding, now))} (${formatDay(due.at)})`
}

/** Under the header, what this run could not scan, as a callout: its findings may be missing. */
function renderCoverageGaps(
  coverage: CoverageRow[],
  missingShards: readonly string[] | undefined
): string {
  const gaps = coverage.filter((row) => row.status !== 'ok')
  const shards = missingShardsText(missingShards)
  if (gaps.length === 0 && shards === '') return ''
  const lines = [
    ...(shards === '' ? [] : [`- ${escapeMarkdown(shards)}`]),
    ...gaps.map(
      (row) =>
        `- ${escapeMarkdown(row.account)} / ${escapeMarkdown(row.region)} / ` +
        `${escapeMarkdown(row.service)}: **${row.status}** ${escapeMarkdown(row.detail)}`
    )
  ]
  return [
    '> [!WARNING]',
    `> **Not scanned (${lines.length}):** findings may be missing for these; fix access and the next run fills them in.`,
    '>',
    ...lines.map((line) => `> ${line}`)
  ].join('\n')
}

/** Each plug-in's own section (its findings only), in registry order. */
function pluginSections(
  findings: readonly Finding[],
  services: readonly AnyServicePlugin[]
): string {
  return services
    .map(
      (service) =>
        service.issueSection?.(findings.filter((finding) => finding.service === service.name)) ?? ''
    )
    .filter((section) => section !== '')
    .join('\n\n')
}

const FOOTER =
  '<sub>Kept current by aws-cert-watch: every run rewrites everything above the notes. ' +
  'Tick a box to acknowledge a finding.</sub>'

function renderFooter(): string {
  return FOOTER
}

const NOTES_HEADING = '### Notes'
const NOTES_HINT = '_Anything written below this line is kept as is by every run._'

function renderNotes(notes: string): string {
  return `${NOTES_HEADING}\n\n${NOTES_HINT}\n${NOTES_MARKER}\n${notes}`
}

/** `2026-05-01 06:00 UTC` for an ISO time; anything else is shown escaped. */
export function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  return match ? `${match[1]} ${match[2]} UTC` : escapeMarkdown(iso)
}

// ---------------------------------------------------------------------------------------------
// parse
// ---------------------------------------------------------------------------------------------

/** One line of a body, without its line break: where it starts and where the next one does. */
interface Line {
  text: string
  start: number
  next: number | null
}

function* lines(body: string): Generator<Line> {
  let start = 0
  for (;;) {
    const end = body.indexOf('\n', start)
    const raw = end === -1 ? body.slice(start) : body.slice(start, end)
    yield {
      text: raw.endsWith('\r') ? raw.slice(0, -1) : raw,
      start,
      next: end === -1 ? null : end + 1
    }
    if (end === -1) return
    start = end + 1
  }
}

/**
 * Reads back what a previous run rendered, as GitHub returns it after people edited it (ticked
 * boxes, CRLF line breaks, markers retyped or moved, sections pasted elsewhere).
 *
 * The body is two kinds of text: what runs write, from the scope marker to the end marker (or,
 * in a body that lost them, from the top to the footer or the notes), and what people write:
 * everything else. Markers are read only in the first (outside its closed code blocks); all of
 * the second is kept as notes, so that no edit anywhere in the body (notes moved to the top, a
 * note typed above the first line, a notes marker retyped out of shape, an unclosed code fence)
 * can make a run drop it. The region's bounds and the notes marker are found regardless of code
 * fences: a fence never swallows them.
 */
export function parseIssueBody(body: string): ParsedIssueBody {
  const all = [...lines(body)]
  const firstIndex = (pattern: RegExp): number => {
    for (let index = 0; index < all.length; index += 1) {
      if (pattern.test(all[index]?.text ?? '')) return index
    }
    return -1
  }
  const scopeAt = firstIndex(SCOPE_MARKER_PATTERN)
  const notesAt = firstIndex(NOTES_MARKER_PATTERN)
  const regionStart = Math.max(0, scopeAt)
  const regionEnd = generatedEnd(all, regionStart, notesAt)

  const parsed: ParsedIssueBody = {
    scopeKey: null,
    scopeKeys: [],
    ticked: new Map(),
    knownSeverities: new Map(),
    notes: '',
    omitted: null,
    base: null
  }
  for (let index = regionStart; index <= regionEnd; index += 1) {
    const text = all[index]?.text ?? ''
    // A code block shows its lines literally: a marker there is text, not a marker. Only a
    // block closed within the region counts, so that a fence someone left open cannot hide
    // the ticks below it.
    const fence = fenceOf(text)
    const closer = fence === null ? -1 : closingLine(all, index + 1, regionEnd, fence)
    if (closer >= 0) {
      index = closer
      continue
    }
    readMarkerLine(text, parsed)
  }
  parsed.scopeKey = parsed.scopeKeys[0] ?? null
  parsed.notes = peoplesText(body, all, { regionStart, regionEnd, notesAt })
  return parsed
}

/** The line in [from, to] that closes `fence`, or -1. */
function closingLine(all: Line[], from: number, to: number, fence: string): number {
  for (let index = from; index <= to; index += 1) {
    if (closesFence(all[index]?.text ?? '', fence)) return index
  }
  return -1
}

/**
 * The last line runs wrote: the end marker; or the line above the notes marker when that comes
 * first (a body written before the end marker existed, or notes moved up into the region);
 * else the footer (a body that lost both); else the last line.
 */
function generatedEnd(all: Line[], regionStart: number, notesAt: number): number {
  let footer = -1
  for (let index = regionStart; index < all.length; index += 1) {
    const text = all[index]?.text ?? ''
    if (END_MARKER_PATTERN.test(text)) return index
    if (index === notesAt && index > regionStart) return index - 1
    if (text.trim() === FOOTER) footer = index
  }
  return footer >= 0 ? footer : all.length - 1
}

/**
 * Everything outside what runs wrote. The text below the notes marker (up to what runs wrote,
 * if the notes were moved above it) comes back byte for byte when it is all there is; text
 * people left elsewhere is added around it in body order, without our own headings.
 */
function peoplesText(
  body: string,
  all: Line[],
  at: { regionStart: number; regionEnd: number; notesAt: number }
): string {
  const { regionStart, regionEnd, notesAt } = at
  const inRegion = (index: number) => index >= regionStart && index <= regionEnd
  // Lines of ours that may sit outside the region once it has been edited around.
  const ours = (text: string) =>
    text.trim() === NOTES_HEADING ||
    text.trim() === NOTES_HINT ||
    text.trim() === FOOTER ||
    END_MARKER_PATTERN.test(text)

  // Below the marker everything is people's, to the end of the body, whatever it looks like
  // (a pasted old body included); only notes moved above what runs write end where that starts.
  const notesEnd = notesAt >= 0 && notesAt < regionStart ? regionStart : all.length
  const segments: string[] = []
  let loose: string[] = []
  const flush = () => {
    const text = loose.join('\n').trim()
    if (text !== '') segments.push(text)
    loose = []
  }
  let notesBlock: string | null = null
  for (let index = 0; index < all.length; index += 1) {
    const line = all[index] as Line
    if (index === notesAt) {
      flush()
      const from = line.next ?? body.length
      const to = notesEnd < all.length ? (all[notesEnd] as Line).start : body.length
      notesBlock = body.slice(from, to)
      if (notesEnd < all.length) notesBlock = notesBlock.replace(/\r?\n$/, '')
      segments.push(notesBlock)
      index = notesEnd - 1
      continue
    }
    if (inRegion(index) || ours(line.text)) {
      flush()
      continue
    }
    loose.push(line.text)
  }
  flush()
  if (segments.length === 1 && notesBlock !== null) return notesBlock
  return segments.filter((segment) => segment.trim() !== '').join('\n\n')
}

function readMarkerLine(text: string, parsed: ParsedIssueBody): void {
  const scope = SCOPE_MARKER_PATTERN.exec(text) ?? END_MARKER_PATTERN.exec(text)
  if (scope) {
    const key = scope[1] === undefined ? null : decodeMarkerValue(scope[1])
    if (key !== null && !parsed.scopeKeys.includes(key)) parsed.scopeKeys.push(key)
    return
  }
  const item = ITEM_MARKER_PATTERN.exec(text)
  if (item) {
    const shown = item[3] as Severity
    const ticked = item[1] !== ' '
    remember(parsed, item[2], shown, ticked ? ((item[4] as Severity | undefined) ?? shown) : null)
    return
  }
  const ack = HIDDEN_ACK_PATTERN.exec(text)
  if (ack) {
    const shown = ack[2] as Severity
    remember(parsed, ack[1], shown, (ack[3] as Severity | undefined) ?? shown)
    return
  }
  const omitted = OMITTED_PATTERN.exec(text)
  if (omitted) {
    parsed.omitted = { count: Number(omitted[1]), mostUrgent: omitted[2] as Severity }
    return
  }
  const base = BASE_MARKER_PATTERN.exec(text)
  if (base && parsed.base === null) parsed.base = (base[1] ?? '').toLowerCase()
}

function remember(
  parsed: ParsedIssueBody,
  encodedId: string | undefined,
  severity: Severity,
  acknowledgedAt: Severity | null
): void {
  const id = decodeMarkerValue(encodedId ?? '')
  if (id === null) return
  parsed.knownSeverities.set(id, severity)
  if (acknowledgedAt !== null) parsed.ticked.set(id, acknowledgedAt)
}

/**
 * The body without the lines that change with every write even when the findings do not
 * (scan time, run links, the base hash) and with LF line breaks: two bodies with the same
 * stable form show the same findings, so the second needs no write. Days left are part of the
 * stable form: they are what the issue shows.
 */
export function stableIssueBody(body: string): string {
  const kept: string[] = []
  for (const line of lines(body)) {
    if (!line.text.startsWith(RUN_LINE_MARKER) && !BASE_MARKER_PATTERN.test(line.text)) {
      kept.push(line.text)
    }
  }
  return kept.join('\n')
}

/**
 * A short hash of a body as people see it (line breaks normalised): written into the next body
 * as its base, and compared with the revisions of the edit history.
 */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16)
}
