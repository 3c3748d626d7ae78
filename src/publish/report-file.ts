import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Report } from '../types.js'

/** Writes the JSON report and returns its absolute path (the `report-path` output). */
export async function writeReportFile(report: Report, path: string): Promise<string> {
  const absolute = resolve(path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, `${JSON.stringify(report, null, 2)}\n`, 'utf8')
  return absolute
}
