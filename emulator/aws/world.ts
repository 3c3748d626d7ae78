/**
 * The estate resolved against the clock: every date absolute, every derived field (ARNs,
 * thumbprints, serials, validation records, renewal eligibility, who uses a certificate) filled
 * in, lists in the order the API returns them. Built once when the emulator starts; handlers
 * only read it. A reference to something the estate lacks is thrown here, at start.
 */
import { hashHex, pick, uuidFrom } from './derive.js'
import {
  checkAccess,
  resolveDate,
  type AccountSpec,
  type AcmCertificateSpec,
  type CaSpec,
  type DateOf,
  type DateSpec,
  type EngineVersionSpec,
  type Estate,
  type RegionSpec
} from './estate.js'
import { buildOrganization, type OrganizationWorld } from './organizations.js'
import { AWS_DEFAULT_CA, CURRENT_REAL_CAS, REAL_CAS } from './real-cas.js'
import {
  buildCertificateAuthorities,
  buildDistributions,
  buildLoadBalancers,
  buildServerCertificates,
  certificateResolver,
  consumersByCertificate,
  type CertificateAuthority,
  type ClassicLoadBalancer,
  type Distribution,
  type LoadBalancer,
  type RegionLoadBalancers,
  type ServerCertificate
} from './tls-world.js'

const DAY = 86_400_000

export interface World {
  now: Date
  defaultAccount: string
  expectedAudience: string | undefined
  accounts: Map<string, AccountWorld>
  /** The organization every account belongs to; undefined: none is in one. */
  organization: OrganizationWorld | undefined
}

export interface AccountWorld {
  id: string
  name: string
  /** Role names accepted by AssumeRole*; undefined: any. */
  roles: Set<string> | undefined
  /** Role name -> the principals it trusts (AssumeRole); a role not in it trusts any caller. */
  roleTrust: Map<string, string[]>
  regions: Map<string, RegionWorld>
  serverCertificates: ServerCertificate[]
  distributions: Distribution[]
}

export interface RegionWorld {
  account: string
  region: string
  instances: DbInstance[]
  clusters: DbCluster[]
  cas: RdsCa[]
  defaultCa: string
  maintenance: ResourceMaintenance[]
  engineVersions: EngineVersion[]
  certificates: AcmCertificate[]
  classicLoadBalancers: ClassicLoadBalancer[]
  loadBalancers: LoadBalancer[]
  certificateAuthorities: CertificateAuthority[]
}

/** An operation of a regional service: it reads the signing region's resources. */
export type RegionalHandler<I, O> = (input: I, region: RegionWorld, world: World) => O
/** An operation of a global service (IAM, CloudFront): it reads the caller's account. */
export type GlobalHandler<I, O> = (input: I, account: AccountWorld) => O

export interface RdsCa {
  identifier: string
  type: string
  thumbprint: string
  validFrom: Date
  validTill: Date
  arn: string
  customerOverride: boolean
  customerOverrideValidTill: Date | undefined
}

export interface DbInstance {
  id: string
  arn: string
  resourceId: string
  engine: string
  engineVersion: string
  instanceClass: string
  status: string
  cluster: string | undefined
  ca: string | undefined
  serverCertValidTill: Date | undefined
  createdAt: Date
  multiAz: boolean
  port: number
  address: string
  availabilityZone: string
}

export interface DbCluster {
  id: string
  arn: string
  resourceId: string
  engine: string
  engineVersion: string
  status: string
  multiAzDbCluster: boolean
  members: { id: string; writer: boolean }[]
  ca: string | undefined
  serverCertValidTill: Date | undefined
  createdAt: Date
  port: number
  endpoint: string
  readerEndpoint: string
}

export interface MaintenanceAction {
  action: string
  autoAppliedAfter: Date | undefined
  forcedApply: Date | undefined
  currentApply: Date | undefined
  optInStatus: string | undefined
  description: string
}

export interface ResourceMaintenance {
  resourceArn: string
  /** The instance or cluster identifier, for the db-instance-id / db-cluster-id filters. */
  instanceId: string | undefined
  clusterId: string | undefined
  actions: MaintenanceAction[]
}

