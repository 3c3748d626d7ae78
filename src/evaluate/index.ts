/**
 * The evaluate stage: inventory + clock + thresholds -> findings. Pure: no I/O, no clock of its
 * own, the same input always gives the same output.
 */
import type {
  AcmCertificateRecord,
  AcmInventory,
  Finding,
  Inventory,
  RdsCaRecord,
  RdsClusterRecord,
  RdsInstanceRecord,
  RdsInventory,
  RdsMaintenanceRecord,
  Thresholds
} from '../types.js'
import { partitionOf } from '../config/regions.js'
import { assessAcmCertificate } from './acm-rules.js'
import { acmRemediation } from './acm-remediation.js'
import { earliest } from './days.js'
import { assembleFinding, compareFindings } from './findings.js'
import { compileIgnorePatterns } from './ignore-patterns.js'
import { defaultCaRemediation, rdsRemediation } from './rds-remediation.js'
import { assessDefaultCas, assessRdsHolder } from './rds-rules.js'

export { acmNeedsDescribe } from './acm-rules.js'
export { mostUrgent, severityRank } from './days.js'
export { compareFindings } from './findings.js'

export interface EvaluateOptions {
  /** The scan's clock; every day count is relative to it, in UTC. */
  now: Date
  thresholds: Thresholds
  /** ARN glob patterns (`*`, `?`) of resources to leave out. */
  ignore: string[]
  /** The CA that remediation commands rotate to (`target-ca`). */
  targetCa: string
}

export interface EvaluationResult {
  /** Sorted: severity, then expiresAt ascending (null last), then id. */
  findings: Finding[]
  /**
   * Resources that needed action but matched an `ignore` pattern and were left out. Healthy
   * resources that match a pattern are not counted: the number says what is being hidden.
   */
  ignored: number
  /**
   * Resources looked at, ignored ones included: RDS DB instances plus Multi-AZ DB clusters, and
   * ACM certificates.
   */
  resourcesScanned: { rds: number; acm: number }
}

export function evaluate(inventory: Inventory, options: EvaluateOptions): EvaluationResult {
  const isIgnored = compileIgnorePatterns(options.ignore)
  const findings: Finding[] = []
  let ignored = 0
  const keep = (finding: Finding | null): void => {
    if (finding === null) return
    if (isIgnored(finding.resourceArn)) ignored += 1
    else findings.push(finding)
  }
  let rds = 0
  let acm = 0
  for (const rdsInventory of inventory.rds) {
    rds += rdsInventory.instances.length + rdsInventory.clusters.length
    rdsFindings(rdsInventory, options).forEach(keep)
  }
  for (const acmInventory of inventory.acm) {
    acm += acmInventory.certificates.length
    acmFindings(acmInventory, options).forEach(keep)
  }
  findings.sort(compareFindings)
  return { findings, ignored, resourcesScanned: { rds, acm } }
}

/**
 * Whether a DB instance (or a Multi-AZ DB cluster, checked the same way) has any reason at all,
 * so that collect fetches engine-version details (restart behaviour) only for those: the same
 * rules as evaluate, not a copy of them.
 */
export function rdsInstanceNeedsAction(
  instance: RdsInstanceRecord | RdsClusterRecord,
  cas: RdsCaRecord[],
  maintenance: RdsMaintenanceRecord[],
  now: Date,
  thresholds: Thresholds
): boolean {
  return assessRdsHolder(instance, cas, maintenance, { now, thresholds }).reasons.length > 0
}

function rdsFindings(inventory: RdsInventory, options: EvaluateOptions): Finding[] {
  const clock = { now: options.now, thresholds: options.thresholds }
  const findings: Finding[] = []
  // In a Multi-AZ DB cluster the CA is set on the cluster and its member instances cannot be
  // modified: the cluster's finding covers them. (Aurora clusters carry no certificate, so their
  // instances are reported one by one: that is where their CA is set.)
  const certifiedClusters = new Set(
    inventory.clusters.filter((cluster) => cluster.caIdentifier !== null).map((c) => c.identifier)
  )
  const holders = [
    ...inventory.instances
      .filter((instance) => !certifiedClusters.has(instance.clusterIdentifier ?? ''))
      .map((instance) => ({ kind: 'db-instance' as const, record: instance })),
    ...inventory.clusters.map((cluster) => ({ kind: 'db-cluster' as const, record: cluster }))
  ]
  for (const { kind, record } of holders) {
    const assessment = assessRdsHolder(record, inventory.cas, inventory.maintenance, clock)
    if (assessment.reasons.length === 0) continue
    const remediation = rdsRemediation({
      kind,
      identifier: record.identifier,
      arn: record.arn,
      region: record.region,
      engine: record.engine,
      engineVersion: record.engineVersion,
      caIdentifier: record.caIdentifier,
      pendingRotation: assessment.pendingRotation,
      engineVersions: inventory.engineVersions,
      targetCa: options.targetCa
    })
    findings.push(
      assembleFinding(
        {
          service: 'rds',
          resourceType: kind,
          resourceId: record.identifier,
          resourceArn: record.arn,
          account: record.account,
          region: record.region
        },
        assessment.reasons,
        assessment.expiresAt,
        remediation,
        options.now
      )
    )
  }
  for (const due of assessDefaultCas(inventory.cas, clock)) {
    findings.push(
      assembleFinding(
        {
          service: 'rds',
          resourceType: 'rds-default-ca',
          resourceId: due.ca.identifier,
          resourceArn: `arn:${partitionOf(due.ca.region)}:rds:${due.ca.region}:${due.ca.account}:cert:${due.ca.identifier}`,
          account: due.ca.account,
          region: due.ca.region
        },
        [due.reason],
        due.validTill,
        defaultCaRemediation(due.ca, inventory.cas, options.targetCa),
        options.now
      )
    )
  }
  return findings
}

function acmFindings(inventory: AcmInventory, options: EvaluateOptions): Finding[] {
  const clock = { now: options.now, thresholds: options.thresholds }
  const findings: Finding[] = []
  for (const cert of inventory.certificates) {
    const reasons = assessAcmCertificate(cert, clock)
    if (reasons.length === 0) continue
    findings.push(
      assembleFinding(
        {
          service: 'acm',
          resourceType: 'acm-certificate',
          resourceId: certificateId(cert),
          resourceArn: cert.arn,
          account: cert.account,
          region: cert.region,
          resourceName: cert.domainName
        },
        reasons,
        earliest(cert.notAfter),
        acmRemediation(cert, reasons),
        options.now
      )
    )
  }
  return findings
}

/** The UUID at the end of `arn:aws:acm:<region>:<account>:certificate/<uuid>`. */
function certificateId(cert: AcmCertificateRecord): string {
  const slash = cert.arn.lastIndexOf('/')
  return slash >= 0 && slash < cert.arn.length - 1 ? cert.arn.slice(slash + 1) : cert.arn
}
