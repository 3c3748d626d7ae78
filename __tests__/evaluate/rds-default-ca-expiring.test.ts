import { evaluate } from '../../src/evaluate/index.js'
import { ca, inDays, inventory, options, rdsInventory } from './factories.js'

function defaultCaFindings(cas: ReturnType<typeof ca>[], region = 'eu-west-1') {
  return evaluate(
    inventory({ rds: [rdsInventory({ region, cas: cas.map((c) => ({ ...c, region })) })] }),
    options()
  ).findings.filter((finding) => finding.resourceType === 'rds-default-ca')
}

describe('rds-default-ca-expiring', () => {
  it('reports the default CA for new launches once it is inside warningDays', () => {
    const findings = defaultCaFindings([
      ca({ identifier: 'rds-ca-2019', validTill: inDays(20), defaultForNewLaunches: true }),
      ca({ identifier: 'rds-ca-rsa2048-g1' })
    ])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      id: 'rds:123456789012:eu-west-1:rds-ca-2019',
      resourceId: 'rds-ca-2019',
      resourceArn: 'arn:aws:rds:eu-west-1:123456789012:cert:rds-ca-2019',
      severity: 'warning',
      daysLeft: 20
    })
    expect(findings[0]?.reasons[0]?.code).toBe('rds-default-ca-expiring')
    expect(findings[0]?.remediation).toEqual([
      expect.objectContaining({
        command:
          'aws rds modify-certificates --certificate-identifier rds-ca-rsa2048-g1 --region eu-west-1'
      })
    ])
  })

  it('reports an expired default CA as expired and ignores a healthy one', () => {
    expect(
      defaultCaFindings([
        ca({ identifier: 'old', validTill: inDays(-1), defaultForNewLaunches: true })
      ])[0]?.severity
    ).toBe('expired')
    expect(defaultCaFindings([ca({ defaultForNewLaunches: true })])).toEqual([])
    expect(defaultCaFindings([ca({ identifier: 'x', validTill: inDays(5) })])).toEqual([])
  })

  it("uses the override's validity when the account overrides the default", () => {
    const findings = defaultCaFindings([
      ca({
        identifier: 'rds-ca-rsa4096-g1',
        validTill: '2121-05-25T23:39:52.000Z',
        customerOverride: true,
        customerOverrideValidTill: inDays(10),
        defaultForNewLaunches: true
      })
    ])
    expect(findings[0]).toMatchObject({ severity: 'critical', daysLeft: 10 })
    expect(findings[0]?.reasons[0]?.message).toContain("the account's override")
  })

  it('suggests the longest-lived listed CA when the target CA is the one expiring', () => {
    const findings = defaultCaFindings([
      ca({ identifier: 'rds-ca-rsa2048-g1', validTill: inDays(10), defaultForNewLaunches: true }),
      ca({ identifier: 'rds-ca-ecc384-g1', validTill: '2121-05-25T23:25:39.000Z' }),
      ca({ identifier: 'rds-ca-rsa4096-g1', validTill: '2101-05-25T23:25:39.000Z' })
    ])
    expect(findings[0]?.remediation[0]?.command).toContain(
      '--certificate-identifier rds-ca-ecc384-g1'
    )
  })

  it('uses the partition of China regions in the synthetic ARN', () => {
    const findings = defaultCaFindings(
      [ca({ identifier: 'rds-ca-2019', validTill: inDays(3), defaultForNewLaunches: true })],
      'cn-north-1'
    )
    expect(findings[0]?.resourceArn).toBe('arn:aws-cn:rds:cn-north-1:123456789012:cert:rds-ca-2019')
  })
})
