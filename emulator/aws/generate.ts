/**
 * Seeded estates of any size for benchmarks and end-to-end tests: healthy resources with a share
 * of planted problems, and the list of what was planted so a scan can be checked against it
 * (RDS instances, ACM certificates, and on request IAM server certificates, the load balancers
 * and distributions serving them, and private CAs), and on request an AWS Organization of its
 * accounts with a hub role and member roles. The same options always give the same estate;
 * dates are relative so it never rots.
 */
import type {
  AcmCertificateSpec,
  CertificateRef,
  DbClusterSpec,
  DbInstanceSpec,
  DistributionSpec,
  Estate,
  LoadBalancerSpec,
  PendingMaintenanceSpec,
  RegionSpec,
  ServerCertificateSpec
} from './estate.js'
import {
  CLOUDFRONT_REGION,
  certificateAuthorityArn,
  loadBalancerArn,
  serverCertificateArn
} from './tls-world.js'
import { buildConsumers, certificateArn } from './world.js'

export interface PlantedProblem {
  service: 'rds' | 'acm' | 'iam' | 'acm-pca'
  account: string
  /** The region; `global` for IAM, as the report names the region of global services. */
  region: string
  /**
   * What the problem is keyed by: the DB instance identifier (rds), the certificate ARN (acm),
   * the server certificate ARN (iam), the certificate authority ARN (acm-pca).
   */
  resourceId: string
  /** e.g. `rds-ca-retired`, `acm-imported-expiring`, `iam-server-cert-expired`. */
  problem: string
  /**
   * acm and iam: the ARNs of the estate's load balancers and CloudFront distributions serving
   * the certificate, in estate order; absent when none does.
   */
  consumers?: string[]
}

export interface GenerateOptions {
  /** Default ['111111111111']. */
  accounts?: string[]
  regions: string[]
  instances: number
  certificates: number
  /** Share (0..1) of the resources of each kind that get a problem. */
  problemShare: number
  seed: number
  /** IAM server certificates, spread over the accounts (default 0). */
  serverCertificates?: number
  /**
   * Classic Load Balancers, spread over accounts and regions (default 0), each with an HTTPS
   * listener serving one of its account's IAM server certificates in turn (and only plain HTTP
   * when the account has none).
   */
  classicLoadBalancers?: number
  /**
   * Application Load Balancers (default 0): the k-th is `lb-k`, in certificate k's region. Its
   * HTTPS listener serves ACM certificate k when that one is in use (it is the very load
   * balancer the certificate's `inUseBy` names), else one of the account's IAM certificates
   * (only plain HTTP when it has none); every fourth also serves an IAM certificate by SNI.
   */
  loadBalancers?: number
  /**
   * CloudFront distributions, spread over the accounts (default 0), serving in turn an in-use
   * ACM certificate of the account's us-east-1 (aliased to its domain) or an IAM certificate,
   * else CloudFront's default certificate.
   */
  distributions?: number
  /** AWS Private CAs, spread over accounts and regions (default 0). */
  certificateAuthorities?: number
  /**
   * An AWS Organization of every generated account, the first being its management account and
   * the hub a scan starts from (see GenerateOrganizationOptions). Absent: no organization, and
   * the estate is exactly what it was before this option existed.
   */
  organization?: GenerateOrganizationOptions
}

export interface GenerateOrganizationOptions {
  /** Further member accounts, SUSPENDED and without resources (default 0). */
  suspended?: number
  /** Further member accounts, CLOSED and without resources (default 0). */
  closed?: number
  /**
   * How many generated accounts (the last ones, never the management account) lack the member
   * role: their `roles` list only `OrganizationAccountAccessRole` (default 0).
   */
  missingMemberRole?: number
  /** The role assumed in every account, trusting only the hub role. Default `aws-cert-watch`. */
  memberRoleName?: string
  /**
   * The role in the management account that a scan starts as (by AssumeRoleWithWebIdentity);
   * default `aws-cert-watch-hub`.
   */
  hubRoleName?: string
}

/** What `organization` made, for a test to check a scan's accounts against. */
export interface GeneratedOrganization {
  managementAccount: string
  hubRoleArn: string
  memberRoleName: string
  /** Generated accounts that have the member role (all ACTIVE), the management account first. */
  reachable: string[]
  /** Generated accounts without the member role (ACTIVE too). */
  missingMemberRole: string[]
  /** Members without resources. */
  suspended: string[]
  closed: string[]
}

export const RDS_PROBLEMS = [
  'rds-ca-retired',
  'rds-server-cert-expiring',
  'rds-server-cert-expired',
  'rds-rotation-scheduled'
] as const

