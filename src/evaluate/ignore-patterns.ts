/**
 * `ignore` input: ARN glob patterns. `*` matches any run of characters (including none, and
 * including `:` and `/`), `?` exactly one; everything else is literal. Anchored at both ends and
 * case-sensitive, like ARNs themselves.
 */
export type ArnMatcher = (arn: string) => boolean

export function compileIgnorePatterns(patterns: readonly string[]): ArnMatcher {
  const regexes = patterns
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '')
    .map(globToRegExp)
  if (regexes.length === 0) return () => false
  return (arn) => regexes.some((regex) => regex.test(arn))
}

function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (const ch of pattern) {
    if (ch === '*') source += '.*'
    else if (ch === '?') source += '.'
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
  }
  // `s` so that `*` and `?` also match line terminators: a pattern never silently fails on one.
  return new RegExp(`^${source}$`, 'su')
}
