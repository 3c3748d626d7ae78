/**
 * How renderers name services and their resources, from the plug-ins' own labels. A report may
 * name a service this build has no plug-in for (a newer leg's report, a test's stub): then the
 * service's own name stands in.
 */
import type { ServiceName } from '../model/index.js'
import { SERVICES } from '../services/index.js'
import type { AnyServicePlugin } from '../services/plugin.js'
import { plural } from './finding-text.js'

/** `12 RDS resources and 4 ACM certificates`: every service's count, in the report's order. */
export function scannedResources(
  resourcesScanned: Readonly<Record<ServiceName, number>>,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return joinAnd(
    Object.entries(resourcesScanned).map(([name, count]) =>
      plural(count, find(name, services)?.label.resource ?? `${name} resource`)
    )
  )
}

/** `12 RDS and 4 ACM`: the counts by service, the resources named once after them. */
export function scannedByService(
  resourcesScanned: Readonly<Record<ServiceName, number>>,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return joinAnd(
    Object.entries(resourcesScanned).map(
      ([name, count]) => `${count} ${find(name, services)?.label.short ?? name}`
    )
  )
}

/** How people name a kind of resource (`DB instance`); the type itself when unknown. */
export function resourceTypeLabel(
  service: ServiceName,
  resourceType: string,
  services: readonly AnyServicePlugin[] = SERVICES
): string {
  return find(service, services)?.resourceTypes[resourceType] ?? resourceType
}

function find(name: string, services: readonly AnyServicePlugin[]): AnyServicePlugin | undefined {
  return services.find((service) => service.name === name)
}

/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
