/**
 * Fails the step as `core.setFailed` does: an `::error::` workflow command on stdout (the
 * runner shows it as an error annotation) and exit code 1. Without @actions/core, so that a bad
 * input is refused before its HTTP stack (a third of the bundle) loads; the action's ActionIo
 * fails the same way, through this.
 */
import { EOL } from 'node:os'

export function failStep(
  message: string,
  write: (text: string) => void = (text) => process.stdout.write(text)
): void {
  process.exitCode = 1
  write(`::error::${escapeCommandData(message)}${EOL}`)
}

/** The runner's escaping of a command's message: `%`, CR and LF as %25, %0D and %0A. */
function escapeCommandData(message: string): string {
  return message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
