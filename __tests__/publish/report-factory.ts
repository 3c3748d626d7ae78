/**
 * Report fixtures for the tracking-issue tests. The evaluate stage produces real reports; these
 * tests depend only on the Report type, so they build plausible ones here.
 */
import type { Finding, Report, Severity } from '../../src/model/index.js'

export const SCAN_TIME = '2026-05-01T06:00:00.000Z'

const DAYS_BY_SEVERITY: Record<Severity, number> = {
  expired: -3,
  critical: 7,
  warning: 30,
  notice: 120
}

export interface FindingSpec extends Partial<Finding> {
  resourceId: string
}

/** An RDS DB-instance finding whose id, dates, reason and fix follow from what is given. */
export function makeFinding(spec: FindingSpec): Finding {
  const service = spec.service ?? 'rds'
  const account = spec.account ?? '123456789012'
  const region = spec.region ?? 'us-east-1'
  const severity = spec.severity ?? 'warning'
  const daysLeft = spec.daysLeft === undefined ? DAYS_BY_SEVERITY[severity] : spec.daysLeft
  const expiresAt =
    spec.expiresAt === undefined
      ? daysLeft === null
        ? null
        : new Date(Date.parse(SCAN_TIME) + daysLeft * 86_400_000).toISOString()
      : spec.expiresAt
  return {
    id: `${service}:${account}:${region}:${spec.resourceId}`,
    source: 'aws',
    location: null,
    service,
    resourceType: service === 'acm' ? 'acm-certificate' : 'db-instance',
    resourceArn: `arn:aws:${service}:${region}:${account}:db:${spec.resourceId}`,
    account,
    region,
    severity,
    expiresAt,
    daysLeft,
    reasons: [
      {
        code: severity === 'expired' ? 'rds-ca-expired' : 'rds-ca-expiring',
        severity,
        message: `The instance's CA rds-ca-2019 expires on ${expiresAt ?? 'an unknown date'}.`
      }
    ],
    remediation: [
      {
        summary: 'Rotate to the recommended CA (check the restart note first)',
        command:
          `aws rds modify-db-instance --db-instance-identifier ${spec.resourceId} ` +
          `--ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --region ${region}`
      }
    ],
    ...spec
  }
}

/** A report around the findings, with totals that agree with them. */
export function makeReport(findings: Finding[], overrides: Partial<Report> = {}): Report {
  const count = (severity: Severity): number =>
    findings.filter((finding) => finding.severity === severity).length
  return {
    schemaVersion: 1,
    generatedAt: SCAN_TIME,
    thresholds: { warningDays: 45, criticalDays: 14 },
    scope: {
      accounts: [...new Set(findings.map((finding) => finding.account))],
      regions: [...new Set(findings.map((finding) => finding.region))],
      shard: '1/1',
      services: ['rds', 'acm']
    },
    coverage: [
      { account: '123456789012', region: 'us-east-1', service: 'rds', status: 'ok', detail: '' }
    ],
    findings,
    totals: {
      expired: count('expired'),
      critical: count('critical'),
      warning: count('warning'),
      notice: count('notice'),
      resourcesScanned: { rds: findings.length + 10, acm: 4 },
      ignored: 0
    },
    ...overrides
  }
}

/** `count` findings spread over every severity, each with its own resource. */
export function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    makeFinding({
      resourceId: `db-${String(i).padStart(5, '0')}`,
      severity: ['expired', 'critical', 'warning', 'notice'][i % 4] as Severity
    })
  )
}
