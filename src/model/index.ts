/**
 * The data every stage shares, defined once. Each stage reads the types of the stage before it
 * and produces its own (see ../shared/DESIGN.md, "Pipeline"); a service's own records live in
 * its plug-in folder, not here.
 */
export type {
  Consumer,
  Finding,
  FindingSource,
  Reason,
  Remediation,
  SourceLocation
} from './finding.js'
export { GLOBAL_REGION, type CoverageRow, type Inventory, type Location } from './inventory.js'
export type { Report } from './report.js'
export type {
  AccountSelection,
  IacSettings,
  MergeSettings,
  PublishSettings,
  ServiceName,
  Settings,
  Shard,
  Thresholds
} from './settings.js'
export {
  SEVERITIES,
  atLeast,
  mostUrgent,
  severityRank,
  type FailOn,
  type MaxSeverity,
  type Severity
} from './severity.js'
