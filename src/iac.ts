import { runIac } from './main-iac.js'

await runIac()
// As in src/index.ts: the step is over when runIac() is.
setTimeout(() => process.exit(), 1000).unref()
