/** The bench's check that a scan found every problem the generator planted. */
import type { PlantedProblem } from '../../emulator/aws/index.js'
import { checkCompleteness } from '../../scripts/bench/completeness.js'
import type { FoundProblem } from '../../scripts/bench/scan-worker.js'

const ACCOUNT = '111111111111'
const CERT_ARN = `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/0b5e1c3a-1111-4222-a333-444455556666`

const planted: PlantedProblem[] = [
  {
    service: 'rds',
    account: ACCOUNT,
    region: 'us-east-1',
    resourceId: 'mysql-00001',
    problem: 'rds-ca-retired'
  },
  {
    service: 'acm',
    account: ACCOUNT,
    region: 'eu-west-1',
    resourceId: CERT_ARN,
    problem: 'acm-imported-expiring'
  }
]

function finding(overrides: Partial<FoundProblem>): FoundProblem {
  return {
    id: 'rds/111111111111/us-east-1/mysql-00001',
    service: 'rds',
    account: ACCOUNT,
    region: 'us-east-1',
    resourceId: 'mysql-00001',
    resourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:mysql-00001`,
    codes: ['rds-ca-retired'],
    ...overrides
  }
}

const certificateFinding = (codes: string[]): FoundProblem =>
  finding({
    service: 'acm',
    region: 'eu-west-1',
    resourceId: '0b5e1c3a-1111-4222-a333-444455556666',
    resourceArn: CERT_ARN,
    codes
  })

describe('checkCompleteness', () => {
  it('counts a planted problem as found when its resource has the expected codes', () => {
    const result = checkCompleteness(planted, [
      finding({}),
      certificateFinding(['acm-imported', 'acm-expiring'])
    ])
    expect(result).toEqual({ planted: 2, found: 2, missing: [] })
  })

  it('matches ACM findings by ARN, since their resourceId is only the UUID', () => {
    const result = checkCompleteness(planted, [
      finding({}),
      certificateFinding(['acm-expiring', 'acm-imported']),
      finding({ service: 'acm', region: 'eu-west-1', resourceId: CERT_ARN, codes: [] })
    ])
    expect(result.missing).toEqual([])
  })

  it('misses a problem whose finding lacks one of the expected codes', () => {
    const result = checkCompleteness(planted, [finding({}), certificateFinding(['acm-expiring'])])
    expect(result.found).toBe(1)
    expect(result.missing).toEqual([planted[1]])
  })

  it('misses a problem found in another region or under another reason', () => {
    const result = checkCompleteness(planted, [
      finding({ region: 'us-west-2' }),
      finding({ codes: ['rds-server-cert-expiring'] })
    ])
    expect(result).toEqual({ planted: 2, found: 0, missing: planted })
  })
})
