/**
 * Node built-ins loaded on first use. The entry points import the modules that need these
 * before they check their inputs, and a run refused there needs none of them: loading each up
 * front costs 2-3 ms of a 30 ms Node start (node:net, node:fs/promises, node:worker_threads),
 * spent before the refusal, `--help` or `--version` can be printed.
 */

export function fsPromises(): typeof import('node:fs/promises') {
  return process.getBuiltinModule('node:fs/promises')
}

/** node:net's isIP: most runs give no `dns-servers` to check. */
export function isIP(text: string): number {
  return process.getBuiltinModule('node:net').isIP(text)
}

/** node:worker_threads: only a CLI scan starts a thread. */
export function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads')
}
