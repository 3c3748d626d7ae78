/**
 * The files a run writes (the JSON report, the CLI's summary file): checked before any AWS call
 * and written within a time limit, so that a bad path costs one clear line up front instead of
 * the whole scan's results at the end.
 */
import { dirname, resolve } from 'node:path'
import { ConfigError } from '../config/index.js'
import { DEFAULT_BUDGETS, withDeadline } from '../shared/budget.js'
import { fsPromises } from '../shared/lazy-builtins.js'
import type { Report } from '../model/index.js'

/**
 * Makes sure `path` can be written: missing parent folders are created one level at a time
 * (Node's recursive mkdir never returns under /proc), an existing file must be a file, and a new
 * one is created and removed again, which is the only test that special file systems answer
 * truthfully (root may "access" /proc for writing and still not create anything there).
 * Returns the absolute path; throws a ConfigError naming `input`.
 */
export async function prepareOutputFile(
  input: string,
  path: string,
  example: string,
  timeoutMs = DEFAULT_BUDGETS.fileMs
): Promise<string> {
  const absolute = resolve(path)
  const refuse = (problem: string): never => {
    throw new ConfigError(input, `${problem} (path ${absolute})`, example)
  }
  const check = async (): Promise<void> => {
    const existing = await statOrNull(absolute)
    if (existing?.isDirectory()) refuse('is a directory, not a file')
    await makeParents(dirname(absolute), refuse)
    if (existing !== null) {
      const file = await fsPromises()
        .open(absolute, 'r+')
        .catch((err: unknown) => refuse(`names a file that cannot be written${errorCode(err)}`))
      await file.close()
      return
    }
    const probe = await fsPromises()
      .open(absolute, 'wx')
      .catch((err: unknown) => refuse(`names a file that cannot be created${errorCode(err)}`))
    await probe.close()
    await fsPromises().unlink(absolute)
  }
  await withDeadline(check(), timeoutMs, 'the file system').catch((err: unknown) => {
    if (err instanceof ConfigError) throw err
    return refuse(`cannot be checked: ${String((err as Error).message)}`)
  })
  return absolute
}

/** Writes the JSON report and returns its absolute path (the `report-path` output). */
export async function writeReportFile(
  report: Report,
  path: string,
  timeoutMs = DEFAULT_BUDGETS.fileMs
): Promise<string> {
  return writeOutputFile(path, `${JSON.stringify(report, null, 2)}\n`, timeoutMs)
}

/** Writes a text file (creating its folders) within the time limit; returns its absolute path. */
export async function writeOutputFile(
  path: string,
  text: string,
  timeoutMs = DEFAULT_BUDGETS.fileMs
): Promise<string> {
  const absolute = resolve(path)
  const write = async () => {
    await makeParents(dirname(absolute), (problem) => {
      throw new Error(`${problem} (${absolute})`)
    })
    await fsPromises().writeFile(absolute, text, 'utf8')
  }
  await withDeadline(write(), timeoutMs, `the file system writing ${absolute}`)
  return absolute
}

/** Creates the missing folders above a file, outermost first, without recursive mkdir. */
async function makeParents(folder: string, refuse: (problem: string) => never): Promise<void> {
  const missing: string[] = []
  let current = folder
  for (;;) {
    const found = await statOrNull(current)
    if (found !== null) {
      if (!found.isDirectory()) refuse(`has a parent that is not a folder: ${current}`)
      break
    }
    missing.push(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const dir of missing.reverse()) {
    await fsPromises()
      .mkdir(dir)
      .catch((err: unknown) => {
        if ((err as { code?: unknown }).code !== 'EEXIST') {
          refuse(`needs the folder ${dir}, which cannot be created${errorCode(err)}`)
        }
      })
  }
}

async function statOrNull(path: string) {
  try {
    return await fsPromises().stat(path)
  } catch {
    return null
  }
}

/** `: ENOENT`, or '' when the error has no system code. */
function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' ? `: ${code}` : ''
}
