import { SERVICES } from '../../src/services/index.js'
import { COMMERCIAL_REGIONS } from '../../src/aws/regions.js'
import { Inputs } from '../../src/contract.js'
import { parseSettings } from '../../src/config/index.js'
import { parse, refusal } from './settings-helpers.js'

function expectRefused(values: Record<string, string>, input: string, fragment: RegExp): void {
  const err = refusal(values)
  expect(err.input).toBe(input)
  expect(err.message).toMatch(fragment)
  expect(err.message).toContain(`Input '${input}'`)
  expect(err.message).toMatch(new RegExp(`Example: ${input}: \\S`))
  expect(err.message).not.toMatch(/\n/)
}

describe('parseSettings defaults', () => {
  it('fills every default of action.yml when only regions are given', () => {
    expect(parse({})).toEqual({
      regions: ['us-east-1'],
      services: ['rds', 'acm', 'acm-pca', 'iam', 'elb', 'cloudfront'],
      rolesToAssume: [],
      accounts: { kind: 'roles' },
      memberRoleName: 'aws-cert-watch',
      excludeAccounts: [],
      shard: { index: 1, count: 1 },
      roleSessionName: 'aws-cert-watch',
      audience: 'sts.amazonaws.com',
      awsRegion: 'us-east-1',
      warningDays: 45,
      criticalDays: 14,
      dnsCheck: true,
      dnsServers: [],
      failOn: 'none',
      githubToken: '',
      issue: true,
      issueTitle: 'AWS certificates need action',
      issueLabels: ['aws-cert-watch'],
      issueKey: '',
      closeWhenClear: true,
      reportPath: 'aws-cert-watch-report.json',
      ignore: [],
      targetCa: 'rds-ca-rsa2048-g1'
    })
  })

  it('reads every input by its contract name', () => {
    const asked: string[] = []
    parseSettings((name) => {
      asked.push(name)
      return name === Inputs.Regions ? 'eu-west-1' : ''
    })
    expect(new Set(asked)).toEqual(new Set(Object.values(Inputs)))
  })

  it('keeps given values', () => {
    const settings = parse({
      regions: 'eu-west-1',
      services: 'acm',
      'role-session-name': 'nightly-scan',
      audience: 'sts.example',
      'aws-region': 'eu-central-1',
      'warning-days': '60',
      'critical-days': '0',
      'fail-on': 'critical',
      'github-token': ' ghs_abc ',
      issue: 'False',
      'issue-title': 'Certs',
      'issue-labels': 'security, aws ,security',
      'issue-key': 'prod-eu',
      'close-when-clear': 'FALSE',
      'report-path': 'out/report.json',
      'target-ca': 'rds-ca-ecc384-g1'
    })
    expect(settings).toMatchObject({
      regions: ['eu-west-1'],
      services: ['acm'],
      roleSessionName: 'nightly-scan',
      audience: 'sts.example',
      awsRegion: 'eu-central-1',
      warningDays: 60,
      criticalDays: 0,
      failOn: 'critical',
      githubToken: 'ghs_abc',
      issue: false,
      issueTitle: 'Certs',
      issueLabels: ['security', 'aws'],
      issueKey: 'prod-eu',
      closeWhenClear: false,
      reportPath: 'out/report.json',
      targetCa: 'rds-ca-ecc384-g1'
    })
  })
})

describe('regions', () => {
  it('accepts comma- and newline-separated lists, deduplicated in input order', () => {
    expect(parse({ regions: 'eu-west-1, us-east-1\nap-southeast-5\n\neu-west-1' }).regions).toEqual(
      ['eu-west-1', 'us-east-1', 'ap-southeast-5']
    )
  })

  it('accepts opt-in regions', () => {
    const optIn =
      'me-south-1,af-south-1,ap-east-1,eu-south-1,il-central-1,mx-central-1,ap-southeast-7'
    expect(parse({ regions: optIn }).regions).toEqual(optIn.split(','))
  })

  it('expands all to every commercial region and nothing of GovCloud or China', () => {
    const regions = parse({ regions: 'all' }).regions
    expect(regions).toEqual(COMMERCIAL_REGIONS)
    expect(regions).toEqual(expect.arrayContaining(['us-east-1', 'me-south-1', 'ap-southeast-7']))
    expect(regions.some((r) => r.startsWith('us-gov-') || r.startsWith('cn-'))).toBe(false)
  })

  it('adds GovCloud and China regions only when named', () => {
    expect(parse({ regions: 'ALL\nus-gov-west-1' }).regions).toEqual([
      ...COMMERCIAL_REGIONS,
      'us-gov-west-1'
    ])
    expect(parse({ regions: 'cn-north-1' }).regions).toEqual(['cn-north-1'])
  })

  it('refuses an unknown region', () => {
    expectRefused({ regions: 'us-east-1,us-east-9' }, 'regions', /unknown region "us-east-9"/)
  })

  it('refuses an empty list', () => {
    expectRefused({ regions: '' }, 'regions', /lists no region/)
    expectRefused({ regions: ' ,\n' }, 'regions', /lists no region/)
  })
})

