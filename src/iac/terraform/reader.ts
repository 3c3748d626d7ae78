/**
 * Terraform (`.tf`, `.tf.json`) -> records. Each directory of the requested files is read as a
 * module; local module calls are followed, so a module's resources are reported once per call
 * with the call's arguments (`module.db.aws_db_instance.this`). A directory that a requested
 * directory calls is not also read as a root module of its own: its variables would then
 * resolve to their defaults, contradicting what the call passes.
 */
import type { IacReadFailure, IacResourceRecord } from '../records.js'
import type { IacReader } from '../reader.js'
import { dirOf, isTerraformFile, ModuleLoader } from './modules.js'
import type { Scope } from './resolve.js'
import { resourceRecord, type RecordContext } from './resource-records.js'

export const readTerraform: IacReader = async ({ files, repository }) => {
  const requested = files.filter(isTerraformFile)
  const loader = new ModuleLoader(repository)
  const failures: IacReadFailure[] = []
  const filesRead: string[] = []
  const parsed = await Promise.all(
    requested.map(async (file) => ({ file, parse: await loader.parse(file) }))
  )
  for (const { file, parse } of parsed) {
    if (parse === null) failures.push({ file, detail: 'not found in the repository' })
    else if (!parse.ok) failures.push({ file, detail: parse.detail })
    else filesRead.push(file)
  }

  const dirs = [...new Set(requested.map(dirOf))].sort()
  const called = new Set<string>()
  for (const dir of dirs) await addCalledDirs(loader, dir, called, [dir])
  const context: RecordContext = { repository, requested: new Set(requested) }
  const records: IacResourceRecord[] = []
  for (const dir of dirs.filter((d) => !called.has(d))) {
    const root: Scope = { module: await loader.module(dir), rootDir: dir, prefix: '', caller: null }
    records.push(...(await instanceRecords(root, loader, context, [dir])))
  }
  return {
    records: sortAndMerge(records),
    failures: failures.sort((a, b) => compare(a.file, b.file)),
    filesRead: filesRead.sort(compare)
  }
}

async function addCalledDirs(
  loader: ModuleLoader,
  dir: string,
  called: Set<string>,
  chain: string[]
): Promise<void> {
  for (const call of (await loader.module(dir)).calls) {
    if (chain.includes(call.dir)) continue
    called.add(call.dir)
    await addCalledDirs(loader, call.dir, called, [...chain, call.dir])
  }
}

/** The records of one module instance and of the instances its calls make; `chain` stops a module calling itself. */
async function instanceRecords(
  scope: Scope,
  loader: ModuleLoader,
  context: RecordContext,
  chain: string[]
): Promise<IacResourceRecord[]> {
  const records: IacResourceRecord[] = []
  for (const resource of scope.module.resources) {
    const record = await resourceRecord(resource, scope, context)
    if (record !== null) records.push(record)
  }
  for (const call of scope.module.calls) {
    if (chain.includes(call.dir)) continue
    const instance: Scope = {
      module: await loader.module(call.dir),
      rootDir: scope.rootDir,
      prefix: `${scope.prefix}module.${call.name}.`,
      caller: { call, scope }
    }
    records.push(...(await instanceRecords(instance, loader, context, [...chain, call.dir])))
  }
  return records
}

/**
 * By file, line and address. Two roots calling one module give the same record at the module's
 * setting when they give it the same value (prod and staging pinning one CA): it is reported
 * once, naming every way it was reached, so that its finding id (file and address) stays unique.
 */
function sortAndMerge(records: IacResourceRecord[]): IacResourceRecord[] {
  const byKey = new Map<string, { record: IacResourceRecord; from: Set<string> }>()
  for (const { resolvedFrom, ...rest } of records) {
    const key = JSON.stringify(rest)
    const entry = byKey.get(key) ?? { record: rest as IacResourceRecord, from: new Set<string>() }
    if (resolvedFrom !== undefined) entry.from.add(resolvedFrom)
    byKey.set(key, entry)
  }
  return [...byKey.entries()]
    .sort(
      ([aKey, a], [bKey, b]) =>
        compare(a.record.location.file, b.record.location.file) ||
        a.record.location.line - b.record.location.line ||
        compare(a.record.address, b.record.address) ||
        compare(aKey, bKey)
    )
    .map(([, { record, from }]) =>
      from.size === 0 ? record : { ...record, resolvedFrom: [...from].sort(compare).join('; ') }
    )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
