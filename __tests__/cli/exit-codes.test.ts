/** The exit codes a script may rely on are the ones --help and the README list, all of them. */
import { readFile } from 'node:fs/promises'
import * as EXIT_CODES from '../../src/cli/exit-codes.js'
import { USAGE } from '../../src/cli/usage.js'

const codes = Object.values(EXIT_CODES).sort()

it('are distinct', () => {
  expect(new Set(codes).size).toBe(codes.length)
  expect(codes).toEqual([0, 1, 2, 3])
})

it("are each listed by --help, in the README's command-line section", async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Developing'))
  expect([...section.matchAll(/^\| (\d+) \| \S/gm)].map((match) => Number(match[1]))).toEqual(codes)
  const listed = USAGE.slice(USAGE.indexOf('Exit codes:'))
  expect([...listed.matchAll(/^ {2}(\d+) {2}\S/gm)].map((match) => Number(match[1]))).toEqual(codes)
})
