/**
 * `ignore` input: ARN glob patterns. `*` matches any run of characters (including none, and
 * including `:` and `/`), `?` exactly one; everything else is literal. Anchored at both ends and
 * case-sensitive, like ARNs themselves.
 *
 * Matching is a two-pointer walk, not a regular expression: a pattern compiled to `.*` pieces
 * backtracks exponentially on an ARN that almost matches (40 stars took minutes per ARN), while
 * this walk remembers only the last `*` and is bounded by pattern length times ARN length.
 */
export type ArnMatcher = (arn: string) => boolean

export function compileIgnorePatterns(patterns: readonly string[]): ArnMatcher {
  const globs = patterns
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '')
    // Code points, so that `?` matches one character even outside the BMP.
    .map((pattern) => Array.from(pattern))
  if (globs.length === 0) return () => false
  return (arn) => {
    const text = Array.from(arn)
    return globs.some((glob) => globMatches(glob, text))
  }
}

function globMatches(glob: readonly string[], text: readonly string[]): boolean {
  let g = 0
  let t = 0
  // Where the last `*` was, and how much of the text it has swallowed so far.
  let star = -1
  let starText = 0
  while (t < text.length) {
    const token = glob[g]
    if (token === '*') {
      star = g
      starText = t
      g += 1
    } else if (token !== undefined && (token === '?' || token === text[t])) {
      g += 1
      t += 1
    } else if (star >= 0) {
      // Let the last `*` swallow one more character and retry what follows it.
      g = star + 1
      starText += 1
      t = starText
    } else {
      return false
    }
  }
  while (glob[g] === '*') g += 1
  return g === glob.length
}
