/** What the infrastructure-code checks get besides the records. */
import type { Thresholds } from '../../model/index.js'
import type { RdsCaCatalog } from './ca-catalog.js'

export interface IacCheckContext {
  now: Date
  thresholds: Thresholds
  /** The CA the fixes pin (`target-ca`). */
  targetCa: string
  cas: RdsCaCatalog
}
