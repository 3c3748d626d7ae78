/**
 * Runs `task` over `items` with at most `limit` running at once and returns the results in the
 * items' order. After the first rejection no new task starts; the map waits for the tasks
 * already running (so that none outlives the client it uses) and then rejects with that first
 * error. Callers that must survive a failing item catch inside `task`.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next
      next += 1
      try {
        results[index] = await task(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure !== undefined) throw failure.error
  return results
}

/**
 * Like Promise.all, but waits for every promise to settle before rejecting with the first
 * failure (in argument order), so that no call is still running when the caller closes its
 * client.
 */
export async function settleAll<T extends readonly unknown[]>(
  promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]
): Promise<T> {
  const settled = await Promise.allSettled(promises)
  const values: unknown[] = []
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason
    values.push(outcome.value)
  }
  return values as unknown as T
}
