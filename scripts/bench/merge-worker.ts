/** The parent's side of scripts/bench/merge-process.ts: the merge of the legs' reports. */
import { fileURLToPath } from 'node:url'
import type { CoverageRow } from '../../src/model/index.js'
import { forkWorker } from './child-rpc.js'
import type { MemoryPeak } from './memory-sampler.js'
import type { FoundProblem } from './scan-worker.js'

export interface MergeRequest {
  /** The `reports` input: paths or globs of the legs' JSON reports. */
  patterns: string[]
  /** Where the merged report goes (the merge action's `report-path`). */
  out: string
}

export interface MergeRun {
  /** Reading, merging and writing, from the first read to the written merged report. */
  wallMs: number
  cpuMs: number
  memory: MemoryPeak
  /** Leg reports read, and their size on disk. */
  reports: number
  reportBytes: number
  mergedBytes: number
  found: FoundProblem[]
  coverage: CoverageRow[]
  accounts: string[]
  /** Shards the merged report names as gaps (scope.missingShards). */
  missingShards: string[]
}

export async function runMergeInChild(request: MergeRequest): Promise<MergeRun> {
  const worker = forkWorker(fileURLToPath(new URL('./merge-process.ts', import.meta.url)))
  try {
    return await worker.call<MergeRun>('merge', request)
  } finally {
    await worker.close()
  }
}
