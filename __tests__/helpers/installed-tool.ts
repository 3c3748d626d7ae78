/**
 * Suites that need a third-party tool this machine may lack (moto_server comes from PyPI, which
 * is out of reach here; the AWS CLI): where the tool is absent, one test records that, so the run
 * says what it did not check instead of skipping silently.
 */
export function describeWithTool(
  tool: { name: string; path: string | undefined },
  title: string,
  suite: (path: string) => void
): void {
  const { path } = tool
  if (path === undefined) {
    describe(title, () => {
      it(`records that ${tool.name} is not installed, so this suite did not run`, () => {
        console.warn(`${tool.name} not found: "${title}" did not run`)
        expect(path).toBeUndefined()
      })
    })
    return
  }
  describe(title, () => suite(path))
}