export const ACM_PROBLEMS = [
  'acm-imported-expiring',
  'acm-expired',
  'acm-ineligible',
  'acm-renewal-failed',
  'acm-renewal-pending-validation',
  'acm-failed'
] as const

export const IAM_PROBLEMS = ['iam-server-cert-expired', 'iam-server-cert-expiring'] as const

export const PCA_PROBLEMS = ['pca-ca-expired', 'pca-ca-expiring', 'pca-ca-not-active'] as const

const KEY_ALGORITHMS = [
  'RSA_2048',
  'EC_prime256v1',
  'RSA_4096',
  'EC_secp384r1',
  'RSA_3072',
  'RSA_1024',
  'EC_secp521r1'
]

const ENGINES = [
  'mysql',
  'postgres',
  'aurora-mysql',
  'aurora-postgresql',
  'mariadb',
  'docdb',
  'neptune',
  'sqlserver-se',
  'oracle-ee',
  'custom-oracle-ee'
]
const CLUSTERED = new Set(['aurora-mysql', 'aurora-postgresql', 'docdb', 'neptune'])
const HEALTHY_CAS = [
  'rds-ca-rsa2048-g1',
  'rds-ca-rsa2048-g1',
  'rds-ca-rsa4096-g1',
  'rds-ca-ecc384-g1'
]

/** mulberry32: small, fast, good enough to spread problems; not for anything secret. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` distinct indices below `n`, chosen by the generator. */
function chooseIndices(n: number, count: number, random: () => number): Set<number> {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j] as number, order[i] as number]
  }
  return new Set(order.slice(0, count))
}

/**
 * Which of `n` resources get a problem: the generator's share of them, chosen at random, each
 * getting the next of `problems` in turn. Ask for every index once, in order.
 */
function problemPicker<P extends string>(
  n: number,
  share: number,
  problems: readonly P[],
  random: () => number
): (i: number) => P | undefined {
  const chosen = chooseIndices(n, Math.round(n * share), random)
  let counter = 0
  return (i) => (chosen.has(i) ? problems[counter++ % problems.length] : undefined)
}

interface Slot {
  account: string
  region: string
  spec: RegionSpec & {
    rds: Required<
      Pick<NonNullable<RegionSpec['rds']>, 'instances' | 'clusters' | 'pendingMaintenance'>
    >
    acm: { certificates: AcmCertificateSpec[] }
  }
}

/** The id (16 hex digits) of the ALB that generated certificate i claims to be used by. */
function albId(i: number): string {
  return (i * 2654435761).toString(16).slice(-16).padStart(16, '0')
}

const pad = (i: number) => String(i).padStart(5, '0')

