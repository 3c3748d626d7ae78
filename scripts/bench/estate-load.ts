/**
 * Counts what an estate holds per account and region (scripts/bench/lower-bound.ts's
 * RegionLoad), read from the emulator's resolved world rather than from any scan: the records
 * are built as ListCertificates' summaries and the RDS Describe* answers present them, and the
 * evaluate stage's own predicates decide which of them a complete scan must look at in detail.
 */
import type {
  AcmCertificate,
  DbInstance,
  RdsCa,
  RegionWorld,
  ResourceMaintenance,
  World
} from '../../emulator/aws/world.js'
import type { Location, Thresholds } from '../../src/model/index.js'
import { undescribed, type AcmCertificateRecord } from '../../src/services/acm/records.js'
import { acmNeedsDescribe } from '../../src/services/acm/rules.js'
import { needsDnsCheck } from '../../src/services/acm/validation-dns.js'
import { rdsInstanceNeedsAction } from '../../src/services/rds/findings.js'
import type {
  RdsCaRecord,
  RdsInstanceRecord,
  RdsMaintenanceRecord
} from '../../src/services/rds/records.js'
import { holdsCertificates, listensForTls } from '../../src/services/elb/reader.js'
import {
  ORGANIZATIONS_PAGE_SIZE,
  type AccountLoad,
  type CredentialsLoad,
  type RegionLoad
} from './lower-bound.js'

export interface EstateLoad {
  loads: RegionLoad[]
  /** What each account holds of the global services. */
  accounts: AccountLoad[]
}

export function estateLoad(
  world: World,
  options: { thresholds: Thresholds; latencyMs: (region: string) => number }
): EstateLoad {
  const { now } = world
  const loads: RegionLoad[] = []
  const accounts: AccountLoad[] = []
  for (const account of world.accounts.values()) {
    accounts.push({
      account: account.id,
      serverCertificates: account.serverCertificates.length,
      distributions: account.distributions.length
    })
    for (const region of account.regions.values()) {
      const location = { account: region.account, region: region.region }
      const cas = region.cas.map((ca) => caRecord(ca, region, location))
      const maintenance = region.maintenance.flatMap((m) => maintenanceRecords(m, location))
      // Each account and region looks its engine versions up for itself (rds/reader.ts).
      const pairs = new Set<string>()
      for (const instance of region.instances) {
        const record = instanceRecord(instance, location)
        if (rdsInstanceNeedsAction(record, cas, maintenance, now, options.thresholds)) {
          pairs.add(`${record.engine}\u0000${record.engineVersion}`)
        }
      }
      const listened = region.loadBalancers.filter((lb) => listensForTls(lb.type))
      loads.push({
        ...location,
        latencyMs: options.latencyMs(region.region),
        acmCertificates: region.certificates.length,
        // The scans run with dns-check on: describing reaches as far as the DNS check needs.
        acmDescribes: region.certificates.filter((c) =>
          acmNeedsDescribe(summaryRecord(c, location), now, options.thresholds, true)
        ).length,
        dnsQuestions: dnsQuestions(region.certificates, location, now, options.thresholds),
        dbInstances: region.instances.length,
        dbClusters: region.clusters.length,
        maintenanceResources: region.maintenance.length,
        rdsCas: region.cas.length,
        engineVersionLookups: pairs.size,
        classicLoadBalancers: region.classicLoadBalancers.length,
        loadBalancers: region.loadBalancers.length,
        listenedLoadBalancers: listened.length,
        secureListeners: listened
          .flatMap((lb) => lb.listeners)
          .filter((listener) => holdsCertificates(listener.protocol)).length,
        privateCas: region.certificateAuthorities.length
      })
    }
  }
  return { loads, accounts }
}

/** Distinct DNS validation CNAMEs of the certificates the DNS check asks about. */
function dnsQuestions(
  certificates: readonly AcmCertificate[],
  location: Location,
  now: Date,
  thresholds: Thresholds
): number {
  const names = new Set<string>()
  for (const c of certificates) {
    if (!needsDnsCheck(summaryRecord(c, location), now, thresholds)) continue
    for (const validation of c.domainValidations ?? []) {
      if (validation.method === 'DNS' && validation.record) names.add(validation.record.name)
    }
  }
  return names.size
}

