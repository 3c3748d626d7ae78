/**
 * Per-region round-trip times for the emulator: a real runner is close to some regions and far
 * from others, so the regions get latencies spread evenly over a range (first region fastest),
 * expressed as the emulator's knobs (a base latency plus a delay-only fault per region).
 */
import type { Fault, Knobs } from '../../emulator/aws/index.js'

export interface LatencyRange {
  minMs: number
  maxMs: number
}

/** `"30-60"` or `"45"` (ms). */
export function parseLatencyRange(text: string): LatencyRange {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (match === null) throw new Error(`--latency must look like 30-60 or 45 (ms), not ${text}`)
  const minMs = Number(match[1])
  const maxMs = match[2] === undefined ? minMs : Number(match[2])
  if (maxMs < minMs) throw new Error(`--latency ${text}: the range is reversed`)
  return { minMs, maxMs }
}

export function regionLatencies(
  regions: readonly string[],
  range: LatencyRange
): Map<string, number> {
  const steps = Math.max(1, regions.length - 1)
  return new Map(
    regions.map((region, n) => [
      region,
      Math.round(range.minMs + ((range.maxMs - range.minMs) * n) / steps)
    ])
  )
}

export function latencyKnobs(
  latencies: ReadonlyMap<string, number>,
  range: LatencyRange
): Pick<Knobs, 'latencyMs' | 'faults'> {
  const faults: Fault[] = [...latencies].flatMap(([region, ms]) =>
    ms > range.minMs ? [{ region, error: '', delayMs: ms - range.minMs }] : []
  )
  return { latencyMs: range.minMs, faults }
}