export interface EngineVersion {
  engine: string
  version: string
  family: string
  description: string
  versionDescription: string
  supportsCertificateRotationWithoutRestart: boolean | undefined
  supportedCaIdentifiers: string[]
}

export interface DomainValidation {
  domain: string
  validationDomain: string
  status: string
  method: string
  emails: string[] | undefined
  record: { name: string; type: string; value: string } | undefined
}

export interface AcmCertificate {
  arn: string
  domain: string
  sans: string[]
  type: string
  status: string
  keyAlgorithm: string
  signatureAlgorithm: string
  keyUsages: string[]
  extendedKeyUsages: { name: string; oid: string }[]
  notBefore: Date | undefined
  notAfter: Date | undefined
  createdAt: Date | undefined
  issuedAt: Date | undefined
  importedAt: Date | undefined
  revokedAt: Date | undefined
  /** The estate's explicit `inUseBy`, then its load balancers and distributions serving it. */
  inUseBy: string[]
  exported: boolean
  exportOption: string
  renewalEligibility: string
  keyPairOrigin: string
  managedBy: string | undefined
  serial: string | undefined
  subject: string
  issuer: string | undefined
  failureReason: string | undefined
  /** PRIVATE certificates: the private CA that signed it. */
  certificateAuthorityArn: string | undefined
  domainValidations: DomainValidation[] | undefined
  /** What the emulator's DNS answers for the validation CNAMEs (estate `validationRecord`). */
  validationRecord: 'present' | 'missing' | 'wrong'
  renewal:
    | {
        status: string
        reason: string | undefined
        updatedAt: Date
        validations: DomainValidation[]
      }
    | undefined
}

function dateOf(now: Date): DateOf {
  return (spec) => (spec === undefined ? undefined : resolveDate(spec, now))
}

export function buildWorld(estate: Estate, now: Date): World {
  const date = dateOf(now)
  const accountIds = Object.keys(estate.accounts)
  const defaultAccount = estate.defaultAccount ?? accountIds[0]
  if (!defaultAccount) throw new Error('estate has no accounts')
  if (!estate.accounts[defaultAccount]) {
    throw new Error(`defaultAccount ${defaultAccount} is not among the estate's accounts`)
  }
  checkAccess(estate)
  const accounts = new Map<string, AccountWorld>()
  for (const [id, spec] of Object.entries(estate.accounts)) {
    const name = spec.name ?? id
    // Consumers first: a certificate's InUseBy, and so its renewal eligibility, depends on them.
    const { serverCertificates, balancers, distributions, consumers } = buildConsumers(
      id,
      spec,
      now
    )
    const regions = new Map<string, RegionWorld>()
    for (const [region, regionSpec] of Object.entries(spec.regions)) {
      const tls = {
        balancers: balancers.get(region) as RegionLoadBalancers,
        certificateAuthorities: buildCertificateAuthorities(
          regionSpec.acmPca?.certificateAuthorities ?? [],
          id,
          name,
          region,
          now,
          date
        ),
        consumers
      }
      regions.set(region, buildRegion(estate, id, name, region, regionSpec, now, date, tls))
    }
    accounts.set(id, {
      id,
      name,
      roles: spec.roles ? new Set(spec.roles) : undefined,
      roleTrust: new Map(Object.entries(spec.roleTrust ?? {})),
      regions,
      serverCertificates,
      distributions
    })
  }
  return {
    now,
    defaultAccount,
    expectedAudience: estate.expectedAudience,
    accounts,
    organization: buildOrganization(estate, now)
  }
}

export interface AccountConsumers {
  serverCertificates: ServerCertificate[]
  /** Region -> its load balancers. */
  balancers: Map<string, RegionLoadBalancers>
  distributions: Distribution[]
  /** Certificate ARN (ACM or IAM) -> the ARNs of the load balancers and distributions serving it. */
  consumers: Map<string, string[]>
}

