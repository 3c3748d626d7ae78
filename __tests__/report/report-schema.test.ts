/**
 * schema/report.schema.json is the report's contract: it accepts a report with every field the
 * model defines, refuses a field it does not know at every level, and names exactly the fields
 * the model has, so that a field the code adds without the schema fails here.
 */
import type {
  Consumer,
  CoverageRow,
  Finding,
  Reason,
  Remediation,
  Report
} from '../../src/model/index.js'
import { REPORT_SCHEMA, expectValidReport, reportSchemaErrors } from '../helpers/report-schema.js'

// `Required<...>` makes the compiler demand every optional field too: a field added to the model
// must be added here, and then the key comparison below fails until the schema has it.
const reason: Required<Reason> = {
  code: 'rds-rotation-scheduled',
  severity: 'warning',
  message: 'A rotation is pending.',
  dueAt: '2026-06-01T00:00:00.000Z'
}
const remediation: Required<Remediation> = { summary: 'Renew it.', command: 'aws acm renew' }
const consumer: Required<Consumer> = {
  service: 'elb',
  resourceType: 'listener',
  id: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/1/2',
  name: 'web:443'
}
const finding: Required<Finding> = {
  id: 'acm:123456789012:eu-west-1:abc',
  source: 'aws',
  service: 'acm',
  resourceType: 'acm-certificate',
  resourceId: 'abc',
  resourceArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/abc',
  resourceName: 'shop.example.com',
  account: '123456789012',
  region: 'eu-west-1',
  severity: 'warning',
  expiresAt: '2026-12-20T00:00:00.000Z',
  daysLeft: 19,
  reasons: [reason],
  remediation: [remediation],
  usedBy: [consumer],
  location: null
}
const coverage: Required<CoverageRow> = {
  account: '123456789012',
  region: 'eu-west-1',
  service: 'acm',
  status: 'ok',
  detail: '3 certificates (1 described)'
}
const scope: Required<Report['scope']> = {
  accounts: ['123456789012'],
  regions: ['eu-west-1'],
  services: ['acm'],
  shard: '1/1',
  missingShards: ['2/4']
}
const totals: Required<Report['totals']> = {
  expired: 0,
  critical: 0,
  warning: 1,
  notice: 0,
  resourcesScanned: { acm: 3 },
  ignored: 0
}
const full: Required<Report> = {
  schemaVersion: 1,
  generatedAt: '2026-12-01T00:00:00.000Z',
  thresholds: { warningDays: 45, criticalDays: 14 },
  scope,
  coverage: [coverage],
  findings: [finding],
  totals
}

type Schema = {
  properties?: Record<string, Schema>
  items?: Schema
  $ref?: string
  $defs?: Record<string, Schema>
}
const defs = (REPORT_SCHEMA as Schema).$defs ?? {}
const resolve = (schema: Schema | undefined): Schema => {
  const ref = schema?.$ref?.replace('#/$defs/', '')
  return ref === undefined ? (schema ?? {}) : resolve(defs[ref])
}
const at = (...path: string[]): Schema =>
  path.reduce<Schema>(
    (schema, key) => resolve(key === '[]' ? schema.items : schema.properties?.[key]),
    REPORT_SCHEMA as Schema
  )
const keysOf = (schema: Schema) => Object.keys(schema.properties ?? {}).sort()

describe('the report schema', () => {
  it('accepts a report with every field the model defines', () => {
    expectValidReport(full)
  })

  it.each([
    [[] as string[], full],
    [['scope'], scope],
    [['totals'], totals],
    [['thresholds'], full.thresholds],
    [['coverage', '[]'], coverage],
    [['findings', '[]'], finding],
    [['findings', '[]', 'reasons', '[]'], reason],
    [['findings', '[]', 'remediation', '[]'], remediation],
    [['findings', '[]', 'usedBy', '[]'], consumer]
  ])('names exactly the fields of %j', (path, object) => {
    expect(keysOf(at(...path))).toEqual(Object.keys(object).sort())
  })

  it.each([
    ['the report', (r: Record<string, unknown>) => ({ ...r, extra: 1 })],
    ['a finding', (r: Record<string, unknown>) => ({ ...r, findings: [{ ...finding, extra: 1 }] })],
    ['the scope', (r: Record<string, unknown>) => ({ ...r, scope: { ...scope, extra: 1 } })],
    [
      'a coverage row',
      (r: Record<string, unknown>) => ({ ...r, coverage: [{ ...coverage, extra: 1 }] })
    ]
  ])('refuses a field it does not know in %s', (_where, change) => {
    expect(reportSchemaErrors(change(full))).toEqual([
      expect.stringContaining('must NOT have additional properties (extra)')
    ])
  })

  it('refuses what the contract rules out', () => {
    expect(reportSchemaErrors({ ...full, schemaVersion: 2 })).not.toEqual([])
    expect(
      reportSchemaErrors({ ...full, findings: [{ ...finding, severity: 'high' }] })
    ).not.toEqual([])
    expect(reportSchemaErrors({ ...full, scope: { ...scope, shard: '0/4' } })).not.toEqual([])
    expect(
      reportSchemaErrors({ ...full, coverage: [{ ...coverage, account: '1234' }] })
    ).not.toEqual([])
  })
})
