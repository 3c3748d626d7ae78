import { mapWithConcurrency } from '../../src/collect/pool.js'

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
})
