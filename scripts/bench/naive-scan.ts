/**
 * The straightforward scan the benchmark compares against: one region after another, plain SDK
 * clients (standard retry, 3 attempts), ListCertificates with every key type, then
 * DescribeCertificate for every certificate, one at a time; RDS's lists, and the engine-version
 * facts of every engine/version in use (a tool without rules cannot tell which it will need).
 * It reuses the project's record mapping so that its inventory can be evaluated like ours.
 */
import { ACMClient } from '@aws-sdk/client-acm'
import { RDSClient } from '@aws-sdk/client-rds'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { formatAwsError } from '../../src/aws/aws-error.js'
import type { CoverageRow, Inventory, ServiceName } from '../../src/model/index.js'
import { collectAcm } from '../../src/services/acm/reader.js'
import type { AcmInventory } from '../../src/services/acm/records.js'
import { collectRds, type EngineVersionCache } from '../../src/services/rds/reader.js'
import type { RdsInventory } from '../../src/services/rds/records.js'

export async function naiveScan(options: {
  regions: readonly string[]
  homeRegion: string
  log: (message: string) => void
}): Promise<Inventory> {
  const sts = new STSClient({ region: options.homeRegion })
  const identity = await sts.send(new GetCallerIdentityCommand({})).finally(() => sts.destroy())
  const account = identity.Account ?? ''
  const rdsInventories: RdsInventory[] = []
  const acmInventories: AcmInventory[] = []
  const inventory: Inventory = {
    services: { rds: rdsInventories, acm: acmInventories },
    coverage: []
  }
  const engineVersionCache: EngineVersionCache = new Map()
  for (const region of options.regions) {
    const location = { account, region }
    const row = (service: ServiceName, error?: unknown): CoverageRow => ({
      ...location,
      service,
      status: error === undefined ? 'ok' : 'failed',
      detail: error === undefined ? '' : formatAwsError(error)
    })
    const rds = new RDSClient({ region })
    try {
      rdsInventories.push(
        await collectRds(rds, location, { needsEngineVersion: () => true, engineVersionCache })
      )
      inventory.coverage.push(row('rds'))
    } catch (error) {
      inventory.coverage.push(row('rds', error))
      options.log(`naive rds ${region}: ${formatAwsError(error)}`)
    } finally {
      rds.destroy()
    }
    const acm = new ACMClient({ region })
    try {
      acmInventories.push(
        await collectAcm(acm, location, { needsDescribe: () => true, concurrency: 1 })
      )
      inventory.coverage.push(row('acm'))
    } catch (error) {
      inventory.coverage.push(row('acm', error))
      options.log(`naive acm ${region}: ${formatAwsError(error)}`)
    } finally {
      acm.destroy()
    }
  }
  return inventory
}
