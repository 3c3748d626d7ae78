#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'
import { threadRole } from './cli/scan-thread.js'

const stderr = (text: string) => process.stderr.write(text)
const role = threadRole(
  process.env,
  new URL(import.meta.url),
  process.stdout.isTTY === true,
  stderr
)
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr,
  env: process.env,
  now: () => new Date(),
  ...role
})
// Done when runCli is: a request given up on at its time limit must not keep the shell waiting
// (see src/index.ts). In the scan thread this ends the thread, whose exit ends the process.
setTimeout(() => process.exit(), 1000).unref()
