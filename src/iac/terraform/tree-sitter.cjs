/**
 * web-tree-sitter's CommonJS build. Its ESM build reaches `createRequire` through
 * `await import('module')`, which the bundler's interop turns into a namespace without it, so
 * the bundled actions could not start the parser.
 */
'use strict'

// The CommonJS build reads __dirname (only to find its wasm file, which the parser is given
// anyway); in the bundle, an ES module, there is none.
if (typeof __dirname === 'undefined') globalThis.__dirname = process.cwd()

module.exports = require('web-tree-sitter')
