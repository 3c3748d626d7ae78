/** The parent's handle on scripts/bench/emulator-process.ts. */
import { fileURLToPath } from 'node:url'
import type { CallRecord, Estate, Knobs } from '../../emulator/aws/index.js'
import { forkWorker } from './child-rpc.js'

export interface EmulatorWorker {
  url: string
  /** Clears the call log and refills the quota buckets. */
  reset(): Promise<void>
  calls(): Promise<CallRecord[]>
  close(): Promise<void>
}

export async function startEmulatorWorker(options: {
  estate: Estate
  now: Date
  knobs: Partial<Knobs>
}): Promise<EmulatorWorker> {
  const worker = forkWorker(fileURLToPath(new URL('./emulator-process.ts', import.meta.url)))
  try {
    const url = await worker.call<string>('start', options)
    return {
      url,
      reset: () => worker.call('reset'),
      calls: () => worker.call('calls'),
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
