/** The benchmark's figures as the compact plain-text report `npm run bench` prints. */
import {
  ACM_PAGE_SIZE,
  ELB_PAGE_SIZE,
  ORGANIZATIONS_PAGE_SIZE,
  RDS_PAGE_SIZE
} from './lower-bound.js'
import type { BenchResult, RunFigures, ShardFigures } from './results.js'

const number = (n: number) => n.toLocaleString('en-US')

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 100_000) return `${(ms / 1000).toFixed(2)} s`
  return `${(ms / 1000).toFixed(0)} s`
}

export function formatRatio(r: number | null | undefined): string {
  if (r === null || r === undefined || !Number.isFinite(r)) return '-'
  return r >= 100 ? `${r.toFixed(0)}x` : `${r.toFixed(2)}x`
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`
}

/** Columns padded to their widest cell; the first column left-aligned, the rest right. */
function table(rows: string[][]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  )
}

function callCell(run: RunFigures | undefined, op: string): string {
  const calls = run?.calls[op]
  if (calls === undefined) return run === undefined ? '' : '0'
  const extra = [
    calls.throttled > 0 ? `${number(calls.throttled)} thr` : '',
    calls.failed > 0 ? `${number(calls.failed)} err` : ''
  ].filter(Boolean)
  return extra.length > 0 ? `${number(calls.total)} (${extra.join(', ')})` : number(calls.total)
}

function completenessCell(run: RunFigures): string {
  const { planted, found } = run.completeness
  return `${number(found)}/${number(planted)} ${found === planted ? 'all found' : 'MISSING SOME'}`
}

function coverageCell(run: RunFigures): string {
  const { ok, failed, skipped } = run.coverage
  return [`${ok} ok`, failed > 0 ? `${failed} failed` : '', skipped > 0 ? `${skipped} skipped` : '']
    .filter(Boolean)
    .join(', ')
}

/** `1 account` or `100 accounts (an Organization: ...)`. */
function accountsCell(estate: BenchResult['estate']): string {
  const { organization } = estate
  if (organization === undefined) {
    return `${number(estate.accounts)} account${estate.accounts === 1 ? '' : 's'}`
  }
  const others = [
    organization.suspended > 0 ? `${organization.suspended} suspended` : '',
    organization.closed > 0 ? `${organization.closed} closed` : ''
  ].filter(Boolean)
  return (
    `${number(estate.accounts)} accounts (an Organization: hub ${organization.managementAccount} + ` +
    `${number(estate.accounts - 1)} members${others.length > 0 ? `; ${others.join(' and ')} more listed, not scanned` : ''})`
  )
}

export function renderBench(result: BenchResult): string {
  const { estate, floor, runs } = result
  const { ours, naive } = runs
  const vs = result.naiveOverOurs
  const latencies = Object.values(estate.latencyMs)
  const lines: string[] = [
    'aws-cert-watch scan benchmark',
    `Estate:   ${accountsCell(estate)} x ${estate.regions.length} regions, ` +
      `${number(estate.certificates)} ACM certificates, ${number(estate.instances)} DB instances, ` +
      `${number(estate.serverCertificates)} IAM server certificates, ` +
      `${number(estate.classicLoadBalancers + estate.loadBalancers)} load balancers, ` +
      `${number(estate.distributions)} CloudFront distributions, ` +
      `${number(estate.certificateAuthorities)} private CAs,`,
    `          ${number(estate.planted)} planted problems (share ${estate.problemShare}, seed ${estate.seed})`,
    `Endpoint: local AWS emulator, ${Math.min(...latencies)}-${Math.max(...latencies)} ms per call ` +
      `by region; quotas per account+region: ListCertificates ${estate.quotas.ListCertificates}/s, ` +
      `DescribeCertificate ${estate.quotas.DescribeCertificate}/s, RDS unlimited`,
    ''
  ]
  const header = ['', 'floor', 'ours', 'ours/floor']
  if (naive) header.push('naive', 'naive/floor', 'naive/ours')
  const rows: string[][] = [header]
  const row = (
    label: string,
    floorCell: string,
    oursCell: string,
    oursRatio: string,
    naiveCells: string[]
  ) =>
    rows.push(
      naive
        ? [label, floorCell, oursCell, oursRatio, ...naiveCells]
        : [label, floorCell, oursCell, oursRatio]
    )
  for (const op of Object.keys(ours.calls)) {
    const floorCalls = (floor.calls as Record<string, number>)[op]
    // An operation neither the floor nor any run needs (STS's other way in) is left out.
    const made = [ours, naive].some((run) => (run?.calls[op]?.total ?? 0) > 0)
    if (!made && (floorCalls ?? 0) === 0) continue
    row(
      op,
      floorCalls === undefined ? '-' : number(floorCalls),
      callCell(ours, op),
      formatRatio(ours.callsToFloor[op]),
      [callCell(naive, op), formatRatio(naive?.callsToFloor[op]), formatRatio(vs?.calls[op])]
    )
  }
  row(
    'calls, all operations',
    number(floor.totalCalls),
    number(ours.totalCalls),
    formatRatio(ours.totalCalls / floor.totalCalls),
    [
      number(naive?.totalCalls ?? 0),
      formatRatio((naive?.totalCalls ?? 0) / floor.totalCalls),
      formatRatio(vs?.calls.total)
    ]
  )
  if (floor.dnsQuestions > 0 || ours.dnsQueries > 0) {
    row(
      'DNS questions (not AWS calls)',
      number(floor.dnsQuestions),
      number(ours.dnsQueries),
      formatRatio(floor.dnsQuestions > 0 ? ours.dnsQueries / floor.dnsQuestions : null),
      []
    )
  }
  row(
    'wall time (median run)',
    formatMs(floor.wall.ms),
    formatMs(ours.wallMs),
    formatRatio(ours.wallToFloor),
    [formatMs(naive?.wallMs ?? 0), formatRatio(naive?.wallToFloor), formatRatio(vs?.wall)]
  )
  row('CPU time (scan process)', '', formatMs(ours.cpuMs), '', [
    formatMs(naive?.cpuMs ?? 0),
    '',
    formatRatio(vs?.cpu)
  ])
  row(
    'peak RSS (at start)',
    '',
    `${mib(ours.memory.peakRssBytes)} (${mib(ours.memory.startRssBytes)})`,
    '',
    [
      `${mib(naive?.memory.peakRssBytes ?? 0)} (${mib(naive?.memory.startRssBytes ?? 0)})`,
      '',
      formatRatio(vs?.peakRss)
    ]
  )
  row('peak heap used', '', mib(ours.memory.peakHeapUsedBytes), '', [
    mib(naive?.memory.peakHeapUsedBytes ?? 0),
    '',
    ''
  ])
  row('coverage rows', '', coverageCell(ours), '', naive ? [coverageCell(naive), '', ''] : [])
  row(
    'planted problems found',
    number(estate.planted),
    completenessCell(ours),
    '',
    naive ? [completenessCell(naive), '', ''] : []
  )
  lines.push(...table(rows), '', ...renderRepeats(result), '')

  const slowest = floor.wall.slowest
  const where = slowest
    ? `${estate.organization === undefined ? '' : `${slowest.account} `}${slowest.region}`
    : ''
  lines.push(
    'floor = the least a complete scan can do on this estate:',
    '  calls: credentials: one GetCallerIdentity (one account, default chain), or for an Organization one',
    `    AssumeRole of the hub role, ceil(n/${ORGANIZATIONS_PAGE_SIZE}) ListAccounts pages over every account it lists (suspended and closed`,
    '    ones too, plus any empty pages) and one AssumeRole of the member role per other ACTIVE account;',
    `    ceil(n/${ACM_PAGE_SIZE}) ListCertificates pages and ceil(n/${RDS_PAGE_SIZE}) pages of each RDS list per account and region (at least 1),`,
    "    DescribeCertificate only for the certificates evaluate's acmNeedsDescribe flags (counted from the estate),",
    '    one DescribeDBEngineVersions per engine/version with a finding in each account and region,',
    `    ceil(n/${ELB_PAGE_SIZE}) pages of each ELB API's DescribeLoadBalancers, one DescribeListeners per ALB/NLB and`,
    '    one DescribeListenerCertificates per HTTPS/TLS listener, ListCertificateAuthorities pages per region,',
    '    ListServerCertificates and ListDistributions pages once per account;',
    `  time: the credentials (${formatMs(floor.wall.credentialsMs)}: one STS round trip from the home region; an Organization: the hub's`,
    '    AssumeRole, the ListAccounts pages one after another, one round trip for every member AssumeRole at once),',
    "    then the slowest account and region's chain, all at once: ListCertificates pages at the quota, describes",
    '    at the quota after a one-second burst, RDS list pages then one round trip of engine-version look-ups,',
    '    ELB lists, listeners, listener certificates' +
      (slowest
        ? ` (${where}: ACM ${formatMs(slowest.acmMs)}, RDS ${formatMs(slowest.rdsMs)}, ELB ${formatMs(slowest.elbMs)}).`
        : '.'),
    "ours = aws-cert-watch's scan() with its defaults" +
      (ours.overrides ? ` and ${JSON.stringify(ours.overrides)}` : '') +
      (estate.organization === undefined
        ? ''
        : `, accounts: organization, role-to-assume: ${estate.organization.hubRoleArn} (from the default chain)`) +
      (naive ? '; naive = one region after another, plain SDK clients' : ''),
    ...(naive
      ? [
          '  (standard retry), every certificate listed then described one by one, every engine version looked up.'
        ]
      : []),
    ...(result.naiveSkipped === undefined ? [] : [`  naive: not run: ${result.naiveSkipped}.`]),
    'Calls include throttled (thr) and failed (err) answers; each scan ran in its own process.'
  )
  for (const run of [ours, naive]) {
    if (run === undefined) continue
    for (const failure of run.coverage.failures) lines.push(`${run.approach} failed: ${failure}`)
    for (const p of run.completeness.missing.slice(0, 10)) {
      lines.push(
        `${run.approach} missed: ${p.problem} ${p.service} ${p.account} ${p.region} ${p.resourceId}`
      )
    }
    if (run.completeness.missing.length > 10) {
      lines.push(`${run.approach} missed ${run.completeness.missing.length - 10} more`)
    }
  }
  if (result.shards !== undefined) lines.push('', ...renderShards(result.shards, ours, floor))
  return lines.join('\n')
}

