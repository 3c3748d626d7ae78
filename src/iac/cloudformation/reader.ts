/**
 * The CloudFormation reader: YAML and JSON templates, SAM templates (CloudFormation with a
 * transform) and CDK output (plain CloudFormation JSON) -> records. Files of the list that are
 * no template are skipped without a word; a template that does not parse is one failure, and
 * the other files still count.
 */
import { oneLine } from '../../shared/text.js'
import type { IacReader, IacRepository } from '../reader.js'
import type { IacReadFailure, IacResourceRecord } from '../records.js'
import { isCdkNonTemplate } from './cdk.js'
import { parseTemplate } from './parse-template.js'
import { resourceRecords } from './resource-records.js'

/** The extensions CloudFormation templates are written with (`.template` in AWS's samples). */
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i

type FileOutcome =
  | { kind: 'read'; file: string; records: IacResourceRecord[] }
  | { kind: 'failed'; failure: IacReadFailure }
  | { kind: 'skipped' }

export const readCloudFormation: IacReader = async ({ files, repository }) => {
  const candidates = files.filter(
    (file) => TEMPLATE_EXTENSIONS.test(file) && !isCdkNonTemplate(file)
  )
  const outcomes = await Promise.all(
    candidates.map((file) =>
      readFile(file, repository).catch(
        // One file that breaks the reader must not take the others with it.
        (error: unknown): FileOutcome => ({
          kind: 'failed',
          failure: { file, detail: `could not be read: ${oneLine(String(error))}` }
        })
      )
    )
  )
  const read = outcomes.flatMap((outcome) => (outcome.kind === 'read' ? [outcome] : []))
  return {
    records: read.flatMap((outcome) => outcome.records).sort(compareRecords),
    failures: outcomes
      .flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.failure] : []))
      .sort((a, b) => compareText(a.file, b.file)),
    filesRead: read.map((outcome) => outcome.file).sort(compareText)
  }
}

async function readFile(file: string, repository: IacRepository): Promise<FileOutcome> {
  const text = await repository.readText(file)
  if (text === null) {
    return { kind: 'failed', failure: { file, detail: 'cannot be read from the repository' } }
  }
  const parsed = parseTemplate(file, text)
  if (parsed.kind === 'other') return { kind: 'skipped' }
  if (parsed.kind === 'broken') {
    return { kind: 'failed', failure: { file, detail: `line ${parsed.line}: ${parsed.message}` } }
  }
  return { kind: 'read', file, records: resourceRecords(parsed.template) }
}

/** File, line, address: the order a reviewer reads a change in. */
function compareRecords(a: IacResourceRecord, b: IacResourceRecord): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    compareText(a.address, b.address)
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
