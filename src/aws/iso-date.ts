/** An SDK timestamp as the ISO-8601 string the inventory records carry; null when absent. */
export function isoDate(value: Date | undefined): string | null {
  if (value === undefined || Number.isNaN(value.getTime())) return null
  return value.toISOString()
}
