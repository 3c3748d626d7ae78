/**
 * Template text -> a positioned Template, with the `yaml` package for both languages (JSON is
 * YAML 1.2). A file that is YAML or JSON but no template (a workflow, package.json, a
 * Kubernetes manifest) is `other`; one that looks like a template and does not parse is
 * `broken`, with the line of the first error.
 */
import { LineCounter, parseAllDocuments } from 'yaml'
import { oneLine } from '../../shared/text.js'
import { entryOf, stringOf, type Template, type TemplateMap } from './template.js'
import { templateNodeOf } from './yaml-nodes.js'
import { intrinsicTags } from './yaml-tags.js'

export type ParsedTemplate =
  | { kind: 'template'; template: Template }
  | { kind: 'other' }
  | { kind: 'broken'; line: number; message: string }

/**
 * Seen in a file that failed to parse, these make it a template rather than some other YAML:
 * the format version key, or a resource type (`Type: AWS::RDS::DBInstance`).
 */
const TEMPLATE_MARKERS = [
  /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m,
  /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/
]

export function parseTemplate(file: string, text: string): ParsedTemplate {
  const lines = new LineCounter()
  const documents = parseAllDocuments(text, {
    customTags: intrinsicTags,
    lineCounter: lines,
    prettyErrors: false
  })
  const looksLikeTemplate = TEMPLATE_MARKERS.some((marker) => marker.test(text))
  const errors = Array.from(documents, (document) => document.errors)
    .flat()
    .sort((a, b) => a.pos[0] - b.pos[0])
  const [first] = errors
  if (first) {
    return looksLikeTemplate
      ? { kind: 'broken', line: lines.linePos(first.pos[0]).line, message: oneLine(first.message) }
      : { kind: 'other' }
  }
  const [document, second] = Array.from(documents)
  if (!document) return { kind: 'other' }
  if (second) {
    // CloudFormation reads one document; a second one in a template is a mistake to point at.
    if (!looksLikeTemplate) return { kind: 'other' }
    const line = lines.linePos(second.range[0]).line
    return { kind: 'broken', line, message: 'a template is one YAML document; another starts here' }
  }
  const root = templateNodeOf(document, lines)
  if (root.kind !== 'map' || !isTemplateRoot(root)) return { kind: 'other' }
  const language = text.trimStart().startsWith('{') ? 'cloudformation-json' : 'cloudformation-yaml'
  return { kind: 'template', template: { file, language, root } }
}

/** A format version, or a Resources mapping with at least one `AWS::` resource type. */
function isTemplateRoot(root: TemplateMap): boolean {
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true
  const resources = entryOf(root, 'Resources')?.value
  return (
    resources?.kind === 'map' &&
    resources.entries.some((resource) =>
      stringOf(entryOf(resource.value, 'Type')?.value)?.startsWith('AWS::')
    )
  )
}
