/**
 * Who serves a certificate: the contract between the plug-ins that read endpoints (load
 * balancers, CloudFront) and those that read certificates (ACM, IAM). An endpoint plug-in's
 * inventory carries `uses`, each with the commands that move that endpoint to another
 * certificate; a certificate plug-in names them in its findings' `usedBy`, ranks a served
 * certificate as an outage, and tells "unused" from "not seen" by the coverage rows.
 */
import type {
  Consumer,
  CoverageRow,
  Finding,
  Location,
  Remediation,
  ServiceName
} from '../model/index.js'
import type { EvaluateContext } from './plugin.js'

/** The placeholder switch commands name the replacement certificate by. */
export const NEW_CERTIFICATE = 'NEW_CERTIFICATE_ARN'

/** One endpoint serving one certificate. */
export interface CertificateUse extends Location {
  /** The certificate's ARN (ACM, IAM), or for CloudFront's IAM certificates their id. */
  certificate: string
  /** The resource ACM's `InUseBy` names for it: the load balancer's or distribution's ARN. */
  endpoint: string
  /** Whether it serves traffic now: an active load balancer, an enabled distribution. */
  live: boolean
  consumer: Consumer
  /** Moves this endpoint to NEW_CERTIFICATE (and off this certificate). */
  switchSteps: Remediation[]
}

/** The part of an endpoint plug-in's inventory that certificate plug-ins read. */
export interface EndpointInventory extends Location {
  uses: CertificateUse[]
}

/** Every use the endpoint plug-ins read, by certificate and by endpoint. */
export class CertificateUses {
  private readonly byCertificate = new Map<string, CertificateUse[]>()
  private readonly byEndpoint = new Map<string, CertificateUse[]>()

  constructor(uses: Iterable<CertificateUse>) {
    for (const use of uses) {
      push(this.byCertificate, use.certificate, use)
      push(this.byEndpoint, use.endpoint, use)
    }
  }

  /** The uses of `endpoints`' inventories (the plug-ins a certificate plug-in `reads`). */
  static read(
    context: Pick<EvaluateContext, 'inventories'>,
    endpoints: readonly ServiceName[]
  ): CertificateUses {
    return new CertificateUses(
      endpoints.flatMap((service) =>
        (context.inventories(service) as readonly EndpointInventory[]).flatMap((i) => i.uses)
      )
    )
  }

  /** Uses, in `account`, of the certificate any of `keys` names (its ARN, its id). */
  of(account: string, ...keys: string[]): CertificateUse[] {
    return keys.flatMap((key) =>
      (this.byCertificate.get(key) ?? []).filter((use) => use.account === account)
    )
  }

  /** Uses at an endpoint (an `InUseBy` ARN), of one certificate. */
  at(endpoint: string, certificate: string): CertificateUse[] {
    return (this.byEndpoint.get(endpoint) ?? []).filter((use) => use.certificate === certificate)
  }

  /** Whether the endpoint plug-ins read that endpoint at all. */
  knows(endpoint: string): boolean {
    return this.byEndpoint.has(endpoint)
  }

  /**
   * Certificates that endpoints serve but no certificate list holds: `owned` says which keys
   * are the caller's (an IAM ARN of an account it read), `listed` which of those exist.
   */
  unlisted(
    owned: (use: CertificateUse) => boolean,
    listed: (certificate: string) => boolean
  ): Map<string, CertificateUse[]> {
    const missing = new Map<string, CertificateUse[]>()
    for (const [certificate, uses] of this.byCertificate) {
      const mine = uses.filter(owned)
      if (mine.length > 0 && !listed(certificate)) missing.set(certificate, mine)
    }
    return missing
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The consumers of some uses, each once, in id order. */
export function consumersOf(uses: readonly CertificateUse[]): Consumer[] {
  const byId = new Map<string, Consumer>()
  for (const use of uses) if (!byId.has(use.consumer.id)) byId.set(use.consumer.id, use.consumer)
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The finding with `usedBy` set when anything serves the certificate. */
export function withConsumers(finding: Finding, consumers: readonly Consumer[]): Finding {
  return consumers.length > 0 ? { ...finding, usedBy: [...consumers] } : finding
}

/** Where endpoints of one plug-in could be: every region it scans, or `global`. */
export interface EndpointReach {
  name: ServiceName
  /** How the sentence names it: `load balancers`. */
  label: string
  regions: readonly string[]
}

/**
 * What of `reach` was not read for `account` ([] when everything was): a region counts as read
 * when its scan was `ok`, or `skipped` because the account has not enabled it (nothing can be
 * there). Only when nothing is missing may "no consumer found" mean unused.
 */
export function unreadEndpoints(
  coverage: readonly CoverageRow[],
  account: string,
  reach: readonly EndpointReach[]
): string[] {
  const missing: string[] = []
  for (const { name, label, regions } of reach) {
    const read = new Set(
      coverage
        .filter(
          (row) =>
            row.account === account &&
            row.service === name &&
            (row.status === 'ok' || row.status === 'skipped')
        )
        .map((row) => row.region)
    )
    const unread = regions.filter((region) => !read.has(region))
    if (unread.length === 0) continue
    missing.push(
      regions.length === 1
        ? `${label} were not read`
        : `${label} were not read in ${unread.length} of ${regions.length} regions`
    )
  }
  return missing
}
