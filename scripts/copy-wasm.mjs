// The Terraform reader's WebAssembly (tree-sitter's runtime and the Terraform grammar) is loaded
// from beside the bundled module (src/iac/terraform/wasm-files.ts): copied into each bundle
// directory that can read Terraform. Plain Node, so that `npm run bundle` needs no tsx.
import { copyFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'

const require = createRequire(import.meta.url)
const files = [
  require.resolve('web-tree-sitter/tree-sitter.wasm'),
  require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')
]
for (const dir of process.argv.slice(2)) {
  for (const file of files) copyFileSync(file, join(dir, basename(file)))
}
