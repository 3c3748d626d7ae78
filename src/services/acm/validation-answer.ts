/** Comparing what DNS answered for a validation CNAME with what ACM expects (pure). */
import type { ValidationDnsCheck } from './records.js'

/** Whether DNS answered the value ACM expects (case and the trailing dot do not matter). */
export function answersExpected(check: ValidationDnsCheck): boolean {
  if (check.answer.kind !== 'present') return false
  const expected = canonical(check.record.value)
  return check.answer.values.some((value) => canonical(value) === expected)
}

function canonical(name: string): string {
  return name.toLowerCase().replace(/\.+$/, '')
}
