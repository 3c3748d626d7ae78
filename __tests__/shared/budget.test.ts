import { DeadlineExceeded, formatSeconds, withDeadline } from '../../src/shared/budget.js'
import { IdleWatchdog, IdleTimeout } from '../../src/shared/idle-watchdog.js'

const never = new Promise<never>(() => {})
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('withDeadline', () => {
  it('passes the result of work that finishes in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, 'x')).resolves.toBe(7)
  })

  it('rejects with DeadlineExceeded, after aborting the work, when the limit passes first', async () => {
    let aborted = false
    const error = await withDeadline(never, 30, 'the GitHub API', () => {
      aborted = true
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeadlineExceeded)
    expect((error as Error).message).toBe('no answer from the GitHub API within 30 ms')
    expect(aborted).toBe(true)
  })
})

describe('formatSeconds', () => {
  it.each([
    [250, '250 ms'],
    [1500, '1.5 s'],
    [60_000, '60 s']
  ])('%d ms reads %s', (ms, text) => expect(formatSeconds(ms)).toBe(text))
})

describe('IdleWatchdog', () => {
  it('gives up a request that is never answered, naming it', async () => {
    const watchdog = new IdleWatchdog(40, 'AWS')
    watchdog.sent('DescribeDBInstances')
    await pause(80)
    expect(watchdog.signal.aborted).toBe(true)
    expect(watchdog.signal.reason).toBeInstanceOf(IdleTimeout)
    expect(watchdog.expired?.message).toBe(
      'no answer from AWS to DescribeDBInstances for 40 ms; given up'
    )
  })

  it('never cuts short work that keeps getting answers, however long it takes', async () => {
    // Eight answers 50 ms apart outlast the 300 ms limit; each gap stays far below it even when
    // a loaded machine runs timers late.
    const watchdog = new IdleWatchdog(300, 'AWS')
    for (let page = 0; page < 8; page += 1) {
      watchdog.sent('ListCertificates')
      await pause(50)
      watchdog.answered('ListCertificates')
    }
    expect(watchdog.signal.aborted).toBe(false)
    watchdog.stop()
  })

  it('does not count the backoff after an answer, but does count retries that get none', async () => {
    const backoff = new IdleWatchdog(40, 'AWS')
    backoff.sent('DescribeCertificate')
    backoff.answered('DescribeCertificate')
    await pause(80)
    expect(backoff.signal.aborted).toBe(false)

    const refused = new IdleWatchdog(40, 'AWS')
    for (let attempt = 0; attempt < 4; attempt += 1) {
      refused.sent('DescribeCertificate')
      await pause(15)
      refused.failed('DescribeCertificate')
    }
    expect(refused.signal.aborted).toBe(true)
  })
})