/**
 * One account's IAM certificates, load balancers and distributions, with their certificate
 * references resolved: what ACM's InUseBy is made of (the generator reads it too, to say who uses
 * a planted certificate).
 */
export function buildConsumers(id: string, spec: AccountSpec, now: Date): AccountConsumers {
  const regionSpecs = Object.entries(spec.regions)
  const serverCertificates = buildServerCertificates(
    spec.iam?.serverCertificates ?? [],
    id,
    now,
    dateOf(now)
  )
  const acmByDomain = new Map(
    regionSpecs.map(([region, regionSpec]) => {
      const byDomain = new Map<string, string>()
      for (const [index, c] of (regionSpec.acm?.certificates ?? []).entries()) {
        if (!byDomain.has(c.domain)) byDomain.set(c.domain, acmArn(c, index, id, region))
      }
      return [region, byDomain]
    })
  )
  const resolve = certificateResolver(serverCertificates, acmByDomain)
  const balancers = new Map(
    regionSpecs.map(([region, regionSpec]) => [
      region,
      buildLoadBalancers(regionSpec.elb, id, region, now, resolve)
    ])
  )
  const distributions = buildDistributions(spec.cloudfront?.distributions ?? [], id, now, resolve)
  const consumers = consumersByCertificate(balancers.values(), distributions)
  return { serverCertificates, balancers, distributions, consumers }
}

/** A region's load balancers and private CAs, and who uses which certificate in its account. */
interface RegionTls {
  balancers: RegionLoadBalancers
  certificateAuthorities: CertificateAuthority[]
  consumers: Map<string, string[]>
}

function buildRegion(
  estate: Estate,
  account: string,
  accountName: string,
  region: string,
  spec: RegionSpec,
  now: Date,
  date: DateOf,
  tls: RegionTls
): RegionWorld {
  const rds = spec.rds ?? {}
  const cas = buildCas(rds.certificates, rds.customerOverride, region, date)
  const defaultCa = cas.find((ca) => ca.customerOverride)?.identifier ?? AWS_DEFAULT_CA
  const caTill = new Map(cas.map((ca) => [ca.identifier, ca.validTill]))
  const rdsArn = (kind: string, id: string) => `arn:aws:rds:${region}:${account}:${kind}:${id}`
  const dnsSuffix = `${hashHex(account + region).slice(0, 12)}.${region}.rds.amazonaws.com`

  const instances: DbInstance[] = (rds.instances ?? []).map((i) => {
    const custom = i.engine.startsWith('custom-')
    const ca = i.ca === null || (i.ca === undefined && custom) ? undefined : (i.ca ?? defaultCa)
    let serverCertValidTill: Date | undefined
    if (ca !== undefined && i.serverCertValidTill !== null) {
      serverCertValidTill = date(i.serverCertValidTill)
      if (!serverCertValidTill) {
        const ahead = new Date(now.getTime() + (300 + pick(i.id, 90)) * DAY)
        const till = caTill.get(ca) ?? REAL_CAS[ca]?.validTill
        const caEnd = till === undefined ? undefined : new Date(till)
        serverCertValidTill = caEnd && caEnd < ahead ? caEnd : ahead
      }
    }
    return {
      id: i.id,
      arn: rdsArn('db', i.id),
      resourceId: `db-${hashHex(account + region + i.id)
        .slice(0, 26)
        .toUpperCase()}`,
      engine: i.engine,
      engineVersion: i.engineVersion ?? defaultVersion(i.engine),
      instanceClass: i.instanceClass ?? (i.cluster ? 'db.r6g.large' : 'db.t3.medium'),
      status: i.status ?? 'available',
      cluster: i.cluster,
      ca,
      serverCertValidTill,
      createdAt: date(i.createdAt) ?? new Date(now.getTime() - (60 + pick(i.id, 340)) * DAY),
      multiAz: i.multiAz ?? false,
      port: defaultPort(i.engine),
      address: `${i.id}.${dnsSuffix}`,
      availabilityZone: `${region}${'abc'[pick(i.id + 'az', 3)]}`
    }
  })

  const clusters: DbCluster[] = (rds.clusters ?? []).map((c) => {
    const members = instances.filter((i) => i.cluster === c.id)
    const multiAz = c.multiAzDbCluster ?? false
    const ca = multiAz ? (c.ca ?? defaultCa) : undefined
    return {
      id: c.id,
      arn: rdsArn('cluster', c.id),
      resourceId: `cluster-${hashHex(account + region + c.id)
        .slice(0, 26)
        .toUpperCase()}`,
      engine: c.engine,
      engineVersion: c.engineVersion ?? members[0]?.engineVersion ?? defaultVersion(c.engine),
      status: c.status ?? 'available',
      multiAzDbCluster: multiAz,
      members: members.map((m, index) => ({ id: m.id, writer: index === 0 })),
      ca,
      serverCertValidTill: multiAz
        ? (date(c.serverCertValidTill) ?? new Date(now.getTime() + (300 + pick(c.id, 90)) * DAY))
        : undefined,
      createdAt: date(c.createdAt) ?? new Date(now.getTime() - (60 + pick(c.id, 340)) * DAY),
      port: defaultPort(c.engine),
      endpoint: `${c.id}.cluster-${dnsSuffix}`,
      readerEndpoint: `${c.id}.cluster-ro-${dnsSuffix}`
    }
  })

  const maintenance = buildMaintenance(rds.pendingMaintenance ?? [], instances, clusters, date)
  const caIds = cas.map((ca) => ca.identifier)
  const engineVersions = buildEngineVersions(
    [...(estate.engineVersions ?? []), ...(rds.engineVersions ?? [])],
    [...instances, ...clusters],
    caIds
  )
  const certificates = (spec.acm?.certificates ?? []).map((c, index) => {
    const arn = acmArn(c, index, account, region)
    const signer = signerOf(c, tls.certificateAuthorities, region)
    const context = { arn, accountName, consumers: tls.consumers.get(arn) ?? [], signer }
    return buildCertificate(c, index, account, region, now, date, context)
  })
  return {
    account,
    region,
    instances,
    clusters,
    cas,
    defaultCa,
    maintenance,
    engineVersions,
    certificates,
    classicLoadBalancers: tls.balancers.classic,
    loadBalancers: tls.balancers.loadBalancers,
    certificateAuthorities: tls.certificateAuthorities
  }
}

