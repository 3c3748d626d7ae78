/**
 * The iac check: the repository's files (`paths`, narrowed to what a pull request changes) ->
 * each reader's records -> the checks -> one report. A file that cannot be read, a git that
 * cannot tell the changes, or a CA list that cannot be fetched costs its own part and is told
 * in the coverage, never the rest.
 */
import type { CoverageRow, Finding, IacSettings, Report } from '../model/index.js'
import { reportTotals } from '../report/json-report.js'
import { countOf } from '../shared/text.js'
import { KNOWN_CA_CATALOG, type RdsCaCatalog } from './checks/ca-catalog.js'
import { evaluateIac } from './checks/index.js'
import { changedFiles, type Git, type PullRequestRange } from './changed-files.js'
import { discoverFiles, readerFor, type IacReaderName } from './discover.js'
import type { LiveCas } from './live-cas.js'
import type { IacRepository } from './reader.js'
import { IAC_READERS } from './readers.js'
import type { IacRecord } from './records.js'

/** The report's `scope.services` and the service of its coverage rows' readers. */
export const IAC_SCOPE = 'iac'

export interface IacRun {
  /** The repository's root directory (the workspace). */
  root: string
  repository: IacRepository
  settings: IacSettings
  now: Date
  /** The event's pull request, when it is one. */
  pullRequest: PullRequestRange | null
  git: Git
  /** The live CA list; null when no AWS credentials are at hand. */
  liveCas: () => Promise<LiveCas | null>
  log(message: string): void
}

/** The report, and what was checked, for the summary's headline. */
export interface IacOutcome {
  report: Report
  filesChecked: number
  /** Whether only the pull request's changed files were. */
  changedOnly: boolean
}

export async function checkIac(run: IacRun): Promise<IacOutcome> {
  const coverage: CoverageRow[] = []
  const { files, changedOnly } = await filesToCheck(run, coverage)
  const byReader = new Map<IacReaderName, string[]>()
  for (const file of files) {
    const name = readerFor(file)
    if (name !== null) byReader.set(name, [...(byReader.get(name) ?? []), file])
  }
  const records: IacRecord[] = []
  const resourcesScanned: Record<string, number> = {}
  for (const name of Object.keys(IAC_READERS).sort() as IacReaderName[]) {
    const mine = byReader.get(name) ?? []
    resourcesScanned[name] = 0
    if (mine.length === 0) continue
    const read = await (await IAC_READERS[name]())({ files: mine, repository: run.repository })
    records.push(...read.records)
    resourcesScanned[name] = read.records.length
    coverage.push(readerRow(name, read.filesRead.length, read.records.length))
    for (const failure of read.failures) {
      coverage.push({
        ...IAC_ROW,
        service: name,
        status: 'failed',
        detail: `${failure.file}: ${failure.detail}`
      })
    }
  }
  const cas = await caCatalog(run, records, coverage)
  const findings: Finding[] = evaluateIac(records, {
    now: run.now,
    thresholds: run.settings.thresholds,
    targetCa: run.settings.targetCa,
    cas
  })
  const report: Report = {
    schemaVersion: 1,
    generatedAt: run.now.toISOString(),
    thresholds: { ...run.settings.thresholds },
    scope: {
      accounts: cas.kind === 'live' && cas.account !== '' ? [cas.account] : [],
      regions: [],
      services: [IAC_SCOPE],
      shard: '1/1'
    },
    coverage,
    findings,
    totals: reportTotals(findings, resourcesScanned, 0)
  }
  return { report, filesChecked: files.length, changedOnly }
}

const IAC_ROW = { account: '', region: '' } as const

function readerRow(name: IacReaderName, files: number, records: number): CoverageRow {
  return {
    ...IAC_ROW,
    service: name,
    status: 'ok',
    detail: `${countOf(files, 'file')} read, ${countOf(records, name === 'certificate-files' ? 'certificate file' : 'setting')} to check`
  }
}

async function filesToCheck(
  run: IacRun,
  coverage: CoverageRow[]
): Promise<{ files: string[]; changedOnly: boolean }> {
  const all = await discoverFiles(run.root, run.settings.paths)
  const every = { files: all, changedOnly: false }
  const wanted =
    run.settings.changedOnly === 'auto' ? run.pullRequest !== null : run.settings.changedOnly
  if (!wanted) return every
  if (run.pullRequest === null) {
    run.log('changed-only: this is not a pull request event, so every file is checked.')
    return every
  }
  const changed = await changedFiles(run.pullRequest, run.git)
  if ('problem' in changed) {
    coverage.push({
      ...IAC_ROW,
      service: 'changed-files',
      status: 'failed',
      detail: `${changed.problem}: every file was checked instead (fetch-depth: 0 on actions/checkout avoids it)`
    })
    return every
  }
  const set = new Set(changed.files)
  const chosen = all.filter((file) => set.has(file))
  run.log(
    `changed-only: ${countOf(changed.files.length, 'file')} changed, ${chosen.length} of them checked.`
  )
  return { files: chosen, changedOnly: true }
}

/** Live only when a check needs it: a pinned or unset CA was read. */
async function caCatalog(
  run: IacRun,
  records: readonly IacRecord[],
  coverage: CoverageRow[]
): Promise<RdsCaCatalog> {
  const needed = records.some(
    (record) => record.kind === 'rds-ca' && record.value.kind !== 'expression'
  )
  if (!needed) return KNOWN_CA_CATALOG
  const live = await run.liveCas()
  if (live === null) return KNOWN_CA_CATALOG
  coverage.push(live.coverage)
  return live.catalog
}
