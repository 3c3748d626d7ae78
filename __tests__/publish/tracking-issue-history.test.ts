/** Finding a person's edit that a run overwrote, from revisions as the edit history lists them. */
import { bodyHash, parseIssueBody, renderIssueBody } from '../../src/report/issue/body.js'
import { findLostEdit, restoreLostEdit, type Revision } from '../../src/report/issue/history.js'
import type { Severity } from '../../src/model/index.js'
import { makeFinding, makeReport } from './report-factory.js'

const orders = makeFinding({ resourceId: 'orders-db', severity: 'warning' })
const billing = makeFinding({ resourceId: 'billing-db', severity: 'expired' })
const report = makeReport([orders, billing])

function body(options: { ticked?: [string, Severity][]; notes?: string; base?: string }): string {
  return renderIssueBody(report, {
    scopeKey: 'prod',
    acknowledged: new Map(options.ticked ?? []),
    notes: options.notes ?? '',
    ...(options.base === undefined ? {} : { baseHash: options.base })
  })
}
const ours = (text: string): Revision => ({ body: text, ours: true, editor: 'github-actions' })
const alice = (text: string): Revision => ({ body: text, ours: false, editor: 'alice' })

describe('findLostEdit', () => {
  const read = body({})
  const aliceEdit = body({ ticked: [[orders.id, 'warning']], notes: 'Booked for Tuesday.\n' })

  it("finds a person's revision between the body a write started from and the write", () => {
    const write = body({ base: bodyHash(read) })
    const lost = findLostEdit([ours(write), alice(aliceEdit), ours(read)])
    expect(lost).toEqual({
      editor: 'alice',
      ticked: new Map([[orders.id, 'warning']]),
      unticked: new Set(),
      notes: 'Booked for Tuesday.\n',
      writtenNotes: ''
    })
  })

  it("finds nothing when the write started from the person's revision", () => {
    const write = body({
      ticked: [[orders.id, 'warning']],
      notes: 'Booked for Tuesday.\n',
      base: bodyHash(aliceEdit)
    })
    expect(findLostEdit([ours(write), alice(aliceEdit), ours(read)])).toBeNull()
  })

  it('finds nothing for writes that name no base, or when the base is out of sight', () => {
    expect(findLostEdit([ours(body({})), alice(aliceEdit), ours(read)])).toBeNull()
    expect(findLostEdit([ours(body({ base: 'ffffffffffffffff' })), alice(aliceEdit)])).toBeNull()
    expect(findLostEdit([alice(aliceEdit)])).toBeNull()
  })

  it("reads unticks too, and the person's newest revision when there were several", () => {
    const start = body({ ticked: [[billing.id, 'expired']] })
    const first = body({ ticked: [[billing.id, 'expired']], notes: 'draft' })
    const second = body({ notes: 'final' })
    const write = body({ ticked: [[billing.id, 'expired']], base: bodyHash(start) })
    const lost = findLostEdit([ours(write), alice(second), alice(first), ours(start)])
    expect(lost?.unticked).toEqual(new Set([billing.id]))
    expect(lost?.notes).toBe('final')
  })
})

describe('restoreLostEdit', () => {
  it('puts ticks and notes back, and keeps notes written since as well', () => {
    const lost = {
      editor: 'alice',
      ticked: new Map<string, Severity>([[orders.id, 'warning']]),
      unticked: new Set<string>(),
      notes: 'Booked for Tuesday.\n',
      writtenNotes: ''
    }
    const untouched = restoreLostEdit(parseIssueBody(body({})), lost)
    expect(untouched.ticked.get(orders.id)).toBe('warning')
    expect(untouched.notes).toBe('Booked for Tuesday.\n')
    const editedSince = restoreLostEdit(parseIssueBody(body({ notes: 'Owner: team DB.' })), lost)
    expect(editedSince.notes).toBe('Owner: team DB.\n\nBooked for Tuesday.\n')
  })
})
