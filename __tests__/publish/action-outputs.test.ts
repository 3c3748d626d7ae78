/** setActionOutputs and setIssueOutputs: every output of the contract, set once. */
import { Outputs } from '../../src/contract.js'
import { setActionOutputs, setIssueOutputs } from '../../src/publish/action-outputs.js'
import type { Severity } from '../../src/model/index.js'
import { makeFinding, makeReport } from './report-factory.js'

function capture(): { io: { setOutput(name: string, value: string): void }; set: string[][] } {
  const set: string[][] = []
  return { io: { setOutput: (name, value) => set.push([name, value]) }, set }
}

type Io = ReturnType<typeof capture>['io']

/** Both halves, as publishResults sets them: the report's first, the issue's after it. */
function setAll(
  io: Io,
  report: ReturnType<typeof reportOf>,
  path: string,
  issue: Parameters<typeof setIssueOutputs>[1]
) {
  setActionOutputs(io, report, path)
  setIssueOutputs(io, issue)
}

function reportOf(...severities: Severity[]) {
  return makeReport(
    severities.map((severity, i) => makeFinding({ resourceId: `db-${i}`, severity }))
  )
}

describe('setActionOutputs', () => {
  it('sets each output of the contract exactly once', () => {
    const { io, set } = capture()
    setAll(io, reportOf('warning'), '/work/report.json', null)
    expect(set.map(([name]) => name).sort()).toEqual(Object.values(Outputs).sort())
  })

  it('counts by severity and names the worst', () => {
    const { io, set } = capture()
    const report = reportOf('critical', 'expired', 'warning', 'warning', 'notice', 'critical')
    setAll(io, report, '/work/report.json', { number: 12, url: 'https://x/issues/12' })
    expect(Object.fromEntries(set)).toEqual({
      'findings-count': '6',
      'expired-count': '1',
      'critical-count': '2',
      'warning-count': '2',
      'max-severity': 'expired',
      'report-path': '/work/report.json',
      'issue-number': '12',
      'issue-url': 'https://x/issues/12'
    })
  })

  it.each<[Severity[], string]>([
    [['notice'], 'notice'],
    [['notice', 'warning'], 'warning'],
    [['warning', 'critical'], 'critical']
  ])('max-severity of %j is %s', (severities, worst) => {
    const { io, set } = capture()
    setAll(io, reportOf(...severities), 'r.json', null)
    expect(Object.fromEntries(set)['max-severity']).toBe(worst)
  })

  it("says none, zeros and '' issue outputs when nothing needs action and no issue was kept", () => {
    const { io, set } = capture()
    setAll(io, reportOf(), 'r.json', null)
    expect(Object.fromEntries(set)).toMatchObject({
      'findings-count': '0',
      'expired-count': '0',
      'critical-count': '0',
      'warning-count': '0',
      'max-severity': 'none',
      'issue-number': '',
      'issue-url': ''
    })
  })

  it('sets no issue output before the issue is attempted', () => {
    const { io, set } = capture()
    setActionOutputs(io, reportOf('warning'), 'r.json')
    expect(set.map(([name]) => name)).not.toContain(Outputs.IssueNumber)
    expect(set.map(([name]) => name)).not.toContain(Outputs.IssueUrl)
  })

  it('leaves issue-number empty when the issue has a url but no number', () => {
    const { io, set } = capture()
    setAll(io, reportOf('warning'), 'r.json', { url: 'https://x/issues/1' })
    expect(Object.fromEntries(set)).toMatchObject({
      'issue-number': '',
      'issue-url': 'https://x/issues/1'
    })
  })
})
