/** The benchmark's figures as the compact plain-text report `npm run bench` prints. */
import { ACM_PAGE_SIZE, ELB_PAGE_SIZE, RDS_PAGE_SIZE } from './lower-bound.js'
import type { BenchResult, RunFigures } from './results.js'

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

export function renderBench(result: BenchResult): string {
  const { estate, floor, runs } = result
  const { ours, naive } = runs
  const vs = result.naiveOverOurs
  const latencies = Object.values(estate.latencyMs)
  const lines: string[] = [
    'aws-cert-watch scan benchmark',
    `Estate:   ${estate.accounts} account x ${estate.regions.length} regions, ` +
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
  row('wall time', formatMs(floor.wall.ms), formatMs(ours.wallMs), formatRatio(ours.wallToFloor), [
    formatMs(naive?.wallMs ?? 0),
    formatRatio(naive?.wallToFloor),
    formatRatio(vs?.wall)
  ])
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
  lines.push(...table(rows), '')

  const slowest = floor.wall.slowest
  lines.push(
    'floor = the least a complete scan can do on this estate:',
    `  calls: ceil(n/${ACM_PAGE_SIZE}) ListCertificates pages and ceil(n/${RDS_PAGE_SIZE}) pages of each RDS list per region (at least 1),`,
    "    DescribeCertificate only for the certificates evaluate's acmNeedsDescribe flags (counted from the estate),",
    '    one DescribeDBEngineVersions per engine/version with a finding, one GetCallerIdentity,',
    `    ceil(n/${ELB_PAGE_SIZE}) pages of each ELB API's DescribeLoadBalancers, one DescribeListeners per ALB/NLB and`,
    '    one DescribeListenerCertificates per HTTPS/TLS listener, ListCertificateAuthorities pages per region,',
    '    ListServerCertificates and ListDistributions pages once per account;',
    "  time: one STS round trip, then the slowest region's chain: ListCertificates pages at the quota,",
    '    describes at the quota after a one-second burst, plus round trips' +
      (slowest
        ? ` (${slowest.region}: ACM ${formatMs(slowest.acmMs)}, RDS ${formatMs(slowest.rdsMs)}, ELB ${formatMs(slowest.elbMs)}).`
        : '.'),
    "ours = aws-cert-watch's scan() with its defaults" +
      (ours.overrides ? ` and ${JSON.stringify(ours.overrides)}` : '') +
      '; naive = one region after another, plain SDK clients',
    '  (standard retry), every certificate listed then described one by one, every engine version looked up.',
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
  return lines.join('\n')
}
