/** Findings and reports for the renderers' tests, built by the real evaluate stage or by hand. */
import { buildReport } from '../../src/report/json-report.js'
import { evaluate } from '../../src/evaluate/index.js'
import type { CoverageRow, Finding, Inventory, Report, Severity } from '../../src/model/index.js'
import { NOW, THRESHOLDS, options } from '../evaluate/factories.js'

export function reportFrom(inventory: Inventory, accounts = ['123456789012']): Report {
  return buildReport({
    evaluation: evaluate(inventory, options()),
    inventory,
    settings: { regions: ['eu-west-1'], services: ['rds', 'acm'], shard: { index: 1, count: 1 } },
    thresholds: THRESHOLDS,
    now: NOW,
    accounts
  })
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  const resourceId = overrides.resourceId ?? 'orders-db'
  return {
    id: `rds:123456789012:eu-west-1:${resourceId}`,
    source: 'aws',
    location: null,
    service: 'rds',
    resourceType: 'db-instance',
    resourceId,
    resourceArn: `arn:aws:rds:eu-west-1:123456789012:db:${resourceId}`,
    account: '123456789012',
    region: 'eu-west-1',
    severity: 'critical',
    expiresAt: '2026-11-30T23:00:00.000Z',
    daysLeft: 7,
    reasons: [
      {
        code: 'rds-ca-expiring',
        severity: 'critical',
        message: 'CA x expires on 2026-11-30 (in 7 days).'
      }
    ],
    remediation: [
      {
        summary: 'Rotate the instance.',
        command: `aws rds modify-db-instance --db-instance-identifier ${resourceId} --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --region eu-west-1`
      }
    ],
    ...overrides
  }
}

/** `count` findings of one severity with distinct ids and dates. */
export function manyFindings(count: number, severity: Severity, prefix = severity): Finding[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `${prefix}-${String(index).padStart(4, '0')}`
    return finding({
      resourceId: id,
      id: `rds:123456789012:eu-west-1:${id}`,
      resourceArn: `arn:aws:rds:eu-west-1:123456789012:db:${id}`,
      severity,
      reasons: [{ code: 'rds-ca-expiring', severity, message: `Reason for ${id}.` }]
    })
  })
}

export function report(findings: Finding[], coverage: CoverageRow[] = []): Report {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  return {
    schemaVersion: 1,
    generatedAt: NOW.toISOString(),
    thresholds: THRESHOLDS,
    scope: {
      accounts: ['123456789012'],
      regions: ['eu-west-1'],
      services: ['rds', 'acm'],
      shard: '1/1'
    },
    coverage,
    findings,
    totals: {
      expired: count('expired'),
      critical: count('critical'),
      warning: count('warning'),
      notice: count('notice'),
      resourcesScanned: { rds: findings.length, acm: 0 },
      ignored: 0
    }
  }
}

export function coverageRow(overrides: Partial<CoverageRow> = {}): CoverageRow {
  return {
    account: '123456789012',
    region: 'eu-west-1',
    service: 'rds',
    status: 'ok',
    detail: '3 DB instances, 0 clusters',
    ...overrides
  }
}
