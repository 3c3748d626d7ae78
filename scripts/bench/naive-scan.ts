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
import { collectAcm, collectRds, type EngineVersionCache } from '../../src/collect/index.js'
import { formatAwsError } from '../../src/aws/aws-error.js'
import type { CoverageRow, Inventory, ServiceName } from '../../src/types.js'

export async function naiveScan(options: {
  regions: readonly string[]
  homeRegion: string
  log: (message: string) => void
}): Promise<Inventory> {
  const sts = new STSClient({ region: options.homeRegion })
  const identity = await sts.send(new GetCallerIdentityCommand({})).finally(() => sts.destroy())
  const account = identity.Account ?? ''
  const inventory: Inventory = { rds: [], acm: [], coverage: [] }
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
      inventory.rds.push(
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
      inventory.acm.push(
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
