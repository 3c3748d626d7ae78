import { oneLine } from '../shared/text.js'

/**
 * A bad input value, found before any AWS call. The message is one line that names the input
 * and shows a valid example, so that the failed step says exactly what to change.
 */
export class ConfigError extends Error {
  /** The input (action input name / CLI flag) that was refused. */
  readonly input: string
  /** What is wrong with its value, as it reads after the input's name. */
  readonly problem: string
  /** A valid value, which the action shows as YAML and the CLI as a flag. */
  readonly example: string

  constructor(input: string, problem: string, example: string) {
    super(oneLine(`Input '${input}' ${problem}. Example: ${input}: ${example}`))
    this.name = 'ConfigError'
    this.input = input
    this.problem = problem
    this.example = example
  }
}

/** Quotes a user-supplied value for an error message, kept on one line and short. */
export function quote(value: string): string {
  const flat = oneLine(value)
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat)
}
