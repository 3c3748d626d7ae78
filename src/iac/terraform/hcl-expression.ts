/**
 * A tree-sitter `expression` node of the Terraform grammar -> TfExpr, decoding strings the way
 * HCL does (quoted escapes, heredocs, `$${` for a literal `${`).
 */
import type { Node } from 'web-tree-sitter'
import type { TfExpr, TfTemplatePart } from './syntax.js'

/** What converting needs besides the node: the source's lines (for heredocs), and line numbers. */
export interface ExpressionSource {
  lines: readonly string[]
  /** The 1-based line a node is reported at. */
  lineOf(node: Node): number
}

export function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null)
}

export function toExpr(expression: Node, source: ExpressionSource): TfExpr {
  const parts = namedChildren(expression)
  const [first, ...rest] = parts
  const text = expression.text
  if (first === undefined) return { kind: 'other', text }
  if (rest.length === 0) {
    if (first.type === 'expression') return toExpr(first, source)
    const literal = first.type === 'literal_value' ? namedChildren(first)[0] : undefined
    if (literal?.type === 'null_lit') return { kind: 'null' }
    if (literal?.type === 'string_lit') return quoted(literal, source)
    const template = first.type === 'template_expr' ? namedChildren(first)[0] : undefined
    if (template?.type === 'quoted_template') return quoted(template, source)
    if (template?.type === 'heredoc_template') return heredoc(template, source)
    if (first.type === 'function_call') return call(first, source)
  }
  const [attr] = rest
  if (first.type === 'variable_expr' && rest.length === 1 && attr?.type === 'get_attr') {
    const name = namedChildren(attr)[0]?.text ?? ''
    return { kind: 'reference', root: first.text, name, text }
  }
  return { kind: 'other', text }
}

function call(node: Node, source: ExpressionSource): TfExpr {
  const [name, args] = namedChildren(node)
  const argNodes =
    args === undefined ? [] : namedChildren(args).filter((n) => n.type === 'expression')
  return {
    kind: 'call',
    name: name?.text ?? '',
    args: argNodes.map((arg) => toExpr(arg, source)),
    text: node.text
  }
}

/** A `"..."` string or template; a template with a directive (`%{ if }`) stays source text. */
function quoted(node: Node, source: ExpressionSource): TfExpr {
  const parts: TfTemplatePart[] = []
  for (const child of namedChildren(node)) {
    if (child.type === 'template_literal') {
      parts.push({ kind: 'text', value: unescapeQuoted(child.text) })
    } else if (child.type === 'template_interpolation') {
      const inner = namedChildren(child).find((n) => n.type === 'expression')
      if (inner === undefined) return { kind: 'other', text: node.text }
      parts.push({ kind: 'interpolation', expr: toExpr(inner, source) })
    } else if (child.type !== 'quoted_template_start' && child.type !== 'quoted_template_end') {
      return { kind: 'other', text: node.text }
    }
  }
  if (parts.every((part) => part.kind === 'text')) {
    return {
      kind: 'string',
      value: parts.map((part) => part.value).join(''),
      line: source.lineOf(node)
    }
  }
  return { kind: 'template', parts, text: node.text }
}

/**
 * A heredoc's text is its lines between the two markers, each with its newline; `<<-` removes
 * the smallest indentation of its non-blank lines. One with interpolations stays source text:
 * resolution never needs its parts.
 */
function heredoc(node: Node, source: ExpressionSource): TfExpr {
  const children = namedChildren(node)
  if (
    children.some((n) => n.type === 'template_interpolation' || n.type === 'template_directive')
  ) {
    return { kind: 'other', text: node.text }
  }
  const [open, close] = children.filter((n) => n.type === 'heredoc_identifier')
  if (open === undefined || close === undefined) return { kind: 'other', text: node.text }
  const body = source.lines.slice(open.startPosition.row + 1, close.startPosition.row)
  const flush = children.some((n) => n.type === 'heredoc_start' && n.text === '<<-')
  const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length)
  const indent = flush && indents.length > 0 ? Math.min(...indents) : 0
  const value = body.map((l) => `${l.slice(indent)}\n`).join('')
  return { kind: 'string', value: unescapeTemplate(value), line: source.lineOf(open) + 1 }
}

const QUOTED_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

function unescapeQuoted(text: string): string {
  const unquoted = text.replace(QUOTED_ESCAPE, (match, u4?: string, u8?: string, ch?: string) => {
    const hex = u4 ?? u8
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16))
    return SIMPLE_ESCAPES[ch ?? ''] ?? match
  })
  return unescapeTemplate(unquoted)
}

/** `$${` and `%%{` are how HCL writes a literal `${` and `%{`. */
export function unescapeTemplate(text: string): string {
  return text.replace(/([$%])\1\{/g, '$1{')
}
