/**
 * What a setting's value is, as far as the code alone says: a literal written there, or one
 * reached through variables (their defaults, or the arguments of the module call that made the
 * instance) and locals. Anything else is an expression only a plan knows.
 */
import { posix } from 'node:path'
import type { SourceLocation } from '../../model/index.js'
import type { IacValue } from '../records.js'
import { repositoryPath, type TfModule, type TfModuleCall } from './modules.js'
import type { TfExpr } from './syntax.js'

/** One instance of a module: the root module, or a module as one `module` block calls it. */
export interface Scope {
  module: TfModule
  /** The root module's directory: where Terraform runs, so what relative paths start from. */
  rootDir: string
  /** `module.db.` for the instance `module "db"` makes, `''` for the root module. */
  prefix: string
  /** The call that made this instance and the instance it is written in; null for the root. */
  caller: { call: TfModuleCall; scope: Scope } | null
}

export interface Resolved {
  value: IacValue
  /** Each hop taken to reach the value, in order: what `resolvedFrom` says. */
  from: string[]
  /** Where a literal's text starts. */
  textAt: SourceLocation | null
  /** The module arguments the value came through: the instance each one fed, and its line. */
  arguments: { scope: Scope; line: number }[]
  /** The repository file a `file(...)` call reads, when its path is written in the code. */
  file: string | null
}

/** More hops than any real configuration needs: only a cycle (`local.a = local.b = local.a`) gets here. */
const MAX_HOPS = 32

export function resolve(expr: TfExpr | undefined, file: string, scope: Scope, hops = 0): Resolved {
  const found = (value: IacValue, textAt: SourceLocation | null = null): Resolved => ({
    value,
    from: [],
    textAt,
    arguments: [],
    file: null
  })
  if (expr === undefined || expr.kind === 'null') return found({ kind: 'absent' })
  if (expr.kind === 'string')
    return found({ kind: 'literal', value: expr.value }, { file, line: expr.line })
  const expression = found({ kind: 'expression', text: expr.text })
  if (hops > MAX_HOPS) return expression
  if (expr.kind === 'call' && expr.name === 'file' && expr.args.length === 1 && expr.args[0]) {
    return { ...expression, file: filePath(expr.args[0], file, scope, hops) }
  }
  if (expr.kind !== 'reference') return expression
  if (expr.root === 'local') {
    const local = scope.module.locals.get(expr.name)
    if (local === undefined) return expression
    return via(
      `local.${expr.name} (${local.file}:${local.line})`,
      resolve(local.value, local.file, scope, hops + 1)
    )
  }
  if (expr.root !== 'var') return expression
  const argument = scope.caller?.call.block.attributes.get(expr.name)
  if (scope.caller && argument) {
    const { call, scope: callerScope } = scope.caller
    const resolved = resolve(argument.value, call.file, callerScope, hops + 1)
    return via(`module "${call.name}" argument ${expr.name} (${call.file}:${argument.line})`, {
      ...resolved,
      arguments: [{ scope, line: argument.line }, ...resolved.arguments]
    })
  }
  const variable = scope.module.variables.get(expr.name)
  if (variable?.value === undefined) return expression
  return via(
    `variable "${expr.name}" default (${variable.file}:${variable.line})`,
    resolve(variable.value, variable.file, scope, hops + 1)
  )
}

function via(hop: string, resolved: Resolved): Resolved {
  return { ...resolved, from: [hop, ...resolved.from] }
}

/**
 * A path as Terraform reads it: relative to the root module's directory, `path.module` being
 * the module's directory and `path.root` (`path.cwd`) the root's. Null when the code alone
 * does not say, or when it leaves the repository (an absolute path, `../` past the root).
 */
function filePath(expr: TfExpr, file: string, scope: Scope, hops: number): string | null {
  const text = pathText(expr, file, scope, hops)
  if (text === null || posix.isAbsolute(text)) return null
  return repositoryPath(posix.join(scope.rootDir, text))
}

function pathText(expr: TfExpr, file: string, scope: Scope, hops: number): string | null {
  if (expr.kind === 'reference' && expr.root === 'path') {
    if (expr.name === 'module') return posix.relative(scope.rootDir, scope.module.dir) || '.'
    return expr.name === 'root' || expr.name === 'cwd' ? '.' : null
  }
  if (expr.kind === 'template') {
    const parts = expr.parts.map((part) =>
      part.kind === 'text' ? part.value : pathText(part.expr, file, scope, hops)
    )
    return parts.every((part) => part !== null) ? parts.join('') : null
  }
  const resolved = resolve(expr, file, scope, hops + 1)
  return resolved.value.kind === 'literal' ? resolved.value.value : null
}
