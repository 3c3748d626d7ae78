/** The CLI's one line for every failure: `aws-cert-watch: <what> — <hint>`, first thing read. */
import { oneLine } from '../shared/text.js'

export function errorLine(what: string, hint?: string): string {
  const line = hint === undefined ? oneLine(what) : `${oneLine(what).replace(/\.$/, '')} — ${hint}`
  return `aws-cert-watch: ${line}\n`
}

/** A usage mistake: --help has the rest. */
export function usageError(problem: string): string {
  return errorLine(problem, 'run "aws-cert-watch --help" for the options')
}
