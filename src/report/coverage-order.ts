/**
 * The one order of coverage rows, whatever order the scans finished or the legs were merged in:
 * by account, then region as the `regions` input lists them (a global service's `global` row
 * after them), then service in registry order.
 */
import { GLOBAL_REGION, type CoverageRow, type ServiceName } from '../model/index.js'

export function sortCoverage(
  rows: readonly CoverageRow[],
  regions: readonly string[],
  services: readonly ServiceName[]
): CoverageRow[] {
  const rank = (list: readonly string[], item: string) => {
    const index = list.indexOf(item)
    return index < 0 ? list.length : index
  }
  const regionRank = (region: string) =>
    region === GLOBAL_REGION ? regions.length + 1 : rank(regions, region)
  return [...rows].sort(
    (a, b) =>
      (a.account < b.account ? -1 : a.account > b.account ? 1 : 0) ||
      regionRank(a.region) - regionRank(b.region) ||
      rank(services, a.service) - rank(services, b.service) ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
      (a.service < b.service ? -1 : a.service > b.service ? 1 : 0)
  )
}
