import type { Severity } from '../../src/model/index.js'
import { renderTable } from '../../src/report/table.js'
import { instance, inventory, rdsInventory } from '../evaluate/factories.js'
import { coverageRow, finding, report, reportFrom } from './report-factories.js'

describe('renderTable', () => {
  it('renders one block per finding with severity, resource, place, days, reasons and commands', () => {
    const text = renderTable(
      reportFrom(
        inventory({
          rds: [rdsInventory({ instances: [instance({ caIdentifier: 'rds-ca-2019' })] })]
        })
      )
    )
    expect(text).toContain('aws-cert-watch: 1 expired, 0 critical, 0 warning, 0 notice')
    expect(text).toContain(
      'EXPIRED  orders-db  (db-instance, 123456789012 / eu-west-1)  already expired'
    )
    expect(text).toContain('arn:aws:rds:eu-west-1:123456789012:db:orders-db')
    expect(text).toMatch(/- \[expired\] rds-ca-retired: CA rds-ca-2019 is retired/)
    expect(text).toContain(
      '$ aws rds modify-db-instance --db-instance-identifier orders-db --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --region eu-west-1'
    )
    expect(text).toMatch(
      /Scanned 1 RDS resource and 0 ACM certificates in 1 account x 1 region\.\n$/
    )
  })

  it('lists coverage failures after the findings, and says when nothing needs action', () => {
    const text = renderTable(
      report(
        [],
        [
          coverageRow(),
          coverageRow({
            region: 'us-east-1',
            status: 'failed',
            detail: 'AccessDenied: not authorized'
          })
        ]
      )
    )
    expect(text).toContain('Nothing needs action.')
    expect(text).toContain('✗ 123456789012 / us-east-1 / rds: AccessDenied: not authorized')
    expect(text).not.toContain('eu-west-1 / rds')
  })

  it('shows days left in words, counted on the calendar from the scan date', () => {
    // NOW is 2026-11-23T12:00Z.
    const expiring = (expiresAt: string, severity: Severity = 'critical') =>
      renderTable(report([finding({ expiresAt, severity })]))
    expect(expiring('2026-11-30T23:00:00.000Z')).toContain('7 days left')
    expect(expiring('2026-11-29T06:00:00.000Z')).toContain('6 days left')
    expect(expiring('2026-11-24T06:00:00.000Z')).toContain('expires tomorrow')
    expect(expiring('2026-11-23T18:00:00.000Z')).toContain('expires today')
    expect(expiring('2026-11-23T06:00:00.000Z', 'expired')).toContain('expired today')
    expect(expiring('2026-11-22T23:00:00.000Z', 'expired')).toContain('expired yesterday')
    expect(expiring('2026-11-03T18:00:00.000Z', 'expired')).toContain('expired 20 days ago')
    expect(renderTable(report([finding({ expiresAt: null, severity: 'expired' })]))).toContain(
      'already expired'
    )
  })

  it('keeps AWS strings on one line with no terminal escapes', () => {
    const hostile = finding({
      resourceId: 'db\u001b[2J\u001b[31mevil\nFAKE  line',
      reasons: [
        { code: 'rds-ca-expiring', severity: 'critical', message: 'a\r\n::error::b\u009b31m' }
      ]
    })
    const text = renderTable(report([hostile]))
    expect(text.includes('\u001b') || text.includes('\u009b')).toBe(false)
    expect(text).not.toMatch(/\n(FAKE|::error::)/)
    expect(text).toContain('db [2J [31mevil FAKE  line')
  })

  it('colours only when asked', () => {
    const plain = renderTable(report([finding({ severity: 'expired' })]))
    const colored = renderTable(report([finding({ severity: 'expired' })]), { color: true })
    expect(plain).not.toContain('\u001b[')
    expect(colored).toContain('\u001b[1;31mEXPIRED')
  })
})
