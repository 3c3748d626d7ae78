/**
 * Plain-text hygiene for every string that came from AWS, GitHub or a user before it reaches a
 * person: one line, and nothing invisible that could change what is read.
 */

/**
 * Characters that render as nothing yet change what a person reads: bidirectional controls
 * (U+202E turns `gpj.exe` into `exe.jpg`), zero-width characters that split or join words
 * unseen, and the byte-order mark. A name from AWS that holds one is suspicious by itself, so it
 * is shown as `<U+202E>` rather than removed: the reader sees that something is there.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/** Makes every invisible formatting character visible as `<U+XXXX>`. */
export function revealInvisible(value: string): string {
  return value.replace(
    INVISIBLE,
    (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`
  )
}

/**
 * Collapses control characters (CR, LF, tabs, ANSI escapes, ...) to single spaces, so that a
 * value can never start a new line: in logs a new line starting with `::` would be a workflow
 * command, in Markdown a new block. Invisible formatting characters are made visible.
 */
export function oneLine(value: string): string {
  return (
    revealInvisible(value)
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .trim()
  )
}

/**
 * Replaces every given secret, and anything shaped like a GitHub token or an AWS access key,
 * with `***`: for text that reaches places the job log's masking does not cover (the job
 * summary, an issue), such as an answer a proxy built from the request it received.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***')
  }
  return out
    .replace(/\b(?:gh[pousr]_[A-Za-z0-9]{8,}|github_pat_[A-Za-z0-9_]{8,})/g, '***')
    .replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}/g, '***')
    .replace(/\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***')
}

/** `1 DB instance`, `1,250 certificates`: a count for a coverage line, grouped for reading. */
export function countOf(n: number, noun: string): string {
  return `${groupDigits(n)} ${noun}${n === 1 ? '' : 's'}`
}

/**
 * `1250` as `1,250`. Not Intl.NumberFormat: creating one loads ICU's locale data, 14 ms of a
 * CLI start that may print nothing but its version, and toLocaleString does that on every call.
 */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
