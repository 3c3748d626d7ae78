/**
 * The hidden HTML-comment markers that make the tracking issue's body machine-readable. The
 * renderer writes them and the parser reads them back; both go through this module so that
 * the syntax is spelled once.
 *
 * Values inside markers (finding ids, the scope key) are encoded so that they are made only of
 * `[A-Za-z0-9._:/-]` plus `%` escapes: such a value can never end the comment (`-->`), start
 * another one, or contain a space that would split the marker's fields. The encoding works per
 * UTF-16 code unit (like the legacy `escape()`), so that every string, even one with a lone
 * surrogate, round-trips exactly.
 */
import { SEVERITIES, type Severity } from '../../model/index.js'

const PREFIX = 'aws-cert-watch'

const SAFE = /[A-Za-z0-9._:/-]/

/** Encodes a value for use inside a marker; `decodeMarkerValue` is its exact inverse. */
export function encodeMarkerValue(value: string): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i)
    if (SAFE.test(ch)) {
      out += ch
      continue
    }
    const unit = value.charCodeAt(i)
    out +=
      unit < 0x100
        ? `%${unit.toString(16).padStart(2, '0')}`
        : `%u${unit.toString(16).padStart(4, '0')}`
  }
  return out
}

/** Decodes what `encodeMarkerValue` wrote; null for anything it cannot have written. */
export function decodeMarkerValue(encoded: string): string | null {
  if (!/^(?:[A-Za-z0-9._:/-]|%[0-9a-f]{2}|%u[0-9a-f]{4})*$/.test(encoded)) return null
  return encoded.replace(
    /%u([0-9a-f]{4})|%([0-9a-f]{2})/g,
    (_match, wide: string, narrow: string) => String.fromCharCode(parseInt(wide ?? narrow, 16))
  )
}

const ENCODED = '((?:[A-Za-z0-9._:/-]|%[0-9a-f]{2}|%u[0-9a-f]{4})*)'
const SEVERITY = `(${SEVERITIES.join('|')})`
/**
 * The comment around a marker, as people may leave it after an edit: any spacing inside the
 * comment, trailing spaces after it, any case of the prefix. It must start the line, as runs
 * write it: a line of a code block never does (see `codeBlock`).
 */
const OPEN = `<!--\\s*${PREFIX}\\s*:\\s*`
const CLOSE = '\\s*-->\\s*$'

/** First line of every body: which scope (`issue-key`) the issue tracks. */
export function scopeMarker(scopeKey: string): string {
  return `<!-- ${PREFIX}:scope=${encodeMarkerValue(scopeKey)} -->`
}

export const SCOPE_MARKER_PATTERN = new RegExp(`^${OPEN}scope=${ENCODED}${CLOSE}`, 'i')

/**
 * Ends what runs write, just above the notes; it repeats the scope, so that the issue is still
 * recognised when someone edits or deletes the first line.
 */
export function endMarker(scopeKey: string): string {
  return `<!-- ${PREFIX}:end scope=${encodeMarkerValue(scopeKey)} -->`
}

export const END_MARKER_PATTERN = new RegExp(`^${OPEN}end(?:\\s+scope=${ENCODED})?${CLOSE}`, 'i')

/**
 * A checklist line: the box, the finding's id, the severity it was shown with, and for a ticked
 * box the severity it was acknowledged at (which can differ from the one shown later: a tick
 * holds until the finding is more urgent than when it was ticked).
 */
export function itemMarker(
  id: string,
  severity: Severity,
  acknowledgedAt: Severity | undefined
): string {
  const box = acknowledgedAt === undefined ? ' ' : 'x'
  const ack = acknowledgedAt === undefined ? '' : ` ack=${acknowledgedAt}`
  return `- [${box}] <!-- ${PREFIX}:id=${encodeMarkerValue(id)} sev=${severity}${ack} -->`
}

/** Matches a checklist line as GitHub leaves it after someone ticks or unticks the box. */
export const ITEM_MARKER_PATTERN = new RegExp(
  `^[-*+] \\[([ xX])\\] <!--\\s*${PREFIX}:id=${ENCODED} sev=${SEVERITY}(?: ack=${SEVERITY})?\\s*-->`
)

/**
 * An acknowledged finding that the size budget left out of the visible list: kept as a hidden
 * line so that its tick survives until there is room to show it again.
 */
export function hiddenAckMarker(id: string, severity: Severity, acknowledgedAt: Severity): string {
  return `<!-- ${PREFIX}:ack=${encodeMarkerValue(id)} sev=${severity} ack=${acknowledgedAt} -->`
}

export const HIDDEN_ACK_PATTERN = new RegExp(
  `^<!--\\s*${PREFIX}:ack=${ENCODED} sev=${SEVERITY}(?: ack=${SEVERITY})?${CLOSE}`
)

/**
 * Written when the size budget left unacknowledged findings out: how many, and the most urgent
 * severity among them. Findings at or below that severity may already have been there unseen,
 * so they do not count as new on the next run.
 */
export function omittedMarker(count: number, mostUrgent: Severity): string {
  return `<!-- ${PREFIX}:omitted=${count} most-urgent=${mostUrgent} -->`
}

export const OMITTED_PATTERN = new RegExp(
  `^<!--\\s*${PREFIX}:omitted=(\\d+) most-urgent=${SEVERITY}`
)

/**
 * Starts each line that changes with every run even when the findings do not (scan time, run
 * links); `stableIssueBody` leaves these lines out so that identical scans write nothing. Such
 * a line is an HTML block: whatever follows the marker on it must be HTML, not Markdown.
 */
export const RUN_LINE_MARKER = `<!-- ${PREFIX}:run -->`

/**
 * Which body a run's write was computed from (a hash of it): the next run compares it with the
 * edit history to find a person's edit that landed between that run's last read and its write.
 * It changes with every write, so it is not part of the stable form either.
 */
export function baseMarker(hash: string): string {
  return `<!-- ${PREFIX}:base=${hash} -->`
}

export const BASE_MARKER_PATTERN = new RegExp(`^${OPEN}base=([0-9a-f]{8,64})${CLOSE}`, 'i')

/** Everything below this line belongs to people and is kept byte for byte. */
export const NOTES_MARKER = `<!-- ${PREFIX}:notes -->`

/**
 * The notes marker however an edit left it: a trailing space, no spaces, another case. A
 * line that only resembles it this much is still meant as it.
 */
export const NOTES_MARKER_PATTERN = new RegExp(`^${OPEN}notes${CLOSE}`, 'i')

/**
 * Whether a line opens a fenced code block, and with which fence: its indentation and its
 * backticks or tildes (`  \`\`\``).
 */
export function fenceOf(line: string): string | null {
  const match = /^( {0,3})(`{3,}|~{3,})/.exec(line)
  return match === null ? null : `${match[1]}${match[2]}`
}

/**
 * Whether `line` closes the block that `opening` opened: CommonMark's rule (same character, at
 * least as long), and at the same indentation. CommonMark lets any indentation up to three
 * spaces close it, so a fence someone left open at the start of a line would end at the first
 * closer of the command blocks runs write inside checklist items (indented) and hide the ticks
 * between; requiring the opener's indentation lets it stay open, as a fence left open must.
 */
export function closesFence(line: string, opening: string): boolean {
  const match = /^( {0,3})(`{3,}|~{3,})\s*$/.exec(line)
  if (match === null) return false
  const [, indent = '', fence = ''] = match
  const openIndent = /^ */.exec(opening)?.[0] ?? ''
  const openFence = opening.slice(openIndent.length)
  return indent === openIndent && fence[0] === openFence[0] && fence.length >= openFence.length
}
