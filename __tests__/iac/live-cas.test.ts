/**
 * The live CA list through the real RDS and STS clients against the emulator, as the iac action
 * asks for it when the job has AWS credentials, and the fallback when it cannot be read.
 */
import {
  DEFAULT_STATIC_CREDENTIAL,
  startAwsEmulator,
  type AwsEmulator
} from '../../emulator/aws/index.js'
import { awsCredentialsNamed, liveCaCatalog } from '../../src/iac/live-cas.js'

const NOW = new Date('2026-12-01T06:00:00.000Z')
const BUDGET = { connectMs: 2_000, attemptMs: 5_000, idleMs: 10_000 }
const VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_MAX_ATTEMPTS'
]

describe('the live RDS CA list', () => {
  let aws: AwsEmulator
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))

  beforeAll(async () => {
    aws = await startAwsEmulator({
      now: NOW,
      estate: {
        accounts: {
          '123456789012': {
            regions: {
              'eu-west-1': { rds: { customerOverride: { identifier: 'rds-ca-rsa4096-g1' } } }
            }
          }
        }
      }
    })
    process.env.AWS_ENDPOINT_URL = aws.url
    process.env.AWS_ACCESS_KEY_ID = DEFAULT_STATIC_CREDENTIAL.accessKeyId
    process.env.AWS_SECRET_ACCESS_KEY = DEFAULT_STATIC_CREDENTIAL.secretAccessKey
  })
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await aws.close()
  })

  it('is asked only when the environment names credentials', () => {
    expect(awsCredentialsNamed({})).toBe(false)
    expect(awsCredentialsNamed({ AWS_REGION: 'eu-west-1' })).toBe(false)
    expect(awsCredentialsNamed({ AWS_ACCESS_KEY_ID: 'AKIA' })).toBe(true)
    expect(awsCredentialsNamed({ AWS_WEB_IDENTITY_TOKEN_FILE: '/tmp/token' })).toBe(true)
  })

  it('lists the CAs of the account and region, with its default for new launches', async () => {
    const live = await liveCaCatalog('eu-west-1', BUDGET)
    expect(live.catalog).toEqual({
      kind: 'live',
      account: '123456789012',
      region: 'eu-west-1',
      cas: new Map([
        ['rds-ca-ecc384-g1', expect.any(String)],
        ['rds-ca-rsa2048-g1', expect.any(String)],
        ['rds-ca-rsa4096-g1', expect.any(String)]
      ]),
      defaultCa: 'rds-ca-rsa4096-g1'
    })
    expect(live.coverage).toEqual({
      account: '123456789012',
      region: 'eu-west-1',
      service: 'rds',
      status: 'ok',
      detail: 'DescribeCertificates: 3 CAs, the truth for the pinned CAs'
    })
    expect(aws.calls.map((call) => call.operation)).toEqual([
      'GetCallerIdentity',
      'DescribeCertificates'
    ])
  })

  it('falls back to the known list, saying why, when the credentials are refused', async () => {
    process.env.AWS_SECRET_ACCESS_KEY = 'not-the-secret'
    try {
      const live = await liveCaCatalog('eu-west-1', BUDGET)
      expect(live.catalog).toEqual({ kind: 'known' })
      expect(live.coverage).toMatchObject({ status: 'failed', service: 'rds', region: 'eu-west-1' })
      expect(live.coverage.detail).toMatch(
        /^DescribeCertificates could not be read, so pinned CAs were judged by the known list: SignatureDoesNotMatch/
      )
    } finally {
      process.env.AWS_SECRET_ACCESS_KEY = DEFAULT_STATIC_CREDENTIAL.secretAccessKey
    }
  })
})
