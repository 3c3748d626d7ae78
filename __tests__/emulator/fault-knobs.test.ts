/**
 * The fault knobs `times`, `hang` and `response` through the real SDK clients of each protocol
 * the emulator speaks: RDS (Query), ACM (JSON 1.1) and the Account API (restJson1).
 */
import { ListCertificatesCommand } from '@aws-sdk/client-acm'
import { ListRegionsCommand } from '@aws-sdk/client-account'
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import {
  startAwsEmulator,
  type AwsEmulator,
  type Estate,
  type RawResponse,
  type ServiceId
} from '../../emulator/aws/index.js'
import { accountClient, acmClient, once, rdsClient, type ClientOptions } from './clients.js'

const estate: Estate = {
  accounts: {
    '111111111111': {
      regions: {
        'us-east-1': {
          rds: { instances: [{ id: 'prod-db', engine: 'postgres' }] },
          acm: { certificates: [{ domain: 'prod.example.com' }] }
        }
      }
    }
  }
}

const BAD_GATEWAY: RawResponse = {
  status: 502,
  contentType: 'text/html',
  body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'
}

type Options = Partial<ClientOptions>

interface Case {
  service: ServiceId
  operation: string
  /** One call of `operation` with a fresh client (default: 3 attempts, no timeout). */
  send(aws: AwsEmulator, options?: Options): Promise<unknown>
  /** What the SDK names an `ExpiredToken` fault, and its status, in this protocol. */
  expiredToken: [string, number]
  /** The SDK's error name for a body it cannot read as this protocol's error. */
  unreadable: string
}

const CASES: Case[] = [
  {
    service: 'rds',
    operation: 'DescribeDBInstances',
    send: (aws, options) =>
      once(rdsClient(aws, { region: 'us-east-1', ...options }), (c) =>
        c.send(new DescribeDBInstancesCommand({}))
      ),
    expiredToken: ['ExpiredToken', 403],
    unreadable: 'Unknown'
  },
  {
    service: 'acm',
    operation: 'ListCertificates',
    send: (aws, options) =>
      once(acmClient(aws, { region: 'us-east-1', ...options }), (c) =>
        c.send(new ListCertificatesCommand({}))
      ),
    expiredToken: ['ExpiredTokenException', 400],
    unreadable: 'SyntaxError'
  },
  {
    service: 'account',
    operation: 'ListRegions',
    send: (aws, options) =>
      once(accountClient(aws, options), (c) => c.send(new ListRegionsCommand({}))),
    expiredToken: ['ExpiredTokenException', 403],
    unreadable: 'SyntaxError'
  }
]

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('fault knobs', () => {
  let aws: AwsEmulator
  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, knobs: { quotas: { ListCertificates: 0 } } })
  })
  afterAll(async () => {
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [] })
  })

  const log = () => aws.calls.map((c) => [c.service, c.operation, c.status, c.errorCode])

  describe.each(CASES)('$service $operation', (c) => {
    it('times: 1 fails only the first call (ExpiredToken), and the next call is served', async () => {
      aws.setKnobs({ faults: [{ operation: c.operation, error: 'ExpiredToken', times: 1 }] })
      const [name, status] = c.expiredToken
      await expect(c.send(aws)).rejects.toMatchObject({
        name,
        message: 'The security token included in the request is expired',
        $metadata: { httpStatusCode: status, attempts: 1 }
      })
      await c.send(aws)
      await c.send(aws)
      expect(log()).toEqual([
        [c.service, c.operation, status, name],
        [c.service, c.operation, 200, undefined],
        [c.service, c.operation, 200, undefined]
      ])
    })

    it('hang: reads the call and never answers, until the client times out', async () => {
      aws.setKnobs({ faults: [{ operation: c.operation, hang: true }] })
      const started = Date.now()
      await expect(c.send(aws, { requestTimeoutMs: 300, maxAttempts: 1 })).rejects.toMatchObject({
        name: 'TimeoutError'
      })
      expect(Date.now() - started).toBeGreaterThanOrEqual(290)
      expect(log()).toEqual([[c.service, c.operation, 0, undefined]])
    })

    it('response: answers with a raw HTML 502 that the SDK cannot read as an AWS error', async () => {
      aws.setKnobs({ faults: [{ operation: c.operation, response: BAD_GATEWAY }] })
      const error = (await c.send(aws).catch((e: unknown) => e)) as Error & {
        $metadata?: { httpStatusCode?: number; attempts?: number }
        $response?: { statusCode: number; headers: Record<string, string> }
      }
      expect(error.name).toBe(c.unreadable)
      // 502 is transient to the SDK: every attempt met the same page.
      expect(error.$metadata).toMatchObject({ httpStatusCode: 502, attempts: 3 })
      expect(error.$response?.headers['content-type']).toBe('text/html')
      expect(error.$response?.headers['x-amzn-requestid']).toBeUndefined()
      expect(log()).toEqual(Array(3).fill([c.service, c.operation, 502, undefined]))
    })
  })

  it('times counts every matching call, the SDK retries included', async () => {
    aws.setKnobs({ faults: [{ service: 'rds', response: BAD_GATEWAY, times: 1 }] })
    const rds = rdsClient(aws, { region: 'us-east-1' })
    const out = await rds.send(new DescribeDBInstancesCommand({}))
    expect(out.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['prod-db'])
    expect(out.$metadata.attempts).toBe(2)
    expect(aws.calls.map((call) => call.status)).toEqual([502, 200])
    rds.destroy()
  })

  it('times applies to slow calls too: only the first matching call waits', async () => {
    aws.setKnobs({ faults: [{ service: 'account', delayMs: 400, times: 1 }] })
    const account = accountClient(aws)
    const timed = async () => {
      const started = Date.now()
      await account.send(new ListRegionsCommand({}))
      return Date.now() - started
    }
    expect(await timed()).toBeGreaterThanOrEqual(390)
    expect(await timed()).toBeLessThan(390)
    account.destroy()
  })

  it('close() finishes promptly while calls hang, and their clients see the connection drop', async () => {
    const hung = await startAwsEmulator({ estate, knobs: { faults: [{ hang: true }] } })
    const pending = Promise.allSettled(CASES.map((c) => c.send(hung, { maxAttempts: 1 })))
    await until(() => hung.calls.length === CASES.length)
    expect(hung.calls.map((call) => call.status)).toEqual([0, 0, 0])
    const started = Date.now()
    await hung.close()
    expect(Date.now() - started).toBeLessThan(1000)
    const outcomes = await pending
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected'])
  })

  it('an abort signal also ends the wait for a hung call', async () => {
    aws.setKnobs({ faults: [{ operation: 'ListRegions', hang: true }] })
    const account = accountClient(aws, { maxAttempts: 1 })
    await expect(
      account.send(new ListRegionsCommand({}), { abortSignal: AbortSignal.timeout(200) })
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(log()).toEqual([['account', 'ListRegions', 0, undefined]])
    account.destroy()
  })
})
