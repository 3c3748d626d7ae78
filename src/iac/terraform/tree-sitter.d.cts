/** Types of tree-sitter.cjs: web-tree-sitter's own. */
export { Language, Parser } from 'web-tree-sitter'
export type { Node } from 'web-tree-sitter'
