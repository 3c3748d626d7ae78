/** What a command printed and how it ended: the CLI in process, or a Node process. */
import { spawn } from 'node:child_process'
import { runCli } from '../../src/cli/run-cli.js'

export interface CapturedRun {
  code: number | null
  stdout: string
  stderr: string
}

/** runCli with its output captured, on a pinned clock, never a terminal. */
export async function captureCli(
  argv: string[],
  options: { env: NodeJS.ProcessEnv; now: Date }
): Promise<CapturedRun & { code: number }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env: options.env,
    now: () => options.now,
    isTty: false
  })
  return { code, stdout, stderr }
}

/** A process run to its end, stdin closed, with exactly `env`. */
export function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv
): Promise<CapturedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
