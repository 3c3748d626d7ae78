/**
 * Native Terraform syntax (`.tf`) -> blocks, with tree-sitter's Terraform grammar. The parser
 * (two WebAssembly modules) is loaded once per process, and only when a `.tf` file is read.
 */
import type { Node } from 'web-tree-sitter'
import { oneLine } from '../../shared/text.js'
import { namedChildren, toExpr, unescapeTemplate, type ExpressionSource } from './hcl-expression.js'
import type { TfAttribute, TfBlock, TfExpr, TfParse } from './syntax.js'
import { Language, Parser } from './tree-sitter.cjs'
import { locateWasmFiles } from './wasm-files.js'

let loading: Promise<Parser> | undefined

function terraformParser(): Promise<Parser> {
  loading ??= (async () => {
    const wasm = locateWasmFiles()
    await Parser.init({ locateFile: () => wasm.runtime })
    const parser = new Parser()
    parser.setLanguage(await Language.load(wasm.terraform))
    return parser
  })()
  return loading
}

export async function parseHcl(text: string): Promise<TfParse> {
  const parser = await terraformParser()
  const tree = parser.parse(text)
  if (tree === null) return { ok: false, line: 1, detail: 'line 1: tree-sitter gave no tree' }
  try {
    const error = firstError(tree.rootNode)
    if (error !== null) return { ok: false, ...error }
    const source: ExpressionSource = { lines: text.split('\n'), lineOf: lineOf }
    const body = namedChildren(tree.rootNode).find((n) => n.type === 'body')
    return { ok: true, blocks: body === undefined ? [] : toBody(body, source).blocks }
  } finally {
    tree.delete()
  }
}

/**
 * One expression written on its own (the inside of a `.tf.json` string's `${...}`), every part
 * of it reported at `line`; null when it is not one valid expression.
 */
export async function parseHclExpression(text: string, line: number): Promise<TfExpr | null> {
  const parser = await terraformParser()
  const tree = parser.parse(`value = ${text}\n`)
  if (tree === null) return null
  try {
    if (tree.rootNode.hasError) return null
    const attributes = tree.rootNode.descendantsOfType('attribute')
    const node =
      attributes.length === 1
        ? attributes[0]?.namedChildren.find((n) => n?.type === 'expression')
        : null
    if (node === undefined || node === null) return null
    return toExpr(node, { lines: text.split('\n'), lineOf: () => line })
  } finally {
    tree.delete()
  }
}

function lineOf(node: Node): number {
  return node.startPosition.row + 1
}

function toBody(body: Node, source: ExpressionSource): Pick<TfBlock, 'attributes' | 'blocks'> {
  const attributes = new Map<string, TfAttribute>()
  const blocks: TfBlock[] = []
  for (const child of namedChildren(body)) {
    const [name, ...rest] = namedChildren(child)
    if (name === undefined) continue
    if (child.type === 'attribute') {
      const value = rest.find((n) => n.type === 'expression')
      if (value !== undefined) {
        attributes.set(name.text, {
          name: name.text,
          line: lineOf(child),
          value: toExpr(value, source)
        })
      }
    } else if (child.type === 'block') {
      const inner = rest.find((n) => n.type === 'body')
      blocks.push({
        type: name.text,
        labels: rest.filter((n) => n.type === 'string_lit' || n.type === 'identifier').map(label),
        line: lineOf(child),
        ...(inner === undefined ? { attributes: new Map(), blocks: [] } : toBody(inner, source))
      })
    }
  }
  return { attributes, blocks }
}

/** A block label: `"aws_db_instance"` or a bare identifier. Labels take no escapes but `$${`. */
function label(node: Node): string {
  if (node.type === 'identifier') return node.text
  return unescapeTemplate(
    namedChildren(node).find((n) => n.type === 'template_literal')?.text ?? ''
  )
}

/** The first ERROR or MISSING node in document order, as `line N: ...`. */
function firstError(root: Node): { line: number; detail: string } | null {
  if (!root.hasError) return null
  let node = root
  for (;;) {
    if (node.isMissing) return describe(node, `missing ${JSON.stringify(node.type)}`)
    if (node.isError) return describe(node, `unexpected ${JSON.stringify(excerpt(node.text))}`)
    const next = node.children.find(
      (child) => child !== null && (child.hasError || child.isMissing)
    )
    if (next === undefined || next === null) return describe(node, 'syntax error')
    node = next
  }
}

function describe(node: Node, what: string): { line: number; detail: string } {
  return { line: lineOf(node), detail: `line ${lineOf(node)}: ${what}` }
}

function excerpt(text: string): string {
  const line = oneLine(text)
  return line.length > 40 ? `${line.slice(0, 40)}...` : line
}
