/** npm run bench:cold-start: its median, its flags, and that it never times a wrong answer. */
import {
  BARE_NODE,
  measureColdStart,
  median,
  parseColdStartOptions
} from '../../scripts/cold-start.js'

describe('cold-start', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([40, 10, 30, 20])).toBe(25)
  })

  it('runs 11 times by default and refuses fewer than 5', () => {
    expect(parseColdStartOptions([])).toMatchObject({
      runs: 11,
      out: 'bench-output/cold-start.json'
    })
    expect(parseColdStartOptions(['--help'])).toBeNull()
    expect(() => parseColdStartOptions(['--runs', '3'])).toThrow(
      '--runs must be a whole number, at least 5, not 3'
    )
  })

  it('divides by the bare node of the same session, and fails on an unexpected answer', async () => {
    const bare = {
      name: BARE_NODE,
      args: ['-e', '0'],
      env: {},
      expect: { exitCode: 0, output: /^$/ }
    }
    const figures = await measureColdStart({ runs: 5, node: process.execPath }, [bare])
    expect(figures.cases).toHaveLength(1)
    expect(figures.cases[0]?.runsMs).toHaveLength(5)
    expect(figures.cases[0]?.ratio).toBe(1)
    const wrong = { ...bare, name: 'exits 3', args: ['-e', 'process.exit(3)'] }
    await expect(
      measureColdStart({ runs: 5, node: process.execPath }, [bare, wrong])
    ).rejects.toThrow(/^exits 3: expected exit 0 and output matching \/\^\$\/, got exit 3: ""$/)
  })
})
