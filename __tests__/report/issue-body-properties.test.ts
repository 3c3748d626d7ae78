/**
 * Whatever AWS (or a person editing a tag) puts in a resource name, tag, error text or command,
 * the body keeps its structure: parse(render(report)) gives back exactly the report's finding
 * ids with their severities, nothing ticked that was not, the scope key and the notes exactly,
 * and no AWS string adds a marker, a checkbox, an HTML tag or a mention.
 */
import fc from 'fast-check'
import { parseIssueBody, renderIssueBody } from '../../src/report/issue/body.js'
import {
  SEVERITIES,
  type CoverageRow,
  type Finding,
  type Report,
  type Severity
} from '../../src/model/index.js'
import { makeReport } from '../publish/report-factory.js'

const HOSTILE_PIECES = [
  '-->',
  '<!--',
  '--!>',
  '- [x] ',
  '\n- [x] ',
  '* [ ] ',
  '@user',
  '@octo-org/team',
  '#12',
  '\n',
  '\r\n',
  '\u2028',
  '`',
  '```',
  '~~~',
  '<code>',
  '</code>',
  '<!-- aws-cert-watch:notes -->',
  '\n<!-- aws-cert-watch:notes -->\n',
  '<!-- aws-cert-watch:id=forged sev=expired -->',
  '\n- [x] <!-- aws-cert-watch:id=forged sev=expired --> x',
  '<!-- aws-cert-watch:scope=other -->',
  '%u0041',
  '%zz',
  '<img src=x onerror=alert(1)>',
  '](javascript:alert(1))',
  '|',
  '\\',
  'é',
  '🔥',
  '\ud800',
  '\u200b'
]

/** Short strings built from hostile pieces and arbitrary code units. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_PIECES),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ maxLength: 8 })
    ),
    { maxLength: 6 }
  )
  .map((pieces) => pieces.join(''))

const severity = fc.constantFrom(...SEVERITIES)

const finding: fc.Arbitrary<Finding> = fc.record({
  id: hostile,
  source: fc.constant('aws' as const),
  service: fc.constantFrom('rds' as const, 'acm' as const),
  resourceType: fc.constantFrom(
    'db-instance' as const,
    'db-cluster' as const,
    'rds-default-ca' as const,
    'acm-certificate' as const
  ),
  resourceId: hostile,
  resourceArn: hostile,
  account: hostile,
  region: hostile,
  severity,
  expiresAt: fc.option(hostile, { nil: null }),
  daysLeft: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }),
  reasons: fc.array(
    fc.record({ code: fc.constant('rds-ca-expiring' as const), severity, message: hostile }),
    { maxLength: 3 }
  ),
  remediation: fc.array(
    fc.record({
      summary: hostile,
      command: fc.oneof(
        hostile,
        hostile.map((sql) => `SELECT 1;\n${sql}`)
      )
    }),
    { maxLength: 3 }
  ),
  location: fc.constant(null)
})

const coverageRow: fc.Arbitrary<CoverageRow> = fc.record({
  account: hostile,
  region: hostile,
  service: fc.constantFrom('rds' as const, 'acm' as const),
  status: fc.constantFrom('ok' as const, 'failed' as const, 'skipped' as const),
  detail: hostile
})

const report: fc.Arbitrary<Report> = fc
  .record({
    findings: fc.uniqueArray(finding, { selector: (f) => f.id, maxLength: 12 }),
    coverage: fc.array(coverageRow, { maxLength: 4 }),
    generatedAt: hostile,
    regions: fc.array(hostile, { maxLength: 3 })
  })
  .map(({ findings, coverage, generatedAt, regions }) => {
    const base = makeReport(findings, { coverage, generatedAt })
    return { ...base, scope: { ...base.scope, regions } }
  })

const render = (
  r: Report,
  scopeKey: string,
  notes: string,
  acknowledged = new Map<string, Severity>()
) => renderIssueBody(r, { scopeKey, notes, acknowledged, runUrl: 'https://github.com/o/r/runs/1' })

/** The rendered part above the notes, with fenced code blocks (shown literally) removed. */
function outsideCode(body: string): string[] {
  const above = body.slice(0, body.lastIndexOf('<!-- aws-cert-watch:notes -->'))
  const kept: string[] = []
  let fence: string | null = null
  for (const line of above.split('\n')) {
    if (fence === null) {
      // CommonMark: a fence opens with 3+ backticks or tildes (up to 3 spaces in)...
      fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null
      if (fence === null) kept.push(line)
    } else {
      // ...and closes with a line of only the same character, at least as many.
      const closer = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1]
      if (closer !== undefined && closer[0] === fence[0] && closer.length >= fence.length) {
        fence = null
      }
    }
  }
  return kept
}

const runs = { numRuns: 300 }

