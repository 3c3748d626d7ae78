import { backoffDelay, withBackoff, type BackoffOptions } from '../../src/credentials/backoff.js'

function options(random: () => number, sleeps: number[] = []): BackoffOptions {
  return {
    attempts: 5,
    baseMs: 1000,
    maxMs: 8000,
    random,
    sleep: async (ms) => {
      sleeps.push(ms)
    }
  }
}

describe('backoffDelay', () => {
  it('draws from the upper half of a doubling bound, capped', () => {
    const low = options(() => 0)
    const high = options(() => 0.999999)
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, low))).toEqual([500, 1000, 2000, 4000, 4000])
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, high))).toEqual([
      1000, 2000, 4000, 8000, 8000
    ])
  })
})

describe('withBackoff', () => {
  it('returns the first success without waiting', async () => {
    const sleeps: number[] = []
    await expect(
      withBackoff(
        async () => 'ok',
        options(() => 0.5, sleeps)
      )
    ).resolves.toBe('ok')
    expect(sleeps).toEqual([])
  })

  it('retries failures and reports each one before waiting', async () => {
    const sleeps: number[] = []
    const seen: Array<[number, number]> = []
    let calls = 0
    const result = await withBackoff(
      async () => {
        calls += 1
        if (calls < 3) throw new Error(`boom ${calls}`)
        return calls
      },
      {
        ...options(() => 0, sleeps),
        onRetry: (_err, attempt, delay) => seen.push([attempt, delay])
      }
    )
    expect(result).toBe(3)
    expect(sleeps).toEqual([500, 1000])
    expect(seen).toEqual([
      [1, 500],
      [2, 1000]
    ])
  })

  it('rethrows the last error after the last attempt', async () => {
    let calls = 0
    await expect(
      withBackoff(
        async () => {
          calls += 1
          throw new Error(`boom ${calls}`)
        },
        options(() => 0)
      )
    ).rejects.toThrow('boom 5')
    expect(calls).toBe(5)
  })
})
