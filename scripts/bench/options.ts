/** `npm run bench -- [flags]`: the estate's size, the endpoint's latency, what to run. */
import { parseArgs } from 'node:util'
import { COMMERCIAL_REGIONS, isOptInRegion } from '../../src/aws/regions.js'
import { BUNDLED_CLI } from './cli-run.js'
import { parseLatencyRange, type LatencyRange } from './latency.js'

/** How many of each resource the certificate plug-ins beyond RDS and ACM read. */
export interface EndpointCounts {
  serverCertificates: number
  classicLoadBalancers: number
  loadBalancers: number
  distributions: number
  certificateAuthorities: number
}

export interface BenchOptions extends EndpointCounts {
  regions: string[]
  certificates: number
  instances: number
  /**
   * Accounts in the estate. 1: one account, scanned with the default chain's credentials. More:
   * an AWS Organization of that many ACTIVE accounts (the first its management account and the
   * hub) plus a few suspended and closed members, scanned with `accounts: organization`.
   */
  accounts: number
  /** Matrix legs (`shard: i/n`) to run and merge besides the single scan; 0: none. */
  shards: number
  problemShare: number
  seed: number
  latency: LatencyRange
  /** Also run the straightforward scan for comparison. */
  naive: boolean
  /** Why the straightforward scan does not run although --no-naive was not given; else null. */
  naiveSkipped: string | null
  /** Overrides of collect's defaults for our scan (to measure a tuning before making it). */
  scanConcurrency: number | undefined
  describeConcurrency: number | undefined
  /** Times our scan runs (in process, then as the bundled CLI): the figures are their median and max. */
  runs: number
  out: string
}

/** Suspended and closed members an Organization estate gets besides its ACTIVE accounts. */
export const ORGANIZATION_EXTRAS = { suspended: 2, closed: 1 } as const

export const USAGE = `Usage: npm run bench -- [flags]

Generates an estate, serves it from the local AWS emulator with per-call latency and AWS's
published ACM, RDS and ELB quotas, runs aws-cert-watch's scan and the straightforward one on
it, and compares both with the least work and time the estate allows.

  --quick                   small run: 4 regions, 500 certificates, 200 DB instances and a
                            fifth of the defaults below
  --one-region              one region holding the default estate (5000 certificates, 2000 DB
                            instances...): one account-region's quotas set the pace
  --multi                   an Organization: 100 accounts x 4 regions, 2000 certificates, 800 DB
                            instances, 100 IAM server certificates, 100 Classic and 200 other
                            load balancers, 100 distributions, 40 private CAs, scanned once
                            whole and as 4 shards that are then merged (no naive scan)
  --regions N               regions in the estate and the scan (default 16, at most ${COMMERCIAL_REGIONS.length})
  --accounts N              accounts (default 1). Above 1 the estate is an AWS Organization of N
                            ACTIVE accounts (the first is the management account and the hub)
                            plus ${ORGANIZATION_EXTRAS.suspended} suspended and ${ORGANIZATION_EXTRAS.closed} closed members, resources spread over the
                            accounts, scanned with accounts: organization and role-to-assume (the
                            hub role, assumed from the default chain); the naive scan, which reads
                            one account, does not run
  --shards N                also scan as N matrix legs (shard: i/N, one after another, each in a
                            process of its own, each writing its JSON report), merge the reports
                            as the merge action does, and check the merge against the single
                            scan (default 0: none; needs --accounts of at least 2)
  --certificates N          ACM certificates, spread over the accounts and regions (default 5000)
  --instances N             DB instances, spread over the accounts and regions (default 2000)
  --server-certificates N   IAM server certificates (default 200)
  --classic-load-balancers N  Classic Load Balancers, spread over the regions (default 100)
  --load-balancers N        Application Load Balancers, spread over the regions (default 400)
  --distributions N         CloudFront distributions (default 200)
  --certificate-authorities N  private CAs, spread over the regions (default 40)
  --problem-share X         share of resources with a planted problem (default 0.05)
  --seed N                  generator seed (default 1)
  --latency MIN-MAX         per-call latency in ms, spread over the regions (default 30-60)
  --no-naive                skip the straightforward scan
  --runs N                  our scan runs N times in process and N times as the bundled CLI
                            (node ${BUNDLED_CLI} scan, when npm run bundle has built it): median
                            and max are reported (default 5)
  --scan-concurrency N      try another collect concurrency for our scan (and the legs)
  --describe-concurrency N  try another DescribeCertificate concurrency for our scan (and the legs)
  --out PATH                JSON figures (default bench-output/bench.json; with --multi
                            bench-output/bench-multi.json, with --one-region
                            bench-output/bench-one-region.json, with --accounts N
                            bench-output/bench-accounts-N.json)
  --help

A preset's figures are defaults: flags given beside it win (--multi --accounts 50).
`

/** The runner's neighbourhood first (us-east-1), then the other default regions, then opt-in. */
const REGION_ORDER = [
  'us-east-1',
  ...COMMERCIAL_REGIONS.filter((r) => r !== 'us-east-1' && !isOptInRegion(r)),
  ...COMMERCIAL_REGIONS.filter((r) => isOptInRegion(r))
]

/** The most matrix legs a workflow run can have (the shard input's own limit). */
const MAX_SHARDS = 256

interface Preset extends EndpointCounts {
  regions: number
  certificates: number
  instances: number
  accounts: number
  shards: number
  out: string
}

const FULL: Preset = {
  regions: 16,
  certificates: 5000,
  instances: 2000,
  serverCertificates: 200,
  classicLoadBalancers: 100,
  loadBalancers: 400,
  distributions: 200,
  certificateAuthorities: 40,
  accounts: 1,
  shards: 0,
  out: 'bench-output/bench.json'
}

