import { codeSpan } from '../../src/report/escape.js'
import { renderSummary } from '../../src/report/summary.js'
import { instance, inventory, rdsInventory } from '../evaluate/factories.js'
import { coverageRow, finding, report, reportFrom } from './report-factories.js'

const hostileNames = [
  '<script>alert(1)</script>',
  '@octocat',
  'a|b|c',
  '::error::x',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '#123',
  '**bold** _it_ `code`'
]

function summaryFor(name: string): string {
  return renderSummary(
    report(
      [
        finding({
          resourceId: name,
          account: name,
          region: name,
          reasons: [
            { code: 'rds-ca-retired', severity: 'critical', message: `CA ${name} is retired.` }
          ],
          remediation: [
            { summary: `Fix ${name}.`, command: `aws rds x --db-instance-identifier '${name}'` }
          ]
        })
      ],
      [coverageRow({ status: 'failed', detail: `AccessDenied: ${name}` })]
    ),
    {}
  )
}

describe('renderSummary escaping', () => {
  it.each(hostileNames)('renders %s inert', (name) => {
    const text = summaryFor(name)
    expect(text).not.toContain('<script>')
    expect(text).not.toMatch(/@octocat/)
    // A link needs an unescaped `]` right before `(`: the text may stay, the syntax may not.
    expect(text).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/m)
    expect(text).not.toMatch(/(^|[^\\])\*\*bold/)
    expect(text).not.toMatch(/^::error::/m)
  })

  it('keeps table rows intact: a pipe in a value never adds a cell', () => {
    const row = summaryFor('a|b|c')
      .split('\n')
      .find((line) => line.startsWith('| <code>'))
    expect(row?.split(' | ')).toHaveLength(6)
  })

  it('breaks mentions and issue references with a zero-width space', () => {
    const text = summaryFor('@octocat')
    expect(text).toContain('@&#8203;octocat')
    expect(summaryFor('#123')).toContain('#&#8203;123')
  })

  it('shows commands as code, copyable as is', () => {
    expect(summaryFor('<script>alert(1)</script>')).toContain(
      '<code>aws rds x --db-instance-identifier &#39;&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;&#39;</code>'
    )
  })

  it('shows the state-changing command in view and every step one click away', () => {
    const steps = [
      { summary: 'Check TLS clients.', command: 'SELECT 1;' },
      { summary: 'Look at the rotation.', command: 'aws rds describe-pending-maintenance-actions' },
      { summary: 'Rotate.', command: 'aws rds modify-db-instance --db-instance-identifier db1' }
    ]
    const text = renderSummary(report([finding({ resourceId: 'db1', remediation: steps })]), {})
    const row = text.split('\n').find((line) => line.startsWith('| <code>db1'))
    const fix = row?.split(' | ')[5] ?? ''
    expect(fix).toMatch(
      /^Rotate\.<br><code>aws rds modify-db-instance --db-instance-identifier db1<\/code><details><summary>All 3 steps<\/summary>1\. Check TLS clients\./
    )
    expect(fix).toContain('3. Rotate.')
  })

  it.each(hostileNames)(
    'codeSpan(%s) renders back to exactly the text, with no syntax left',
    (name) => {
      const inner = codeSpan(`aws acm x --domain '${name}'`).replace(/^<code>|<\/code>$/g, '')
      expect(inner).not.toMatch(/[[\]()*_`<>|@'"]/)
      const decoded = inner.replace(/&#(\d+);/g, (_, code: string) =>
        String.fromCharCode(Number(code))
      )
      expect(decoded).toBe(`aws acm x --domain '${name}'`)
    }
  )

  it('links the workflow run only for http(s) URLs, escaped', () => {
    const r = report([])
    expect(renderSummary(r, { runUrl: 'https://github.com/o/r/actions/runs/1?a="b"' })).toContain(
      '<a href="https://github.com/o/r/actions/runs/1?a=&quot;b&quot;">Workflow run</a>'
    )
    expect(renderSummary(r, { runUrl: 'javascript:alert(1)' })).not.toContain('javascript:')
  })
})

describe('renderSummary content', () => {
  it('has headline counts, a table per severity, coverage and the gantt', () => {
    const text = renderSummary(
      report(
        [
          finding({ resourceId: 'a', severity: 'expired', daysLeft: -1 }),
          finding({ resourceId: 'b', severity: 'critical', daysLeft: 3 }),
          finding({ resourceId: 'c', severity: 'warning', daysLeft: 30 })
        ],
        [
          coverageRow(),
          coverageRow({ region: 'us-east-1', status: 'failed', detail: 'AccessDenied' })
        ]
      ),
      {}
    )
    expect(text).toContain('**1 expired · 1 critical · 1 warning · 0 notice**')
    expect(text).toContain('### Expired (1)')
    expect(text).toContain('### Critical (1)')
    expect(text).toContain('### Warning (1)')
    expect(text).not.toContain('### Notice')
    expect(text).toContain('| Resource | Account | Region | What is wrong | Days left | Fix |')
    expect(text).toContain('1 of 2 scans failed')
    expect(text).toContain('| 123456789012 | us-east-1 | rds | **failed** | AccessDenied |')
    expect(text).toContain('<details><summary>1 scanned without errors</summary>')
    expect(text).toContain('```mermaid\ngantt')
  })

  it('folds long sections into <details>, open for the urgent ones', () => {
    const many = Array.from({ length: 11 }, (_, i) =>
      finding({ resourceId: `w${i}`, severity: 'warning' })
    )
    expect(renderSummary(report(many), {})).toContain('<details><summary>11 findings</summary>')
    const urgent = many.map((f) => ({ ...f, severity: 'critical' as const }))
    expect(renderSummary(report(urgent), {})).toContain(
      '<details open><summary>11 findings</summary>'
    )
  })

  it('says when nothing needs action', () => {
    expect(renderSummary(report([], [coverageRow()]), {})).toContain('Nothing needs action.')
  })

  it('renders a real evaluation end to end', () => {
    const text = renderSummary(
      reportFrom(
        inventory({
          rds: [rdsInventory({ instances: [instance({ caIdentifier: 'rds-ca-2019' })] })]
        })
      ),
      {}
    )
    expect(text).toContain('<code>orders-db</code><br>db-instance')
    expect(text).toContain('CA rds-ca-2019 is retired')
  })
})
