/**
 * Template text -> a positioned Template, with the `yaml` package for both languages (JSON is
 * YAML 1.2). A file that is YAML or JSON but no template (a workflow, package.json, a
 * Kubernetes manifest) is `other`; one that looks like a template and does not parse is
 * `broken`, with the line of the first error.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node
} from 'yaml'
import { oneLine } from '../../shared/text.js'
import { SHORT_FORM_INTRINSICS, intrinsicTags } from './yaml-tags.js'
import {
  entryOf,
  stringOf,
  type Template,
  type TemplateMap,
  type TemplateNode
} from './template.js'

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
  const root = toNode(document.contents, document, lines, new Set())
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

function toNode(
  node: unknown,
  document: Document,
  lines: LineCounter,
  resolving: Set<unknown>
): TemplateNode {
  const line = (offset: number | undefined): number => lines.linePos(offset ?? 0).line
  if (isAlias(node)) {
    const target = node.resolve(document)
    // An alias inside its own anchor would never end.
    if (!target || resolving.has(target)) {
      return {
        kind: 'scalar',
        value: null,
        line: line(node.range?.[0]),
        textLine: line(node.range?.[0])
      }
    }
    resolving.add(target)
    const resolved = toNode(target, document, lines, resolving)
    resolving.delete(target)
    return resolved
  }
  const start = line((node as Node | null)?.range?.[0])
  const content = contentOf(node, document, lines, resolving, start)
  const tag = (node as Node | null)?.tag
  const shortForm = tag ? SHORT_FORM_INTRINSICS.get(tag) : undefined
  if (shortForm) {
    return { kind: 'intrinsic', name: shortForm, spelling: 'short', argument: content, line: start }
  }
  const [only, ...more] = content.kind === 'map' ? content.entries : []
  if (only && more.length === 0 && (only.key === 'Ref' || only.key.startsWith('Fn::'))) {
    return {
      kind: 'intrinsic',
      name: only.key,
      spelling: 'long',
      argument: only.value,
      line: start
    }
  }
  return content
}

/** The node as data, its own tag aside. */
function contentOf(
  node: unknown,
  document: Document,
  lines: LineCounter,
  resolving: Set<unknown>,
  start: number
): TemplateNode {
  if (isMap(node)) {
    return {
      kind: 'map',
      line: start,
      entries: node.items.map((pair) => {
        const keyLine = lines.linePos((pair.key as Node | null)?.range?.[0] ?? 0).line
        return {
          key: String(isScalar(pair.key) ? pair.key.value : pair.key),
          line: keyLine,
          value:
            pair.value === null
              ? { kind: 'scalar', value: null, line: keyLine, textLine: keyLine }
              : toNode(pair.value, document, lines, resolving)
        }
      })
    }
  }
  if (isSeq(node)) {
    return {
      kind: 'seq',
      line: start,
      items: node.items.map((item) => toNode(item, document, lines, resolving))
    }
  }
  if (isScalar(node)) {
    const value = node.value
    const text = typeof value === 'string' ? value : null
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
    // A block scalar's text starts after its header line, and after any blank lines it keeps.
    const textLine = block ? start + 1 + (text?.match(/^\n*/)?.[0].length ?? 0) : start
    return {
      kind: 'scalar',
      value: typeof value === 'number' || typeof value === 'boolean' ? value : text,
      line: start,
      textLine
    }
  }
  return { kind: 'scalar', value: null, line: start, textLine: start }
}
