/**
 * The `action` job of .github/workflows/ci.yml, run here step by step as the runner would: the
 * emulator started in the background on the demo estate, the action as `uses: ./` (its
 * action.yml's dist/index.js), then the job's own check of the outputs and the report. What
 * only GitHub has is named with the reason it does not run; a step added to the job without
 * one fails this test until it runs here or says why not.
 */
import { mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runWorkflowJob, type StepResult, type StepRun } from './run-workflow-job.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const NOT_RUN_HERE = {
  'actions/checkout': 'the workspace is this checkout',
  'actions/setup-node': "the Node running the tests (.ci/run puts .node-version's first on PATH)",
  'npm ci --no-audit --no-fund': "the node_modules .ci/run's install step made with that command",
  'actions/upload-artifact': 'no artifact store here: the test checks the file it would upload'
}

/** A port nothing listens on now, for the emulator the job starts. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

describe('ci.yml job "action", run here', () => {
  let workspace: string
  let results: StepResult[]

  beforeAll(async () => {
    // A checkout of its own, made of links to this one: the job's emulator.log and report land
    // there, not in the repository.
    workspace = await mkdtemp(join(tmpdir(), 'aws-cert-watch-ci-job-'))
    for (const entry of await readdir(ROOT)) {
      if (entry === '.git' || entry.endsWith('.log') || entry === 'aws-cert-watch-report.json')
        continue
      await symlink(join(ROOT, entry), join(workspace, entry))
    }
    results = await runWorkflowJob({
      workspace,
      workflowFile: join(ROOT, '.github', 'workflows', 'ci.yml'),
      job: 'action',
      env: { EMULATOR_PORT: String(await freePort()) },
      notRunHere: NOT_RUN_HERE
    })
  }, 240_000)

  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true })
  })

  const ran = () => results.filter((result): result is StepRun => !('skipped' in result))

  it('runs every step it can, each passing, and names why the others do not run', () => {
    const failed = ran()
      .filter((result) => result.exitCode !== 0)
      .map(
        (result) =>
          `${result.step.name ?? result.step.uses}: exit ${result.exitCode}\n${result.log}`
      )
    expect(failed).toEqual([])
    const skipped = results.flatMap((result) => ('skipped' in result ? [result.skipped] : []))
    expect(skipped.sort()).toEqual(Object.values(NOT_RUN_HERE).sort())
    // Start the emulator, the action, the check of its outputs.
    expect(ran().map((result) => result.step.uses ?? 'run')).toEqual(['run', './', 'run'])
  })

  it('ran the action on the emulator: outputs, a report that conforms, its summary', () => {
    const action = ran().find((result) => result.step.uses === './')?.action
    expect(action?.exitCode).toBe(0)
    expect(Number(action?.outputs['findings-count'])).toBeGreaterThan(0)
    expect(action?.outputs['max-severity']).toBe('expired')
    // readReport refuses a report the schema rejects; this one was read.
    expect(action?.report?.findings).toHaveLength(Number(action?.outputs['findings-count']))
    expect(action?.summary).toContain('## aws-cert-watch')
  })

  it('left the report upload-artifact would upload', async () => {
    const upload = results.find((result) => result.step.uses?.startsWith('actions/upload-artifact'))
    const path = String(upload?.step.with?.path)
    expect((await stat(join(workspace, path))).size).toBeGreaterThan(0)
  })
})
