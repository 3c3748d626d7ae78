/**
 * A directory's Terraform files read as one module: Terraform merges every `.tf` and `.tf.json`
 * file of a directory, so a variable, local or module call may sit in any of them. Each file is
 * read and parsed once per run, whichever module or caller asks for it.
 */
import { posix } from 'node:path'
import type { IacRepository } from '../reader.js'
import { parseHcl } from './hcl-parser.js'
import { parseTerraformJson } from './json-reader.js'
import type { TfBlock, TfExpr, TfParse } from './syntax.js'

/** A variable's default or a local's value, and where it is written. */
export interface TfDeclaration {
  value: TfExpr | undefined
  file: string
  line: number
}

/** A `module` block whose source is a directory of this repository. */
export interface TfModuleCall {
  name: string
  file: string
  block: TfBlock
  dir: string
}

export interface TfResource {
  file: string
  block: TfBlock
}

export interface TfModule {
  dir: string
  variables: Map<string, TfDeclaration>
  locals: Map<string, TfDeclaration>
  calls: TfModuleCall[]
  resources: TfResource[]
}

export function isTerraformFile(file: string): boolean {
  return file.endsWith('.tf') || file.endsWith('.tf.json')
}

/** A repository-relative path (`''` for the root directory); null when it leaves the repository. */
export function repositoryPath(path: string): string | null {
  const normal = posix.normalize(path).replace(/\/$/, '')
  if (normal === '.') return ''
  return normal === '..' || normal.startsWith('../') || normal.startsWith('/') ? null : normal
}

export function dirOf(file: string): string {
  return repositoryPath(posix.dirname(file)) ?? ''
}

export class ModuleLoader {
  private readonly parses = new Map<string, Promise<TfParse | null>>()
  private readonly modules = new Map<string, Promise<TfModule>>()

  constructor(private readonly repository: IacRepository) {}

  /** The file's blocks or its syntax error; null when the repository has no such file. */
  parse(file: string): Promise<TfParse | null> {
    let parse = this.parses.get(file)
    if (parse === undefined) {
      parse = this.repository.readText(file).then((text) => {
        if (text === null) return null
        return file.endsWith('.tf.json') ? parseTerraformJson(text) : parseHcl(text)
      })
      this.parses.set(file, parse)
    }
    return parse
  }

  module(dir: string): Promise<TfModule> {
    let module = this.modules.get(dir)
    if (module === undefined) {
      module = this.load(dir)
      this.modules.set(dir, module)
    }
    return module
  }

  private async load(dir: string): Promise<TfModule> {
    const module: TfModule = {
      dir,
      variables: new Map(),
      locals: new Map(),
      calls: [],
      resources: []
    }
    // listDir gives the directory's files; names and repository-relative paths both work here.
    const files = (await this.repository.listDir(dir))
      .map((entry) => (entry.includes('/') ? entry : posix.join(dir, entry)))
      .filter(isTerraformFile)
      .sort()
    for (const file of files) {
      const parse = await this.parse(file)
      // A file that does not parse contributes nothing; it is a failure only if it was asked for.
      if (parse?.ok !== true) continue
      for (const block of parse.blocks) addBlock(module, file, block)
    }
    return module
  }
}

function addBlock(module: TfModule, file: string, block: TfBlock): void {
  const [first, second] = block.labels
  if (block.type === 'resource' && first !== undefined && second !== undefined) {
    module.resources.push({ file, block })
  } else if (block.type === 'variable' && first !== undefined) {
    const value = block.attributes.get('default')
    module.variables.set(first, { value: value?.value, file, line: value?.line ?? block.line })
  } else if (block.type === 'locals') {
    for (const [name, attribute] of block.attributes) {
      module.locals.set(name, { value: attribute.value, file, line: attribute.line })
    }
  } else if (block.type === 'module' && first !== undefined) {
    const source = block.attributes.get('source')?.value
    const local = source?.kind === 'string' && /^\.\.?\//.test(source.value)
    const dir = local ? repositoryPath(posix.join(module.dir, source.value)) : null
    if (dir !== null) module.calls.push({ name: first, file, block, dir })
  }
}
