import { mapWithConcurrency, settleAll } from '../../src/shared/pool.js'

/** A task whose completion the test controls, to observe how many run at once. */
function gate() {
  let running = 0
  let peak = 0
  const started: number[] = []
  const task = async (item: number): Promise<number> => {
    started.push(item)
    running += 1
    peak = Math.max(peak, running)
    await new Promise((resolve) => setTimeout(resolve, 2))
    running -= 1
    if (item < 0) throw new Error(`bad item ${item}`)
    return item * 10
  }
  return { task, started, peak: () => peak }
}

describe('mapWithConcurrency', () => {
  it('keeps the input order and never runs more than the limit', async () => {
    const g = gate()
    const items = Array.from({ length: 25 }, (_, n) => n)
    await expect(mapWithConcurrency(items, 4, g.task)).resolves.toEqual(items.map((n) => n * 10))
    expect(g.peak()).toBe(4)
  })

  it('handles an empty list and a limit above the item count', async () => {
    await expect(mapWithConcurrency([], 8, gate().task)).resolves.toEqual([])
    const g = gate()
    await expect(mapWithConcurrency([1, 2], 8, g.task)).resolves.toEqual([10, 20])
    expect(g.peak()).toBe(2)
  })

  it('rejects with the first failure and starts nothing after it', async () => {
    const g = gate()
    const items = [1, 2, -3, 4, 5, 6, 7, 8]
    await expect(mapWithConcurrency(items, 2, g.task)).rejects.toThrow('bad item -3')
    // The two workers had started 1, 2, -3 and at most one more before -3 failed.
    expect(g.started.length).toBeLessThanOrEqual(4)
  })

  it('settles only when the tasks already running have finished', async () => {
    const finished: number[] = []
    const task = async (item: number): Promise<number> => {
      await new Promise((resolve) => setTimeout(resolve, item === 1 ? 1 : 20))
      if (item === 1) throw new Error('first fails fast')
      finished.push(item)
      return item
    }
    await expect(mapWithConcurrency([1, 2, 3], 3, task)).rejects.toThrow('first fails fast')
    expect(finished.sort()).toEqual([2, 3])
  })
})

describe('settleAll', () => {
  it('resolves to every value, in order and typed', async () => {
    const [n, s] = await settleAll([Promise.resolve(1), Promise.resolve('two')])
    expect([n + 1, s.toUpperCase()]).toEqual([2, 'TWO'])
  })

  it('rejects with the first failure only once every promise has settled', async () => {
    let slowDone = false
    const slow = new Promise<number>((resolve) =>
      setTimeout(() => {
        slowDone = true
        resolve(1)
      }, 20)
    )
    await expect(settleAll([Promise.reject(new Error('early')), slow])).rejects.toThrow('early')
    expect(slowDone).toBe(true)
  })
})
