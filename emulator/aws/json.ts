/**
 * Reading JSON request bodies (ACM's and AWS Private CA's JSON 1.1, the Account API's restJson1)
 * and checking members against the model's constraints, with the validation messages AWS's
 * services send (Query services send the same text under another code).
 */
import { AwsError } from './errors.js'

export type JsonObject = Record<string, unknown>

export function parseJsonBody(body: Buffer): JsonObject {
  if (body.length === 0) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new AwsError(
      'SerializationException',
      'Start of structure or map found where not expected.'
    )
  }
  return parsed !== null && typeof parsed === 'object' ? (parsed as JsonObject) : {}
}

/** A list of strings, each in `allowed` when given; undefined when the member is absent. */
export function stringArray(
  value: unknown,
  member: string,
  allowed?: ReadonlySet<string>
): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must be a list of strings`
    )
  }
  if (allowed) {
    const bad = (value as string[]).find((v) => !allowed.has(v))
    if (bad !== undefined) {
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value '[${bad}]' at '${member}' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${[...allowed].join(', ')}]]`
      )
    }
  }
  return value as string[]
}

/** Epoch seconds, as the JSON protocols put timestamps on the wire. */
export function epochSeconds(date: Date | undefined): number | undefined {
  return date === undefined ? undefined : date.getTime() / 1000
}

/** An integer within min..max; undefined when the member is absent. */
export function integerInRange(
  value: unknown,
  member: string,
  min: number,
  max: number,
  code = 'ValidationException'
): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const bound =
      typeof value === 'number' && value > max
        ? `less than or equal to ${max}`
        : `greater than or equal to ${min}`
    throw new AwsError(
      code,
      `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must have value ${bound}`
    )
  }
  return value
}
