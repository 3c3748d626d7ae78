/**
 * What a reader of infrastructure code is given: the files to report on, and read access to the
 * rest of the repository for what those files refer to (a variable declared in a sibling file,
 * a local module, a certificate file named by `file(...)`). Readers do no I/O of their own, so
 * tests hand them an in-memory repository.
 */
import type { IacReadResult } from './records.js'

export interface IacRepository {
  /** Repository-relative POSIX path -> its text; null when absent or outside the repository. */
  readText(file: string): Promise<string | null>
  /** The same, as bytes (a DER certificate is not text). */
  readBytes(file: string): Promise<Buffer | null>
  /** The files directly in a repository-relative directory (`''` is the root), sorted. */
  listDir(dir: string): Promise<string[]>
}

export interface IacReadInput {
  /**
   * The files to report on (repository-relative, POSIX, sorted): records and failures are only
   * ever about these, though resolving a value may read others.
   */
  files: readonly string[]
  repository: IacRepository
}

export type IacReader = (input: IacReadInput) => Promise<IacReadResult>
