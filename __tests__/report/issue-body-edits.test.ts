/**
 * What people do to a tracking issue's body in GitHub's editor, and what the next run reads
 * back: the notes survive a retyped marker, an unclosed code fence, being moved to the top or
 * losing their marker; text typed outside the notes is kept as notes; the scope survives the
 * loss of either of its two markers; and whatever was kept stays put on the following runs.
 */
import fc from 'fast-check'
import { parseIssueBody, renderIssueBody } from '../../src/report/issue/body.js'
import type { Severity } from '../../src/model/index.js'
import { makeFinding, makeReport } from '../publish/report-factory.js'

const NOTES_MARKER = '<!-- aws-cert-watch:notes -->'
const finding = makeFinding({ resourceId: 'orders-db', severity: 'critical' })
const report = makeReport([finding])
const acknowledged = new Map<string, Severity>([[finding.id, 'critical']])

function render(notes: string): string {
  return renderIssueBody(report, { scopeKey: 'prod', acknowledged, notes })
}

/** The next run: parse the edited body and render again with what it kept. */
function nextRun(edited: string): string {
  const parsed = parseIssueBody(edited)
  return renderIssueBody(report, {
    scopeKey: 'prod',
    acknowledged: parsed.ticked,
    notes: parsed.notes
  })
}

const NOTES = 'Owner: team-db.\n\nRotation booked for the 14th maintenance window.\n'

describe('a retyped notes marker', () => {
  it.each([
    ['a trailing space', `${NOTES_MARKER} `],
    ['no spaces', '<!--aws-cert-watch:notes-->'],
    ['extra spaces', '<!--   aws-cert-watch :  notes   -->'],
    ['another case', '<!-- AWS-CERT-WATCH:NOTES -->']
  ])('still ends what runs write when it has %s', (_, marker) => {
    const edited = render(NOTES).replace(NOTES_MARKER, marker)
    expect(parseIssueBody(edited).notes).toBe(NOTES)
    expect(parseIssueBody(edited).ticked).toEqual(acknowledged)
  })

  it('leaves the text below it as notes when it is garbled beyond recognition', () => {
    const edited = render(NOTES).replace(NOTES_MARKER, '<!-- aws-cert-wach:nots -->')
    const notes = parseIssueBody(edited).notes
    expect(notes).toContain('Owner: team-db.')
    expect(notes).toContain('Rotation booked for the 14th maintenance window.')
  })
})

describe('code fences', () => {
  it('an unclosed fence above the notes swallows neither the notes nor the ticks', () => {
    const body = render(NOTES)
    const edited = body.replace('### Notes', '```\npasted log output\n\n### Notes')
    const parsed = parseIssueBody(edited)
    expect(parsed.notes).toContain(NOTES.trim())
    expect(parsed.notes).toContain('pasted log output')
    expect(parsed.ticked).toEqual(acknowledged)
  })

  it('an unclosed fence in the middle of the checklist hides no tick below it', () => {
    const body = render('')
    const edited = body.replace('### Acknowledged', '```\n### Acknowledged')
    expect(parseIssueBody(edited).ticked).toEqual(acknowledged)
  })
})

describe('text outside the notes', () => {
  it('notes moved to the top come back as notes, and nothing of ours is duplicated', () => {
    const body = render(NOTES)
    const notesSection = body.slice(body.indexOf('### Notes'))
    const moved = `${notesSection}\n${body.slice(0, body.indexOf('### Notes'))}`
    const parsed = parseIssueBody(moved)
    expect(parsed.notes.trim()).toBe(NOTES.trim())
    expect(parsed.scopeKey).toBe('prod')
    expect(parsed.ticked).toEqual(acknowledged)
    const again = nextRun(moved)
    expect(again.split('### Notes')).toHaveLength(2)
    expect(parseIssueBody(again).notes.trim()).toBe(NOTES.trim())
  })

  it('a line typed above the first line is kept as a note', () => {
    const edited = `Please ping @db-oncall before rotating.\n${render(NOTES)}`
    const notes = parseIssueBody(edited).notes
    expect(notes).toContain('Please ping @db-oncall before rotating.')
    expect(notes).toContain(NOTES.trim())
  })

  it('a body that lost its notes marker keeps the text after the last section', () => {
    const edited = render(NOTES).replace(`${NOTES_MARKER}\n`, '')
    expect(parseIssueBody(edited).notes).toBe(NOTES.trim())
  })

  it('a body written before the end marker existed keeps its notes byte for byte', () => {
    const edited = render(NOTES).replace(/<!-- aws-cert-watch:end scope=prod -->\n/, '')
    expect(parseIssueBody(edited).notes).toBe(NOTES)
  })
})

describe('the scope', () => {
  it('survives an edit of the first line through the end marker, and the reverse', () => {
    const body = render('')
    expect(
      parseIssueBody(body.replace('<!-- aws-cert-watch:scope=prod -->\n', '')).scopeKeys
    ).toEqual(['prod'])
    expect(
      parseIssueBody(
        body.replace('<!-- aws-cert-watch:scope=prod -->', '<!-- aws-cert-watch:scope=pr0d -->')
      ).scopeKeys
    ).toEqual(['pr0d', 'prod'])
    expect(
      parseIssueBody(body.replace(/<!-- aws-cert-watch:end scope=prod -->/, '')).scopeKey
    ).toBe('prod')
  })

  it('is gone only when both markers are', () => {
    const body = render('')
      .replace('<!-- aws-cert-watch:scope=prod -->\n', '')
      .replace(/<!-- aws-cert-watch:end scope=prod -->/, '')
    const parsed = parseIssueBody(body)
    expect(parsed.scopeKeys).toEqual([])
    // The checklist is still read: the run that adopts the issue by label keeps the ticks.
    expect(parsed.ticked).toEqual(acknowledged)
  })
})

describe('what people wrote anywhere outside the checklist', () => {
  const line = fc
    .string({ minLength: 1, maxLength: 30 })
    .map((text) => text.replace(/[\r\n]/g, ' ').trim())
    .filter((text) => /\w/.test(text) && !text.includes('<!--') && !text.includes('`'))

  it('survives the next two runs, wherever it was typed', () => {
    fc.assert(
      fc.property(line, line, line, (above, between, below) => {
        const body = render(`${below}\n`)
        const edited = `${above}\n${body.replace('### Notes', () => `${between}\n\n### Notes`)}`
        const second = nextRun(edited)
        const third = nextRun(second)
        for (const text of [above, between, below]) {
          expect(parseIssueBody(second).notes).toContain(text)
        }
        // Kept, and then left as it is: nothing moves or doubles on later runs.
        expect(third).toBe(second)
      }),
      { numRuns: 200 }
    )
  })
})