export function generateEstate(options: GenerateOptions): {
  estate: Estate
  planted: PlantedProblem[]
  /** Only with the `organization` option. */
  organization?: GeneratedOrganization
} {
  const accounts = options.accounts ?? ['111111111111']
  if (accounts.length === 0 || options.regions.length === 0) {
    throw new Error('generateEstate needs at least one account and one region')
  }
  const random = prng(options.seed)
  const slots: Slot[] = []
  const estate: Estate = {
    description: `generated (seed ${options.seed})`,
    defaultAccount: accounts[0],
    accounts: {}
  }
  for (const [n, account] of accounts.entries()) {
    const regions: Record<string, RegionSpec> = {}
    for (const region of options.regions) {
      const spec = {
        rds: {
          instances: [] as DbInstanceSpec[],
          clusters: [] as DbClusterSpec[],
          pendingMaintenance: [] as PendingMaintenanceSpec[]
        },
        acm: { certificates: [] as AcmCertificateSpec[] }
      }
      regions[region] = spec
      slots.push({ account, region, spec })
    }
    estate.accounts[account] = { name: `account${n + 1}`, regions }
  }
  const planted: PlantedProblem[] = []
  const days = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))

  const rdsProblem = problemPicker(options.instances, options.problemShare, RDS_PROBLEMS, random)
  for (let i = 0; i < options.instances; i++) {
    const slot = slots[i % slots.length] as Slot
    let engine = ENGINES[i % ENGINES.length] as string
    const problem = rdsProblem(i)
    // RDS Custom has no CA, so a CA problem cannot be planted on it.
    if (problem && engine.startsWith('custom-')) engine = 'postgres'
    const id = `${engine.replace(/^custom-/, 'cst-')}-${String(i).padStart(5, '0')}`
    const instance: DbInstanceSpec = { id, engine }
    if (CLUSTERED.has(engine)) {
      const cluster = `${id}-cluster`
      instance.cluster = cluster
      slot.spec.rds.clusters.push({ id: cluster, engine })
    }
    if (!engine.startsWith('custom-')) instance.ca = HEALTHY_CAS[i % HEALTHY_CAS.length] as string
    if (problem === 'rds-ca-retired') {
      instance.ca = 'rds-ca-2019'
      instance.serverCertValidTill = '2024-08-22T17:08:50Z'
    } else if (problem === 'rds-server-cert-expiring') {
      instance.serverCertValidTill = `+${days(2, 30)}d`
    } else if (problem === 'rds-server-cert-expired') {
      instance.serverCertValidTill = `-${days(1, 20)}d`
    } else if (problem === 'rds-rotation-scheduled') {
      instance.serverCertValidTill = `+${days(20, 40)}d`
      slot.spec.rds.pendingMaintenance.push({
        resource: id,
        action: 'ca-certificate-rotation',
        autoAppliedAfter: `+${days(5, 15)}d`,
        forcedApply: `+${days(16, 19)}d`
      })
    }
    slot.spec.rds.instances.push(instance)
    if (problem) {
      planted.push({
        service: 'rds',
        account: slot.account,
        region: slot.region,
        resourceId: id,
        problem
      })
    }
  }

  const acmProblem = problemPicker(options.certificates, options.problemShare, ACM_PROBLEMS, random)
  const perSlot = new Map<Slot, number>()
  for (let i = 0; i < options.certificates; i++) {
    const slot = slots[i % slots.length] as Slot
    const accountName = estate.accounts[slot.account]?.name ?? slot.account
    const domain = `svc${String(i).padStart(5, '0')}.${slot.region}.${accountName}.example.com`
    const problem = acmProblem(i)
    const lb = loadBalancerArn(slot.account, slot.region, 'application', `lb-${i}`, albId(i))
    const certificate: AcmCertificateSpec = {
      domain,
      sans: i % 3 === 0 ? [`www.${domain}`] : undefined,
      keyAlgorithm: KEY_ALGORITHMS[i % KEY_ALGORITHMS.length] as string,
      inUseBy: [lb],
      notAfter: `+${days(120, 390)}d`
    }
    // Every 11th certificate came through ACME: it lives 45 days (its client renews it, so a
    // healthy one has more than a third of that left) and carries no planted problem. Drawn from
    // nothing random, so the other certificates stay as they were.
    if (i % 11 === 5 && problem === undefined) {
      const left = 16 + (i % 29)
      Object.assign(certificate, { keyPairOrigin: 'ACME', notAfter: `+${left}d` })
    }
    if (problem === 'acm-imported-expiring') {
      Object.assign(certificate, { type: 'IMPORTED', notAfter: `+${days(2, 40)}d` })
    } else if (problem === 'acm-expired') {
      Object.assign(certificate, { status: 'EXPIRED', notAfter: `-${days(1, 60)}d`, inUseBy: [] })
    } else if (problem === 'acm-ineligible') {
      // Not in use, so ACM will not renew it; that needs action only once expiry is near (inside
      // the default 45-day warning window), as nothing else about an unused certificate breaks.
      Object.assign(certificate, { inUseBy: [], notAfter: `+${days(5, 44)}d` })
    } else if (problem === 'acm-renewal-failed') {
      Object.assign(certificate, {
        notAfter: `+${days(10, 40)}d`,
        renewal: { status: 'FAILED', reason: 'CAA_ERROR' }
      })
    } else if (problem === 'acm-renewal-pending-validation') {
      Object.assign(certificate, {
        notAfter: `+${days(10, 45)}d`,
        validationMethod: 'EMAIL',
        renewal: { status: 'PENDING_VALIDATION' }
      })
    } else if (problem === 'acm-failed') {
      Object.assign(certificate, {
        status: 'FAILED',
        notAfter: undefined,
        inUseBy: [],
        failureReason: 'CAA_ERROR'
      })
    }
    if (certificate.sans === undefined) delete certificate.sans
    if (certificate.notAfter === undefined) delete certificate.notAfter
    slot.spec.acm.certificates.push(certificate)
    const index = perSlot.get(slot) ?? 0
    perSlot.set(slot, index + 1)
    if (problem) {
      const entry: PlantedProblem = {
        service: 'acm',
        account: slot.account,
        region: slot.region,
        resourceId: certificateArn(slot.account, slot.region, domain, index),
        problem
      }
      planted.push(entry)
    }
  }

  planted.push(...plantTls(options, estate, slots, random, days))
  const byResource = new Map(planted.map((p) => [p.resourceId, p]))
  for (const [account, spec] of Object.entries(estate.accounts)) {
    // Read back as the emulator resolves it, so the planted consumers are the served ones.
    for (const [arn, consumers] of buildConsumers(account, spec, new Date()).consumers) {
      const entry = byResource.get(arn)
      if (entry) entry.consumers = consumers
    }
  }
  if (!options.organization) return { estate, planted }
  return { estate, planted, organization: organize(estate, options.organization) }
}

