/**
 * The Terraform configuration as both parsers (native HCL, JSON) hand it to resolution: blocks,
 * attributes and the few expression shapes resolution understands. Everything else keeps its
 * source text, which is what a record shows for a value only a plan knows.
 */

export type TfExpr =
  /** A string with nothing to evaluate; `line` is where its text starts (a heredoc's next line). */
  | { kind: 'string'; value: string; line: number }
  /** `null`: Terraform treats the argument as not set. */
  | { kind: 'null' }
  /** A two-part reference such as `var.ca`, `local.ca` or `path.module`. */
  | { kind: 'reference'; root: string; name: string; text: string }
  /** A quoted string with interpolations: literal text and the expressions between. */
  | { kind: 'template'; parts: TfTemplatePart[]; text: string }
  | { kind: 'call'; name: string; args: TfExpr[]; text: string }
  /** Any other expression (conditional, index, operator, collection, number, ...). */
  | { kind: 'other'; text: string }

export type TfTemplatePart =
  { kind: 'text'; value: string } | { kind: 'interpolation'; expr: TfExpr }

export interface TfAttribute {
  name: string
  line: number
  value: TfExpr
}

export interface TfBlock {
  /** `resource`, `variable`, `locals`, `module`, ... */
  type: string
  labels: string[]
  /** The block's first line. */
  line: number
  attributes: Map<string, TfAttribute>
  blocks: TfBlock[]
}

/** A parsed file, or the first syntax error in it. */
export type TfParse = { ok: true; blocks: TfBlock[] } | { ok: false; line: number; detail: string }