describe('issue body properties', () => {
  it('parses back exactly the findings with their severities, the scope and the notes', () => {
    fc.assert(
      fc.property(report, hostile, hostile, (r, scopeKey, notes) => {
        const parsed = parseIssueBody(render(r, scopeKey, notes))
        expect(parsed.knownSeverities).toEqual(new Map(r.findings.map((f) => [f.id, f.severity])))
        expect(parsed.ticked).toEqual(new Map())
        expect(parsed.scopeKey).toBe(scopeKey)
        expect(parsed.scopeKeys).toEqual([scopeKey])
        expect(parsed.notes).toBe(notes)
        expect(parsed.omitted).toBeNull()
      }),
      runs
    )
  })

  it('ticks exactly the acknowledged findings, each with the severity it was acknowledged at', () => {
    fc.assert(
      fc.property(
        report,
        fc.infiniteStream(fc.boolean()),
        fc.infiniteStream(severity),
        (r, picks, ats) => {
          const acknowledged = new Map(
            r.findings.filter(() => picks.next().value).map((f) => [f.id, ats.next().value])
          )
          const parsed = parseIssueBody(render(r, 'k', '', acknowledged))
          expect(parsed.ticked).toEqual(acknowledged)
          expect(parsed.knownSeverities.size).toBe(r.findings.length)
        }
      ),
      runs
    )
  })

  it('stays under the size limit, losing no tick it keeps and counting what it leaves out', () => {
    const bigReport = fc
      .tuple(report, fc.uniqueArray(finding, { selector: (f) => f.id, maxLength: 40 }))
      .map(([r, more]) => {
        const ids = new Set(r.findings.map((f) => f.id))
        return { ...r, findings: [...r.findings, ...more.filter((f) => !ids.has(f.id))] }
      })
    fc.assert(
      fc.property(bigReport, fc.infiniteStream(fc.boolean()), (r, picks) => {
        const acknowledged = new Map(
          r.findings.filter(() => picks.next().value).map((f) => [f.id, f.severity])
        )
        const body = renderIssueBody(r, { scopeKey: 'k', notes: '', acknowledged, maxLength: 4000 })
        expect(body.length).toBeLessThanOrEqual(4000)
        const parsed = parseIssueBody(body)
        const severities = new Map(r.findings.map((f) => [f.id, f.severity]))
        for (const [id, known] of parsed.knownSeverities) expect(severities.get(id)).toBe(known)
        for (const id of parsed.ticked.keys()) expect(acknowledged.has(id)).toBe(true)
        for (const id of acknowledged.keys()) {
          expect(parsed.ticked.has(id)).toBe(parsed.knownSeverities.has(id))
        }
        expect(parsed.knownSeverities.size + (parsed.omitted?.count ?? 0)).toBe(r.findings.length)
      }),
      { numRuns: 150 }
    )
  })

  it('has one checkbox per finding and no other', () => {
    fc.assert(
      fc.property(report, (r) => {
        const boxes = outsideCode(render(r, 'k', '')).filter((line) =>
          /^\s{0,3}[-*+]\s+\[[ xX]\]/.test(line)
        )
        expect(boxes).toHaveLength(r.findings.length)
        for (const box of boxes)
          expect(box).toMatch(/^- \[ \] <!-- aws-cert-watch:id=\S* sev=\w+ -->/)
      }),
      runs
    )
  })

  it('contains only its own comments and tags', () => {
    fc.assert(
      fc.property(report, hostile, (r, scopeKey) => {
        const text = outsideCode(render(r, scopeKey, '')).join('\n')
        const comments = text.match(/<!--[\s\S]*?-->/g) ?? []
        for (const comment of comments) {
          expect(comment).toMatch(
            /^<!-- aws-cert-watch:[A-Za-z0-9._:/%=-]+(?: [a-z-]+=[A-Za-z0-9._:/%-]*)* -->$/
          )
        }
        const withoutOwn = text
          // The coverage callout is a blockquote: its `>` starts each line.
          .replace(/^>(?= |$)/gm, '')
          .replace(/<!-- aws-cert-watch:[^\n]*? -->/g, '')
          .replace(/<\/?(?:code|sub|p|b)>/g, '')
          .replace(/<a href="[^"<>]*">[^<>]*<\/a>/g, '')
        expect(withoutOwn).not.toMatch(/[<>]/)
      }),
      runs
    )
  })

  it('mentions and references nobody', () => {
    fc.assert(
      fc.property(report, (r) => {
        const text = outsideCode(render(r, 'k', ''))
          .join('\n')
          .replace(/<code>[^\n]*?<\/code>/g, '')
          .replace(/<!-- aws-cert-watch:[^\n]*? -->/g, '')
        // GitHub mentions an @ at the start of a word only (not ops@example.com).
        expect(text).not.toMatch(/(?<![A-Za-z0-9_])@[\p{L}\p{N}_]|(?<!&)#\p{N}/u)
      }),
      runs
    )
  })
})
