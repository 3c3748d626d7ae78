/** Glob patterns as actions/upload-artifact takes them: one per entry, a leading `!` excludes. */
export function splitGlobPatterns(patterns: readonly string[]): {
  includes: string[]
  /** Without their `!`, as tinyglobby's `ignore` takes them. */
  excludes: string[]
} {
  return {
    includes: patterns.filter((pattern) => !pattern.startsWith('!')),
    excludes: patterns.filter((pattern) => pattern.startsWith('!')).map((p) => p.slice(1))
  }
}
