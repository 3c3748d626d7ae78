/** An IacRepository over a fixture directory, as the readers see a checked-out repository. */
import { readdir, readFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import type { IacRepository } from '../../src/iac/reader.js'

export function fixtureRepository(dir: string): IacRepository {
  return {
    async readText(file) {
      if (file.split('/').includes('..')) return null
      return readFile(join(dir, file), 'utf8').catch(() => null)
    },
    async listDir(relative) {
      const entries = await readdir(join(dir, relative), { withFileTypes: true }).catch(() => [])
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => posix.join(relative, entry.name))
        .sort()
    }
  }
}

/** Every file under `dir`, repository-relative, sorted. */
export async function fixtureFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => posix.join(relative(dir, entry.parentPath).split(sep).join('/'), entry.name))
    .sort()
}