/** Our runs' spread, and the bundled CLI's whole-process time and peak memory. */
export function renderRepeats(result: BenchResult): string[] {
  const { repeats, cli, floor, estate } = result
  const each = (values: readonly number[], format: (n: number) => string) =>
    values.map(format).join(', ')
  const lines = [
    `ours, ${repeats.runs} runs in process (scan() window; the table shows the median run): wall median ` +
      `${formatMs(repeats.medianWallMs)} (${formatRatio(repeats.medianToFloor)} floor), max ` +
      `${formatMs(repeats.maxWallMs)} (${formatRatio(repeats.maxToFloor)}); each ${each(repeats.wallMs, formatMs)}`,
    `  throttled calls per run: ${each(repeats.throttled, number)}; calls per run: ` +
      `${each(repeats.totalCalls, number)} (floor ${number(floor.totalCalls)}); planted problems found per run: ` +
      `${each(repeats.found, number)} of ${number(estate.planted)}`,
    repeats.bytesPerCertificate === null
      ? '  memory per certificate: - (no certificates)'
      : `  memory per certificate: ${(repeats.bytesPerCertificate / 1024).toFixed(1)} KiB ` +
        '((peak RSS - RSS at start) / certificates, median run; RDS, ELB and the rest included)'
  ]
  if ('skipped' in cli) {
    lines.push(`bundled CLI: not run: ${cli.skipped}`)
    return lines
  }
  lines.push(
    `bundled CLI (node dist/cli/index.js scan, spawn to exit), ${cli.runs} runs: wall median ` +
      `${formatMs(cli.medianWallMs)} (${formatRatio(cli.medianWallMs / floor.wall.ms)} floor), max ` +
      `${formatMs(cli.maxWallMs)}; peak RSS max ${mib(cli.maxPeakRssBytes)}; each ${each(cli.wallMs, formatMs)} / ` +
      `${each(cli.peakRssBytes, mib)}`,
    `  throttled calls per run: ${each(cli.throttled, number)}; planted problems found per run: ` +
      `${each(cli.found, number)} of ${number(estate.planted)}` +
      (cli.exitCodes.every((code) => code === 0)
        ? ''
        : `; EXIT CODES ${cli.exitCodes.map(String).join(', ')}`)
  )
  return lines
}

