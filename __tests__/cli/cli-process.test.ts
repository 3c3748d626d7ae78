/**
 * The bundled CLI (`dist/cli/index.js`, what `npx aws-cert-watch` runs) started as a shell
 * starts it, in a clean environment: the exact stdout, stderr and exit code of what a person at
 * a workstation meets first (--version, --help, a bare call, no credentials, an endpoint that
 * is not there, colour). Build dist/ first (`npm run bundle`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadEstate } from '../../emulator/aws/index.js'
import { EXIT_NOT_SCANNED, EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js'
import { USAGE } from '../../src/cli/usage.js'
import { STATIC_KEY, startHarness, type Harness } from '../collect/emulator-harness.js'
import { shiftedClockEnv } from '../helpers/shifted-clock.cjs'
import { runProcess, type CapturedRun } from '../helpers/captured-run.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const DEMO = join(ROOT, 'estates', 'demo.json')
const NODE = process.env.AWS_CERT_WATCH_NODE ?? process.execPath

let home: string

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'aws-cert-watch-home-'))
})
afterAll(() => rm(home, { recursive: true, force: true }))

/**
 * A workstation with nothing configured: an empty home (no ~/.aws), no instance role to ask,
 * and none of this machine's AWS_* variables. The SDK's notice that it will soon want Node 22
 * is the SDK's, not the CLI's output under test.
 */
function workstation(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...shiftedClockEnv(),
    ...env
  }
}

function cli(args: string[], env: Record<string, string> = workstation()): Promise<CapturedRun> {
  return runProcess(NODE, [CLI, ...args], env)
}

/** A local port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

const PROFILE_HINT =
  'set AWS_PROFILE to a profile of ~/.aws/config (for an SSO profile, run "aws sso login" first) ' +
  'or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; --role-to-assume ARN then assumes a role with them'

describe('the bundled CLI', () => {
  it('prints its version from package.json with --version', async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(await cli(['--version'])).toEqual({
      code: EXIT_OK,
      stdout: `aws-cert-watch ${version}\n`,
      stderr: ''
    })
  })

  it('prints the usage, exit codes and examples as flags with --help', async () => {
    const run = await cli(['--help'])
    expect(run).toEqual({ code: EXIT_OK, stdout: `${USAGE}\n`, stderr: '' })
    expect(run.stdout).toContain('\nExit codes:\n  0  done')
    expect(run.stdout).toContain('\n  3  could not scan')
    expect(run.stdout).toContain(
      '\n  aws-cert-watch scan --regions us-east-1,eu-west-1 --services rds,acm\n'
    )
  })

  it('prints the usage on stderr for a bare call, and exits 2', async () => {
    expect(await cli([])).toEqual({ code: EXIT_USAGE, stdout: '', stderr: `${USAGE}\n` })
  })

  it('says in one line that there are no credentials, and how to get some (exit 3)', async () => {
    expect(await cli(['scan', '--regions', 'us-east-1'])).toEqual({
      code: EXIT_NOT_SCANNED,
      stdout: '',
      stderr:
        'aws-cert-watch: no AWS credentials found (CredentialsProviderError: Could not load ' +
        `credentials from any providers) — ${PROFILE_HINT}\n`
    })
  })

  it('adds the stack trace and the SDK error with --debug', async () => {
    const run = await cli(['scan', '--regions', 'us-east-1', '--debug'])
    expect(run.code).toBe(EXIT_NOT_SCANNED)
    expect(run.stdout).toBe('')
    const [first, ...rest] = run.stderr.split('\n')
    expect(first).toBe(
      'aws-cert-watch: no AWS credentials found (CredentialsProviderError: Could not load ' +
        `credentials from any providers) — ${PROFILE_HINT}`
    )
    expect(rest.join('\n')).toMatch(/^Error: No usable AWS credentials from the default chain/)
    expect(rest.join('\n')).toMatch(/\n {4}at /)
    expect(rest.join('\n')).toContain(
      '[cause]: CredentialsProviderError: Could not load credentials'
    )
  })

  it('tells an endpoint that refuses connections apart from missing credentials (exit 3)', async () => {
    const port = await closedPort()
    const run = await cli(
      ['scan', '--regions', 'us-east-1', '--dns-check', 'false'],
      workstation({
        AWS_ACCESS_KEY_ID: STATIC_KEY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: STATIC_KEY.secretAccessKey,
        AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`
      })
    )
    expect(run).toEqual({
      code: EXIT_NOT_SCANNED,
      stdout: '',
      stderr:
        `aws-cert-watch: could not reach AWS (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}) — ` +
        'check the network connection (and AWS_ENDPOINT_URL, if it is set); nothing says the credentials are wrong\n'
    })
  })
})

describe('colour of the bundled CLI', () => {
  let harness: Harness
  const NOW = new Date()

  beforeAll(async () => {
    harness = await startHarness(loadEstate(DEMO), NOW)
  })
  afterAll(() => harness.close())

  const ESC = '\u001b['
  const scan = (env: Record<string, string>, ...flags: string[]) =>
    cli(
      ['scan', '--regions', 'us-east-1', '--dns-check', 'false', ...flags],
      workstation({
        AWS_ACCESS_KEY_ID: STATIC_KEY.accessKeyId,
        AWS_SECRET_ACCESS_KEY: STATIC_KEY.secretAccessKey,
        AWS_ENDPOINT_URL: harness.emu.url,
        ...env
      })
    )

  it.each([
    ['nothing set, into a pipe', {}, [], false],
    ['FORCE_COLOR=1 into a pipe', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], false],
    ['FORCE_COLOR=1 and --no-color', { FORCE_COLOR: '1' }, ['--no-color'], false]
  ])('%s', async (_what, env: Record<string, string>, flags: string[], coloured) => {
    const run = await scan(env, ...flags)
    expect(run.code).toBe(EXIT_OK)
    expect(run.stdout).toContain('legacy-billing-mysql')
    expect(run.stdout.includes(ESC)).toBe(coloured)
    expect(run.stderr.includes(ESC)).toBe(false)
  })
})
