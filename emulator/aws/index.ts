/**
 * A local AWS endpoint for RDS, ACM, STS, the Account API (ListRegions), IAM server certificates,
 * both Elastic Load Balancing APIs, CloudFront distributions, AWS Private CA and Organizations
 * (ListAccounts, DescribeOrganization), that the
 * unmodified AWS SDK v3 clients and the AWS CLI reach through `AWS_ENDPOINT_URL`. Test and demo
 * infrastructure: never bundled into dist/.
 *
 *   const aws = await startAwsEmulator({ estate: 'estates/demo.json' })
 *   process.env.AWS_ENDPOINT_URL = aws.url
 *   ...
 *   await aws.close()
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadEstate, type Estate } from './estate.js'
import { DEFAULT_STATIC_CREDENTIAL, Identities } from './identity.js'
import { defaultKnobs, mergeKnobs, type Knobs } from './knobs.js'
import { FrontEnd, type CallRecord } from './server.js'
import { startDnsServer, type DnsServer } from '../dns/index.js'
import { validationRecords } from './validation-dns.js'
import { buildWorld } from './world.js'

export type { CallRecord } from './server.js'
export {
  RESOURCE_SERVICES,
  type Fault,
  type Knobs,
  type RawResponse,
  type ServiceId
} from './knobs.js'
export type { AccountState, Estate, OrganizationMemberSpec, OrganizationSpec } from './estate.js'
export { loadEstate } from './estate.js'
export {
  IAM_PROBLEMS,
  PCA_PROBLEMS,
  generateEstate,
  prng,
  type GenerateOptions,
  type GenerateOrganizationOptions,
  type GeneratedOrganization,
  type PlantedProblem
} from './generate.js'
export { DEFAULT_STATIC_CREDENTIAL } from './identity.js'
export { ACM_KEY_TYPES } from './acm.js'
export { ENABLED_BY_DEFAULT_REGIONS, OPT_IN_REGIONS } from './account.js'

export interface AwsEmulatorOptions {
  /** An Estate object or a path to a JSON estate file. */
  estate: Estate | string
  /** Default: ephemeral. */
  port?: number
  /**
   * The instant the emulator's clock starts at: relative dates ("+30d") resolve against it, and
   * STS sessions are issued and expire on a clock that runs on from it. Default new Date().
   */
  now?: Date
  /** Overrides the estate's own knobs. */
  knobs?: Partial<Knobs>
  /**
   * Also serve the estate's DNS validation records (emulator/dns on UDP 127.0.0.1), which a scan
   * reaches with `dns-servers: <dns.address>`.
   */
  dns?: boolean
}

export interface AwsEmulator {
  /** http://127.0.0.1:PORT */
  url: string
  port: number
  /** The call log, in arrival order. */
  calls: CallRecord[]
  clearCalls(): void
  /** Replaces the given knobs (quotas merge per operation); also refills the quota buckets. */
  setKnobs(knobs: Partial<Knobs>): void
  /** The emulator's clock now: the `now` it started with, plus the time since, plus advances. */
  now(): Date
  /**
   * Moves the emulator's clock ahead (STS sessions expire by it; the estate's dates stay as they
   * were resolved at start), so a test can outlive a session without waiting.
   */
  advanceClock(ms: number): void
  /** The estate's DNS validation records, when started with `dns: true`. */
  dns: DnsServer | undefined
  /** Stops serving; open sockets are destroyed, those of calls a `hang` fault holds too. */
  close(): Promise<void>
}

export async function startAwsEmulator(options: AwsEmulatorOptions): Promise<AwsEmulator> {
  const estate = typeof options.estate === 'string' ? loadEstate(options.estate) : options.estate
  const started = Date.now()
  const origin = options.now?.getTime() ?? started
  let advancedMs = 0
  const clock = () => origin + (Date.now() - started) + advancedMs
  const world = buildWorld(estate, new Date(origin))
  const dns = options.dns ? await startDnsServer({ records: validationRecords(world) }) : undefined
  let knobs = mergeKnobs(mergeKnobs(defaultKnobs(), estate.knobs), options.knobs)
  const identities = new Identities(
    estate.credentials ?? [DEFAULT_STATIC_CREDENTIAL],
    world.defaultAccount
  )
  const calls: CallRecord[] = []
  const frontEnd = new FrontEnd({
    world,
    identities,
    knobs: () => knobs,
    calls,
    clock
  })
  const server: Server = createServer((req, res) => {
    frontEnd.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
  // The SDK keeps connections alive; keep ours open longer than its idle sockets live.
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    clearCalls: () => {
      calls.length = 0
    },
    setKnobs: (next) => {
      knobs = mergeKnobs(knobs, next)
      frontEnd.resetThrottling()
    },
    now: () => new Date(clock()),
    advanceClock: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceClock(${ms}): not a duration`)
      advancedMs += ms
    },
    dns,
    close: async () => {
      await dns?.close()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    }
  }
}
