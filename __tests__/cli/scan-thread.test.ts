import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXIT_NOT_SCANNED } from '../../src/cli/exit-codes.js'
import {
  SCAN_THREAD_ENV,
  SCAN_THREAD_YOUNG_GENERATION_MB,
  threadRole
} from '../../src/cli/scan-thread.js'

const ENTRY = new URL('./fixtures/scan-thread-entry.mjs', import.meta.url)

describe('threadRole', () => {
  it('starts the scan thread from the main thread, with the terminal it found', () => {
    const role = threadRole({}, ENTRY, true, () => {})
    expect(role.isTty).toBe(true)
    expect(role.startScanThread).toBeInstanceOf(Function)
  })

  it('in the scan thread, takes the terminal from the marker and starts no other thread', () => {
    for (const [marker, isTty] of [
      ['tty', true],
      ['pipe', false]
    ] as const) {
      expect(threadRole({ [SCAN_THREAD_ENV]: marker }, ENTRY, false, () => {})).toEqual({ isTty })
    }
  })
})

describe('the scan thread', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-scan-thread-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('runs the entry with the same flags and environment, its young generation capped, and gives its exit code', async () => {
    const seen = join(dir, 'seen.json')
    const errors: string[] = []
    const role = threadRole({ SCAN_THREAD_TEST_VARIABLE: 'kept' }, ENTRY, true, (text) =>
      errors.push(text)
    )
    const code = await role.startScanThread?.([seen, '1'])
    expect(code).toBe(1)
    expect(JSON.parse(await readFile(seen, 'utf8'))).toEqual({
      isMainThread: false,
      marker: 'tty',
      inherited: 'kept',
      argv: [seen, '1'],
      youngGenerationMb: SCAN_THREAD_YOUNG_GENERATION_MB
    })
    expect(errors).toEqual([])
  })

  it('turns an exception the scan let through into one line and exit 3', async () => {
    const errors: string[] = []
    const role = threadRole({}, ENTRY, false, (text) => errors.push(text))
    const code = await role.startScanThread?.([join(dir, 'seen.json'), 'throw'])
    expect(code).toBe(EXIT_NOT_SCANNED)
    expect(errors).toEqual([
      'aws-cert-watch: the scan stopped: a bug in the scan — run it again with --debug\n'
    ])
    expect(EXIT_NOT_SCANNED).toBe(3)
  })
})