export const PRESETS: Readonly<Record<'full' | 'quick' | 'multi' | 'oneRegion', Preset>> = {
  full: FULL,
  // "1 region x 5,000 certificates": one account-region's ListCertificates pages and describes.
  oneRegion: { ...FULL, regions: 1, out: 'bench-output/bench-one-region.json' },
  quick: {
    ...FULL,
    regions: 4,
    certificates: 500,
    instances: 200,
    // A fifth of the full run's.
    serverCertificates: 40,
    classicLoadBalancers: 20,
    loadBalancers: 80,
    distributions: 40,
    certificateAuthorities: 8
  },
  // "100 accounts x 4 regions, 4 shards", sized to run in a few minutes on two cores.
  multi: {
    regions: 4,
    certificates: 2000,
    instances: 800,
    serverCertificates: 100,
    classicLoadBalancers: 100,
    loadBalancers: 200,
    distributions: 100,
    certificateAuthorities: 40,
    accounts: 100,
    shards: 4,
    out: 'bench-output/bench-multi.json'
  }
}

/** Flag of each endpoint count. */
const ENDPOINT_FLAGS: Readonly<Record<keyof EndpointCounts, string>> = {
  serverCertificates: 'server-certificates',
  classicLoadBalancers: 'classic-load-balancers',
  loadBalancers: 'load-balancers',
  distributions: 'distributions',
  certificateAuthorities: 'certificate-authorities'
}

/** null: --help was asked for. */
export function parseBenchOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      quick: { type: 'boolean', default: false },
      multi: { type: 'boolean', default: false },
      'one-region': { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      regions: { type: 'string' },
      accounts: { type: 'string' },
      shards: { type: 'string' },
      certificates: { type: 'string' },
      instances: { type: 'string' },
      'server-certificates': { type: 'string' },
      'classic-load-balancers': { type: 'string' },
      'load-balancers': { type: 'string' },
      distributions: { type: 'string' },
      'certificate-authorities': { type: 'string' },
      'problem-share': { type: 'string', default: '0.05' },
      seed: { type: 'string', default: '1' },
      latency: { type: 'string', default: '30-60' },
      'no-naive': { type: 'boolean', default: false },
      'scan-concurrency': { type: 'string' },
      'describe-concurrency': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) return null
  const chosen = (['quick', 'multi', 'one-region'] as const).filter((name) => values[name])
  if (chosen.length > 1) {
    throw new Error(`${chosen.map((name) => `--${name}`).join(' and ')}: choose one preset`)
  }
  const preset =
    PRESETS[
      values.quick ? 'quick' : values.multi ? 'multi' : values['one-region'] ? 'oneRegion' : 'full'
    ]
  const given = (flag: string, fallback: number): string => {
    const value = (values as Record<string, string | boolean | undefined>)[flag]
    return typeof value === 'string' ? value : String(fallback)
  }
  const regionCount = count('regions', given('regions', preset.regions), 1)
  if (regionCount > REGION_ORDER.length) {
    throw new Error(`--regions: at most ${REGION_ORDER.length} (every commercial region)`)
  }
  const problemShare = Number(values['problem-share'])
  if (!(problemShare >= 0 && problemShare <= 1)) {
    throw new Error(`--problem-share must be between 0 and 1, not ${values['problem-share']}`)
  }
  const accounts = count('accounts', given('accounts', preset.accounts), 1)
  // 12-digit ids (organizationAccountIds) leave room for this many.
  if (accounts > 10_000) throw new Error('--accounts: at most 10000')
  const shards = count('shards', given('shards', preset.shards), 0)
  if (shards > MAX_SHARDS)
    throw new Error(`--shards: at most ${MAX_SHARDS} (shard: i/n allows no more)`)
  if (shards > 0 && accounts < 2) {
    throw new Error("--shards splits an Organization's accounts: give --accounts 2 or more")
  }
  const endpoints = {} as EndpointCounts
  for (const [key, flag] of Object.entries(ENDPOINT_FLAGS)) {
    const name = key as keyof EndpointCounts
    endpoints[name] = count(flag, given(flag, preset[name]), 0)
  }
  const naiveSkipped =
    accounts > 1 && !values['no-naive']
      ? `the naive scan reads one account with the default chain, and this estate has ${accounts}`
      : null
  return {
    regions: REGION_ORDER.slice(0, regionCount),
    certificates: count('certificates', given('certificates', preset.certificates), 0),
    instances: count('instances', given('instances', preset.instances), 0),
    ...endpoints,
    accounts,
    shards,
    problemShare,
    seed: count('seed', values.seed, 0),
    latency: parseLatencyRange(values.latency),
    naive: !values['no-naive'] && accounts === 1,
    naiveSkipped,
    scanConcurrency: optionalCount('scan-concurrency', values['scan-concurrency']),
    describeConcurrency: optionalCount('describe-concurrency', values['describe-concurrency']),
    runs: count('runs', values.runs, 1),
    out:
      values.out ??
      (preset.accounts === 1 && accounts > 1
        ? `bench-output/bench-accounts-${accounts}.json`
        : preset.out)
  }
}

/**
 * The Organization's ACTIVE account ids, the same for every run: the first (the management
 * account, the hub) is 100000000000, the others step by 7919 (a prime, so the ids' digits, and
 * so their shards, vary). The generator numbers suspended and closed members from 900000000000.
 */
export function organizationAccountIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(100_000_000_000 + i * 7919))
}

function count(flag: string, text: string, min: number): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`--${flag} must be a whole number of at least ${min}, not ${text}`)
  }
  return n
}

function optionalCount(flag: string, text: string | undefined): number | undefined {
  return text === undefined ? undefined : count(flag, text, 1)
}
