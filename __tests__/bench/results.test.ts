/** The shards section's arithmetic: legs added up, the merge checked against the single scan. */
import type { PlantedProblem } from '../../emulator/aws/index.js'
import type { Floor, LegFigures } from '../../scripts/bench/results.js'
import {
  cliFigures,
  median,
  repeatFigures,
  runFigures,
  shardFigures
} from '../../scripts/bench/results.js'
import type { MergeRun } from '../../scripts/bench/merge-worker.js'
import type { FoundProblem, ScanRun } from '../../scripts/bench/scan-worker.js'
import type { CallRecord } from '../../emulator/aws/index.js'
import { requiredCalls } from '../../scripts/bench/lower-bound.js'

const MEMORY = { startRssBytes: 100, peakRssBytes: 200, peakHeapUsedBytes: 50, samples: 3 }

const found = (account: string, id: string): FoundProblem => ({
  id,
  service: 'rds',
  account,
  region: 'us-east-1',
  resourceId: id,
  resourceArn: `arn:aws:rds:us-east-1:${account}:db:${id}`,
  codes: ['rds-ca-retired']
})

const planted: PlantedProblem[] = [
  { service: 'rds', account: 'a', region: 'us-east-1', resourceId: 'x', problem: 'rds-ca-retired' },
  { service: 'rds', account: 'b', region: 'us-east-1', resourceId: 'y', problem: 'rds-ca-retired' }
]

function run(found: FoundProblem[], wallMs: number): ScanRun {
  return {
    approach: 'ours',
    wallMs,
    cpuMs: wallMs / 2,
    memory: { ...MEMORY, peakRssBytes: wallMs },
    found,
    coverage: [],
    accounts: [...new Set(found.map((f) => f.account))],
    log: []
  }
}

const calls = (...operations: string[]): CallRecord[] =>
  operations.map((operation) => ({
    service: 'sts',
    operation,
    account: 'a',
    region: 'us-east-1',
    time: 0,
    status: 200
  }))

function floor(members: number): Floor {
  const c = requiredCalls([], [], { kind: 'organization', listed: 2, emptyPages: 0, members })
  return {
    calls: c,
    totalCalls: Object.values(c).reduce((x, y) => x + y, 0),
    wall: { ms: 90, credentialsMs: 90, slowest: null },
    dnsQuestions: 0
  }
}

function leg(shard: string, problem: FoundProblem, members: number, wallMs: number): LegFigures {
  const operations = ['AssumeRole', 'ListAccounts', ...Array<string>(members).fill('AssumeRole')]
  const legFloor = floor(members)
  const figures = runFigures(run([problem], wallMs), calls(...operations), legFloor, planted)
  return { ...figures, shard, shardAccounts: 1, floor: legFloor }
}

function merge(ids: FoundProblem[]): MergeRun {
  return {
    wallMs: 5,
    cpuMs: 4,
    memory: MEMORY,
    reports: 2,
    reportBytes: 10,
    mergedBytes: 9,
    found: ids,
    coverage: [{ account: 'a', region: 'us-east-1', service: 'rds', status: 'ok', detail: '' }],
    accounts: ['a', 'b'],
    missingShards: []
  }
}

describe('shardFigures', () => {
  const x = found('a', 'x')
  const y = found('b', 'y')
  // Leg 1 holds the hub (a): one AssumeRole; leg 2 assumes the hub and b's member role.
  const legs = [leg('1/2', x, 0, 300), leg('2/2', y, 1, 500)]
  const single = run([x, y], 600)

  it('adds the legs up, per operation and in all, against the sum of their floors', () => {
    const figures = shardFigures(legs, merge([x, y]), single, planted)
    expect(figures.sum).toMatchObject({
      totalCalls: 2 + 3,
      floorTotalCalls: 2 + 3,
      wallMs: 800,
      floorWallMs: 180,
      cpuMs: 400,
      slowestLegWallMs: 500,
      peakRssBytes: 500
    })
    expect(figures.sum.calls).toMatchObject({ AssumeRole: 3, ListAccounts: 2 })
    expect(figures.sum.floorCalls).toMatchObject({ AssumeRole: 3, ListAccounts: 2 })
    expect(figures.merge).toMatchObject({ findings: 2, accounts: 2, coverage: { ok: 1 } })
  })

  it('checks the merged findings against the single scan’s by id, and against what was planted', () => {
    const same = shardFigures(legs, merge([y, x]), single, planted)
    expect(same.check).toMatchObject({ sameFindingsAsSingle: true, onlyInMerged: [] })
    expect(same.check.completeness).toMatchObject({ planted: 2, found: 2 })

    const lost = shardFigures(legs, merge([x, found('b', 'z')]), single, planted)
    expect(lost.check).toMatchObject({
      sameFindingsAsSingle: false,
      onlyInMerged: ['z'],
      onlyInSingle: ['y']
    })
    expect(lost.check.completeness.missing).toEqual([planted[1]])
  })
})

describe('repeatFigures', () => {
  const x = found('a', 'x')
  const throttledCall: CallRecord = {
    service: 'acm',
    operation: 'DescribeCertificate',
    account: 'a',
    region: 'us-east-1',
    time: 0,
    status: 400,
    errorCode: 'ThrottlingException'
  }
  const runs = [700, 300, 500, 900, 400].map((wallMs, i) =>
    runFigures(
      run([x], wallMs),
      i === 3 ? [...calls('AssumeRole'), throttledCall] : calls('AssumeRole'),
      floor(0),
      planted
    )
  )

  it('reports every run, the median run as ours, and median and max against the floor', () => {
    const { figures, median: middle } = repeatFigures(runs, floor(0), 4)
    expect(middle.wallMs).toBe(500)
    expect(figures).toMatchObject({
      runs: 5,
      wallMs: [700, 300, 500, 900, 400],
      medianWallMs: 500,
      maxWallMs: 900,
      medianToFloor: 500 / 90,
      maxToFloor: 10,
      throttled: [0, 0, 0, 1, 0],
      totalCalls: [1, 1, 1, 2, 1],
      found: [1, 1, 1, 1, 1],
      // The median run's (peak - start) RSS over 4 certificates.
      bytesPerCertificate: (500 - 100) / 4
    })
  })

  it('has no memory per certificate without certificates', () => {
    expect(repeatFigures(runs, floor(0), 0).figures.bytesPerCertificate).toBeNull()
  })
})

describe('median and cliFigures', () => {
  it('takes the lower middle of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2)
    expect(median([5])).toBe(5)
  })

  it('sums the bundled CLI runs up: median and max wall, the largest peak RSS', () => {
    const cli = cliFigures([
      { wallMs: 3000, peakRssBytes: 150, exitCode: 0, found: 2, throttled: 0 },
      { wallMs: 2000, peakRssBytes: 170, exitCode: 0, found: 2, throttled: 1 },
      { wallMs: 2500, peakRssBytes: 160, exitCode: 0, found: 2, throttled: 0 }
    ])
    expect(cli).toMatchObject({
      runs: 3,
      medianWallMs: 2500,
      maxWallMs: 3000,
      maxPeakRssBytes: 170,
      exitCodes: [0, 0, 0],
      found: [2, 2, 2],
      throttled: [0, 1, 0]
    })
  })
})
