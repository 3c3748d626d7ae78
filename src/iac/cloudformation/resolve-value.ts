/**
 * A setting's value as far as the template itself decides it: a literal, a `Ref` to a
 * parameter's Default, a `FindInMap` with literal keys. Everything else (a parameter without a
 * Default, a pseudo parameter, `!If`, `!Sub`, a dynamic reference) only a deployment knows.
 */
import type { IacValue } from '../records.js'
import { expressionText } from './expression-text.js'
import {
  entryOf,
  stringOf,
  type Template,
  type TemplateNode,
  type TemplateScalar
} from './template.js'

export interface ResolvedValue {
  value: IacValue
  /** Where a literal came from when it is not written at the setting. */
  resolvedFrom?: string
  /** The scalar holding the literal (a PEM's first line is reported from it). */
  source?: TemplateScalar
}

const ABSENT: ResolvedValue = { value: { kind: 'absent' } }

/**
 * `{{resolve:ssm:/db/ca}}`: CloudFormation substitutes it at deployment, so the string is no
 * literal. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
const DYNAMIC_REFERENCE = /\{\{resolve:/

export function resolveValue(template: Template, node: TemplateNode): ResolvedValue {
  if (node.kind === 'scalar') return literalOf(node, node)
  if (node.kind === 'intrinsic' && node.name === 'Ref') {
    const name = stringOf(node.argument)
    // Ref AWS::NoValue removes the property: the setting is as good as not written.
    if (name === 'AWS::NoValue') return ABSENT
    const defaultEntry = name
      ? entryOf(section(template, 'Parameters', name), 'Default')
      : undefined
    if (name && defaultEntry?.value.kind === 'scalar' && defaultEntry.value.value !== null) {
      const from = `Parameters.${name} Default (${template.file}:${defaultEntry.line})`
      return literalOf(defaultEntry.value, node, from)
    }
  }
  if (node.kind === 'intrinsic' && node.name === 'Fn::FindInMap' && node.argument.kind === 'seq') {
    const [mapName, topKey, secondKey] = node.argument.items.map(stringOf)
    if (mapName && topKey && secondKey) {
      const found = entryOf(
        entryOf(section(template, 'Mappings', mapName), topKey)?.value,
        secondKey
      )
      if (found?.value.kind === 'scalar') {
        const from = `Mappings.${mapName}.${topKey}.${secondKey} (${template.file}:${found.line})`
        return literalOf(found.value, node, from)
      }
    }
  }
  return { value: { kind: 'expression', text: expressionText(node) } }
}

/** A top-level section's entry: `Parameters.CaIdentifier`, `Mappings.CaByEnv`. */
function section(template: Template, name: string, key: string): TemplateNode | undefined {
  return entryOf(entryOf(template.root, name)?.value, key)?.value
}

/** A scalar as a literal; `written` is what the setting says, for the expression text. */
function literalOf(
  scalar: TemplateScalar,
  written: TemplateNode,
  resolvedFrom?: string
): ResolvedValue {
  if (scalar.value === null) return ABSENT
  const value = String(scalar.value)
  if (DYNAMIC_REFERENCE.test(value)) {
    return { value: { kind: 'expression', text: expressionText(written) } }
  }
  return {
    value: { kind: 'literal', value },
    source: scalar,
    ...(resolvedFrom ? { resolvedFrom } : {})
  }
}
