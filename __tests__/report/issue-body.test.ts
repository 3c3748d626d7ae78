import { parseIssueBody, renderIssueBody, stableIssueBody } from '../../src/report/issue/body.js'
import type { Severity } from '../../src/model/index.js'
import { makeFinding, makeReport, manyFindings } from '../publish/report-factory.js'

const base = { scopeKey: 'prod', acknowledged: new Map<string, Severity>(), notes: '' }

describe('renderIssueBody', () => {
  const expired = makeFinding({ resourceId: 'orders-db', severity: 'expired' })
  const warning = makeFinding({ resourceId: 'billing-db', severity: 'warning' })
  const report = makeReport([warning, expired])

  it('lists each finding under its severity with its fix and due date', () => {
    const body = renderIssueBody(report, {
      ...base,
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    const expiredAt = body.indexOf('### Expired')
    const warningAt = body.indexOf('### Warning')
    expect(expiredAt).toBeGreaterThan(-1)
    expect(warningAt).toBeGreaterThan(expiredAt)
    expect(body.indexOf('orders-db')).toBeGreaterThan(expiredAt)
    expect(body.indexOf('orders-db')).toBeLessThan(warningAt)
    expect(body).toContain(' · expired 3 days ago (2026-04-28)\n')
    // The whole item: its line, the reason, and the fix with its command in a fenced block at
    // the item's indentation, one flag a line (it is longer than a line of the column).
    expect(body).toContain(
      [
        `- [ ] <!-- aws-cert-watch:id=${warning.id} sev=warning --> **billing-db** (DB instance) · 123456789012 / us-east-1 · 30 days left (2026-05-31)`,
        `  - The instance's CA rds-ca-2019 expires on 2026-05-31T06:00:00.000Z.`,
        '',
        '  **Fix:** Rotate to the recommended CA (check the restart note first)',
        '',
        '  ```shell',
        '  aws rds modify-db-instance \\',
        '    --db-instance-identifier billing-db \\',
        '    --ca-certificate-identifier rds-ca-rsa2048-g1 \\',
        '    --apply-immediately \\',
        '    --region us-east-1',
        '  ```',
        ''
      ].join('\n')
    )
    expect(body).toContain(
      '2 resources need action:** 1 expired · 0 critical · 1 warning · 0 notice'
    )
    expect(body).toContain('<a href="https://github.com/o/r/actions/runs/1">workflow run</a>')
  })

  it('moves acknowledged findings to their own section, ticked', () => {
    const body = renderIssueBody(report, {
      ...base,
      acknowledged: new Map([[warning.id, 'critical']])
    })
    const ackAt = body.indexOf('### Acknowledged (1)')
    expect(ackAt).toBeGreaterThan(-1)
    expect(body).not.toContain('### Warning')
    expect(body.indexOf('billing-db')).toBeGreaterThan(ackAt)
    // The tick remembers the severity it was given at, not the one shown now.
    expect(body).toContain(
      `- [x] <!-- aws-cert-watch:id=${warning.id} sev=warning ack=critical -->`
    )
    expect(parseIssueBody(body).ticked).toEqual(new Map([[warning.id, 'critical']]))
  })

  it('takes the TLS queries from the remediation steps instead of its own SQL', () => {
    const query = 'SELECT id, user, host, connection_type\nFROM performance_schema.threads pst'
    const withSql = makeFinding({
      resourceId: 'mysql-1',
      remediation: [{ summary: 'See which MySQL connections use TLS', command: query }]
    })
    const body = renderIssueBody(makeReport([withSql]), base)
    expect(body).toContain(
      'For 1 resource above, e.g. mysql-1: See which MySQL connections use TLS\n\n```sql\n' +
        query +
        '\n```'
    )
    expect(body).toContain('(query under "Which clients use TLS?" below)')
    expect(body.split(query).length).toBe(2)
  })

  it('names the views to check when the report carries no query', () => {
    const body = renderIssueBody(report, base)
    expect(body).toContain('`pg_stat_ssl` joined with `pg_stat_activity`')
    expect(body).not.toMatch(/SELECT/i)
  })

  it('lists coverage gaps with their AWS error', () => {
    const gapped = makeReport([expired], {
      coverage: [
        {
          account: '1',
          region: 'eu-west-1',
          service: 'acm',
          status: 'failed',
          detail: 'AccessDenied'
        }
      ]
    })
    const body = renderIssueBody(gapped, base)
    // A warning callout right under the header, above the findings.
    expect(body).toContain(
      '> [!WARNING]\n' +
        '> **Not scanned (1):** findings may be missing for these; fix access and the next run fills them in.\n' +
        '>\n' +
        '> - 1 / eu-west-1 / acm: **failed** AccessDenied\n'
    )
    expect(body.indexOf('[!WARNING]')).toBeLessThan(body.indexOf('### Expired'))
  })

  it('says so when nothing needs action, and keeps the notes', () => {
    const body = renderIssueBody(makeReport([]), { ...base, notes: 'owner: @team-db\r\n' })
    expect(body).toContain('**No certificate needs action.**')
    expect(body).not.toContain('- [ ]')
    expect(body.endsWith('<!-- aws-cert-watch:notes -->\nowner: @team-db\r\n')).toBe(true)
  })

  it('keeps the most urgent findings under the size limit and says what it left out', () => {
    const findings = manyFindings(2000)
    const body = renderIssueBody(makeReport(findings), {
      ...base,
      maxLength: 60000,
      runUrl: 'https://github.com/o/r/actions/runs/7'
    })
    expect(body.length).toBeLessThanOrEqual(60000)
    expect(body.length).toBeGreaterThan(55000)
    const parsed = parseIssueBody(body)
    const expiredIds = findings.filter((f) => f.severity === 'expired').map((f) => f.id)
    const listed = [...parsed.knownSeverities.keys()]
    expect(listed.length).toBeGreaterThan(100)
    expect(listed.length).toBeLessThan(2000)
    // 500 expired findings do not all fit: every listed one must be expired, in expiry/id order.
    expect(listed).toEqual(expiredIds.slice(0, listed.length))
    expect(parsed.omitted).toEqual({ count: 2000 - listed.length, mostUrgent: 'expired' })
    expect(body).toContain(`<b>${2000 - listed.length} less urgent findings did not fit</b>`)
    expect(body).toContain(
      '<a href="https://github.com/o/r/actions/runs/7">job summary of the last run</a>'
    )
  })

  it('keeps acknowledged findings cut for size as hidden ticks', () => {
    const findings = manyFindings(400)
    const acked = new Map(findings.slice(0, 50).map((f) => [f.id, f.severity]))
    const body = renderIssueBody(makeReport(findings), {
      ...base,
      acknowledged: acked,
      maxLength: 20000
    })
    expect(body.length).toBeLessThanOrEqual(20000)
    const parsed = parseIssueBody(body)
    expect(parsed.ticked).toEqual(acked)
    for (const id of acked.keys()) expect(parsed.knownSeverities.has(id)).toBe(true)
  })
})

describe('parseIssueBody', () => {
  it('reads boxes ticked on GitHub, with CRLF line breaks', () => {
    const a = makeFinding({ resourceId: 'a', severity: 'critical' })
    const b = makeFinding({ resourceId: 'b', severity: 'notice' })
    const body = renderIssueBody(makeReport([a, b]), { ...base, notes: 'keep me' })
      .replace(/\n/g, '\r\n')
      .replace(`- [ ] <!-- aws-cert-watch:id=${a.id}`, `- [x] <!-- aws-cert-watch:id=${a.id}`)
    const parsed = parseIssueBody(body)
    expect(parsed.scopeKey).toBe('prod')
    // Ticked since the last run: acknowledged at the severity it was shown with.
    expect(parsed.ticked).toEqual(new Map([[a.id, 'critical']]))
    expect(parsed.knownSeverities).toEqual(
      new Map([
        [a.id, 'critical'],
        [b.id, 'notice']
      ])
    )
    expect(parsed.notes).toBe('keep me')
  })

  it('reads markers only in what runs write, never in the notes, whatever the code fences', () => {
    const body = [
      '<!-- aws-cert-watch:scope=x -->',
      '- [x] <!-- aws-cert-watch:id=real sev=warning -->',
      '````',
      '<!-- aws-cert-watch:end scope=x -->',
      '### Notes',
      '<!-- aws-cert-watch:notes -->',
      '- [x] <!-- aws-cert-watch:id=pasted sev=expired -->'
    ].join('\n')
    const parsed = parseIssueBody(body)
    expect(parsed.scopeKey).toBe('x')
    // An unclosed fence swallows neither the end of the region nor the notes marker.
    expect([...parsed.knownSeverities.keys()]).toEqual(['real'])
    expect(parsed.notes).toBe('- [x] <!-- aws-cert-watch:id=pasted sev=expired -->')
  })

  it('finds no scope in a body that is not one of ours', () => {
    expect(parseIssueBody('Some issue someone wrote').scopeKey).toBeNull()
  })
})

describe('stableIssueBody', () => {
  it('is the same for identical scans at different times from different runs', () => {
    const report = makeReport([makeFinding({ resourceId: 'a' })])
    const first = renderIssueBody(report, { ...base, runUrl: 'https://x/runs/1' })
    const second = renderIssueBody(
      { ...report, generatedAt: '2026-05-01T18:00:00.000Z' },
      { ...base, runUrl: 'https://x/runs/2' }
    )
    expect(second).not.toBe(first)
    expect(stableIssueBody(second)).toBe(stableIssueBody(first))
  })

  it('differs when the days left change', () => {
    const report = makeReport([makeFinding({ resourceId: 'a', daysLeft: 30 })])
    const later = makeReport([makeFinding({ resourceId: 'a', daysLeft: 29 })])
    expect(stableIssueBody(renderIssueBody(later, base))).not.toBe(
      stableIssueBody(renderIssueBody(report, base))
    )
  })
})
