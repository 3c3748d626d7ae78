/**
 * What a run answers before it does any work needs nothing but its bundle's entry file: each
 * entry is copied alone (without the chunks ncc emits beside it) and must still refuse a bad
 * input, print its version and usage, exactly as with every chunk there. The AWS SDK, Octokit
 * and @actions/core's HTTP stack are in those chunks, not in the entry (issue 14: an entry of
 * at most 1.5 MB), so none of them is loaded on these paths.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { STEP_NODE } from './run-action.js'
import { runProcess, type CapturedRun } from '../helpers/captured-run.js'

const DIST = fileURLToPath(new URL('../../dist', import.meta.url))

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-entry-alone-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

function run(entry: string, args: string[], env: Record<string, string>): Promise<CapturedRun> {
  return runProcess(STEP_NODE, [entry, ...args], { PATH: process.env.PATH ?? '', ...env })
}

/** The entry file of dist/<folder> alone in a folder of its own, as an ES module. */
async function alone(folder: string): Promise<string> {
  const target = join(dir, folder === '' ? 'scan' : folder)
  await mkdir(target, { recursive: true })
  await copyFile(join(DIST, folder, 'index.js'), join(target, 'index.js'))
  await writeFile(join(target, 'package.json'), '{"type":"module"}\n')
  return join(target, 'index.js')
}

/** Issue 14's budget for an entry file. */
const ENTRY_BYTES = 1.5 * 1024 * 1024

it.each([
  ['dist/index.js', ''],
  ['dist/merge/index.js', 'merge'],
  ['dist/iac/index.js', 'iac'],
  ['dist/cli/index.js', 'cli']
])('%s is within 1.5 MB and holds neither the AWS SDK nor undici', async (_name, folder) => {
  const entry = await readFile(join(DIST, folder, 'index.js'), 'utf8')
  expect(Buffer.byteLength(entry)).toBeLessThanOrEqual(ENTRY_BYTES)
  // The SDK's user agent and undici's HTTP parser: code, not words of a comment.
  expect(entry).not.toContain('aws-sdk-js')
  expect(entry).not.toContain('llhttp')
})

describe.each([
  ['the scan action with a bad input', '', [], { INPUT_REGIONS: 'nonsense' }],
  ['the merge action without reports', 'merge', [], {}],
  ['the iac action with a bad input', 'iac', [], { 'INPUT_FAIL-ON': 'sometimes' }],
  ['the CLI --version', 'cli', ['--version'], {}],
  ['the CLI --help', 'cli', ['--help'], {}],
  ['a bare CLI call', 'cli', [], {}],
  ['the CLI with an unknown flag', 'cli', ['scan', '--bogus'], {}]
])('%s', (_what, folder: string, args: string[], env: Record<string, string>) => {
  it('answers from the entry file alone, as with every chunk beside it', async () => {
    const whole = await run(join(DIST, folder, 'index.js'), args, env)
    expect(whole.code).not.toBeNull()
    expect(`${whole.stdout}${whole.stderr}`).not.toBe('')
    expect(await run(await alone(folder), args, env)).toEqual(whole)
  })
})