describe('services', () => {
  it('accepts rds and acm in any case, in the registry order whatever the input order', () => {
    expect(parse({ services: 'ACM,rds,acm' }).services).toEqual(['rds', 'acm'])
  })

  it('takes every registered service for all, or when the input is empty', () => {
    const every = SERVICES.map((service) => service.name)
    expect(parse({ services: 'all' }).services).toEqual(every)
    expect(parse({ services: 'acm, all' }).services).toEqual(every)
    expect(parse({}).services).toEqual(every)
  })

  it('refuses unknown services and empty lists', () => {
    expectRefused({ services: 'rds,ec2' }, 'services', /unknown service "ec2"/)
    expectRefused({ services: ',' }, 'services', /lists no service/)
  })
})

describe('thresholds', () => {
  it.each(['abc', '-1', '1.5', '1e3', '0x10', '99999999999999999999'])(
    'refuses warning-days %p',
    (value) => {
      expectRefused({ 'warning-days': value }, 'warning-days', /whole number of days, at least 1/)
    }
  )

  it('refuses warning-days 0 but accepts critical-days 0', () => {
    expectRefused({ 'warning-days': '0' }, 'warning-days', /at least 1/)
    expect(parse({ 'critical-days': '0' }).criticalDays).toBe(0)
  })

  it('refuses a critical threshold not below the warning threshold', () => {
    expectRefused(
      { 'warning-days': '30', 'critical-days': '30' },
      'critical-days',
      /\(30\) must be less than warning-days \(30\)/
    )
    expectRefused({ 'warning-days': '10' }, 'critical-days', /\(14\) must be less than/)
  })

  it('accepts surrounding whitespace', () => {
    expect(parse({ 'warning-days': ' 30 ', 'critical-days': '\t7' })).toMatchObject({
      warningDays: 30,
      criticalDays: 7
    })
  })
})

describe('fail-on', () => {
  it.each(['none', 'warning', 'critical', 'expired'])('accepts %p', (value) => {
    expect(parse({ 'fail-on': value }).failOn).toBe(value)
  })

  it('refuses anything else', () => {
    expectRefused({ 'fail-on': 'notice' }, 'fail-on', /one of none, warning, critical, expired/)
  })
})

describe('booleans', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('accepts %p as core.getBooleanInput does', (value, expected) => {
    expect(parse({ issue: value, 'close-when-clear': value })).toMatchObject({
      issue: expected,
      closeWhenClear: expected
    })
  })

  it.each(['yes', 'tRuE', '1', 'on'])('refuses %p', (value) => {
    expectRefused({ issue: value }, 'issue', /must be true or false/)
    expectRefused({ 'close-when-clear': value }, 'close-when-clear', /must be true or false/)
  })
})

describe('role-to-assume', () => {
  it('accepts several roles, one per account, in every partition', () => {
    const roles = [
      'arn:aws:iam::111111111111:role/aws-cert-watch',
      'arn:aws:iam::222222222222:role/service-role/team/cert-reader'
    ]
    expect(parse({ 'role-to-assume': roles.join('\n') }).rolesToAssume).toEqual(roles)
    expect(
      parse({
        'role-to-assume': 'arn:aws-us-gov:iam::333333333333:role/reader',
        'aws-region': 'us-gov-west-1',
        regions: 'us-gov-west-1'
      }).rolesToAssume
    ).toEqual(['arn:aws-us-gov:iam::333333333333:role/reader'])
    expect(
      parse({
        'role-to-assume': 'arn:aws-cn:iam::444444444444:role/reader',
        'aws-region': 'cn-north-1'
      }).rolesToAssume
    ).toHaveLength(1)
  })

  it.each([
    'arn:aws:iam::12345678901:role/short-account',
    'arn:aws:iam::123456789012:user/not-a-role',
    'arn:aws:sts::123456789012:role/wrong-service',
    'arn:aws-foo:iam::123456789012:role/bad-partition',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:iam::123456789012:role/has space',
    '123456789012'
  ])('refuses %p', (arn) => {
    expectRefused({ 'role-to-assume': arn }, 'role-to-assume', /malformed role ARN/)
  })

  it('refuses two roles in one account', () => {
    expectRefused(
      {
        'role-to-assume': 'arn:aws:iam::111111111111:role/a, arn:aws:iam::111111111111:role/b'
      },
      'role-to-assume',
      /two roles in account 111111111111/
    )
  })

  it('refuses a role whose partition differs from the STS home region', () => {
    expectRefused(
      { 'role-to-assume': 'arn:aws-us-gov:iam::333333333333:role/reader' },
      'aws-region',
      /partition aws.*partition aws-us-gov.*Example: aws-region: us-gov-west-1/
    )
  })
})

