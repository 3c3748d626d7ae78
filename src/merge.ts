import { runMerge } from './main-merge.js'

await runMerge()
// As in src/index.ts: the step is over when runMerge() is.
setTimeout(() => process.exit(), 1000).unref()
