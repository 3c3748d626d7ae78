/**
 * Moves the clock the tests run on by AWS_CERT_WATCH_TEST_CLOCK_OFFSET_DAYS days, so that a test
 * which only passes near the date it was written fails today:
 *
 *   AWS_CERT_WATCH_TEST_CLOCK_OFFSET_DAYS=400 npm test
 *
 * Only `Date.now()`, `new Date()` and `Date()` move; a date given explicitly, timers,
 * `performance.now()` and `process.hrtime()` do not, so timeouts and measured durations stay real.
 * Node's HTTP servers date their responses on the real clock whatever `Date` is, and the AWS SDK
 * corrects its own clock to a response's `Date` (retrying the call when that changed it), so
 * the `Date` header they send moves too: the emulators answer on the clock their clients run on.
 *
 * It is loaded three ways, all no-ops while the variable is unset: by jest.config.js (jest's own
 * processes), by jest's `setupFiles` (each test file runs in a realm with its own `Date`), and
 * through NODE_OPTIONS in every Node process those start, which is why it adds itself there.
 * Tools that are not Node (moto_server, the AWS CLI, openssl) stay on the real clock.
 */
'use strict'

const http = require('node:http')

const OFFSET_VARIABLE = 'AWS_CERT_WATCH_TEST_CLOCK_OFFSET_DAYS'
const DAY_MS = 86_400_000
const PRELOAD = `--require ${JSON.stringify(__filename)}`
const SHIFTED = Symbol.for('aws-cert-watch.shifted-clock')

function offsetDays(env) {
  const raw = env[OFFSET_VARIABLE]
  if (raw === undefined || raw.trim() === '') return undefined
  const days = Number(raw)
  if (!Number.isFinite(days)) {
    throw new Error(`${OFFSET_VARIABLE} must be a number of days, not ${JSON.stringify(raw)}`)
  }
  return days
}

function shiftDate(realm, offsetMs) {
  const RealDate = realm.Date
  if (RealDate[SHIFTED] !== undefined) return
  const now = () => RealDate.now() + offsetMs
  function Date(...args) {
    if (new.target === undefined) return new RealDate(now()).toString()
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target)
  }
  Object.setPrototypeOf(Date, RealDate)
  Object.defineProperty(Date, 'length', { value: RealDate.length })
  Date.prototype = RealDate.prototype
  Date.now = now
  Date[SHIFTED] = offsetMs
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: Date,
    writable: true,
    configurable: true
  })
  realm.Date = Date
}

function dateResponses(offsetMs) {
  const proto = http.ServerResponse.prototype
  if (proto[SHIFTED] !== undefined) return
  const writeHead = proto.writeHead
  proto.writeHead = function (...args) {
    if (this.sendDate && !this.hasHeader('date')) this.setHeader('date', new Date().toUTCString())
    return writeHead.apply(this, args)
  }
  proto[SHIFTED] = offsetMs
}

/** The variables a child process started with a clean environment needs to share the clock. */
function shiftedClockEnv() {
  return offsetDays(process.env) === undefined
    ? {}
    : { [OFFSET_VARIABLE]: process.env[OFFSET_VARIABLE], NODE_OPTIONS: PRELOAD }
}

const days = offsetDays(process.env)
if (days !== undefined) {
  shiftDate(globalThis, days * DAY_MS)
  dateResponses(days * DAY_MS)
  const options = process.env.NODE_OPTIONS ?? ''
  if (!options.includes(PRELOAD)) process.env.NODE_OPTIONS = `${options} ${PRELOAD}`.trim()
}

module.exports = { OFFSET_VARIABLE, shiftedClockEnv }
