import { codeSpan } from '../../src/report/escape.js'
import { renderSummary } from '../../src/report/summary.js'
import { codeBlocks, renderGitHubMarkdown, textOutsideCode } from '../helpers/github-markdown.js'
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
    const html = renderGitHubMarkdown(text)
    expect(html).not.toContain('<script>')
    expect(html).not.toMatch(/<img|<a href="javascript/)
    // A bare URL is linked as itself (GitHub does too); no link text may hide where it goes.
    for (const [, href, shown] of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) {
      if (href?.includes('evil')) expect(shown).toBe(href)
    }
    expect(html).not.toMatch(/<strong>bold|<em>it/)
    expect(textOutsideCode(html)).not.toMatch(/(?<![A-Za-z0-9_])@octocat/)
    expect(text).not.toMatch(/^::error::/m)
  })

  it('keeps table rows intact: a pipe in a value never adds a cell', () => {
    const row = summaryFor('a|b|c')
      .split('\n')
      .find((line) => line.startsWith('| <code>'))
    expect(row?.split(' | ')).toHaveLength(3)
  })

  it('breaks mentions and issue references with a zero-width space', () => {
    const text = summaryFor('@octocat')
    expect(text).toContain('@&#8203;octocat')
    expect(summaryFor('#123')).toContain('#&#8203;123')
  })

  it('shows each command in a fenced block, which copies as the command', () => {
    for (const name of hostileNames) {
      const command = `aws rds x --db-instance-identifier '${name.replace(/\n/g, ' ')}'`
      const html = renderGitHubMarkdown(summaryFor(name))
      expect(codeBlocks(html, 'shell')).toEqual([command])
    }
  })

  it('breaks a long command into flag lines that the shell joins back', () => {
    const command =
      'aws acm import-certificate --certificate-arn arn:aws:acm:eu-west-1:123456789012:certificate/c8a7e194-6db0-450b-a11c-a472b9805a12 --certificate fileb://cert.pem --region eu-west-1'
    const text = renderSummary(
      report([finding({ remediation: [{ summary: 'Re-import.', command }] })]),
      {}
    )
    const [shown] = codeBlocks(renderGitHubMarkdown(text), 'shell')
    expect(shown).toBe(
      [
        'aws acm import-certificate \\',
        '  --certificate-arn \\',
        '    arn:aws:acm:eu-west-1:123456789012:certificate/c8a7e194-6db0-450b-a11c-a472b9805a12 \\',
        '  --certificate fileb://cert.pem \\',
        '  --region eu-west-1'
      ].join('\n')
    )
    expect(shown?.replace(/ \\\n\s*/g, ' ')).toBe(command)
  })

  it('keeps a command that contains a fence inside its block', () => {
    const command = "aws ssm send-command --comment '```' --parameters 'x=````'"
    const text = renderSummary(
      report([finding({ remediation: [{ summary: 'Run.', command }] })]),
      {}
    )
    expect(text).toContain(`\`\`\`\`\`shell\n${command}\n\`\`\`\`\``)
    expect(codeBlocks(renderGitHubMarkdown(text), 'shell')).toEqual([command])
  })

  it('shows the state-changing command in view and every step one click away', () => {
    const steps = [
      { summary: 'Check TLS clients.', command: 'SELECT 1;' },
      { summary: 'Look at the rotation.', command: 'aws rds describe-pending-maintenance-actions' },
      { summary: 'Rotate.', command: 'aws rds modify-db-instance --db-instance-identifier db1' }
    ]
    const text = renderSummary(report([finding({ resourceId: 'db1', remediation: steps })]), {})
    expect(text).toContain(
      [
        '**How to fix**',
        '',
        '<code>db1</code> (123456789012 · eu-west-1): Rotate.',
        '',
        '```shell',
        'aws rds modify-db-instance --db-instance-identifier db1',
        '```',
        '',
        '<details><summary>All 3 steps</summary>',
        '',
        '1. Check TLS clients.',
        '',
        '   ```sql',
        '   SELECT 1;',
        '   ```',
        '2. Look at the rotation.',
        '',
        '   ```shell',
        '   aws rds describe-pending-maintenance-actions',
        '   ```',
        '3. Rotate.',
        '',
        '   ```shell',
        '   aws rds modify-db-instance --db-instance-identifier db1',
        '   ```',
        '',
        '</details>'
      ].join('\n')
    )
  })

  it.each(hostileNames)(
    'codeSpan(%s) renders back to exactly the text, with no syntax left',
    (name) => {
      const inner = codeSpan(`aws acm x --domain '${name}'`).replace(/^<code>|<\/code>$/g, '')
      expect(inner).not.toMatch(/[[\]()*_`<>|@]/)
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
  const three = [
    finding({ resourceId: 'a', severity: 'expired', expiresAt: '2026-11-22T06:00:00.000Z' }),
    finding({ resourceId: 'b', severity: 'critical', expiresAt: '2026-11-26T06:00:00.000Z' }),
    finding({ resourceId: 'c', severity: 'warning', expiresAt: '2026-12-23T06:00:00.000Z' })
  ]
  const coverage = [
    coverageRow(),
    coverageRow({ region: 'us-east-1', status: 'failed', detail: 'AccessDenied' })
  ]

  it('has headline counts, a narrow table per severity, coverage and the gantt', () => {
    const text = renderSummary(report(three, coverage), {})
    expect(text).toContain('**1 expired · 1 critical · 1 warning · 0 notice**')
    expect(text).toContain('### Expired (1)')
    expect(text).toContain('### Critical (1)')
    expect(text).toContain('### Warning (1)')
    expect(text).not.toContain('### Notice')
    expect(text).toContain(
      '| Resource | What is wrong | Days left |\n| --- | --- | --- |\n' +
        '| <code>b</code><br>db-instance<br>123456789012 · eu-west-1 | **critical** CA x expires on 2026-11-30 (in 7 days). | 3&nbsp;days&nbsp;left<br>2026-11-26 |'
    )
    expect(text).toContain('expired&nbsp;yesterday<br>2026-11-22')
    expect(text).toContain('1 of 2 scans failed (listed at the top).')
    expect(text).toContain('<details><summary>1 scanned without errors</summary>')
    expect(text).toContain('```mermaid\ngantt')
  })

  it('puts failed scans in a warning callout under the headline, the issue link in it', () => {
    const text = renderSummary(report(three, coverage), {
      issue: { number: 7, url: 'https://github.com/o/r/issues/7' },
      problems: ['The report (r.json) could not be written: EACCES.']
    })
    expect(text).toMatch(
      new RegExp(
        '^## aws-cert-watch\n\n' +
          '\\*\\*1 expired · 1 critical · 1 warning · 0 notice\\*\\* · Tracking issue <a href="https://github.com/o/r/issues/7">#7</a>\n\n' +
          'Scanned [^\n]*\n\n' +
          '> \\[!WARNING\\]\n' +
          '> \\*\\*1 of 2 scans failed\\*\\*; their resources are missing from this report:\n' +
          '> - 123456789012 · us-east-1 · rds: AccessDenied\n' +
          '>\n' +
          '> The report \\(r\\.json\\) could not be written: EACCES\\.\n\n' +
          '### Expired'
      )
    )
    const html = renderGitHubMarkdown(text)
    expect(html).toContain('<div class="markdown-alert markdown-alert-warning">')
    expect(html).toContain('<li>123456789012 · us-east-1 · rds: AccessDenied</li>')
  })

  it('says in the callout why there is no tracking issue', () => {
    const text = renderSummary(report(three), { issue: { problem: 'Tracking issue skipped.' } })
    expect(text).toContain('> [!WARNING]\n> Tracking issue skipped.\n\n### Expired')
    expect(text).not.toContain('Tracking issue <a')
  })

  it('dates a finding by what ranks it: a rotation due sooner than the certificate', () => {
    const rotation = finding({
      resourceId: 'analytics-pg',
      expiresAt: '2026-12-13T06:00:00.000Z',
      severity: 'critical',
      reasons: [
        {
          code: 'rds-rotation-scheduled',
          severity: 'critical',
          message: 'A ca-certificate-rotation maintenance action is pending.',
          dueAt: '2026-12-05T00:00:00.000Z'
        },
        { code: 'rds-server-cert-expiring', severity: 'warning', message: 'Expires.' }
      ]
    })
    expect(renderSummary(report([rotation]), {})).toContain(
      '| 12&nbsp;days&nbsp;left<br>2026-12-05 |'
    )
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
