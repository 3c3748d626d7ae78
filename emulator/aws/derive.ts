/**
 * Derived identifiers: stable per resource (the same estate always gives the same ARNs, ids and
 * DNS names), different across resources, and shaped like AWS's own.
 */
import { createHash } from 'node:crypto'

export function hashHex(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** A stable number in [0, n) from a string: derived values differ per resource but never move. */
export function pick(text: string, n: number): number {
  return parseInt(hashHex(text).slice(0, 8), 16) % n
}

/** A version-4-shaped UUID, as ACM and AWS Private CA put at the end of their ARNs. */
export function uuidFrom(seed: string): string {
  const h = hashHex(seed)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** `length` characters of [A-Z0-9] from a seed (IAM and CloudFront ids use this alphabet). */
export function alphanumeric(seed: string, length: number): string {
  const digest = createHash('sha256').update(seed).digest()
  let out = ''
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[(digest[i] as number) % ALPHANUMERIC.length]
  return out
}