/** The private CA of the region that signed a PRIVATE certificate, by its common name. */
function signerOf(
  spec: AcmCertificateSpec,
  cas: CertificateAuthority[],
  region: string
): CertificateAuthority | undefined {
  if (spec.certificateAuthority === undefined) return undefined
  if ((spec.type ?? 'AMAZON_ISSUED') !== 'PRIVATE') {
    throw new Error(`ACM certificate ${spec.domain}: only PRIVATE certificates name a CA`)
  }
  const ca = cas.find((c) => c.commonName === spec.certificateAuthority)
  if (!ca) {
    throw new Error(
      `ACM certificate ${spec.domain}: no private CA ${spec.certificateAuthority} in ${region}`
    )
  }
  return ca
}

function buildCas(
  specs: CaSpec[] | undefined,
  override: { identifier: string; validTill?: DateSpec } | undefined,
  region: string,
  date: DateOf
): RdsCa[] {
  const list: CaSpec[] = specs ?? CURRENT_REAL_CAS.map((identifier) => ({ identifier }))
  const cas = list.map((spec): RdsCa => {
    const real = REAL_CAS[spec.identifier]
    const validFrom = date(spec.validFrom) ?? (real ? new Date(real.validFrom) : undefined)
    const validTill = date(spec.validTill) ?? (real ? new Date(real.validTill) : undefined)
    if (!validFrom && !validTill) {
      throw new Error(`CA ${spec.identifier} in ${region}: give validTill (not a known AWS CA)`)
    }
    const till = validTill ?? new Date((validFrom as Date).getTime() + 40 * 365 * DAY)
    return {
      identifier: spec.identifier,
      type: spec.type ?? 'CA',
      thumbprint: spec.thumbprint ?? real?.thumbprint ?? hashHex(`ca:${spec.identifier}`),
      validFrom: validFrom ?? new Date(till.getTime() - 40 * 365 * DAY),
      validTill: till,
      arn: `arn:aws:rds:${region}::cert:${spec.identifier}`,
      customerOverride: false,
      customerOverrideValidTill: undefined
    }
  })
  if (override) {
    const target = cas.find((ca) => ca.identifier === override.identifier)
    if (!target) {
      throw new Error(`customerOverride names ${override.identifier}, not a CA of ${region}`)
    }
    target.customerOverride = true
    target.customerOverrideValidTill = date(override.validTill) ?? target.validTill
  }
  return cas
}

