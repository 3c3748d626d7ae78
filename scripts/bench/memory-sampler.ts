/**
 * Peak memory of the running process while a scan runs: resident set and V8 heap in use,
 * sampled on a timer (a sample costs microseconds, so a short interval does not skew timings).
 */
export interface MemoryPeak {
  /** Resident set size when sampling started: Node, the SDK and the code, before the scan. */
  startRssBytes: number
  peakRssBytes: number
  peakHeapUsedBytes: number
  samples: number
}

export interface MemorySampler {
  stop(): MemoryPeak
}

export function startMemorySampler(intervalMs: number): MemorySampler {
  const first = process.memoryUsage()
  const peak: MemoryPeak = {
    startRssBytes: first.rss,
    peakRssBytes: first.rss,
    peakHeapUsedBytes: first.heapUsed,
    samples: 1
  }
  const sample = () => {
    const usage = process.memoryUsage()
    peak.peakRssBytes = Math.max(peak.peakRssBytes, usage.rss)
    peak.peakHeapUsedBytes = Math.max(peak.peakHeapUsedBytes, usage.heapUsed)
    peak.samples += 1
  }
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      return { ...peak }
    }
  }
}
