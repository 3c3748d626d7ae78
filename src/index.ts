import { run } from './main.js'

await run()
// The step is over when run() is. A socket that a library still holds open (a request given
// up on at its time limit) must not keep the runner waiting until the job's timeout; the grace
// second lets output drain, and the timer does not itself keep the process alive.
setTimeout(() => process.exit(), 1000).unref()
