/**
 * Collect's scheduling: quota-bound scans (ACM) start first; latency-bound ones wait until the
 * first round's lists are in, and no longer. Timers are fake and never advanced, so a release
 * that came from the head-start timeout instead of the lists would hang the test.
 */
import { jest } from '@jest/globals'
import type { ReadContext, ServicePlugin } from '../../src/services/plugin.js'
import { collect } from './collect-helpers.js'
import { staticAccount } from './emulator-harness.js'

const ACCOUNT = '111111111111'
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']

function plugin(
  name: string,
  bound: 'quota' | 'latency',
  read: (context: ReadContext) => Promise<void>
): ServicePlugin {
  return {
    name,
    label: { short: name, resource: name },
    scope: 'regional',
    bound,
    reads: [],
    iamActions: [],
    reasons: [],
    resourceTypes: {},
    read: async (context) => {
      await read(context)
      return { ...context.location }
    },
    summarize: () => ({ detail: 'read', incomplete: [], resources: 0 }),
    evaluate: () => []
  }
}

/** A few turns of the event loop: the reads interleave as they would on real calls. */
const turns = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('collect scheduling', () => {
  beforeEach(() =>
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
  )
  afterEach(() => jest.useRealTimers())

  it('starts latency-bound scans once every quota-bound scan has its lists, while those still describe', async () => {
    const events: string[] = []
    let latencyStarted: () => void = () => {}
    const allLatencyStarted = new Promise<void>((resolve) => (latencyStarted = resolve))
    let started = 0
    const quota = plugin('quota', 'quota', async (context) => {
      events.push(`quota ${context.region} lists`)
      await turns()
      context.listed()
      events.push(`quota ${context.region} listed`)
      // The paced describes: they end only after the latency-bound scans have started.
      await allLatencyStarted
      events.push(`quota ${context.region} done`)
    })
    const latency = plugin('latency', 'latency', async (context) => {
      events.push(`latency ${context.region} start`)
      started += 1
      if (started === REGIONS.length) latencyStarted()
      await turns()
    })
    const inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: REGIONS,
      // Listed latency-bound first: the order of the plug-ins does not decide who starts.
      services: [latency, quota]
    })
    const firstLatency = events.findIndex((e) => e.startsWith('latency'))
    const lastListed = events.map((e) => e.endsWith('listed')).lastIndexOf(true)
    const firstDone = events.findIndex((e) => e.endsWith('done'))
    expect(lastListed).toBeLessThan(firstLatency)
    expect(firstLatency).toBeLessThan(firstDone)
    expect(events.filter((e) => e.startsWith('latency'))).toHaveLength(REGIONS.length)
    // The coverage keeps the scans' own order (region by region, plug-ins as given).
    expect(inventory.coverage.map((row) => `${row.service} ${row.region}`)).toEqual(
      REGIONS.flatMap((region) => [`latency ${region}`, `quota ${region}`])
    )
  })

  it('a quota-bound scan that fails before its lists does not hold the others back', async () => {
    const events: string[] = []
    const quota = plugin('quota', 'quota', async (context) => {
      if (context.region === 'eu-west-1') throw new Error('no lists here')
      context.listed()
    })
    const latency = plugin('latency', 'latency', async (context) => {
      events.push(`latency ${context.region}`)
    })
    const inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: REGIONS,
      services: [quota, latency]
    })
    expect(events.sort()).toEqual(REGIONS.map((region) => `latency ${region}`).sort())
    expect(
      inventory.coverage.filter((row) => row.status === 'failed').map((row) => row.region)
    ).toEqual(['eu-west-1'])
  })

  it('runs latency-bound scans at once when there is nothing quota-bound', async () => {
    const read: string[] = []
    const latency = plugin('latency', 'latency', async (context) => {
      read.push(context.region)
    })
    await collect({ accounts: [staticAccount(ACCOUNT)], regions: REGIONS, services: [latency] })
    expect(read.sort()).toEqual([...REGIONS].sort())
  })
})
