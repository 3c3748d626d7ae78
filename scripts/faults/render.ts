/** The campaign's results as one Markdown table, to paste into a note as it is. */
import type { ScenarioResult } from './judge.js'

const HEADER = [
  '#',
  'Scenario',
  'Exit',
  'Wall (s)',
  'Kept',
  'Lost silently',
  'Summary',
  'Outputs',
  'Report',
  'Violations',
  'Notes'
]

/** Long messages are cut here: the table is read in a note, the JSON has every line whole. */
const NOTE_CHARS = 160

export function renderTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((result, index) => [
    String(index + 1),
    `\`${result.name}\``,
    String(result.exit),
    (result.wallMs / 1000).toFixed(1),
    `${result.kept}/${result.baseline}`,
    String(result.lostSilently.length),
    yesNo(result.written.summary),
    yesNo(result.written.outputs),
    yesNo(result.written.report),
    result.violations.length === 0 ? '-' : `**${result.violations.join('; ')}**`,
    result.notes.map(shortened).join('; ')
  ])
  return [HEADER, HEADER.map(() => '---'), ...rows]
    .map((row) => `| ${row.map(cell).join(' | ')} |`)
    .join('\n')
}

function yesNo(written: boolean | null): string {
  if (written === null) return 'n/a'
  return written ? 'yes' : 'no'
}

function shortened(note: string): string {
  return note.length > NOTE_CHARS ? `${note.slice(0, NOTE_CHARS - 1)}…` : note
}

/** A table cell is one line, and a `|` inside it must not end it. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
}
