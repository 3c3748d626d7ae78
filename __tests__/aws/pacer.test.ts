import { Throttler } from '../../emulator/aws/knobs.js'
import {
  ARRIVAL_JITTER_MS,
  PACED_THROTTLE_RETRIES,
  PacedBucket,
  Pacer,
  paceCalls,
  type PacerClock
} from '../../src/aws/pacer.js'
import { quotaBucket } from '../../src/aws/quotas.js'

/** A clock that only moves when the pacer sleeps: each sleep advances it at once. */
function steppingClock(): PacerClock & { sleeps: number[] } {
  let now = 0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    }
  }
}

/** A clock whose sleeps end only when the test says so. */
function heldClock(): PacerClock & { release(): void; pending(): number } {
  const waiting: (() => void)[] = []
  return {
    now: () => 0,
    sleep: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => waiting.shift()?.(),
    pending: () => waiting.length
  }
}

const DESCRIBE = { perSecond: 10, burst: 10 }
const LIST = { perSecond: 1, burst: 1 }

/** When each of `n` callers, all asking at once, may send. */
async function sendTimes(bucket: PacedBucket, clock: PacerClock, n: number): Promise<number[]> {
  const times: number[] = []
  await Promise.all(
    Array.from({ length: n }, () => bucket.take().then(() => times.push(clock.now())))
  )
  return times
}

/** Whether AWS's bucket (the emulator's) throttles calls that reach it at these times. */
function throttledArrivals(arrivals: number[], rate: number): number {
  const aws = new Throttler()
  const key = { service: 'acm' as const, operation: 'Op', account: '1', region: 'r' }
  return arrivals.filter((at) => !aws.take(key, rate, at)).length
}

