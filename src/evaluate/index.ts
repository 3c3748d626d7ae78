/**
 * The evaluate engine: inventory + clock + thresholds -> findings. It runs each plug-in's pure
 * checks over that plug-in's inventories (with the others' inventories it reads), leaves out
 * what `ignore` matches, and sorts once. Pure: no I/O, no clock of its own, the same input
 * always gives the same output.
 */
import type { Finding, Inventory, ServiceName, Thresholds } from '../model/index.js'
import { SERVICES } from '../services/index.js'
import { inventoriesOf, type AnyServicePlugin, type EvaluateContext } from '../services/plugin.js'
import { compareFindings } from './findings.js'
import { compileIgnorePatterns } from './ignore-patterns.js'

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
  /** Resources looked at, ignored ones included, by service (every plug-in, in order). */
  resourcesScanned: Record<ServiceName, number>
}

export function evaluate(
  inventory: Inventory,
  options: EvaluateOptions,
  services: readonly AnyServicePlugin[] = SERVICES
): EvaluationResult {
  const isIgnored = compileIgnorePatterns(options.ignore)
  const context: EvaluateContext = {
    now: options.now,
    thresholds: options.thresholds,
    targetCa: options.targetCa,
    inventories: (service) => inventory.services[service] ?? [],
    coverage: inventory.coverage
  }
  const findings: Finding[] = []
  const resourcesScanned: Record<ServiceName, number> = {}
  let ignored = 0
  for (const service of services) {
    const own = inventoriesOf(inventory, service)
    resourcesScanned[service.name] = own.reduce(
      (sum, entry) => sum + service.summarize(entry).resources,
      0
    )
    for (const finding of service.evaluate(own, context)) {
      if (isIgnored(finding.resourceArn)) ignored += 1
      else findings.push(finding)
    }
  }
  findings.sort(compareFindings)
  return { findings, ignored, resourcesScanned }
}
