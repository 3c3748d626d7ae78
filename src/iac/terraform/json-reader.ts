/**
 * Terraform's JSON syntax (`.tf.json`) -> blocks, as
 * https://developer.hashicorp.com/terraform/language/syntax/json describes it: each label of a
 * block is one more level of object, any level may instead be an array of objects, `"//"` is a
 * comment, and a string is a template (`"${var.ca}"`), except a variable's `default`, which is
 * a literal value. JSON is YAML, so the `yaml` package parses it with every node's position.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { oneLine } from '../../shared/text.js'
import { parseHclExpression } from './hcl-parser.js'
import { unescapeTemplate } from './hcl-expression.js'
import type { TfAttribute, TfBlock, TfExpr, TfParse } from './syntax.js'

/** How many labels each block type takes; other block types take none. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1
}

const COMMENT_KEY = '//'

export async function parseTerraformJson(text: string): Promise<TfParse> {
  const lineCounter = new LineCounter()
  // HCL's JSON parser keeps every property of a repeated name; so does this.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  const error = doc.errors[0] ?? notJson(text)
  if (error !== undefined) {
    const line = lineCounter.linePos(error.pos[0]).line
    return {
      ok: false,
      line,
      detail: `line ${line}: ${oneLine(error.message.split('\n')[0] ?? '')}`
    }
  }
  if (!isMap(doc.contents)) {
    return { ok: false, line: 1, detail: 'line 1: a .tf.json file must hold one JSON object' }
  }
  const reader = new JsonBlocks(text, (node) => lineCounter.linePos(node.range?.[0] ?? 0).line)
  const blocks: TfBlock[] = []
  for (const pair of doc.contents.items) {
    const type = keyOf(pair)
    if (type === COMMENT_KEY) continue
    blocks.push(
      ...(await reader.blocks(type, [], pair.value as Node | null, LABELS[type] ?? 0, pair))
    )
  }
  return { ok: true, blocks }
}

/**
 * YAML also accepts what JSON and Terraform do not (a trailing comma, a comment, a bare key):
 * JSON.parse judges, and its message's position gives the line.
 */
function notJson(text: string): { pos: [number]; message: string } | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(message)?.[1]
    return {
      pos: [Number(position ?? 0)],
      message: message.replace(/ in JSON at position .*$/, '')
    }
  }
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : ''
}

class JsonBlocks {
  constructor(
    private readonly text: string,
    private readonly lineOf: (node: Node) => number
  ) {}

  /** The blocks under `value` once `labelsLeft` more labels are read; `at` gives the first line. */
  async blocks(
    type: string,
    labels: string[],
    value: Node | null,
    labelsLeft: number,
    at: Pair
  ): Promise<TfBlock[]> {
    if (isSeq(value)) {
      const all = await Promise.all(
        value.items.map((item) => this.blocks(type, labels, item as Node, labelsLeft, at))
      )
      return all.flat()
    }
    if (!isMap(value)) return []
    if (labelsLeft > 0) {
      const all: TfBlock[] = []
      for (const pair of value.items) {
        const name = keyOf(pair)
        if (name === COMMENT_KEY) continue
        all.push(
          ...(await this.blocks(
            type,
            [...labels, name],
            pair.value as Node | null,
            labelsLeft - 1,
            pair
          ))
        )
      }
      return all
    }
    const attributes = new Map<string, TfAttribute>()
    for (const pair of value.items) {
      const name = keyOf(pair)
      if (name === COMMENT_KEY) continue
      const node = pair.value as Node | null
      const line = this.lineOf(pair.key as Node)
      const expr =
        type === 'variable' && name === 'default' ? this.literal(node) : await this.expression(node)
      attributes.set(name, { name, line, value: expr })
    }
    return [{ type, labels, line: this.lineOf(at.key as Node), attributes, blocks: [] }]
  }

  private literal(node: Node | null): TfExpr {
    if (isScalar(node) && typeof node.value === 'string') {
      return { kind: 'string', value: node.value, line: this.lineOf(node) }
    }
    return this.other(node)
  }

  /**
   * A string is a template: without `${` or `%{` it is its text; one whole `${...}` is the
   * expression inside; anything else (text around interpolations, directives) stays text.
   */
  private async expression(node: Node | null): Promise<TfExpr> {
    if (!isScalar(node) || typeof node.value !== 'string') {
      return isScalar(node) && node.value === null ? { kind: 'null' } : this.other(node)
    }
    const template = node.value
    const line = this.lineOf(node)
    if (!/[$%]\{/.test(template.replace(/([$%])\1\{/g, ''))) {
      return { kind: 'string', value: unescapeTemplate(template), line }
    }
    const whole = /^\$\{([\s\S]*)\}$/.exec(template)
    const inner = whole?.[1] === undefined ? null : await parseHclExpression(whole[1], line)
    return inner ?? { kind: 'other', text: template }
  }

  private other(node: Node | null): TfExpr {
    const range = node?.range
    return {
      kind: 'other',
      text: range === undefined || range === null ? '' : this.text.slice(range[0], range[1])
    }
  }
}
