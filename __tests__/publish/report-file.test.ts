/** Output files are checked before any AWS call and written within a time limit. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError } from '../../src/config/index.js'
import { prepareOutputFile, writeReportFile } from '../../src/publish/report-file.js'
import { makeReport } from './report-factory.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aws-cert-watch-files-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const refusal = (path: string) =>
  prepareOutputFile('report-path', path, 'aws-cert-watch-report.json').catch((e: unknown) => e)

describe('prepareOutputFile', () => {
  it('accepts a new file, creating its missing folders and leaving no file behind', async () => {
    const path = join(dir, 'a', 'b', 'report.json')
    await expect(prepareOutputFile('report-path', path, 'r.json')).resolves.toBe(path)
    expect((await stat(join(dir, 'a', 'b'))).isDirectory()).toBe(true)
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('accepts an existing file and leaves its content alone', async () => {
    const path = join(dir, 'old.json')
    await writeFile(path, 'yesterday')
    await prepareOutputFile('report-path', path, 'r.json')
    expect(await readFile(path, 'utf8')).toBe('yesterday')
  })

  it('refuses a directory in one line naming the input', async () => {
    const error = await refusal(dir)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(
      `Input 'report-path' is a directory, not a file (path ${dir}). Example: report-path: aws-cert-watch-report.json`
    )
  })

  it('refuses a path under a file', async () => {
    const file = join(dir, 'plain')
    await writeFile(file, '')
    expect(((await refusal(join(file, 'report.json'))) as Error).message).toMatch(
      /^Input 'report-path' has a parent that is not a folder: .*plain/
    )
  })

  // Node's recursive mkdir never returns for a path under /proc; this must answer at once.
  it('refuses a path under /proc that cannot be created', async () => {
    for (const path of ['/proc/aws-cert-watch-report.json', '/proc/aws-cert-watch/report.json']) {
      expect(((await refusal(path)) as Error).message).toMatch(
        /^Input 'report-path' (names a file that cannot be created|needs the folder \/proc\/aws-cert-watch, which cannot be created)/
      )
    }
  })
})

describe('writeReportFile', () => {
  it('writes the JSON report into folders it creates', async () => {
    const path = join(dir, 'x', 'report.json')
    await writeReportFile(makeReport([]), path)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 1 })
  })
})
