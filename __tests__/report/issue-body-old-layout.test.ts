/**
 * A tracking issue written by the previous version (0.1.0: coverage gaps in a "Not scanned"
 * section near the end, each command inline in its fix line) is updated by this one without
 * losing a tick or a note: the fixture is that version's body, with one box ticked by hand since
 * its run and one acknowledged by it.
 */
import { readFileSync } from 'node:fs'
import { parseIssueBody, renderIssueBody } from '../../src/report/issue/body.js'
import { coverageRow, finding, report } from './report-factories.js'

const OLD_BODY = readFileSync(new URL('./fixtures/issue-body-0.1.0.md', import.meta.url), 'utf8')
const NOTES = 'Owner: @team-db, ops@example.com.\n\nRotation booked for the 14th.\n'

const ordersDb = 'rds:123456789012:eu-west-1:orders-db'
const billingDb = 'rds:123456789012:eu-west-1:billing-db'

describe('a body written by version 0.1.0', () => {
  const parsed = parseIssueBody(OLD_BODY)

  it('reads back its ticks (one from its run, one made since), findings, scope and notes', () => {
    expect(parsed.ticked).toEqual(
      new Map([
        [ordersDb, 'critical'],
        [billingDb, 'warning']
      ])
    )
    expect(parsed.knownSeverities).toEqual(
      new Map([
        [ordersDb, 'critical'],
        [billingDb, 'warning']
      ])
    )
    expect(parsed.scopeKey).toBe('prod')
    expect(parsed.notes).toBe(NOTES)
  })

  it('is rewritten in the new layout with the same ticks and the notes byte for byte', () => {
    const next = renderIssueBody(
      report(
        [
          finding({ resourceId: 'orders-db', id: ordersDb }),
          finding({ resourceId: 'billing-db', id: billingDb, severity: 'warning' })
        ],
        [coverageRow({ region: 'us-east-1', status: 'failed', detail: 'AccessDenied' })]
      ),
      { scopeKey: 'prod', acknowledged: parsed.ticked, notes: parsed.notes }
    )
    expect(next).toContain('> [!WARNING]')
    expect(next).toContain('  ```shell\n  aws rds modify-db-instance \\\n')
    expect(next).not.toContain('### Not scanned')
    expect(next).toContain(`- [x] <!-- aws-cert-watch:id=${ordersDb} sev=critical ack=critical -->`)
    expect(next).toContain(`- [x] <!-- aws-cert-watch:id=${billingDb} sev=warning ack=warning -->`)
    expect(next.endsWith(`<!-- aws-cert-watch:notes -->\n${NOTES}`)).toBe(true)
    const again = parseIssueBody(next)
    expect(again.ticked).toEqual(parsed.ticked)
    expect(again.notes).toBe(NOTES)
  })
})
