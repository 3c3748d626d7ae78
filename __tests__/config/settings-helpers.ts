/** Parsing settings from a plain map of inputs, and catching what it refuses. */
import { ConfigError, parseSettings } from '../../src/config/index.js'

/** A `read` function over a plain map, '' for anything not given (as core.getInput does). */
function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

/** Settings from `values`, with `regions: us-east-1` unless given. */
export function parse(values: Record<string, string>) {
  return parseSettings(reader({ regions: 'us-east-1', ...values }))
}

/** The ConfigError that parsing throws, for asserting on its one-line message. */
export function refusal(values: Record<string, string>): ConfigError {
  try {
    parse(values)
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error('expected a ConfigError')
}
