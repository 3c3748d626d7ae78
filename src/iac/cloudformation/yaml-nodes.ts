/**
 * The yaml library's nodes -> TemplateNode: lines from the LineCounter, both spellings of an
 * intrinsic as one kind, aliases followed.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml'
import { SHORT_FORM_INTRINSICS } from './yaml-tags.js'
import type { TemplateNode, TemplateScalar } from './template.js'

export function templateNodeOf(document: Document, lines: LineCounter): TemplateNode {
  const lineAt = (offset: number | undefined): number => lines.linePos(offset ?? 0).line
  const nullAt = (line: number): TemplateScalar => ({
    kind: 'scalar',
    value: null,
    line,
    textLine: line
  })
  // The anchors being expanded: an alias inside its own anchor would never end.
  const expanding = new Set<unknown>()

  const toNode = (node: unknown): TemplateNode => {
    if (isAlias(node)) {
      const target = node.resolve(document)
      if (!target || expanding.has(target)) return nullAt(lineAt(node.range?.[0]))
      expanding.add(target)
      const expanded = toNode(target)
      expanding.delete(target)
      return expanded
    }
    const line = lineAt((node as Node | null)?.range?.[0])
    const content = contentOf(node, line)
    const tag = (node as Node | null)?.tag
    const shortForm = tag ? SHORT_FORM_INTRINSICS.get(tag) : undefined
    if (shortForm) {
      return { kind: 'intrinsic', name: shortForm, spelling: 'short', argument: content, line }
    }
    const [only, ...more] = content.kind === 'map' ? content.entries : []
    if (only && more.length === 0 && (only.key === 'Ref' || only.key.startsWith('Fn::'))) {
      return { kind: 'intrinsic', name: only.key, spelling: 'long', argument: only.value, line }
    }
    return content
  }

  /** The node as data, its own tag aside. */
  const contentOf = (node: unknown, line: number): TemplateNode => {
    if (isMap(node)) {
      const entries = node.items.map((pair) => {
        const keyLine = lineAt((pair.key as Node | null)?.range?.[0])
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key)
        return {
          key,
          line: keyLine,
          value: pair.value === null ? nullAt(keyLine) : toNode(pair.value)
        }
      })
      return { kind: 'map', entries, line }
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map(toNode), line }
    if (!isScalar(node)) return nullAt(line)
    const value = node.value
    const text = typeof value === 'string' ? value : null
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
    // A block scalar's text starts after its header line, and after any blank lines it keeps.
    const textLine = block ? line + 1 + (text?.match(/^\n*/)?.[0].length ?? 0) : line
    return {
      kind: 'scalar',
      value: typeof value === 'number' || typeof value === 'boolean' ? value : text,
      line,
      textLine
    }
  }

  return toNode(document.contents)
}
