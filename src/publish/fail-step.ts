/**
 * Fails the step as `core.setFailed` does: an `::error::` workflow command on stdout (the
 * runner shows it as an error annotation) and exit code 1. Without @actions/core, so that a bad
 * input is refused before its HTTP stack (a third of the bundle) loads; the action's ActionIo
 * fails the same way, through this.
 */
import { EOL } from 'node:os'
import { oneLine } from '../shared/text.js'
import type { ActionIo } from './action-io.js'

export function failStep(
  message: string,
  write: (text: string) => void = (text) => process.stdout.write(text)
): void {
  process.exitCode = 1
  write(`::error::${escapeCommandData(message)}${EOL}`)
}

/**
 * An action's run ending in an error: one line, through the run's io when the test or caller
 * gave one, else as core would (core's own io fails through failStep too: the same line
 * whether it had loaded or not).
 */
export function failRun(error: unknown, given: Pick<ActionIo, 'setFailed'> | undefined): void {
  const message = oneLine(error instanceof Error ? error.message : String(error))
  if (given === undefined) failStep(message)
  else given.setFailed(message)
}

/** The runner's escaping of a command's message: `%`, CR and LF as %25, %0D and %0A. */
function escapeCommandData(message: string): string {
  return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
