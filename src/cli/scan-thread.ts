/**
 * The CLI's scan runs in a worker thread of its own whose young generation is capped. On a
 * machine with memory to spare, V8 13 (Node 24) lets a busy heap's young generation grow to
 * two semi-spaces of 64 MiB: on the default bench estate that was 128 MiB of the bundled CLI's
 * 298 MiB peak, space that holds garbage between two scavenges. Capped, the scan scavenges more
 * often, for no CPU time the bench can see. Node's --max-semi-space-size flag would do the same
 * to the whole process, but an installed CLI cannot pass a flag portably (`env -S` in a shebang
 * is not BusyBox's), and `node dist/cli/index.js` reads no shebang.
 *
 * The thread runs the same entry file with the same flags; the marker variable tells it that it
 * is the scan thread, and whether the terminal it writes to is one (its own stdout, piped
 * through this thread, is not).
 */
import { workerThreads } from '../shared/lazy-builtins.js'
import { errorLine } from './error-line.js'
import { EXIT_NOT_SCANNED } from './exit-codes.js'
import type { CliIo } from './run-cli.js'

/** Set in the scan thread's environment: `tty` or `pipe`, what the CLI's stdout is. */
export const SCAN_THREAD_ENV = 'AWS_CERT_WATCH_SCAN_THREAD'

/** The young generation's cap (both semi-spaces and the new large objects), in MiB. */
export const SCAN_THREAD_YOUNG_GENERATION_MB = 16

/**
 * What the CLI's io gets from the thread it runs in: the main thread's view of stdout and the
 * way to start the scan thread; the scan thread's stdout as the main thread saw it, and no way.
 */
export type ThreadRole = Pick<CliIo, 'isTty' | 'startScanThread'>

export function threadRole(
  env: NodeJS.ProcessEnv,
  entry: URL,
  stdoutIsTty: boolean,
  stderr: (text: string) => void
): ThreadRole {
  const marker = env[SCAN_THREAD_ENV]
  if (marker === 'tty' || marker === 'pipe') return { isTty: marker === 'tty' }
  return {
    isTty: stdoutIsTty,
    startScanThread: (argv) => runScanThread(entry, argv, env, stdoutIsTty, stderr)
  }
}

/** Runs `entry` with `argv` in the scan thread; its exit code, once its output is through. */
function runScanThread(
  entry: URL,
  argv: string[],
  env: NodeJS.ProcessEnv,
  isTty: boolean,
  stderr: (text: string) => void
): Promise<number> {
  const { Worker } = workerThreads()
  return new Promise((resolve) => {
    let failure: Error | undefined
    const thread = new Worker(entry, {
      argv,
      env: { ...env, [SCAN_THREAD_ENV]: isTty ? 'tty' : 'pipe' },
      resourceLimits: { maxYoungGenerationSizeMb: SCAN_THREAD_YOUNG_GENERATION_MB }
    })
    // An exception the scan did not turn into its own error line (a bug), or the thread running
    // out of memory: one line, and "could not scan" rather than the findings' exit code.
    thread.on('error', (error) => (failure = error))
    thread.on('exit', (code) => {
      if (failure === undefined) return resolve(code)
      stderr(errorLine(`the scan stopped: ${failure.message}`, 'run it again with --debug'))
      resolve(EXIT_NOT_SCANNED)
    })
  })
}
