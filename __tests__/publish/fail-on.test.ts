/**
 * failureMessage: whether the step fails and the one line that says why. Each fail-on level is
 * checked at its boundary (a finding one severity below does not fail, one at it does).
 */
import { failureMessage } from '../../src/publish/fail-on.js'
import type { CoverageRow, FailOn, Severity } from '../../src/model/index.js'
import { makeFinding, makeReport } from './report-factory.js'

function reportWith(...severities: Severity[]) {
  return makeReport(
    severities.map((severity, i) => makeFinding({ resourceId: `db-${i}-${severity}`, severity }))
  )
}

function coverage(
  status: CoverageRow['status'],
  detail: string,
  region = 'us-east-1'
): CoverageRow {
  return { account: '123456789012', region, service: 'rds', status, detail }
}

describe('failureMessage at each fail-on boundary', () => {
  const cases: Array<[FailOn, Severity, Severity | null]> = [
    // [fail-on, least severity that fails, the severity just below it]
    ['expired', 'expired', 'critical'],
    ['critical', 'critical', 'warning'],
    ['warning', 'warning', 'notice']
  ]

  it.each(cases)('fail-on %s fails at %s and not at %s', (failOn, failing, below) => {
    expect(failureMessage(reportWith(below as Severity), failOn)).toBeNull()
    const message = failureMessage(reportWith(failing), failOn)
    expect(message).toMatch(new RegExp(`^1 resource\\(s\\) at or above fail-on '${failOn}': `))
  })

  it('counts only the findings at or above the level', () => {
    const report = reportWith('expired', 'critical', 'critical', 'warning', 'notice')
    expect(failureMessage(report, 'expired')).toMatch(/^1 resource\(s\)/)
    expect(failureMessage(report, 'critical')).toMatch(/^3 resource\(s\)/)
    expect(failureMessage(report, 'warning')).toMatch(/^4 resource\(s\)/)
  })

  it('never fails with fail-on none, even on expired findings', () => {
    expect(failureMessage(reportWith('expired', 'critical'), 'none')).toBeNull()
  })

  it('does not fail on notices, whatever the level', () => {
    for (const failOn of ['none', 'warning', 'critical', 'expired'] as const) {
      expect(failureMessage(reportWith('notice', 'notice'), failOn)).toBeNull()
    }
  })
})

describe('failureMessage names resources', () => {
  it('names the worst three, in report order, and says how many more', () => {
    const findings = ['expired', 'critical', 'critical', 'warning', 'warning'].map((severity, i) =>
      makeFinding({
        resourceId: `db-${i}`,
        severity: severity as Severity,
        account: '111111111111',
        region: 'eu-west-1'
      })
    )
    const message = failureMessage(makeReport(findings), 'warning')
    expect(message).toBe(
      "5 resource(s) at or above fail-on 'warning': " +
        'db-0 (111111111111/eu-west-1, expired 3 days ago), ' +
        'db-1 (111111111111/eu-west-1, 7 days left), ' +
        'db-2 (111111111111/eu-west-1, 7 days left) and 2 more. ' +
        'See the job summary for the commands that fix them.'
    )
  })

  it('says no "more" when exactly three fail', () => {
    const message = failureMessage(reportWith('critical', 'critical', 'critical'), 'critical')
    expect(message).toMatch(/^3 resource\(s\)/)
    expect(message).not.toContain('more')
  })

  it('names ACM certificates by domain, and days as people read them', () => {
    const report = makeReport([
      makeFinding({
        resourceId: '0f6c1c3e-4b1a-4d2c-9d9e-1a2b3c4d5e6f',
        resourceName: 'shop.example.com',
        service: 'acm',
        severity: 'critical',
        daysLeft: 1
      }),
      makeFinding({ resourceId: 'retired-ca-db', severity: 'expired', daysLeft: null })
    ])
    const message = failureMessage(report, 'critical') ?? ''
    expect(message).toContain('shop.example.com (123456789012/us-east-1, expires tomorrow)')
    expect(message).not.toContain('0f6c1c3e')
    expect(message).toContain('retired-ca-db (123456789012/us-east-1, already expired)')
  })

  it('keeps names with line breaks on one line', () => {
    const report = makeReport([
      makeFinding({
        resourceId: 'x',
        resourceName: 'evil\n::error::pwned',
        service: 'acm',
        severity: 'expired'
      })
    ])
    const message = failureMessage(report, 'expired') ?? ''
    expect(message).not.toMatch(/[\r\n]/)
    expect(message).toContain('evil ::error::pwned')
  })
})

/** A report of a scan that read no resource at all. */
function nothingRead(rows: CoverageRow[]) {
  const report = makeReport([], { coverage: rows })
  return { ...report, totals: { ...report.totals, resourcesScanned: { rds: 0, acm: 0 } } }
}

describe('failureMessage when nothing could be scanned', () => {
  it('fails even with fail-on none, quoting at most two distinct errors', () => {
    const report = nothingRead([
      coverage('failed', 'AccessDenied (HTTP 403): not authorized', 'us-east-1'),
      coverage('failed', 'AccessDenied (HTTP 403): not authorized', 'eu-west-1'),
      coverage('failed', 'UnrecognizedClientException (HTTP 400): bad token', 'ap-south-1'),
      coverage('failed', 'OptInRequired (HTTP 403): region disabled', 'me-south-1')
    ])
    expect(failureMessage(report, 'none')).toBe(
      'Nothing could be scanned: every account/region/service failed ' +
        '(AccessDenied (HTTP 403): not authorized; UnrecognizedClientException (HTTP 400): bad token). ' +
        "Check the role's permissions and the regions input."
    )
  })

  it('does not fail when at least one scan succeeded or was skipped', () => {
    const partly = makeReport([], {
      coverage: [coverage('failed', 'AccessDenied'), coverage('ok', '3 DB instances', 'eu-west-1')]
    })
    expect(failureMessage(partly, 'none')).toBeNull()
    const skipped = makeReport([], {
      coverage: [
        coverage('failed', 'AccessDenied'),
        coverage('skipped', 'not enabled', 'eu-west-1')
      ]
    })
    expect(failureMessage(skipped, 'none')).toBeNull()
  })

  it('does not call an empty coverage a total failure', () => {
    expect(failureMessage(nothingRead([]), 'none')).toBeNull()
  })

  it('does not fail when every row failed but resources were read (a supporting call failed)', () => {
    const report = makeReport([], {
      coverage: [
        coverage('failed', 'DescribeCertificates: AccessDenied (read anyway: 3 instances)')
      ]
    })
    expect(report.totals.resourcesScanned.rds).toBeGreaterThan(0)
    expect(failureMessage(report, 'none')).toBeNull()
  })
})
