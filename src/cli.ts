#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  isTty: process.stdout.isTTY === true
})
// Done when runCli is: a request given up on at its time limit must not keep the shell waiting
// (see src/index.ts).
setTimeout(() => process.exit(), 1000).unref()
