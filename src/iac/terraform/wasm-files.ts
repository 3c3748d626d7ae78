/**
 * Where the tree-sitter runtime and the Terraform grammar (WebAssembly) are. The bundle script
 * copies both beside the bundled module; from source (tsx, jest) they are in node_modules.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export interface WasmFiles {
  /** web-tree-sitter's own runtime. */
  runtime: string
  /** The Terraform dialect of tree-sitter-hcl. */
  terraform: string
}

export function locateWasmFiles(): WasmFiles {
  return {
    runtime: besideOrInPackage('tree-sitter.wasm', 'web-tree-sitter'),
    terraform: besideOrInPackage(
      'tree-sitter-terraform.wasm',
      '@tree-sitter-grammars/tree-sitter-hcl'
    )
  }
}

function besideOrInPackage(file: string, packageName: string): string {
  // Both specifiers are built at run time so that the bundler leaves them alone instead of
  // trying to inline the WebAssembly or resolve it at build time.
  const beside = fileURLToPath(new URL(`./${file}`, import.meta.url))
  if (existsSync(beside)) return beside
  return createRequire(import.meta.url).resolve([packageName, file].join('/'))
}
