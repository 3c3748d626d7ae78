/**
 * A person's edit that a run overwrote, found again in the issue's edit history (pure).
 *
 * A run reads the body, computes the next one and writes it; an edit that lands between the
 * read and the write (a tick, a note) is overwritten, and GitHub offers no conditional write to
 * prevent that. But every body a run writes names the body it was computed from (its base
 * marker), and GitHub keeps every revision: when the revision just before a run's write is a
 * person's and is not that base, the person's changes since the base were lost, and the next
 * run puts them back.
 */
import { bodyHash, parseIssueBody, type ParsedIssueBody } from './body.js'
import type { Severity } from '../../model/index.js'

/** One revision of the body, newest first as GitHub lists them. */
export interface Revision {
  body: string
  /** Whether this tool's token wrote it. */
  ours: boolean
  /** Who wrote it, for the log. */
  editor: string
}

/** What a person changed that a run's write took away. */
export interface LostEdit {
  editor: string
  /** Boxes the person ticked, with the severity they were acknowledged at. */
  ticked: Map<string, Severity>
  /** Boxes the person unticked. */
  unticked: Set<string>
  /** The person's notes, when they changed them; null when they did not. */
  notes: string | null
  /** The notes the overwriting run wrote, to tell whether anyone changed them since. */
  writtenNotes: string
}

export function findLostEdit(revisions: readonly Revision[]): LostEdit | null {
  const writeAt = revisions.findIndex((revision) => revision.ours)
  const write = revisions[writeAt]
  if (write === undefined) return null
  const written = parseIssueBody(write.body)
  if (written.base === null) return null
  // The people's revisions between the body the write started from and the write itself.
  const lost: Revision[] = []
  let base: Revision | undefined
  for (const revision of revisions.slice(writeAt + 1)) {
    if (revision.ours || bodyHash(revision.body) === written.base) {
      base = revision
      break
    }
    lost.push(revision)
  }
  const newest = lost[0]
  // Without the base in view there is nothing to compare the lost edit with: better to leave
  // it than to undo the run's own changes.
  if (newest === undefined || base === undefined) return null
  const before = parseIssueBody(base.body)
  const after = parseIssueBody(newest.body)
  const ticked = new Map<string, Severity>()
  const unticked = new Set<string>()
  for (const [id, at] of after.ticked) if (!before.ticked.has(id)) ticked.set(id, at)
  for (const id of before.ticked.keys()) if (!after.ticked.has(id)) unticked.add(id)
  const notes = after.notes === before.notes ? null : after.notes
  if (ticked.size === 0 && unticked.size === 0 && notes === null) return null
  return { editor: newest.editor, ticked, unticked, notes, writtenNotes: written.notes }
}

/**
 * The current body's ticks and notes with a lost edit put back. A tick or untick the person
 * made again since is already there; notes changed since the overwrite keep both texts.
 */
export function restoreLostEdit(current: ParsedIssueBody, lost: LostEdit): ParsedIssueBody {
  const ticked = new Map(current.ticked)
  for (const id of lost.unticked) ticked.delete(id)
  for (const [id, at] of lost.ticked) if (!ticked.has(id)) ticked.set(id, at)
  let notes = current.notes
  if (lost.notes !== null && !current.notes.includes(lost.notes.trim())) {
    notes =
      current.notes === lost.writtenNotes
        ? lost.notes
        : `${current.notes.replace(/\s+$/, '')}\n\n${lost.notes}`
  }
  return { ...current, ticked, notes }
}
