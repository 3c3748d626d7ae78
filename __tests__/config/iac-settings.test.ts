/** The iac action's inputs: defaults, and one clear line for each bad value. */
import { ConfigError, DEFAULT_IAC_PATHS, parseIacSettings } from '../../src/config/index.js'

const read =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('iac settings', () => {
  it('defaults to the usual files, changed-only on pull requests, fail-on warning', () => {
    expect(parseIacSettings(read({}))).toEqual({
      paths: [...DEFAULT_IAC_PATHS],
      changedOnly: 'auto',
      failOn: 'warning',
      targetCa: 'rds-ca-rsa2048-g1',
      sarifPath: '',
      thresholds: { warningDays: 45, criticalDays: 14 },
      awsRegion: 'us-east-1',
      reportPath: 'aws-cert-watch-iac-report.json'
    })
  })

  it('takes paths one per line, changed-only as a boolean, and fail-on none', () => {
    const settings = parseIacSettings(
      read({
        paths: 'infra/**/*.tf\n\n!infra/sandbox/**\n',
        'changed-only': 'false',
        'fail-on': 'none'
      })
    )
    expect(settings.paths).toEqual(['infra/**/*.tf', '!infra/sandbox/**'])
    expect(settings.changedOnly).toBe(false)
    expect(settings.failOn).toBe('none')
  })

  it.each([
    [{ 'changed-only': 'sometimes' }, 'changed-only'],
    [{ 'fail-on': 'high' }, 'fail-on'],
    [{ 'target-ca': 'rds-ca-2019' }, 'target-ca'],
    [{ 'warning-days': '10', 'critical-days': '20' }, 'critical-days'],
    [{ 'aws-region': 'mars-1' }, 'aws-region']
  ])('refuses %j in one line naming %s', (values, input) => {
    let error: unknown
    try {
      parseIacSettings(read(values))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(`'${input}'`)
    expect((error as Error).message).not.toContain('\n')
  })
})
