import { logScanGroups } from '../../src/publish/scan-log.js'
import { makeFinding, makeReport } from './report-factory.js'

function recordingIo() {
  const lines: string[] = []
  return {
    lines,
    info: (message: string) => {
      lines.push(message)
    },
    group: async <T>(name: string, fn: () => Promise<T>) => {
      lines.push(`::group::${name}`)
      const result = await fn()
      lines.push('::endgroup::')
      return result
    }
  }
}

describe('logScanGroups', () => {
  it('opens one group per coverage row, holding that slot’s findings one per line', async () => {
    const report = makeReport(
      [
        makeFinding({ resourceId: 'orders-db', severity: 'critical' }),
        makeFinding({ resourceId: 'eu-db', region: 'eu-west-1', severity: 'warning' })
      ],
      {
        coverage: [
          {
            account: '123456789012',
            region: 'us-east-1',
            service: 'rds',
            status: 'ok',
            detail: '2 DB instances'
          },
          {
            account: '123456789012',
            region: 'eu-west-1',
            service: 'rds',
            status: 'failed',
            detail: 'Throttling (HTTP 400): slow\n::error::x'
          }
        ]
      }
    )
    const io = recordingIo()
    await logScanGroups(report, io)
    expect(io.lines).toEqual([
      '::group::us-east-1 · rds · 123456789012: ok, 1 finding',
      'ok: 2 DB instances',
      expect.stringMatching(/^CRITICAL orders-db \(db-instance, 7 days left\): /),
      '::endgroup::',
      '::group::eu-west-1 · rds · 123456789012: failed, 1 finding',
      'failed: Throttling (HTTP 400): slow ::error::x',
      expect.stringMatching(/^WARNING eu-db \(db-instance, 30 days left\): /),
      '::endgroup::'
    ])
  })
})
