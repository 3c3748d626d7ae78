/**
 * The AWS emulator in a process of its own (forked by scripts/bench/emulator-worker.ts): it
 * serves the estate and its DNS validation records, and hands its call log and the number of DNS
 * questions to the benchmark between runs.
 */
import {
  startAwsEmulator,
  type AwsEmulator,
  type Estate,
  type Knobs
} from '../../emulator/aws/index.js'
import { serve } from './child-rpc.js'

let emulator: AwsEmulator | undefined

function running(): AwsEmulator {
  if (emulator === undefined) throw new Error('the emulator has not been started')
  return emulator
}

serve({
  start: async (arg: { estate: Estate; now: Date; knobs: Partial<Knobs> }) => {
    emulator = await startAwsEmulator({
      estate: arg.estate,
      now: arg.now,
      knobs: arg.knobs,
      dns: true
    })
    return { url: emulator.url, dns: (emulator.dns as NonNullable<AwsEmulator['dns']>).address }
  },
  /** Empties the call log and refills every quota bucket, so each run starts like the first. */
  reset: async () => {
    running().clearCalls()
    running().dns?.clearQueries()
    running().setKnobs({})
  },
  calls: async () => running().calls,
  dnsQueries: async () => running().dns?.queries.length ?? 0,
  close: async () => {
    await emulator?.close()
    emulator = undefined
  }
})