function buildMaintenance(
  specs: NonNullable<NonNullable<RegionSpec['rds']>['pendingMaintenance']>,
  instances: DbInstance[],
  clusters: DbCluster[],
  date: DateOf
): ResourceMaintenance[] {
  const byArn = new Map<string, ResourceMaintenance>()
  for (const spec of specs) {
    const instance = instances.find((i) => i.id === spec.resource || i.arn === spec.resource)
    const cluster = clusters.find((c) => c.id === spec.resource || c.arn === spec.resource)
    const arn = instance?.arn ?? cluster?.arn ?? spec.resource
    if (!arn.startsWith('arn:')) {
      throw new Error(`pendingMaintenance names ${spec.resource}: no such instance or cluster`)
    }
    const autoAppliedAfter = date(spec.autoAppliedAfter)
    const forcedApply = date(spec.forcedApply)
    const candidates = [autoAppliedAfter, forcedApply].filter((d): d is Date => d !== undefined)
    const earliest = candidates.sort((a, b) => a.getTime() - b.getTime())[0]
    const entry = byArn.get(arn) ?? {
      resourceArn: arn,
      instanceId: instance?.id,
      clusterId: cluster?.id ?? instance?.cluster,
      actions: []
    }
    entry.actions.push({
      action: spec.action,
      autoAppliedAfter,
      forcedApply,
      currentApply: date(spec.currentApply) ?? earliest,
      optInStatus: spec.optInStatus,
      description: spec.description ?? maintenanceDescription(spec.action)
    })
    byArn.set(arn, entry)
  }
  return [...byArn.values()]
}

function maintenanceDescription(action: string): string {
  if (action === 'ca-certificate-rotation') return 'CA certificate rotation'
  if (action === 'system-update') return 'New Operating System update is available'
  if (action === 'db-upgrade') return 'Upgrade to a new minor engine version'
  return action
}

const DEFAULT_VERSIONS: Record<string, string> = {
  mysql: '8.0.39',
  postgres: '16.4',
  mariadb: '10.11.9',
  'aurora-mysql': '8.0.mysql_aurora.3.07.1',
  'aurora-postgresql': '15.8',
  docdb: '5.0.0',
  neptune: '1.3.2.1',
  'oracle-ee': '19.0.0.0.ru-2024-10.rur-2024-10.r1',
  'oracle-se2': '19.0.0.0.ru-2024-10.rur-2024-10.r1',
  'sqlserver-se': '15.00.4385.2.v1',
  'sqlserver-ee': '15.00.4385.2.v1',
  'sqlserver-web': '15.00.4385.2.v1',
  'sqlserver-ex': '15.00.4385.2.v1',
  'custom-oracle-ee': '19.cdb_cev1',
  'custom-sqlserver-se': '15.00.4073.23.cev1'
}

export function defaultVersion(engine: string): string {
  return DEFAULT_VERSIONS[engine] ?? '1.0.0'
}

function defaultPort(engine: string): number {
  if (engine.includes('postgres')) return 5432
  if (engine.startsWith('oracle') || engine.startsWith('custom-oracle')) return 1521
  if (engine.includes('sqlserver')) return 1433
  if (engine === 'docdb') return 27017
  if (engine === 'neptune') return 8182
  return 3306
}

