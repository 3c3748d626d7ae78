/**
 * A parsed template as positioned data: every value keeps the line it is written at, and an
 * intrinsic function is one kind of node whether it was written `!Ref Db` or `{"Ref": "Db"}`.
 * Nothing here knows the yaml library; parse-template.ts builds it.
 */
import type { IacLanguage } from '../records.js'

export type TemplateNode = TemplateScalar | TemplateMap | TemplateSeq | TemplateIntrinsic

export interface TemplateScalar {
  kind: 'scalar'
  value: string | number | boolean | null
  line: number
  /** The line the text itself starts at: for a block scalar (`|`), the line after its header. */
  textLine: number
}

export interface TemplateEntry {
  key: string
  /** The key's line: the line a setting is reported at. */
  line: number
  value: TemplateNode
}

export interface TemplateMap {
  kind: 'map'
  entries: TemplateEntry[]
  line: number
}

export interface TemplateSeq {
  kind: 'seq'
  items: TemplateNode[]
  line: number
}

export interface TemplateIntrinsic {
  kind: 'intrinsic'
  /** The long-form name: `Ref`, `Condition`, `Fn::Sub`, ... */
  name: string
  /** `short` for a YAML tag (`!Sub`), `long` for a one-key mapping (`Fn::Sub:`, `{"Fn::Sub": ..}`). */
  spelling: 'short' | 'long'
  argument: TemplateNode
  line: number
}

/** One template file. */
export interface Template {
  /** Repository-relative path. */
  file: string
  language: IacLanguage
  root: TemplateMap
}

/** The entry `key` of a mapping; undefined when the node is not a mapping or has no such key. */
export function entryOf(node: TemplateNode | undefined, key: string): TemplateEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((entry) => entry.key === key) : undefined
}

/** The node's text when it is a string scalar. */
export function stringOf(node: TemplateNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined
}
