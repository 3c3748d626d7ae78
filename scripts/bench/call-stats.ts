/** The emulator's call log summed up per operation: how many calls, how many throttled. */
import type { CallRecord } from '../../emulator/aws/index.js'

export interface OperationCalls {
  /** Every call that reached the endpoint, throttled and failed ones included. */
  total: number
  /** Answered Throttling / ThrottlingException (over the quota). */
  throttled: number
  /** Any other error answer. */
  failed: number
}

const THROTTLING = new Set(['Throttling', 'ThrottlingException'])

export function callsPerOperation(calls: readonly CallRecord[]): Map<string, OperationCalls> {
  const stats = new Map<string, OperationCalls>()
  for (const call of calls) {
    const entry = stats.get(call.operation) ?? { total: 0, throttled: 0, failed: 0 }
    entry.total += 1
    if (call.errorCode !== undefined && THROTTLING.has(call.errorCode)) entry.throttled += 1
    else if (call.status >= 400) entry.failed += 1
    stats.set(call.operation, entry)
  }
  return stats
}