/**
 * Whether an engine version rotates its certificate without a restart, when the estate does not
 * say. This is a rough default after the RDS user guide's per-engine table (current MySQL,
 * MariaDB and PostgreSQL versions and Aurora MySQL 3 do; Aurora MySQL 2, SQL Server and Oracle
 * need a restart); DocumentDB, Neptune and RDS Custom omit the field. Estates that test this
 * behaviour state it explicitly.
 */
function defaultRotationWithoutRestart(engine: string, version: string): boolean | undefined {
  if (engine === 'docdb' || engine === 'neptune' || engine.startsWith('custom-')) return undefined
  if (engine === 'aurora-mysql') return !version.startsWith('5.7')
  if (engine === 'mysql') return !version.startsWith('5.')
  if (engine === 'mariadb' || engine === 'postgres' || engine === 'aurora-postgresql') return true
  return false
}

function family(engine: string, version: string): string {
  const [major = '', minor = ''] = version.split('.')
  if (engine === 'postgres' || engine === 'aurora-postgresql') return `${engine}${major}`
  if (engine === 'aurora-mysql')
    return version.startsWith('5.7') ? 'aurora-mysql5.7' : 'aurora-mysql8.0'
  if (engine === 'docdb') return `docdb${major}.${minor}`
  if (engine === 'neptune') return 'neptune1.3'
  return `${engine}${major}.${minor}`
}

function buildEngineVersions(
  specs: EngineVersionSpec[],
  resources: { engine: string; engineVersion: string }[],
  caIds: string[]
): EngineVersion[] {
  const byKey = new Map<string, EngineVersion>()
  const add = (spec: EngineVersionSpec) => {
    const rotation =
      spec.supportsCertificateRotationWithoutRestart === undefined
        ? defaultRotationWithoutRestart(spec.engine, spec.version)
        : (spec.supportsCertificateRotationWithoutRestart ?? undefined)
    byKey.set(`${spec.engine}|${spec.version}`, {
      engine: spec.engine,
      version: spec.version,
      family: family(spec.engine, spec.version),
      description: ENGINE_NAMES[spec.engine] ?? spec.engine,
      versionDescription:
        spec.description ?? `${ENGINE_NAMES[spec.engine] ?? spec.engine} ${spec.version}`,
      supportsCertificateRotationWithoutRestart: rotation,
      supportedCaIdentifiers:
        spec.supportedCaIdentifiers ?? caIds.filter((id) => !id.endsWith('2019'))
    })
  }
  for (const resource of resources) {
    const key = `${resource.engine}|${resource.engineVersion}`
    if (!byKey.has(key)) add({ engine: resource.engine, version: resource.engineVersion })
  }
  for (const spec of specs) add(spec)
  return [...byKey.values()].sort(
    (a, b) =>
      a.engine.localeCompare(b.engine) ||
      a.version.localeCompare(b.version, 'en', { numeric: true })
  )
}

const ENGINE_NAMES: Record<string, string> = {
  mysql: 'MySQL Community Edition',
  postgres: 'PostgreSQL',
  mariadb: 'MariaDb Community Edition',
  'aurora-mysql': 'Aurora MySQL',
  'aurora-postgresql': 'Aurora (PostgreSQL)',
  docdb: 'Amazon DocumentDB (with MongoDB compatibility)',
  neptune: 'Neptune',
  'oracle-ee': 'Oracle Database Enterprise Edition',
  'sqlserver-se': 'Microsoft SQL Server Standard Edition'
}

/** Extended key usages by ACM's name; ACM has issued server authentication alone since June 2025. */
const EKU_OIDS: Readonly<Record<string, string>> = {
  TLS_WEB_SERVER_AUTHENTICATION: '1.3.6.1.5.5.7.3.1',
  TLS_WEB_CLIENT_AUTHENTICATION: '1.3.6.1.5.5.7.3.2',
  CODE_SIGNING: '1.3.6.1.5.5.7.3.3',
  EMAIL_PROTECTION: '1.3.6.1.5.5.7.3.4',
  TIME_STAMPING: '1.3.6.1.5.5.7.3.8',
  OCSP_SIGNING: '1.3.6.1.5.5.7.3.9'
}
const DEFAULT_EKU = ['TLS_WEB_SERVER_AUTHENTICATION']

