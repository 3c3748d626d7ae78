/**
 * The comments posted on the tracking issue. Editing the body notifies nobody; a comment does,
 * so comments are kept for what people must hear about: findings that are new or got more
 * urgent, the all-clear, and a duplicate being closed. Pure, escaped like the body.
 */
import type { Finding, Report } from '../../model/index.js'
import { codeSpan, escapeHtml, escapeMarkdown } from '../escape.js'
import { plural } from '../finding-text.js'
import { describeFinding, formatTime } from './body.js'

/** More than this many findings in one comment are summarised as a count. */
const MAX_LISTED = 50

const SEVERITY_NAMES: Record<Finding['severity'], string> = {
  expired: 'Expired',
  critical: 'Critical',
  warning: 'Warning',
  notice: 'Notice'
}

/** Announces findings that are new or more urgent than the issue last showed. */
export function renderEscalationComment(findings: Finding[], now: Date, runUrl?: string): string {
  const listed = findings.slice(0, MAX_LISTED).map((finding) => {
    const reasons = finding.reasons.map((reason) => escapeMarkdown(reason.message)).join('; ')
    return `- **${SEVERITY_NAMES[finding.severity]}** · ${describeFinding(finding, now)}: ${reasons}`
  })
  const rest = findings.length - listed.length
  return [
    `**${plural(findings.length, 'finding')} new or more urgent** since the last update of ` +
      `this issue${runLink(runUrl)}:`,
    listed.join('\n'),
    rest > 0 ? `…and ${rest} more: the issue body lists them by urgency.` : ''
  ]
    .filter((part) => part !== '')
    .join('\n\n')
}

/** Posted just before the issue is closed because nothing needs action any more. */
export function renderAllClearComment(report: Report, runUrl?: string): string {
  return (
    `All clear: no certificate needs action as of the scan of ${formatTime(report.generatedAt)}` +
    `${runLink(runUrl)}. Closing; this issue reopens if a problem comes back.`
  )
}

/** Posted on a duplicate tracking issue before it is closed in favour of the kept one. */
export function renderDuplicateComment(keptNumber: number, scopeKey: string): string {
  const scope = scopeKey === '' ? 'the default scope' : `the scope ${codeSpan(scopeKey)}`
  return (
    `Closing as a duplicate of #${keptNumber}, which tracks ${scope}: ` + 'updates continue there.'
  )
}

function runLink(runUrl: string | undefined): string {
  return runUrl ? ` (<a href="${escapeHtml(runUrl)}">workflow run</a>)` : ''
}
