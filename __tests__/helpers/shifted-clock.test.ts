/**
 * The shifted clock (shifted-clock.cjs) reaches what it must: the test file's realm, the `Date`
 * header of Node's HTTP servers, and a child process started with a clean environment, as the
 * e2e tests start the action. The real clock is
 * read from `performance`, which the shift leaves alone. Without the variable the offset is 0.
 */
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OFFSET_VARIABLE, shiftedClockEnv } from './shifted-clock.cjs'

const DAY_MS = 86_400_000
const OFFSET_MS = Number(process.env[OFFSET_VARIABLE] ?? 0) * DAY_MS
/** Date.now() and performance's epoch are both milliseconds, read a moment apart. */
const TOLERANCE_MS = 1_000

const realNow = () => performance.timeOrigin + performance.now()

describe('the shifted clock', () => {
  it('moves Date.now(), new Date() and Date() by the offset in this realm', () => {
    expect(Math.abs(Date.now() - realNow() - OFFSET_MS)).toBeLessThan(TOLERANCE_MS)
    expect(Math.abs(new Date().getTime() - realNow() - OFFSET_MS)).toBeLessThan(TOLERANCE_MS)
    // Date() has whole seconds.
    expect(Math.abs(Date.parse(Date()) - realNow() - OFFSET_MS)).toBeLessThan(TOLERANCE_MS + 1_000)
  })

  it('leaves explicit dates and the rest of Date as they are', () => {
    expect(new Date('2026-11-23T12:00:00Z').toISOString()).toBe('2026-11-23T12:00:00.000Z')
    expect(new Date(0).getTime()).toBe(0)
    expect(new Date(2026, 10, 23).getDate()).toBe(23)
    expect(Date.UTC(2026, 10, 23)).toBe(Date.parse('2026-11-23T00:00:00Z'))
    const now = new Date()
    expect(now).toBeInstanceOf(Date)
    expect(now.constructor).toBe(Date)
    expect(Object.prototype.toString.call(now)).toBe('[object Date]')
  })

  it("dates Node's HTTP responses on the same clock, as the AWS SDK reads them", async () => {
    const server = createServer((_request, response) => response.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`)
      const served = Date.parse(response.headers.get('date') ?? '')
      expect(Math.abs(served - Date.now())).toBeLessThan(TOLERANCE_MS + 1_000)
    } finally {
      server.close()
    }
  })

  it('reaches a Node process started with a clean environment', () => {
    const child = spawnSync(
      process.execPath,
      ['-p', 'Date.now() - (performance.timeOrigin + performance.now())'],
      { env: { PATH: process.env.PATH ?? '', ...shiftedClockEnv() }, encoding: 'utf8' }
    )
    expect(child.stderr).toBe('')
    expect(Math.abs(Number(child.stdout) - OFFSET_MS)).toBeLessThan(TOLERANCE_MS)
  })
})
