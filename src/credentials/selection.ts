/** The accounts one leg scans, from those selected: less the excluded ones, in its shard. */
import type { Settings } from '../model/index.js'
import { inShard } from '../shared/shard.js'

export function selectAccounts(
  ids: readonly string[],
  settings: Pick<Settings, 'excludeAccounts' | 'shard'>
): string[] {
  const excluded = new Set(settings.excludeAccounts)
  return [...new Set(ids)].filter((id) => !excluded.has(id) && inShard(id, settings.shard)).sort()
}
