/**
 * Estate dates and the seeded generator: same seed, same estate; every planted problem is really
 * served (checked through the SDK, not by reading the estate back).
 */
import { DescribeCertificateCommand } from '@aws-sdk/client-acm'
import {
  DescribeDBInstancesCommand,
  DescribePendingMaintenanceActionsCommand
} from '@aws-sdk/client-rds'
import { resolveDate } from '../../emulator/aws/estate.js'
import { ACM_PROBLEMS, RDS_PROBLEMS } from '../../emulator/aws/generate.js'
import { generateEstate, startAwsEmulator } from '../../emulator/aws/index.js'
import { acmClient, rdsClient } from './clients.js'

const NOW = new Date('2026-03-01T12:00:00Z')
const HOUR = 3_600_000

describe('resolveDate', () => {
  it.each([
    ['now', 0],
    ['+30d', 30 * 24 * HOUR],
    ['-2d', -2 * 24 * HOUR],
    ['+6h', 6 * HOUR],
    ['+15m', 15 * 60_000],
    ['-90s', -90_000]
  ])('%s', (spec, offset) => {
    expect(resolveDate(spec, NOW).getTime()).toBe(NOW.getTime() + offset)
  })

  it('reads absolute dates and rejects anything else', () => {
    expect(resolveDate('2024-08-22T17:08:50Z', NOW).toISOString()).toBe('2024-08-22T17:08:50.000Z')
    expect(() => resolveDate('in 30 days', NOW)).toThrow(/invalid date/)
    expect(() => resolveDate('+30w', NOW)).toThrow(/invalid date/)
  })
})

describe('generateEstate', () => {
  const options = {
    accounts: ['111111111111', '222222222222'],
    regions: ['us-east-1', 'ap-northeast-1'],
    instances: 120,
    certificates: 140,
    problemShare: 0.25,
    seed: 42
  }

  it('is deterministic per seed and differs across seeds', () => {
    expect(generateEstate(options)).toEqual(generateEstate(options))
    expect(generateEstate({ ...options, seed: 43 }).planted).not.toEqual(
      generateEstate(options).planted
    )
  })

  it('plants the requested share, of every kind', () => {
    const { planted } = generateEstate(options)
    expect(planted.filter((p) => p.service === 'rds')).toHaveLength(30)
    expect(planted.filter((p) => p.service === 'acm')).toHaveLength(35)
    expect(new Set(planted.map((p) => p.problem))).toEqual(
      new Set([...RDS_PROBLEMS, ...ACM_PROBLEMS])
    )
  })

  it('serves every planted problem as planted', async () => {
    const { estate, planted } = generateEstate(options)
    const aws = await startAwsEmulator({
      estate,
      now: NOW,
      knobs: { quotas: { DescribeCertificate: 0 } }
    })
    try {
      for (const p of planted) {
        if (p.account !== '111111111111') continue
        if (p.service === 'rds') {
          const rds = rdsClient(aws, { region: p.region })
          const instance = (
            await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: p.resourceId }))
          ).DBInstances?.[0]
          const till = instance?.CertificateDetails?.ValidTill?.getTime() ?? 0
          if (p.problem === 'rds-ca-retired')
            expect(instance?.CACertificateIdentifier).toBe('rds-ca-2019')
          if (p.problem === 'rds-server-cert-expired') expect(till).toBeLessThan(NOW.getTime())
          if (p.problem === 'rds-server-cert-expiring') {
            expect(till).toBeGreaterThan(NOW.getTime())
            expect(till).toBeLessThan(NOW.getTime() + 31 * 24 * HOUR)
          }
          if (p.problem === 'rds-rotation-scheduled') {
            const actions = await rds.send(
              new DescribePendingMaintenanceActionsCommand({
                ResourceIdentifier: instance?.DBInstanceArn
              })
            )
            expect(
              actions.PendingMaintenanceActions?.[0]?.PendingMaintenanceActionDetails?.[0]?.Action
            ).toBe('ca-certificate-rotation')
          }
          rds.destroy()
        } else {
          const acm = acmClient(aws, { region: p.region })
          const cert = (
            await acm.send(new DescribeCertificateCommand({ CertificateArn: p.resourceId }))
          ).Certificate
          const expected: Record<string, object> = {
            'acm-imported-expiring': { Type: 'IMPORTED', Status: 'ISSUED' },
            'acm-expired': { Status: 'EXPIRED' },
            'acm-ineligible': {
              Type: 'AMAZON_ISSUED',
              RenewalEligibility: 'INELIGIBLE',
              InUseBy: []
            },
            'acm-renewal-failed': {
              RenewalSummary: expect.objectContaining({ RenewalStatus: 'FAILED' })
            },
            'acm-renewal-pending-validation': {
              RenewalSummary: expect.objectContaining({ RenewalStatus: 'PENDING_VALIDATION' })
            },
            'acm-failed': { Status: 'FAILED', FailureReason: 'CAA_ERROR' }
          }
          expect(cert).toMatchObject(expected[p.problem] as object)
          acm.destroy()
        }
      }
    } finally {
      await aws.close()
    }
  })
})