/** The matrix legs, their sum against the single scan, and the merge. */
export function renderShards(
  shards: ShardFigures,
  single: RunFigures,
  floor: BenchResult['floor']
): string[] {
  const { legs, sum, merge, check } = shards
  const lines = [
    `Shards: ${shards.count} legs (shard: i/${shards.count}), one after another, each in its own process writing its JSON report; ` +
      'then the merge of those reports in its own process'
  ]
  const rows: string[][] = [
    [
      '',
      'accounts',
      'calls',
      'floor',
      'calls/floor',
      'wall',
      'floor',
      'wall/floor',
      'CPU',
      'peak RSS',
      'peak heap',
      'found'
    ]
  ]
  for (const leg of legs) {
    rows.push([
      `leg ${leg.shard}`,
      leg.accounts === leg.shardAccounts
        ? number(leg.accounts)
        : `${number(leg.accounts)} of ${number(leg.shardAccounts)}`,
      number(leg.totalCalls),
      number(leg.floor.totalCalls),
      formatRatio(leg.totalCalls / leg.floor.totalCalls),
      formatMs(leg.wallMs),
      formatMs(leg.floor.wall.ms),
      formatRatio(leg.wallToFloor),
      formatMs(leg.cpuMs),
      mib(leg.memory.peakRssBytes),
      mib(leg.memory.peakHeapUsedBytes),
      completenessCell(leg)
    ])
  }
  rows.push([
    'sum of legs',
    number(legs.reduce((n, leg) => n + leg.accounts, 0)),
    number(sum.totalCalls),
    number(sum.floorTotalCalls),
    formatRatio(sum.totalCalls / sum.floorTotalCalls),
    formatMs(sum.wallMs),
    formatMs(sum.floorWallMs),
    formatRatio(sum.wallMs / sum.floorWallMs),
    formatMs(sum.cpuMs),
    `${mib(sum.peakRssBytes)} max`,
    '',
    ''
  ])
  rows.push([
    'single scan',
    number(single.accounts),
    number(single.totalCalls),
    number(floor.totalCalls),
    formatRatio(single.totalCalls / floor.totalCalls),
    formatMs(single.wallMs),
    formatMs(floor.wall.ms),
    formatRatio(single.wallToFloor),
    formatMs(single.cpuMs),
    mib(single.memory.peakRssBytes),
    mib(single.memory.peakHeapUsedBytes),
    completenessCell(single)
  ])
  rows.push([
    'sum / single',
    '',
    formatRatio(sum.totalCalls / single.totalCalls),
    formatRatio(sum.floorTotalCalls / floor.totalCalls),
    '',
    formatRatio(sum.wallMs / single.wallMs),
    formatRatio(sum.floorWallMs / floor.wall.ms),
    '',
    formatRatio(sum.cpuMs / single.cpuMs),
    formatRatio(sum.peakRssBytes / single.memory.peakRssBytes),
    '',
    ''
  ])
  lines.push(...table(rows))
  const differing = Object.keys(sum.calls).filter(
    (op) => sum.calls[op] !== (single.calls[op]?.total ?? 0)
  )
  lines.push(
    `  slowest leg ${formatMs(sum.slowestLegWallMs)} (a matrix running every leg at once waits that long, plus the merge job)`,
    '  calls the legs make beyond the single scan: ' +
      (differing.length === 0
        ? 'none'
        : differing
            .map((op) => {
              const extra = (sum.calls[op] ?? 0) - (single.calls[op]?.total ?? 0)
              return `${op} ${extra >= 0 ? '+' : ''}${number(extra)} (${number(sum.calls[op] ?? 0)} vs ${number(single.calls[op]?.total ?? 0)}; floor ${number(sum.floorCalls[op] ?? 0)})`
            })
            .join(', ')),
    `Merge: ${merge.reports} reports (${mib(merge.reportBytes)} on disk) read, merged and written (${mib(merge.mergedBytes)}) in ` +
      `${formatMs(merge.wallMs)}, CPU ${formatMs(merge.cpuMs)}, peak RSS ${mib(merge.memory.peakRssBytes)} ` +
      `(${mib(merge.memory.startRssBytes)} at start), peak heap ${mib(merge.memory.peakHeapUsedBytes)}; ` +
      `${number(merge.findings)} findings over ${number(merge.accounts)} accounts, coverage ${merge.coverage.ok} ok` +
      (merge.coverage.failed > 0 ? `, ${merge.coverage.failed} failed` : '') +
      (merge.missingShards.length > 0 ? `; MISSING shards ${merge.missingShards.join(', ')}` : ''),
    `  merged findings vs the single scan's (by id): ` +
      (check.sameFindingsAsSingle
        ? `the same ${number(merge.findings)}`
        : `DIFFERENT: ${check.onlyInMerged.length} only merged, ${check.onlyInSingle.length} only single` +
          ` (e.g. ${[...check.onlyInMerged, ...check.onlyInSingle].slice(0, 3).join(', ')})`) +
      `; planted problems found in the merge: ${number(check.completeness.found)}/${number(check.completeness.planted)}` +
      (check.completeness.missing.length === 0 ? ' all found' : ' MISSING SOME')
  )
  for (const leg of legs) {
    for (const failure of leg.coverage.failures.slice(0, 5)) {
      lines.push(`leg ${leg.shard} failed: ${failure}`)
    }
  }
  return lines
}
