/**
 * The RDS plug-in: RDS, Aurora, DocumentDB and Neptune DB instances and Multi-AZ DB clusters,
 * the region's CAs and the account's default CA for new launches (one RDS API for all four).
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import { rdsFindings, rdsInstanceNeedsAction } from './findings.js'
import { renderTlsGuidance } from './issue-section.js'
import { RDS_REASONS } from './reasons.js'
import type { CollectRdsOptions } from './reader.js'
import type { RdsInventory } from './records.js'

export type { RdsInventory } from './records.js'

export interface RdsPluginOptions {
  /** Which instances need engine-version facts; default: those with any reason. */
  needsEngineVersion?: CollectRdsOptions['needsEngineVersion']
}

export function rdsPlugin(options: RdsPluginOptions = {}): ServicePlugin<RdsInventory> {
  return {
    name: 'rds',
    label: { short: 'RDS', resource: 'RDS resource' },
    scope: 'regional',
    reads: [],
    iamActions: [
      'rds:DescribeCertificates',
      'rds:DescribeDBClusters',
      'rds:DescribeDBEngineVersions',
      'rds:DescribeDBInstances',
      'rds:DescribePendingMaintenanceActions'
    ],
    reasons: RDS_REASONS,
    resourceTypes: {
      'db-instance': 'DB instance',
      'db-cluster': 'DB cluster',
      'rds-default-ca': 'default CA for new DB instances'
    },
    // Its SDK client and reader load only for a run that reads RDS (not for the merge).
    read: async (context) => {
      const [{ RDSClient }, { collectRds }] = await Promise.all([
        import('@aws-sdk/client-rds'),
        import('./reader.js')
      ])
      return collectRds(
        context.client((config) => new RDSClient(config)),
        context.location,
        {
          needsEngineVersion:
            options.needsEngineVersion ??
            ((instance, cas, maintenance) =>
              rdsInstanceNeedsAction(instance, cas, maintenance, context.now, context.thresholds)),
          log: (message) => context.log(message),
          signal: context.signal
        }
      )
    },
    summarize: (rds) => ({
      detail:
        `${countOf(rds.instances.length, 'DB instance')}, ` +
        `${countOf(rds.clusters.length, 'Multi-AZ DB cluster')}, ${countOf(rds.cas.length, 'CA')}, ` +
        `${countOf(rds.maintenance.length, 'pending maintenance action')}`,
      incomplete: rds.incomplete ?? [],
      resources: rds.instances.length + rds.clusters.length
    }),
    evaluate: (inventories, context) => inventories.flatMap((rds) => rdsFindings(rds, context)),
    issueSection: renderTlsGuidance
  }
}

export const rds: AnyServicePlugin = rdsPlugin()
