/**
 * The repository as the readers see it: files under one root directory, addressed by
 * repository-relative POSIX paths. A path that leaves the root (`../../etc/passwd` in a
 * `file(...)` call of a pull request) reads as absent, so code under review cannot make the
 * check read, and print, files outside the checkout.
 */
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { IacRepository } from './reader.js'

export function fileRepository(root: string): IacRepository {
  const rootPromise = realpath(root)
  const inside = async (file: string): Promise<string | null> => {
    const normal = path.posix.normalize(file)
    if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) return null
    const base = await rootPromise
    try {
      const real = await realpath(path.join(base, normal))
      return real === base || real.startsWith(base + path.sep) ? real : null
    } catch {
      return null
    }
  }
  const bytes = async (file: string): Promise<Buffer | null> => {
    const full = await inside(file)
    if (full === null) return null
    try {
      return await readFile(full)
    } catch {
      return null
    }
  }
  return {
    readBytes: bytes,
    readText: async (file) => (await bytes(file))?.toString('utf8') ?? null,
    listDir: async (dir) => {
      const full = await inside(dir === '' ? '.' : dir)
      if (full === null) return []
      try {
        const entries = await readdir(full, { withFileTypes: true })
        return entries
          .filter((entry) => entry.isFile())
          .map((entry) => (dir === '' ? entry.name : path.posix.join(dir, entry.name)))
          .sort()
      } catch {
        return []
      }
    }
  }
}
