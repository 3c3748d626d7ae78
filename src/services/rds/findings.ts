/** The RDS plug-in's checks over one account and region: a finding per resource with reasons. */
import { partitionOf } from '../../aws/regions.js'
import { assembleFinding } from '../../evaluate/findings.js'
import type { Finding, Thresholds } from '../../model/index.js'
import type { EvaluateContext } from '../plugin.js'
import type {
  RdsCaRecord,
  RdsClusterRecord,
  RdsInstanceRecord,
  RdsInventory,
  RdsMaintenanceRecord
} from './records.js'
import { defaultCaRemediation, rdsRemediation } from './remediation.js'
import { assessDefaultCas, assessRdsHolder } from './rules.js'

/**
 * Whether a DB instance (or a Multi-AZ DB cluster, checked the same way) has any reason at all,
 * so that the reader fetches engine-version details (restart behaviour) only for those: the
 * same rules as the checks, not a copy of them.
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

export function rdsFindings(inventory: RdsInventory, options: EvaluateContext): Finding[] {
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
