/** A fixture directory as the readers see a repository, and every file in it. */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IacRepository } from '../../src/iac/reader.js'
import { fileRepository } from '../../src/iac/repository.js'

/** `__tests__/iac/fixtures/<name>`. */
export function fixtureDir(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
}

export function fixtureRepository(dir: string): IacRepository {
  return fileRepository(dir)
}

/** Every file under dir, repository-relative with POSIX separators, sorted. */
export async function fixtureFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    )
    .sort()
}
