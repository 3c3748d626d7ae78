/** `npm run bench -- [flags]`: the estate's size, the endpoint's latency, what to run. */
import { parseArgs } from 'node:util'
import { COMMERCIAL_REGIONS, isOptInRegion } from '../../src/aws/regions.js'
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
  problemShare: number
  seed: number
  latency: LatencyRange
  /** Also run the straightforward scan for comparison. */
  naive: boolean
  /** Overrides of collect's defaults for our scan (to measure a tuning before making it). */
  scanConcurrency: number | undefined
  describeConcurrency: number | undefined
  out: string
}

export const USAGE = `Usage: npm run bench -- [flags]

Generates an estate, serves it from the local AWS emulator with per-call latency and AWS's
published ACM quotas, runs aws-cert-watch's scan and the straightforward one on it, and
compares both with the least work and time the estate allows.

  --quick                   small run: 4 regions, 500 certificates, 200 DB instances and a
                            fifth of the defaults below
  --regions N               regions in the estate and the scan (default 16, at most ${COMMERCIAL_REGIONS.length})
  --certificates N          ACM certificates, spread over the regions (default 5000)
  --instances N             DB instances, spread over the regions (default 2000)
  --server-certificates N   IAM server certificates (default 200)
  --classic-load-balancers N  Classic Load Balancers, spread over the regions (default 100)
  --load-balancers N        Application Load Balancers, spread over the regions (default 400)
  --distributions N         CloudFront distributions (default 200)
  --certificate-authorities N  private CAs, spread over the regions (default 40)
  --problem-share X         share of resources with a planted problem (default 0.05)
  --seed N                  generator seed (default 1)
  --latency MIN-MAX         per-call latency in ms, spread over the regions (default 30-60)
  --no-naive                skip the straightforward scan
  --scan-concurrency N      try another collect concurrency for our scan
  --describe-concurrency N  try another DescribeCertificate concurrency for our scan
  --out PATH                JSON figures (default bench-output/bench.json)
  --help
`

/** The runner's neighbourhood first (us-east-1), then the other default regions, then opt-in. */
const REGION_ORDER = [
  'us-east-1',
  ...COMMERCIAL_REGIONS.filter((r) => r !== 'us-east-1' && !isOptInRegion(r)),
  ...COMMERCIAL_REGIONS.filter((r) => isOptInRegion(r))
]

/** null: --help was asked for. */
export function parseBenchOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      quick: { type: 'boolean', default: false },
      regions: { type: 'string' },
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
      out: { type: 'string', default: 'bench-output/bench.json' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) return null
  const quick = values.quick
  const regionCount = count('regions', values.regions ?? (quick ? '4' : '16'), 1)
  if (regionCount > REGION_ORDER.length) {
    throw new Error(`--regions: at most ${REGION_ORDER.length} (every commercial region)`)
  }
  const problemShare = Number(values['problem-share'])
  if (!(problemShare >= 0 && problemShare <= 1)) {
    throw new Error(`--problem-share must be between 0 and 1, not ${values['problem-share']}`)
  }
  return {
    regions: REGION_ORDER.slice(0, regionCount),
    certificates: count('certificates', values.certificates ?? (quick ? '500' : '5000'), 0),
    instances: count('instances', values.instances ?? (quick ? '200' : '2000'), 0),
    ...endpointCounts(values, quick),
    problemShare,
    seed: count('seed', values.seed, 0),
    latency: parseLatencyRange(values.latency),
    naive: !values['no-naive'],
    scanConcurrency: optionalCount('scan-concurrency', values['scan-concurrency']),
    describeConcurrency: optionalCount('describe-concurrency', values['describe-concurrency']),
    out: values.out
  }
}

/** Full run; --quick takes a fifth of each. */
const ENDPOINT_DEFAULTS: Readonly<Record<keyof EndpointCounts, [flag: string, full: number]>> = {
  serverCertificates: ['server-certificates', 200],
  classicLoadBalancers: ['classic-load-balancers', 100],
  loadBalancers: ['load-balancers', 400],
  distributions: ['distributions', 200],
  certificateAuthorities: ['certificate-authorities', 40]
}

function endpointCounts(
  values: Record<string, string | boolean | undefined>,
  quick: boolean
): EndpointCounts {
  const counts = {} as EndpointCounts
  for (const [key, [flag, full]] of Object.entries(ENDPOINT_DEFAULTS)) {
    const given = values[flag]
    counts[key as keyof EndpointCounts] = count(
      flag,
      typeof given === 'string' ? given : String(quick ? Math.round(full / 5) : full),
      0
    )
  }
  return counts
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
