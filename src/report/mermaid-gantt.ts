/**
 * A Mermaid gantt of upcoming expiries for the job summary. Mermaid has its own grammar: in a
 * gantt line `:` ends the task name, `;` and newlines end the statement, `#` and `%%` start
 * comments, and a line starting with a keyword (`section`, `title`, `click`, ...) is not a task.
 * Task names are therefore reduced to a safe alphabet and always start with the service name.
 */
import { SEVERITIES, type Finding, type Severity } from '../model/index.js'
import { SEVERITY_TITLES, resourceLabel } from './finding-text.js'
import { hasPassed, parseInstant } from '../shared/dates.js'

/** Bars beyond this make the chart unreadable; the tables list everything. */
export const MAX_GANTT_TASKS = 25

const TAGS: Record<Severity, string> = {
  expired: 'crit, ',
  critical: 'crit, ',
  warning: 'active, ',
  notice: ''
}

/** Letters, digits, space and `. _ / -` survive; anything else becomes a space. */
export function mermaidTaskName(text: string): string {
  const safe = text
    .replace(/[^A-Za-z0-9 ._/-]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
  return safe.length > 60 ? `${safe.slice(0, 57)}...` : safe
}

/**
 * The chart's source inside a ```mermaid fence, or '' when nothing is upcoming. Bars run from the
 * scan day to the expiry day; expired findings and findings without a date have no bar.
 */
export function renderExpiryGantt(findings: readonly Finding[], now: Date): string {
  // Calendar days: one that expired earlier today has 0 days left yet has passed.
  const upcoming = findings
    .filter((finding) => {
      const ms = parseInstant(finding.expiresAt)
      return ms !== null && !hasPassed(ms, now)
    })
    .sort((a, b) => Date.parse(a.expiresAt ?? '') - Date.parse(b.expiresAt ?? ''))
  if (upcoming.length === 0) return ''
  // The soonest bars, then grouped into one section per severity.
  const shown = upcoming
    .slice(0, MAX_GANTT_TASKS)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
  const start = now.toISOString().slice(0, 10)
  const lines = ['```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d']
  let section: Severity | null = null
  shown.forEach((finding, index) => {
    if (finding.severity !== section) {
      section = finding.severity
      lines.push(`    section ${SEVERITY_TITLES[finding.severity]}`)
    }
    const name = mermaidTaskName(`${finding.service} ${resourceLabel(finding)}`)
    const days = Math.max(1, finding.daysLeft ?? 1)
    lines.push(`    ${name} :${TAGS[finding.severity]}t${index + 1}, ${start}, ${days}d`)
  })
  lines.push('```')
  const more = upcoming.length - shown.length
  if (more > 0)
    lines.push('', `The chart shows the ${shown.length} soonest; ${more} more are in the tables.`)
  return lines.join('\n')
}