describe('other inputs', () => {
  it('refuses an unknown aws-region', () => {
    expectRefused({ 'aws-region': 'moon-1' }, 'aws-region', /not a known region/)
  })

  it('refuses a malformed role-session-name', () => {
    expectRefused({ 'role-session-name': 'has space' }, 'role-session-name', /2-64/)
    expectRefused({ 'role-session-name': 'x' }, 'role-session-name', /2-64/)
  })

  it('refuses labels GitHub would reject', () => {
    expectRefused({ 'issue-labels': 'a,' + 'x'.repeat(51) }, 'issue-labels', /longer than 50/)
  })

  it('refuses an issue-key that could break out of the issue marker', () => {
    expectRefused({ 'issue-key': 'prod -->' }, 'issue-key', /only letters/)
  })

  it('refuses a target-ca that is not a CA identifier', () => {
    expectRefused({ 'target-ca': 'rds-ca-x; rm -rf /' }, 'target-ca', /current RDS CA identifier/)
  })

  it('refuses a retired target-ca, saying when it expired and what to use', () => {
    expectRefused(
      { 'target-ca': 'rds-ca-2019' },
      'target-ca',
      /"rds-ca-2019", which is retired \(it expired on 2024-08-22 in most regions\); use one of rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1/
    )
    expectRefused({ 'target-ca': 'rds-ca-2015' }, 'target-ca', /retired/)
  })

  it('accepts every current CA and a later generation of the same scheme', () => {
    for (const ca of [
      'rds-ca-rsa2048-g1',
      'rds-ca-rsa4096-g1',
      'rds-ca-ecc384-g1',
      'rds-ca-rsa2048-g2'
    ]) {
      expect(parse({ 'target-ca': ca }).targetCa).toBe(ca)
    }
  })

  it('splits ignore patterns on commas and newlines', () => {
    expect(
      parse({ ignore: 'arn:aws:acm:*:*:certificate/abc*\n arn:aws:rds:*:db:test-?, ' }).ignore
    ).toEqual(['arn:aws:acm:*:*:certificate/abc*', 'arn:aws:rds:*:db:test-?'])
  })

  it('keeps refused values on one line in the message', () => {
    const err = refusal({ 'fail-on': 'warning\n::error::injected' })
    expect(err.message).toBe(
      `Input 'fail-on' must be one of none, warning, critical, expired, got "warning ::error::injected". Example: fail-on: critical`
    )
  })

  it('never echoes the github token', () => {
    const err = refusal({ 'github-token': 'ghs_secret', 'warning-days': 'x' })
    expect(err.message).not.toContain('ghs_secret')
  })
})

describe('dns-check and dns-servers', () => {
  it('takes IP addresses with an optional port, each once, as Node wants them', () => {
    const settings = parse({ 'dns-servers': '1.1.1.1, 127.0.0.1:5353\n[::1]:53,1.1.1.1' })
    expect(settings.dnsServers).toEqual(['1.1.1.1', '127.0.0.1:5353', '[::1]:53'])
    expect(parse({ 'dns-check': 'false' }).dnsCheck).toBe(false)
  })

  it.each([
    ['dns.google', /has "dns\.google": DNS server "dns\.google" is not host\[:port\]/],
    ['127.0.0.1:0', /has a port outside 1-65535/],
    ['10.0.0.2:99999', /has a port outside 1-65535/]
  ])('refuses %p before any call', (value, message) => {
    expectRefused({ 'dns-servers': value }, 'dns-servers', message)
  })

  it('refuses a dns-check that is not a boolean', () => {
    expectRefused({ 'dns-check': 'sometimes' }, 'dns-check', /true/)
  })
})