describe('PacedBucket', () => {
  it.each([
    ['DescribeCertificate', DESCRIBE, 60],
    ['ListCertificates', LIST, 8]
  ])(
    '%s: calls sent as paced are never throttled by AWS, however late each arrives within the jitter allowance',
    async (_name, quota, n) => {
      const clock = steppingClock()
      const sent = await sendTimes(new PacedBucket(quota, clock), clock, n)
      expect(sent).toHaveLength(n)
      expect(throttledArrivals(sent, quota.perSecond)).toBe(0)
      // Every other call reaches AWS as late as the allowance permits, the others on time.
      const jittered = sent.map((at, i) => at + (i % 2 === 0 ? ARRIVAL_JITTER_MS : 0))
      expect(throttledArrivals(jittered, quota.perSecond)).toBe(0)
    }
  )

  it('keeps the quota over a long run: sending at once would have been throttled', async () => {
    const clock = steppingClock()
    const n = 100
    const sent = await sendTimes(new PacedBucket(DESCRIBE, clock), clock, n)
    expect(throttledArrivals(new Array<number>(n).fill(0), DESCRIBE.perSecond)).toBe(n - 10)
    const span = (sent.at(-1) as number) - (sent[0] as number)
    // n calls from a full bucket of 10 at 10/s: (n - 10) intervals of 100 ms, plus the reserve.
    expect(span).toBe((n - 10) * 100 + ARRIVAL_JITTER_MS)
  })

  it('a timer that fires late moves the calls after it, past what the reserve absorbs', async () => {
    let now = 0
    let late = 0
    const sent: number[] = []
    const clock: PacerClock = {
      now: () => now,
      sleep: async (ms) => {
        now += ms + late
      }
    }
    const bucket = new PacedBucket(LIST, clock)
    await bucket.take()
    sent.push(now)
    // The second call's timer fires a whole interval late; the others on time.
    late = 1000
    await bucket.take()
    sent.push(now)
    late = 0
    await bucket.take()
    sent.push(now)
    expect(throttledArrivals(sent, LIST.perSecond)).toBe(0)
    // Each arrival within the network's half of the reserve of its send: still no throttle.
    const reserve = new PacedBucket(LIST, clock).reserveMs
    const jittered = sent.map((at, i) => at + (i === 1 ? reserve / 2 : 0))
    expect(throttledArrivals(jittered, LIST.perSecond)).toBe(0)
  })

  it('sends the first call of an idle bucket at once', async () => {
    const clock = steppingClock()
    await new PacedBucket(LIST, clock).take()
    expect(clock.sleeps).toEqual([])
  })

  it('after a throttle, the next call waits for the next token of an empty bucket, at half the rate', async () => {
    const clock = steppingClock()
    const bucket = new PacedBucket(DESCRIBE, clock)
    await bucket.take()
    bucket.throttled()
    await bucket.take()
    bucket.throttled()
    await bucket.take()
    // The first throttle is a lone one (jitter); the second, so soon after, halves the rate.
    expect(clock.sleeps).toEqual([100 + bucket.reserveMs, 2 * 100 + bucket.reserveMs])
  })

  it('halves the rate once for the throttles of calls sent together', async () => {
    const clock = steppingClock()
    const bucket = new PacedBucket(DESCRIBE, clock)
    for (let i = 0; i < 5; i++) bucket.throttled()
    await bucket.take()
    await bucket.take()
    expect(clock.sleeps).toEqual([2 * 100 + bucket.reserveMs, 2 * 100 + bucket.reserveMs])
  })

  it('learns a quota lower than the published one: throttles stay few, every call gets through', async () => {
    const clock = steppingClock()
    const bucket = new PacedBucket(DESCRIBE, clock)
    // Another tool spends most of the account's DescribeCertificate quota: 2/s are left.
    const aws = new Throttler()
    const key = { service: 'acm' as const, operation: 'Op', account: '1', region: 'r' }
    let answered = 0
    let throttled = 0
    while (answered < 100) {
      await bucket.take()
      if (aws.take(key, 2, clock.now())) {
        bucket.answered()
        answered += 1
      } else {
        bucket.throttled()
        throttled += 1
      }
    }
    // Sent at the published 10/s throughout, 4 in 5 would have been throttled.
    expect(throttled).toBeLessThan(35)
  })

  it('creeps back to the published rate once AWS stops throttling', async () => {
    const clock = steppingClock()
    const bucket = new PacedBucket(DESCRIBE, clock)
    bucket.throttled()
    bucket.throttled()
    await bucket.take()
    for (let i = 0; i < 100; i++) bucket.answered()
    const sent = await sendTimes(bucket, clock, 30)
    // Back at 10/s, burst and all: past the burst, a call every 100 ms.
    const last = sent.slice(-10)
    expect(last.slice(1).map((at, i) => at - (last[i] as number))).toEqual(
      new Array<number>(9).fill(100)
    )
    expect(throttledArrivals(sent, DESCRIBE.perSecond)).toBe(0)
  })

  it('a caller whose signal aborts gives up at once with its reason; the others go on', async () => {
    const clock = heldClock()
    const bucket = new PacedBucket(LIST, clock)
    await bucket.take()
    const controller = new AbortController()
    const second = bucket.take(controller.signal)
    const third = bucket.take()
    await Promise.resolve()
    controller.abort(new Error('scan given up'))
    await expect(second).rejects.toThrow('scan given up')
    // The second's turn still passes (its wait was under way), then the third's.
    while (clock.pending() === 0) await new Promise((resolve) => setImmediate(resolve))
    clock.release()
    while (clock.pending() === 0) await new Promise((resolve) => setImmediate(resolve))
    clock.release()
    await expect(third).resolves.toBeUndefined()
  })
})

