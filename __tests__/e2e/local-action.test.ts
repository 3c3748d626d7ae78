/**
 * `npm run local-action` (@github/local-action over src/main.ts) with the inputs of .env.example,
 * its endpoint pointed at an AWS emulator on the demo estate, as a developer runs the action
 * before bundling it.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAwsEmulator, type AwsEmulator } from '../../emulator/aws/index.js'
import { shiftedClockEnv } from '../helpers/shifted-clock.cjs'
import { readReport } from './run-action.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const PACKAGE = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}

describe('npm run local-action with .env.example', () => {
  let aws: AwsEmulator
  let dir: string

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate: join(ROOT, 'estates', 'demo.json') })
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-local-action-'))
  })

  afterAll(async () => {
    await aws.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('runs the action from src/ against the emulator and sets its outputs', async () => {
    const reportPath = join(dir, 'report.json')
    const example = await readFile(join(ROOT, '.env.example'), 'utf8')
    const env = example
      .replace(/^AWS_ENDPOINT_URL=.*$/m, `AWS_ENDPOINT_URL=${aws.url}`)
      .replace(/^INPUT_REPORT-PATH=.*$/m, `INPUT_REPORT-PATH=${reportPath}`)
    expect(env).not.toBe(example)
    await writeFile(join(dir, '.env'), env)

    // The script's own command line, with the .env this test wrote.
    const [tool, ...args] = (PACKAGE.scripts['local-action'] as string)
      .replace(/ \.env$/, ` ${join(dir, '.env')}`)
      .split(' ')
    const run = await new Promise<{ code: number | null; stdout: string }>((done, reject) => {
      const child = spawn(join(ROOT, 'node_modules', '.bin', tool as string), args, {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: dir, ...shiftedClockEnv() },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.on('error', reject)
      child.on('close', (code) => done({ code, stdout }))
    })
    expect(run.code).toBe(0)
    const report = await readReport(reportPath)
    expect(report?.findings.length).toBeGreaterThan(0)
    expect(run.stdout).toContain(`::set-output name=findings-count::${report?.findings.length}`)
    expect(run.stdout).toContain('::set-output name=max-severity::expired')
  })
})
