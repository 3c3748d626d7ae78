/**
 * The RDS plug-in's section of the tracking issue: before a CA is rotated, people need to know
 * which connections use TLS.
 */
import type { Finding } from '../../model/index.js'
import { commandBlock } from '../../report/command-block.js'
import { escapeMarkdown } from '../../report/escape.js'
import { isSql, plural } from '../../report/finding-text.js'

/**
 * The RDS findings' TLS queries, from their own remediation steps (one source for the SQL);
 * without them, the section names the views to look at.
 */
export function renderTlsGuidance(findings: readonly Finding[]): string {
  if (findings.length === 0) return ''
  const queries = new Map<string, { summary: string; users: Finding[] }>()
  for (const finding of findings) {
    for (const step of finding.remediation) {
      if (!isSql(step.command)) continue
      const query = queries.get(step.command) ?? { summary: step.summary, users: [] }
      query.users.push(finding)
      queries.set(step.command, query)
    }
  }
  const intro =
    '### Which clients use TLS?\n\n' +
    'Rotating the CA replaces the server certificate: clients that verify it need the new CA ' +
    'in their trust store first. Check which connections use TLS before rotating; a result ' +
    'only covers the connections open at that moment.'
  if (queries.size === 0) {
    return (
      `${intro}\n\n` +
      '- MySQL, MariaDB, Aurora MySQL: `performance_schema.threads` (`connection_type`) joined ' +
      'with `information_schema.processlist`.\n' +
      '- PostgreSQL, Aurora PostgreSQL: `pg_stat_ssl` joined with `pg_stat_activity` on `pid`.'
    )
  }
  const blocks = [...queries].map(([command, { summary, users }]) => {
    const [first] = users
    const example = first ? `, e.g. ${escapeMarkdown(first.resourceName ?? first.resourceId)}` : ''
    const scope = `For ${plural(users.length, 'resource')} above${example}`
    return `${scope}: ${escapeMarkdown(summary)}\n\n${commandBlock(command)}`
  })
  return `${intro}\n\n${blocks.join('\n\n')}`
}
