/**
 * Seeded estates of any size for benchmarks and end-to-end tests: healthy resources with a share
 * of planted problems, and the list of what was planted so a scan can be checked against it.
 * The same options always give the same estate; dates are relative so it never rots.
 */
import type {
  AcmCertificateSpec,
  DbClusterSpec,
  DbInstanceSpec,
  Estate,
  PendingMaintenanceSpec,
  RegionSpec
} from './estate.js'
import { certificateArn } from './world.js'

export interface PlantedProblem {
  service: 'rds' | 'acm'
  account: string
  region: string
  /** DB instance identifier, or the certificate ARN. */
  resourceId: string
  /** e.g. `rds-ca-retired`, `acm-imported-expiring`. */
  problem: string
}

export interface GenerateOptions {
  /** Default ['111111111111']. */
  accounts?: string[]
  regions: string[]
  instances: number
  certificates: number
  /** Share (0..1) of instances and of certificates that get a problem. */
  problemShare: number
  seed: number
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

export function generateEstate(options: GenerateOptions): {
  estate: Estate
  planted: PlantedProblem[]
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

  const rdsProblems = chooseIndices(
    options.instances,
    Math.round(options.instances * options.problemShare),
    random
  )
  let problemCounter = 0
  for (let i = 0; i < options.instances; i++) {
    const slot = slots[i % slots.length] as Slot
    let engine = ENGINES[i % ENGINES.length] as string
    const problem = rdsProblems.has(i)
      ? RDS_PROBLEMS[problemCounter++ % RDS_PROBLEMS.length]
      : undefined
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

  const acmProblems = chooseIndices(
    options.certificates,
    Math.round(options.certificates * options.problemShare),
    random
  )
  problemCounter = 0
  const perSlot = new Map<Slot, number>()
  for (let i = 0; i < options.certificates; i++) {
    const slot = slots[i % slots.length] as Slot
    const accountName = estate.accounts[slot.account]?.name ?? slot.account
    const domain = `svc${String(i).padStart(5, '0')}.${slot.region}.${accountName}.example.com`
    const problem = acmProblems.has(i)
      ? ACM_PROBLEMS[problemCounter++ % ACM_PROBLEMS.length]
      : undefined
    const lb = `arn:aws:elasticloadbalancing:${slot.region}:${slot.account}:loadbalancer/app/lb-${i}/${(i * 2654435761).toString(16).slice(-16).padStart(16, '0')}`
    const certificate: AcmCertificateSpec = {
      domain,
      sans: i % 3 === 0 ? [`www.${domain}`] : undefined,
      keyAlgorithm: KEY_ALGORITHMS[i % KEY_ALGORITHMS.length] as string,
      inUseBy: [lb],
      notAfter: `+${days(120, 390)}d`,
      keyPairOrigin: i % 11 === 5 ? 'ACME' : undefined
    }
    if (problem === 'acm-imported-expiring') {
      Object.assign(certificate, {
        type: 'IMPORTED',
        notAfter: `+${days(2, 40)}d`,
        keyPairOrigin: undefined
      })
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
    if (certificate.keyPairOrigin === undefined) delete certificate.keyPairOrigin
    if (certificate.notAfter === undefined) delete certificate.notAfter
    slot.spec.acm.certificates.push(certificate)
    const index = perSlot.get(slot) ?? 0
    perSlot.set(slot, index + 1)
    if (problem) {
      planted.push({
        service: 'acm',
        account: slot.account,
        region: slot.region,
        resourceId: certificateArn(slot.account, slot.region, domain, index),
        problem
      })
    }
  }
  return { estate, planted }
}