/** Statuses for which a certificate body exists (dates, serial, key usages). */
const HAS_BODY = new Set(['ISSUED', 'EXPIRED', 'REVOKED', 'INACTIVE'])

function certificateSeed(account: string, region: string, domain: string, index: number): string {
  return `${account}/${region}/${domain}/${index}`
}

/**
 * The ARN of a certificate that gives no `id`: a UUID-shaped hash of account, region, domain and
 * its position in the region's list, so generated estates can name their planted certificates.
 */
export function certificateArn(
  account: string,
  region: string,
  domain: string,
  index: number
): string {
  const id = uuidFrom(certificateSeed(account, region, domain, index))
  return `arn:aws:acm:${region}:${account}:certificate/${id}`
}

function acmArn(spec: AcmCertificateSpec, index: number, account: string, region: string): string {
  return spec.id
    ? `arn:aws:acm:${region}:${account}:certificate/${spec.id}`
    : certificateArn(account, region, spec.domain, index)
}

/** What a certificate's fields depend on beyond its own spec. */
interface CertificateContext {
  arn: string
  accountName: string
  /** The estate's load balancers and distributions serving it. */
  consumers: string[]
  /** PRIVATE certificates: the CA that signed it. */
  signer: CertificateAuthority | undefined
}

function buildCertificate(
  spec: AcmCertificateSpec,
  index: number,
  account: string,
  region: string,
  now: Date,
  date: DateOf,
  { arn, accountName, consumers, signer }: CertificateContext
): AcmCertificate {
  const seed = certificateSeed(account, region, spec.domain, index)
  const h = hashHex(seed)
  const type = spec.type ?? 'AMAZON_ISSUED'
  const status = spec.status ?? 'ISSUED'
  const keyAlgorithm = spec.keyAlgorithm ?? 'RSA_2048'
  const imported = type === 'IMPORTED'
  const hasBody = HAS_BODY.has(status)
  // ACM's ACME certificates live 45 days (DESIGN.md); the others' defaults are older habits.
  const validityDays = spec.keyPairOrigin === 'ACME' ? 45 : imported ? 365 : 395
  let notAfter = date(spec.notAfter)
  if (!notAfter && hasBody) {
    const days = status === 'EXPIRED' ? -(5 + pick(seed, 30)) : 100 + pick(seed, 290)
    notAfter = new Date(now.getTime() + days * DAY)
    if (signer?.notAfter && signer.notAfter < notAfter) notAfter = signer.notAfter
  }
  const notBefore =
    date(spec.notBefore) ??
    (notAfter && hasBody ? new Date(notAfter.getTime() - validityDays * DAY) : undefined)
  const createdAt =
    date(spec.createdAt) ??
    (notBefore
      ? new Date(notBefore.getTime() - 3_600_000)
      : new Date(now.getTime() - (status === 'PENDING_VALIDATION' ? 2 : 4) * DAY))
  const inUseBy = [...new Set([...(spec.inUseBy ?? []), ...consumers])]
  const exported = spec.exported ?? false
  const eligible = !imported && (inUseBy.length > 0 || exported)
  const sans = [spec.domain, ...(spec.sans ?? []).filter((s) => s !== spec.domain)]
  const method = spec.validationMethod ?? 'DNS'
  const issuanceStatus =
    spec.validationStatus ??
    (status === 'PENDING_VALIDATION'
      ? 'PENDING_VALIDATION'
      : status === 'FAILED' || status === 'VALIDATION_TIMED_OUT'
        ? 'FAILED'
        : 'SUCCESS')
  const validations = (validationStatus: string) =>
    sans.map((name) => domainValidation(name, method, validationStatus, seed))
  let renewal: AcmCertificate['renewal']
  if (type === 'AMAZON_ISSUED' && spec.renewal) {
    const renewalValidation =
      spec.renewal.validationStatus ??
      (spec.renewal.status === 'SUCCESS' || spec.renewal.status === 'PENDING_AUTO_RENEWAL'
        ? 'SUCCESS'
        : spec.renewal.status === 'FAILED'
          ? 'FAILED'
          : 'PENDING_VALIDATION')
    renewal = {
      status: spec.renewal.status,
      reason: spec.renewal.reason,
      updatedAt: date(spec.renewal.updatedAt) ?? new Date(now.getTime() - DAY),
      validations: validations(renewalValidation)
    }
  } else if (
    type === 'AMAZON_ISSUED' &&
    eligible &&
    status === 'ISSUED' &&
    notAfter &&
    notAfter.getTime() - now.getTime() < 60 * DAY
  ) {
    // ACM starts managed renewal 60 days before expiry; an eligible certificate in that window
    // shows it, as AWS does, unless the estate describes the renewal itself.
    renewal = {
      status: 'PENDING_AUTO_RENEWAL',
      reason: undefined,
      updatedAt: new Date(notAfter.getTime() - 60 * DAY),
      validations: validations('SUCCESS')
    }
  }
  const rsa = keyAlgorithm.startsWith('RSA')
  return {
    arn,
    domain: spec.domain,
    sans,
    type,
    status,
    keyAlgorithm,
    signatureAlgorithm: rsa
      ? 'SHA256WITHRSA'
      : keyAlgorithm === 'EC_prime256v1'
        ? 'SHA256WITHECDSA'
        : 'SHA384WITHECDSA',
    keyUsages: hasBody
      ? rsa
        ? ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT']
        : ['DIGITAL_SIGNATURE']
      : [],
    extendedKeyUsages: hasBody
      ? (spec.extendedKeyUsages ?? DEFAULT_EKU).map((name) => {
          const oid = EKU_OIDS[name]
          if (oid === undefined)
            throw new Error(`certificate ${spec.domain}: unknown extendedKeyUsage ${name}`)
          return { name, oid }
        })
      : [],
    notBefore: hasBody ? notBefore : undefined,
    notAfter: hasBody ? notAfter : undefined,
    createdAt: imported ? undefined : createdAt,
    issuedAt: !imported && hasBody ? notBefore : undefined,
    importedAt: imported ? createdAt : undefined,
    revokedAt: date(spec.revokedAt),
    inUseBy,
    exported,
    exportOption: spec.exportOption ?? 'DISABLED',
    renewalEligibility: spec.renewalEligibility ?? (eligible ? 'ELIGIBLE' : 'INELIGIBLE'),
    keyPairOrigin: spec.keyPairOrigin ?? (imported ? 'CUSTOMER_PROVIDED' : 'AWS_MANAGED'),
    managedBy: spec.managedBy,
    serial: hasBody ? (h.slice(0, 32).match(/../g) as string[]).join(':') : undefined,
    subject: `CN=${spec.domain}`,
    issuer: hasBody
      ? (spec.issuer ?? signer?.commonName ?? (imported ? `${accountName} Internal CA` : 'Amazon'))
      : undefined,
    failureReason: spec.failureReason,
    certificateAuthorityArn: signer?.arn,
    // A private CA signs what it is asked to: nothing to validate, as for an import.
    domainValidations: imported || type === 'PRIVATE' ? undefined : validations(issuanceStatus),
    validationRecord: spec.validationRecord ?? 'present',
    renewal
  }
}

function domainValidation(
  name: string,
  method: string,
  status: string,
  seed: string
): DomainValidation {
  const base = name.replace(/^\*\./, '')
  const h = hashHex(`${seed}/${name}`)
  return {
    domain: name,
    validationDomain: base,
    status,
    method,
    emails:
      method === 'EMAIL'
        ? ['admin', 'administrator', 'hostmaster', 'postmaster', 'webmaster'].map(
            (u) => `${u}@${base}`
          )
        : undefined,
    record:
      method === 'DNS'
        ? {
            name: `_${h.slice(0, 32)}.${base}.`,
            type: 'CNAME',
            value: `_${h.slice(8, 40)}.${h.slice(0, 10)}.acm-validations.aws.`
          }
        : undefined
  }
}
