/** The parent's side of scripts/bench/scan-process.ts: one forked process per scan. */
import { fileURLToPath } from 'node:url'
import type { ScanDeps } from '../../src/scan.js'
import type { CoverageRow, ServiceName } from '../../src/model/index.js'
import { forkWorker } from './child-rpc.js'
import type { MemoryPeak } from './memory-sampler.js'

export type Approach = 'ours' | 'naive'

export interface ScanRequest {
  approach: Approach
  regions: string[]
  /**
   * Further action inputs for ours, by name (`accounts`, `role-to-assume`, `shard`), as a
   * workflow would give them; the others keep their defaults.
   */
  inputs?: Record<string, string>
  /** Ours: write the JSON report here, as the action does with `report-path` (a matrix leg). */
  reportPath?: string
  /** The scan's clock: the same instant the emulator resolved the estate's dates against. */
  now: Date
  /** Collect overrides for ours (e.g. concurrency), to try settings without editing src/. */
  collect?: ScanDeps['collect']
  /** DescribeCertificate calls in flight per ACM scan, for ours; default the plug-in's. */
  describeConcurrency?: number
  /** Ours: the DNS the validation-record check asks (`dns-servers`); absent: no DNS at all. */
  dnsServers?: string[]
}

/** A finding, reduced to what the completeness check and the merge comparison need. */
export interface FoundProblem {
  /** The report's stable finding id. */
  id: string
  service: ServiceName
  account: string
  region: string
  resourceId: string
  resourceArn: string
  /** Its reasons' codes. */
  codes: string[]
}

export interface ScanRun {
  approach: Approach
  wallMs: number
  /** User + system CPU time of the scanning process during the scan. */
  cpuMs: number
  memory: MemoryPeak
  found: FoundProblem[]
  coverage: CoverageRow[]
  /** The accounts the report says were scanned (scope.accounts). */
  accounts: string[]
  log: string[]
}

/** Variables through which the SDK's default chain and endpoint resolution find the emulator. */
export function emulatorEnvironment(
  url: string,
  keys: { accessKeyId: string; secretAccessKey: string }
): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_'))
  )
  return {
    ...env,
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: keys.accessKeyId,
    AWS_SECRET_ACCESS_KEY: keys.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    AWS_CONFIG_FILE: '/nonexistent/config',
    // The SDK's once-per-process notice about future Node versions is noise in a benchmark.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
  }
}

export async function runScanInChild(
  request: ScanRequest,
  env: NodeJS.ProcessEnv
): Promise<ScanRun> {
  const worker = forkWorker(fileURLToPath(new URL('./scan-process.ts', import.meta.url)), env)
  try {
    return await worker.call<ScanRun>('run', request)
  } finally {
    await worker.close()
  }
}
