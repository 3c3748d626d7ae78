/** The parent's handle on scripts/bench/emulator-process.ts. */
import { fileURLToPath } from 'node:url'
import type { CallRecord, Estate, Knobs } from '../../emulator/aws/index.js'
import { forkWorker } from './child-rpc.js'

export interface EmulatorWorker {
  url: string
  /** The estate's DNS (validation records), for `dns-servers`. */
  dnsAddress: string
  /** Clears the call log and refills the quota buckets. */
  reset(): Promise<void>
  calls(): Promise<CallRecord[]>
  /** DNS questions received since the last reset. */
  dnsQueries(): Promise<number>
  close(): Promise<void>
}

export async function startEmulatorWorker(options: {
  estate: Estate
  now: Date
  knobs: Partial<Knobs>
}): Promise<EmulatorWorker> {
  const worker = forkWorker(fileURLToPath(new URL('./emulator-process.ts', import.meta.url)))
  try {
    const { url, dns } = await worker.call<{ url: string; dns: string }>('start', options)
    return {
      url,
      dnsAddress: dns,
      reset: () => worker.call('reset'),
      calls: () => worker.call('calls'),
      dnsQueries: () => worker.call('dnsQueries'),
      close: async () => {
        await worker.call('close')
        await worker.close()
      }
    }
  } catch (error) {
    await worker.close()
    throw error
  }
}
