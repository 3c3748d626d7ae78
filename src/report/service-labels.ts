/**
 * How renderers name services and their resources, from the plug-ins' own labels. A report may
 * name a service this build has no plug-in for (a newer leg's report, a test's stub): then the
 * service's own name stands in.
 */
import type { Finding, ServiceName } from '../model/index.js'
import { SERVICES } from '../services/index.js'
import type { AnyServicePlugin } from '../services/plugin.js'
import { plural } from './finding-text.js'

/** What a report says it scanned: its count per service, and which services it was asked for. */
export interface ScannedTotals {
  resourcesScanned: Readonly<Record<ServiceName, number>>
  /** The `services` the scan read (its scope): the others' zeros say nothing. */
  scanned: readonly ServiceName[]
}

/** `12 RDS resources and 4 ACM certificates`: each scanned service's count, in the report's order. */
export function scannedResources(
  totals: ScannedTotals,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return joinAnd(
    scannedCounts(totals).map(([name, count]) =>
      plural(count, find(name, services)?.label.resource ?? `${name} resource`)
    )
  )
}

/** `12 RDS and 4 ACM`: the counts by service, the resources named once after them. */
export function scannedByService(
  totals: ScannedTotals,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return joinAnd(
    scannedCounts(totals).map(
      ([name, count]) => `${count} ${find(name, services)?.label.short ?? name}`
    )
  )
}

function scannedCounts({ resourcesScanned, scanned }: ScannedTotals): [ServiceName, number][] {
  return Object.entries(resourcesScanned).filter(([name]) => scanned.includes(name))
}

/** How people name a kind of resource (`DB instance`); the type itself when unknown. */
export function resourceTypeLabel(
  service: ServiceName,
  resourceType: string,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return find(service, services)?.resourceTypes[resourceType] ?? resourceType
}

/**
 * Who serves a finding's certificate, as people name them (`load balancer listener shop-alb
 * (shop-alb-1.eu-west-1.elb.amazonaws.com) HTTPS :443`): plain text, each renderer escapes it.
 */
export function consumerLabels(
  finding: Pick<Finding, 'usedBy'>,
  services: readonly AnyServicePlugin[] = SERVICES
): string[] {
  return (finding.usedBy ?? []).map((consumer) => {
    const type = find(consumer.service, services)?.resourceTypes[consumer.resourceType]
    return type ? `${type} ${consumer.name}` : consumer.name
  })
}

/** `Used by a, b and 3 more.`, at most `limit` named; '' when nothing uses it. Plain text. */
export function usedBySentence(
  finding: Pick<Finding, 'usedBy'>,
  limit: number,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  const labels = consumerLabels(finding, services)
  if (labels.length === 0) return ''
  const shown = labels.slice(0, limit)
  const more = labels.length - shown.length
  return `Used by ${joinAnd(more > 0 ? [...shown, `${more} more`] : shown)}.`
}

function find(name: string, services: readonly AnyServicePlugin[]): AnyServicePlugin | undefined {
  return services.find((service) => service.name === name)
}

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