describe('Pacer', () => {
  it('shares one bucket per account, region and quota bucket', () => {
    const pacer = new Pacer(steppingClock())
    const a = pacer.bucket('1', 'us-east-1', 'ACMClient', 'DescribeCertificate')
    expect(a).not.toBeNull()
    expect(pacer.bucket('1', 'us-east-1', 'ACMClient', 'DescribeCertificate')).toBe(a)
    expect(pacer.bucket('2', 'us-east-1', 'ACMClient', 'DescribeCertificate')).not.toBe(a)
    expect(pacer.bucket('1', 'eu-west-1', 'ACMClient', 'DescribeCertificate')).not.toBe(a)
    expect(pacer.bucket('1', 'us-east-1', 'ACMClient', 'ListCertificates')).not.toBe(a)
    // RDS's calls share the account-region's one bucket.
    expect(pacer.bucket('1', 'us-east-1', 'RDSClient', 'DescribeDBInstances')).toBe(
      pacer.bucket('1', 'us-east-1', 'RDSClient', 'DescribeCertificates')
    )
  })

  it('leaves calls without a published quota unpaced', () => {
    const pacer = new Pacer(steppingClock())
    expect(pacer.bucket('1', 'us-east-1', 'IAMClient', 'ListServerCertificates')).toBeNull()
    expect(pacer.bucket('1', 'us-east-1', 'ACMClient', 'GetCertificate')).toBeNull()
  })
})

describe('quotaBucket', () => {
  it("holds AWS's published ACM quotas", () => {
    expect(quotaBucket('ACMClient', 'DescribeCertificate')).toEqual({
      name: 'DescribeCertificate',
      quota: DESCRIBE
    })
    expect(quotaBucket('ACMClient', 'ListCertificates')).toEqual({
      name: 'ListCertificates',
      quota: LIST
    })
  })
})

type Handler = (args: unknown) => Promise<unknown>
type Middleware = (next: Handler, context: { clientName?: string; commandName?: string }) => Handler

/** A client with only a middleware stack: the test calls the pacer's middleware directly. */
function fakeClient(): { client: unknown; handler(next: Handler, command: string): Handler } {
  const added: Middleware[] = []
  return {
    client: { middlewareStack: { add: (middleware: Middleware) => added.push(middleware) } },
    handler: (next, command) =>
      (added[0] as Middleware)(next, { clientName: 'ACMClient', commandName: `${command}Command` })
  }
}

function throttling(): Error {
  return Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
}

describe('paceCalls', () => {
  it('sends a throttled call again when the next token is due, and returns its answer', async () => {
    const clock = steppingClock()
    const { client, handler } = fakeClient()
    paceCalls(client, new Pacer(clock), { account: '1', region: 'us-east-1' })
    let sends = 0
    const send = handler(async () => {
      sends += 1
      if (sends === 1) throw throttling()
      return { output: 'described' }
    }, 'DescribeCertificate')
    await expect(send({})).resolves.toEqual({ output: 'described' })
    expect(sends).toBe(2)
    expect(clock.sleeps).toEqual([100 + ARRIVAL_JITTER_MS])
  })

  it('hands other errors, and a call still throttled after its retries, to the SDK', async () => {
    const { client, handler } = fakeClient()
    paceCalls(client, new Pacer(steppingClock()), { account: '1', region: 'us-east-1' })
    let sends = 0
    const denied = handler(async () => {
      sends += 1
      throw Object.assign(new Error('no'), { name: 'AccessDeniedException' })
    }, 'DescribeCertificate')
    await expect(denied({})).rejects.toThrow('no')
    expect(sends).toBe(1)
    sends = 0
    const throttled = handler(async () => {
      sends += 1
      throw throttling()
    }, 'DescribeCertificate')
    await expect(throttled({})).rejects.toThrow('Rate exceeded')
    expect(sends).toBe(PACED_THROTTLE_RETRIES + 1)
  })

  it('passes unpaced calls straight through', async () => {
    const clock = steppingClock()
    const { client, handler } = fakeClient()
    paceCalls(client, new Pacer(clock), { account: '1', region: 'us-east-1' })
    const next: Handler = async () => 'ok'
    expect(handler(next, 'GetCertificate')).toBe(next)
  })
})
