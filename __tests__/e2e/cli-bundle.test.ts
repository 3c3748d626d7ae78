/**
 * The bundled CLI (dist/cli/index.js, package.json's `bin`) as an installed `aws-cert-watch`
 * runs: on the Node the end-to-end steps run on (AWS_CERT_WATCH_NODE: .ci/run gives the oldest
 * Node that package.json's engines allow), in a clean environment, against the AWS emulator.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEFAULT_STATIC_CREDENTIAL,
  startAwsEmulator,
  type AwsEmulator
} from '../../emulator/aws/index.js'
import { shiftedClockEnv } from '../helpers/shifted-clock.cjs'
import { readReport, STEP_NODE } from './run-action.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const PACKAGE = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>
}
const CLI = join(ROOT, PACKAGE.bin['aws-cert-watch'] as string)
const STEP_NODE_MAJOR = Number(
  execFileSync(STEP_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })
)
/** The AWS SDK prints its NodeVersionSupportWarning below Node 22 (engines say >=24). */
const SDK_WARNS_BELOW = 22

interface CliRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  return new Promise((done, reject) => {
    const child = spawn(STEP_NODE, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (exitCode) => done({ exitCode, stdout, stderr }))
  })
}

describe('the bundled CLI', () => {
  let aws: AwsEmulator
  let dir: string
  let env: Record<string, string>

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate: join(ROOT, 'estates', 'demo.json') })
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-cli-bundle-'))
    env = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      AWS_ENDPOINT_URL: aws.url,
      AWS_ACCESS_KEY_ID: DEFAULT_STATIC_CREDENTIAL.accessKeyId,
      AWS_SECRET_ACCESS_KEY: DEFAULT_STATIC_CREDENTIAL.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...shiftedClockEnv()
    }
  })

  afterAll(async () => {
    await aws.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('prints its usage for --help', async () => {
    const run = await runCli(['--help'], env, dir)
    expect(run).toEqual({
      exitCode: 0,
      stdout: expect.stringMatching(/^Usage: aws-cert-watch scan \[options\]\n/),
      stderr: ''
    })
  })

  it(`scans and writes a report that conforms; the SDK's Node warning only below Node ${SDK_WARNS_BELOW}`, async () => {
    const reportPath = join(dir, 'report.json')
    const run = await runCli(
      [
        'scan',
        '--regions',
        'us-east-1,eu-west-1',
        '--dns-check',
        'false',
        '--format',
        'json',
        '--report-path',
        reportPath
      ],
      env,
      dir
    )
    // stderr is the CLI's progress, and any warning Node prints (`(node:PID) Warning: ...`).
    expect(run.stderr).toContain('JSON report written to')
    const warnings = run.stderr.match(/^\(node:\d+\) Warning: \w+/gm) ?? []
    expect(warnings.map((line) => line.replace(/\d+/, 'PID'))).toEqual(
      STEP_NODE_MAJOR < SDK_WARNS_BELOW ? ['(node:PID) Warning: NodeVersionSupportWarning'] : []
    )
    expect(run.exitCode).toBe(0)
    const report = await readReport(reportPath)
    expect(report?.findings.length).toBeGreaterThan(0)
    expect(JSON.parse(run.stdout)).toEqual(report)
  })
})
