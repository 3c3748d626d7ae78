/** Collect with the test's plug-ins and the default clock, and typed access to what it read. */
import { collectInventory, type CollectDeps } from '../../src/collect/index.js'
import type { AccountCredentials } from '../../src/credentials/index.js'
import type { Inventory } from '../../src/model/index.js'
import type { AcmInventory } from '../../src/services/acm/records.js'
import { inventoriesOf, type AnyServicePlugin } from '../../src/services/plugin.js'
import type { RdsInventory } from '../../src/services/rds/records.js'

export interface CollectOptions extends Partial<Omit<CollectDeps, 'log'>> {
  accounts: AccountCredentials[]
  regions: string[]
  services: readonly AnyServicePlugin[]
  log?: (message: string) => void
}

export function collect(options: CollectOptions): Promise<Inventory> {
  const { accounts, regions, services, log, ...deps } = options
  return collectInventory(
    { accounts, regions, services, homeRegion: 'us-east-1' },
    {
      now: new Date(),
      thresholds: { warningDays: 45, criticalDays: 14 },
      log: log ?? (() => {}),
      ...deps
    }
  )
}

export const rdsOf = (inventory: Inventory): RdsInventory[] =>
  inventoriesOf<RdsInventory>(inventory, { name: 'rds' })

export const acmOf = (inventory: Inventory): AcmInventory[] =>
  inventoriesOf<AcmInventory>(inventory, { name: 'acm' })
