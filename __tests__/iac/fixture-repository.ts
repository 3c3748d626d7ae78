/**
 * An IacRepository over a fixture directory, as the readers see a checked-out repository:
 * repository-relative POSIX paths, nothing outside the directory.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, posix, relative, resolve, sep } from 'node:path'
import type { IacRepository } from '../../src/iac/reader.js'

export function fixtureRepository(dir: string): IacRepository {
  const root = resolve(dir)
  const inside = (file: string): string | null => {
    const path = resolve(root, file)
    return path === root || path.startsWith(root + sep) ? path : null
  }
  return {
    async readText(file) {
      const path = inside(file)
      return path === null ? null : readFile(path, 'utf8').catch(() => null)
    },
    async listDir(dir) {
      const path = inside(dir)
      if (path === null) return []
      const entries = await readdir(path, { withFileTypes: true }).catch(() => [])
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => posix.join(dir, entry.name))
        .sort()
    }
  }
}

/** Every file under the directory, repository-relative, sorted. */
export async function fixtureFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}
