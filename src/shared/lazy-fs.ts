/**
 * node:fs/promises on first use. The entry points import the modules that read and write files
 * before they check their inputs, and a run refused there touches no file: loading it up front
 * is 2 ms of a 30 ms Node start, spent before the refusal can be printed.
 */
export function fsPromises(): typeof import('node:fs/promises') {
  return process.getBuiltinModule('node:fs/promises')
}