/**
 * Makes every account of the estate a member of one organization, managed by the first, and
 * gives each account the member role trusting only the hub role (drawing nothing from the
 * random stream). Accounts without the member role list only AWS's default one.
 */
function organize(estate: Estate, options: GenerateOrganizationOptions): GeneratedOrganization {
  const accountIds = Object.keys(estate.accounts)
  const management = accountIds[0] as string
  const memberRoleName = options.memberRoleName ?? 'aws-cert-watch'
  const hubRoleName = options.hubRoleName ?? 'aws-cert-watch-hub'
  const hubRoleArn = `arn:aws:iam::${management}:role/${hubRoleName}`
  const missing = options.missingMemberRole ?? 0
  if (missing > accountIds.length - 1) {
    throw new Error(
      `organization.missingMemberRole ${missing}: only ${accountIds.length - 1} accounts besides the management account`
    )
  }
  const lacking = accountIds.slice(accountIds.length - missing)
  for (const account of accountIds) {
    const spec = estate.accounts[account] as NonNullable<Estate['accounts'][string]>
    if (lacking.includes(account)) {
      spec.roles = ['OrganizationAccountAccessRole']
      continue
    }
    spec.roles = account === management ? [hubRoleName, memberRoleName] : [memberRoleName]
    spec.roleTrust = { [memberRoleName]: [hubRoleArn] }
  }
  const members: NonNullable<NonNullable<Estate['organization']>['members']> = {}
  const taken = new Set(accountIds)
  let next = 900_000_000_000
  /** `count` members without resources, numbered from 900000000000 past the estate's ids. */
  const extra = (count: number, state: 'SUSPENDED' | 'CLOSED', name: string) =>
    Array.from({ length: count }, (_, k) => {
      while (taken.has(String(next))) next++
      const id = String(next++)
      members[id] = { name: `${name}${k + 1}`, state }
      return id
    })
  const suspended = extra(options.suspended ?? 0, 'SUSPENDED', 'suspended')
  const closed = extra(options.closed ?? 0, 'CLOSED', 'closed')
  estate.organization = { managementAccount: management, members }
  return {
    managementAccount: management,
    hubRoleArn,
    memberRoleName,
    reachable: accountIds.filter((a) => !lacking.includes(a)),
    missingMemberRole: lacking,
    suspended,
    closed
  }
}

/**
 * The IAM certificates, load balancers, distributions and private CAs, after everything else so
 * that the random stream, and so the estate, stays what it was for callers that ask for none.
 */
