/**
 * Runs `task` over `items` with at most `limit` running at once and returns the results in the
 * items' order. The first rejection rejects the whole map and stops new tasks from starting
 * (tasks already running finish on their own); callers that must survive a failing item catch
 * inside `task`.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next
      next += 1
      try {
        results[index] = await task(items[index] as T, index)
      } catch (err) {
        failed = true
        throw err
      }
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  await Promise.all(workers)
  return results
}
