/**
 * Starts the AWS emulator on 127.0.0.1 and points the real SDK clients at it the way users'
 * tooling does: through `AWS_ENDPOINT_URL`, with the estate's static keys in the environment.
 */
import { startAwsEmulator } from '../../emulator/aws/index.js'
import type { Estate } from '../../emulator/aws/estate.js'
import type { Knobs } from '../../emulator/aws/knobs.js'
import type { AccountCredentials } from '../../src/credentials/index.js'

export type Emulator = Awaited<ReturnType<typeof startAwsEmulator>>

/** The estate's default static key (emulator/aws/identity.ts). */
export const STATIC_KEY = {
  accessKeyId: 'AKIAEMULATOR0EXAMPLE',
  secretAccessKey: 'emulator-secret-access-key'
}

const ENV_KEYS = [
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_REGION',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE'
]

export interface Harness {
  emu: Emulator
  close(): Promise<void>
}

/**
 * `now` is the instant the estate's relative dates ("+44d") resolve on: the one the test scans
 * at, so that a scan with a pinned clock never meets an estate dated by the wall clock.
 */
export async function startHarness(
  estate: Estate,
  now: Date,
  knobs?: Partial<Knobs>,
  /** `dns`: also serve the estate's DNS validation records (`emu.dns.address`). */
  options: { dns?: boolean } = {}
): Promise<Harness> {
  const emu = await startAwsEmulator({
    estate,
    now,
    ...(knobs === undefined ? {} : { knobs }),
    ...(options.dns === true ? { dns: true } : {})
  })
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))
  for (const key of ENV_KEYS) delete process.env[key]
  process.env.AWS_ENDPOINT_URL = emu.url
  process.env.AWS_ACCESS_KEY_ID = STATIC_KEY.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = STATIC_KEY.secretAccessKey
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials'
  process.env.AWS_CONFIG_FILE = '/nonexistent/config'
  return {
    emu,
    close: async () => {
      for (const key of ENV_KEYS) {
        const value = saved[key]
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
      await emu.close()
    }
  }
}

/** The static key's account, as the default chain would find it. */
export function staticAccount(account: string): AccountCredentials {
  return { account, credentials: STATIC_KEY, source: 'default-chain' }
}

/** How many calls of `operation` the emulator saw, optionally only those matching `where`. */
export function callCount(
  emu: Emulator,
  operation: string,
  where: Partial<Emulator['calls'][number]> = {}
): number {
  return emu.calls.filter(
    (call) =>
      call.operation === operation &&
      Object.entries(where).every(([key, value]) => call[key as keyof typeof call] === value)
  ).length
}