/** The part of an estate's load that falls to `accounts` (a shard's). */
export function loadOf(load: EstateLoad, accounts: ReadonlySet<string>): EstateLoad {
  return {
    loads: load.loads.filter((l) => accounts.has(l.account)),
    accounts: load.accounts.filter((a) => accounts.has(a.account))
  }
}

/** The organization's ACTIVE accounts, in ListAccounts' order; [] without an organization. */
export function activeAccounts(world: World): string[] {
  return (world.organization?.accounts ?? []).filter((a) => a.state === 'ACTIVE').map((a) => a.id)
}

/**
 * What `accounts: organization` costs a scan that covers `scanned` (ACTIVE accounts, the hub's
 * perhaps among them): every account the organization lists, the empty pages the estate puts
 * between ListAccounts' full ones, and the members (all but the hub) to assume a role in.
 */
export function organizationCredentials(
  world: World,
  scanned: readonly string[]
): Extract<CredentialsLoad, { kind: 'organization' }> {
  const organization = world.organization
  if (organization === undefined) throw new Error('the estate has no organization')
  const listed = organization.accounts.length
  // As the emulator pages (organizations.ts): an empty page keeps the offset and takes a number.
  let emptyPages = 0
  for (let page = 0, offset = 0; offset < listed; page++) {
    if (organization.emptyPages.has(page)) emptyPages++
    else offset += ORGANIZATIONS_PAGE_SIZE
  }
  const hub = organization.management.id
  return {
    kind: 'organization',
    listed,
    emptyPages,
    members: new Set(scanned.filter((id) => id !== hub)).size
  }
}

function iso(date: Date | undefined): string | null {
  return date === undefined ? null : date.toISOString()
}

/** What ListCertificates tells about a certificate (before any DescribeCertificate). */
function summaryRecord(c: AcmCertificate, location: Location): AcmCertificateRecord {
  return {
    ...location,
    arn: c.arn,
    domainName: c.domain,
    subjectAlternativeNames: c.sans.slice(0, 100),
    type: c.type,
    status: c.status,
    notBefore: iso(c.notBefore),
    notAfter: iso(c.notAfter),
    inUse: c.inUseBy.length > 0,
    renewalEligibility: c.renewalEligibility,
    keyAlgorithm: c.keyAlgorithm,
    keyPairOrigin: c.keyPairOrigin,
    extendedKeyUsages: c.extendedKeyUsages.map((usage) => usage.name),
    exported: c.exported,
    ...undescribed()
  }
}

function instanceRecord(i: DbInstance, location: Location): RdsInstanceRecord {
  const certified = i.ca !== undefined && i.serverCertValidTill !== undefined
  return {
    ...location,
    identifier: i.id,
    arn: i.arn,
    engine: i.engine,
    engineVersion: i.engineVersion,
    clusterIdentifier: i.cluster ?? null,
    caIdentifier: i.ca ?? null,
    serverCertCa: certified ? (i.ca ?? null) : null,
    serverCertValidTill: certified ? iso(i.serverCertValidTill) : null
  }
}

function caRecord(ca: RdsCa, region: RegionWorld, location: Location): RdsCaRecord {
  return {
    ...location,
    identifier: ca.identifier,
    validFrom: iso(ca.validFrom),
    validTill: iso(ca.validTill),
    customerOverride: ca.customerOverride,
    customerOverrideValidTill: iso(ca.customerOverrideValidTill),
    defaultForNewLaunches: ca.identifier === region.defaultCa
  }
}

function maintenanceRecords(m: ResourceMaintenance, location: Location): RdsMaintenanceRecord[] {
  return m.actions.map((a) => ({
    ...location,
    resourceArn: m.resourceArn,
    action: a.action,
    autoAppliedAfterDate: iso(a.autoAppliedAfter),
    forcedApplyDate: iso(a.forcedApply),
    currentApplyDate: iso(a.currentApply),
    optInStatus: a.optInStatus ?? null,
    description: a.description
  }))
}
