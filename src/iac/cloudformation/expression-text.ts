/**
 * What a reviewer reads for a value only a deployment knows: the node as written, on one line
 * (`!Sub ${Env}-ca`, `Fn::If [UseNewCa, rds-ca-rsa2048-g1, rds-ca-2019]`), cut to a length a
 * message can hold.
 */
import type { TemplateNode } from './template.js'

/** Long enough for a typical `!If` or `!Sub`, short enough for one line of a message. */
const MAX_EXPRESSION_LENGTH = 120

export function expressionText(node: TemplateNode): string {
  const text = render(node).replace(/\s+/g, ' ').trim()
  return text.length > MAX_EXPRESSION_LENGTH ? `${text.slice(0, MAX_EXPRESSION_LENGTH - 1)}…` : text
}

function render(node: TemplateNode): string {
  switch (node.kind) {
    case 'scalar':
      return String(node.value)
    case 'seq':
      return `[${node.items.map(render).join(', ')}]`
    case 'map':
      return `{${node.entries.map((entry) => `${entry.key}: ${render(entry.value)}`).join(', ')}}`
    case 'intrinsic': {
      const name = node.spelling === 'short' ? `!${node.name.replace(/^Fn::/, '')}` : node.name
      return `${name} ${render(node.argument)}`
    }
  }
}