function plantTls(
  options: GenerateOptions,
  estate: Estate,
  slots: Slot[],
  random: () => number,
  days: (min: number, max: number) => number
): PlantedProblem[] {
  const planted: PlantedProblem[] = []
  const accountIds = Object.keys(estate.accounts)
  const nameOf = (account: string) => estate.accounts[account]?.name ?? account

  const serverCertificates = options.serverCertificates ?? 0
  const iamProblem = problemPicker(serverCertificates, options.problemShare, IAM_PROBLEMS, random)
  /** Account -> its server certificates' names, for the consumers to serve in turn. */
  const iamOf = new Map<string, string[]>()
  for (let j = 0; j < serverCertificates; j++) {
    const account = accountIds[j % accountIds.length] as string
    const problem = iamProblem(j)
    const name = `srv-${pad(j)}.${nameOf(account)}.example.com`
    const spec: ServerCertificateSpec = {
      name,
      expiration:
        problem === 'iam-server-cert-expired'
          ? `-${days(1, 60)}d`
          : problem === 'iam-server-cert-expiring'
            ? `+${days(2, 40)}d`
            : `+${days(120, 700)}d`
    }
    const accountSpec = estate.accounts[account] as NonNullable<Estate['accounts'][string]>
    accountSpec.iam ??= { serverCertificates: [] }
    accountSpec.iam.serverCertificates?.push(spec)
    iamOf.set(account, [...(iamOf.get(account) ?? []), name])
    if (problem) {
      const arn = serverCertificateArn(account, '/', name)
      planted.push({ service: 'iam', account, region: 'global', resourceId: arn, problem })
    }
  }
  const turn = new Map<string, number>()
  /** The account's next IAM certificate, round-robin; undefined when it has none. */
  const nextIam = (account: string) => {
    const certificates = iamOf.get(account) ?? []
    if (certificates.length === 0) return undefined
    const n = turn.get(account) ?? 0
    turn.set(account, n + 1)
    return certificates[n % certificates.length]
  }
  const elbOf = (slot: Slot) => {
    slot.spec.elb ??= {}
    return slot.spec.elb
  }

  for (let k = 0; k < (options.classicLoadBalancers ?? 0); k++) {
    const slot = slots[k % slots.length] as Slot
    const name = `clb-${pad(k)}`
    const iam = nextIam(slot.account)
    elbOf(slot).classic = [
      ...(elbOf(slot).classic ?? []),
      {
        name,
        listeners: iam
          ? [{ protocol: 'HTTPS', port: 443, certificate: { iam } }]
          : [{ protocol: 'HTTP', port: 80 }]
      }
    ]
  }

  for (let k = 0; k < (options.loadBalancers ?? 0); k++) {
    const slot = slots[k % slots.length] as Slot
    const name = `lb-${k}`
    // Certificates are dealt to the slots in turn: certificate k is this slot's (k / slots)-th.
    const index = Math.floor(k / slots.length)
    const certificate = slot.spec.acm.certificates[index]
    let served: CertificateRef | undefined
    if (certificate && servable(certificate)) {
      served = { acm: certificate.domain }
    } else {
      const iam = nextIam(slot.account)
      if (iam) served = { iam }
    }
    const sni = served && k % 4 === 1 ? nextIam(slot.account) : undefined
    const lb: LoadBalancerSpec = {
      name,
      id: albId(k),
      listeners: served
        ? [
            {
              port: 443,
              protocol: 'HTTPS',
              certificate: served,
              ...(sni ? { sniCertificates: [{ iam: sni }] } : {})
            },
            { port: 80, protocol: 'HTTP' }
          ]
        : [{ port: 80, protocol: 'HTTP' }]
    }
    elbOf(slot).loadBalancers = [...(elbOf(slot).loadBalancers ?? []), lb]
  }

  for (let d = 0; d < (options.distributions ?? 0); d++) {
    const account = accountIds[d % accountIds.length] as string
    const home = slots.find((s) => s.account === account && s.region === CLOUDFRONT_REGION)
    const inUse = (home?.spec.acm.certificates ?? []).filter(servable)
    // Every other distribution of the account serves ACM, the rest IAM.
    const n = Math.floor(d / accountIds.length)
    const acm = inUse.length > 0 && n % 2 === 0 ? inUse[(n / 2) % inUse.length] : undefined
    const iam = acm ? undefined : nextIam(account)
    const spec: DistributionSpec = {}
    if (acm) {
      spec.aliases = [acm.domain]
      spec.certificate = { acm: acm.domain }
    } else if (iam) {
      spec.aliases = [`cdn-${pad(d)}.${nameOf(account)}.example.com`]
      spec.certificate = { iam }
    }
    const accountSpec = estate.accounts[account] as NonNullable<Estate['accounts'][string]>
    accountSpec.cloudfront ??= { distributions: [] }
    accountSpec.cloudfront.distributions?.push(spec)
  }

  const cas = options.certificateAuthorities ?? 0
  const caProblem = problemPicker(cas, options.problemShare, PCA_PROBLEMS, random)
  const perSlot = new Map<Slot, number>()
  for (let c = 0; c < cas; c++) {
    const slot = slots[c % slots.length] as Slot
    const problem = caProblem(c)
    const commonName = `Generated CA ${pad(c)}`
    slot.spec.acmPca ??= { certificateAuthorities: [] }
    slot.spec.acmPca.certificateAuthorities?.push({
      commonName,
      notAfter:
        problem === 'pca-ca-expired'
          ? `-${days(1, 90)}d`
          : problem === 'pca-ca-expiring'
            ? `+${days(5, 40)}d`
            : `+${days(400, 3000)}d`,
      ...(problem === 'pca-ca-not-active' ? { status: 'DISABLED' } : {})
    })
    const index = perSlot.get(slot) ?? 0
    perSlot.set(slot, index + 1)
    if (problem) {
      planted.push({
        service: 'acm-pca',
        account: slot.account,
        region: slot.region,
        resourceId: certificateAuthorityArn(slot.account, slot.region, commonName, index),
        problem
      })
    }
  }
  return planted
}

/**
 * Whether a load balancer or distribution may serve a generated certificate: one that claims to
 * be in use and is not ACME-origin (ACM's ACME certificates cannot be attached to either).
 */
function servable(certificate: AcmCertificateSpec): boolean {
  return (certificate.inUseBy ?? []).length > 0 && certificate.keyPairOrigin !== 'ACME'
}
