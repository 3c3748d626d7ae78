/**
 * The parts of the world that serve or sign certificates, resolved against the clock: IAM server
 * certificates and CloudFront distributions (per account, both services being global), Classic,
 * Application and Network Load Balancers and AWS Private CAs (per region). Listeners and
 * distributions name what they serve by `CertificateRef`; resolving those references is also how
 * ACM learns which resources use a certificate (its InUseBy).
 */
import { alphanumeric, hashHex, pick, uuidFrom } from './derive.js'
import type {
  CertificateAuthoritySpec,
  CertificateRef,
  DateOf,
  DistributionSpec,
  ElbSpec,
  ServerCertificateSpec
} from './estate.js'

const DAY = 86_400_000

export interface ServerCertificate {
  name: string
  path: string
  id: string
  arn: string
  uploadDate: Date
  expiration: Date
}

export interface AvailabilityZone {
  name: string
  subnetId: string
}

export interface ClassicListener {
  protocol: string
  port: number
  instanceProtocol: string
  instancePort: number
  /** SSLCertificateId: an IAM server certificate's or an ACM certificate's ARN. */
  certificateArn: string | undefined
  /** The SSL negotiation policy of a secure listener. */
  policyNames: string[]
}

export interface ClassicLoadBalancer {
  name: string
  /** What ACM's InUseBy names it by (the Classic API itself has no ARNs). */
  arn: string
  scheme: string
  dnsName: string
  createdAt: Date
  vpcId: string
  zones: AvailabilityZone[]
  securityGroup: string
  listeners: ClassicListener[]
}

export interface Listener {
  arn: string
  port: number
  protocol: string
  sslPolicy: string | undefined
  /** The default certificate. */
  certificateArn: string | undefined
  sniCertificateArns: string[]
  targetGroupArn: string
}

export interface LoadBalancer {
  name: string
  arn: string
  type: string
  scheme: string
  state: string
  dnsName: string
  createdAt: Date
  vpcId: string
  zones: AvailabilityZone[]
  securityGroups: string[]
  listeners: Listener[]
}

/** CloudFront names an IAM certificate by its id, an ACM one by its ARN. */
export type ViewerCertificate =
  { source: 'iam'; id: string; arn: string } | { source: 'acm'; arn: string }

export interface Distribution {
  id: string
  arn: string
  domainName: string
  aliases: string[]
  enabled: boolean
  status: string
  lastModified: Date
  /** Undefined: CloudFront's default certificate. */
  certificate: ViewerCertificate | undefined
}

export interface CertificateAuthority {
  arn: string
  commonName: string
  organization: string
  type: string
  status: string
  /** Absent while the CA has no CA certificate (CREATING, PENDING_CERTIFICATE, FAILED). */
  serial: string | undefined
  notBefore: Date | undefined
  notAfter: Date | undefined
  createdAt: Date
  lastStateChangeAt: Date
  failureReason: string | undefined
  usageMode: string
  restorableUntil: Date | undefined
}

/** The load balancers of one region. */
export interface RegionLoadBalancers {
  classic: ClassicLoadBalancer[]
  loadBalancers: LoadBalancer[]
}

/** Resolves a reference made by a resource in `region` (`where` names it in errors). */
export type CertificateResolver = (ref: CertificateRef, region: string, where: string) => string

/** An IAM server certificate's id, from its ARN, so that any IAM ARN has one. */
export function serverCertificateId(arn: string): string {
  return `ASCA${alphanumeric(arn, 17)}`
}

export function serverCertificateArn(account: string, path: string, name: string): string {
  return `arn:aws:iam::${account}:server-certificate${path}${name}`
}

export function buildServerCertificates(
  specs: ServerCertificateSpec[],
  account: string,
  now: Date,
  date: DateOf
): ServerCertificate[] {
  const names = new Set<string>()
  return specs.map((spec) => {
    const path = spec.path ?? '/'
    if (!/^\/([\x21-\x7e]+\/)?$/.test(path)) {
      throw new Error(`server certificate ${spec.name}: path "${path}" must begin and end with /`)
    }
    if (names.has(spec.name)) throw new Error(`server certificate ${spec.name} is listed twice`)
    names.add(spec.name)
    const arn = serverCertificateArn(account, path, spec.name)
    const expiration = date(spec.expiration) as Date
    const uploaded = Math.min(
      now.getTime() - (30 + pick(arn, 300)) * DAY,
      expiration.getTime() - 30 * DAY
    )
    return {
      name: spec.name,
      path,
      id: serverCertificateId(arn),
      arn,
      uploadDate: date(spec.uploadDate) ?? new Date(uploaded),
      expiration
    }
  })
}

/**
 * The resolver for one account: IAM certificates by name, ACM certificates by region and domain
 * (`acm` maps region -> domain -> ARN, first of each domain), ARNs as they are.
 */
export function certificateResolver(
  serverCertificates: ServerCertificate[],
  acm: Map<string, Map<string, string>>
): CertificateResolver {
  return (ref, region, where) => {
    if ('arn' in ref) return ref.arn
    if ('iam' in ref) {
      const found = serverCertificates.find((c) => c.name === ref.iam)
      if (!found) throw new Error(`${where}: no IAM server certificate named ${ref.iam}`)
      return found.arn
    }
    const inRegion = ref.region ?? region
    const arn = acm.get(inRegion)?.get(ref.acm)
    if (!arn) throw new Error(`${where}: no ACM certificate for ${ref.acm} in ${inRegion}`)
    return arn
  }
}

const SECURE_CLASSIC = new Set(['HTTPS', 'SSL'])
const SECURE_V2 = new Set(['HTTPS', 'TLS'])
const V2_PROTOCOLS: Record<string, Set<string>> = {
  application: new Set(['HTTP', 'HTTPS']),
  network: new Set(['TCP', 'TLS'])
}
/**
 * What ELB applies to a secure listener created without a policy (the Classic user guide and
 * CreateListener's SslPolicy default both name this one).
 */
const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08'

/** A listener serves certificates exactly when its protocol is a TLS one, as ELB requires. */
function checkCertificates(
  secure: boolean,
  listener: { certificate?: CertificateRef; sniCertificates?: CertificateRef[] },
  where: string
): void {
  if (secure && !listener.certificate) {
    throw new Error(`${where}: a secure listener needs a certificate`)
  }
  if (!secure && (listener.certificate || listener.sniCertificates?.length)) {
    throw new Error(`${where}: only HTTPS, SSL and TLS listeners take certificates`)
  }
}

function zonesOf(account: string, region: string): AvailabilityZone[] {
  return ['a', 'b'].map((z) => ({
    name: `${region}${z}`,
    subnetId: `subnet-${hashHex(`${account}/${region}${z}`).slice(0, 17)}`
  }))
}

export function classicLoadBalancerArn(account: string, region: string, name: string): string {
  return `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${name}`
}

export function loadBalancerArn(
  account: string,
  region: string,
  type: string,
  name: string,
  id: string
): string {
  const kind = type === 'network' ? 'net' : 'app'
  return `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${kind}/${name}/${id}`
}

function createdAt(arn: string, now: Date): Date {
  return new Date(now.getTime() - (60 + pick(arn, 900)) * DAY)
}

/** `name-1234567890.region.elb.amazonaws.com`, `internal-` first for internal schemes. */
function elbDnsName(name: string, scheme: string, region: string, seed: string): string {
  const prefix = scheme === 'internal' ? 'internal-' : ''
  return `${prefix}${name}-${1_000_000_000 + pick(seed, 3_000_000_000)}.${region}.elb.amazonaws.com`
}

export function buildLoadBalancers(
  spec: ElbSpec | undefined,
  account: string,
  region: string,
  now: Date,
  resolve: CertificateResolver
): RegionLoadBalancers {
  const arnPrefix = `arn:aws:elasticloadbalancing:${region}:${account}`
  const vpcId = `vpc-${hashHex(`${account}/${region}/vpc`).slice(0, 17)}`
  const zones = zonesOf(account, region)
  const classic = (spec?.classic ?? []).map((lb): ClassicLoadBalancer => {
    const arn = classicLoadBalancerArn(account, region, lb.name)
    const scheme = lb.scheme ?? 'internet-facing'
    return {
      name: lb.name,
      arn,
      scheme,
      dnsName: elbDnsName(lb.name, scheme, region, arn),
      createdAt: createdAt(arn, now),
      vpcId,
      zones,
      securityGroup: `sg-${hashHex(arn).slice(0, 17)}`,
      listeners: lb.listeners.map((l) => {
        const where = `classic load balancer ${lb.name} in ${region}, listener ${l.port}`
        const secure = SECURE_CLASSIC.has(l.protocol)
        checkCertificates(secure, l, where)
        return {
          protocol: l.protocol,
          port: l.port,
          instanceProtocol: l.protocol === 'HTTPS' || l.protocol === 'HTTP' ? 'HTTP' : 'TCP',
          instancePort: l.instancePort ?? 80,
          certificateArn: l.certificate && resolve(l.certificate, region, where),
          policyNames: secure ? [DEFAULT_SSL_POLICY] : []
        }
      })
    }
  })
  const loadBalancers = (spec?.loadBalancers ?? []).map((lb): LoadBalancer => {
    const type = lb.type ?? 'application'
    const allowed = V2_PROTOCOLS[type]
    if (!allowed) {
      throw new Error(`load balancer ${lb.name}: type ${type} is not application or network`)
    }
    const id = lb.id ?? hashHex(`${account}/${region}/${type}/${lb.name}`).slice(0, 16)
    if (!/^[0-9a-f]{16}$/.test(id)) {
      throw new Error(`load balancer ${lb.name}: id must be 16 hex digits`)
    }
    const arn = loadBalancerArn(account, region, type, lb.name, id)
    const scheme = lb.scheme ?? 'internet-facing'
    return {
      name: lb.name,
      arn,
      type,
      scheme,
      state: lb.state ?? 'active',
      dnsName:
        type === 'network'
          ? `${lb.name}-${id}.elb.${region}.amazonaws.com`
          : elbDnsName(lb.name, scheme, region, arn),
      createdAt: createdAt(arn, now),
      vpcId,
      zones,
      securityGroups: type === 'application' ? [`sg-${hashHex(arn).slice(0, 17)}`] : [],
      listeners: lb.listeners.map((l): Listener => {
        const where = `load balancer ${lb.name} in ${region}, listener ${l.port}`
        if (!allowed.has(l.protocol)) {
          throw new Error(`${where}: ${l.protocol} is not a protocol of ${type} load balancers`)
        }
        const secure = SECURE_V2.has(l.protocol)
        checkCertificates(secure, l, where)
        const listenerId = hashHex(`${arn}/${l.port}`).slice(0, 16)
        const targetGroup = `${lb.name}-${l.port}`.slice(0, 32)
        return {
          // A listener's ARN is its load balancer's, as `listener/`, and an id of its own.
          arn: `${arn.replace(':loadbalancer/', ':listener/')}/${listenerId}`,
          port: l.port,
          protocol: l.protocol,
          sslPolicy: secure ? DEFAULT_SSL_POLICY : undefined,
          certificateArn: l.certificate && resolve(l.certificate, region, where),
          sniCertificateArns: (l.sniCertificates ?? []).map((ref) => resolve(ref, region, where)),
          targetGroupArn: `${arnPrefix}:targetgroup/${targetGroup}/${hashHex(`${arn}/${l.port}/tg`).slice(0, 16)}`
        }
      })
    }
  })
  return { classic, loadBalancers }
}

/** CloudFront serves ACM certificates of us-east-1 only. */
export const CLOUDFRONT_REGION = 'us-east-1'

export function distributionArn(account: string, id: string): string {
  return `arn:aws:cloudfront::${account}:distribution/${id}`
}

/** A distribution's id when the estate gives none: `E` and 13 characters, like CloudFront's. */
export function distributionId(account: string, index: number): string {
  return `E${alphanumeric(`${account}/distribution/${index}`, 13)}`
}

export function buildDistributions(
  specs: DistributionSpec[],
  account: string,
  now: Date,
  resolve: CertificateResolver
): Distribution[] {
  return specs.map((spec, index) => {
    const id = spec.id ?? distributionId(account, index)
    const arn = distributionArn(account, id)
    const where = `distribution ${id}`
    let certificate: ViewerCertificate | undefined
    if (spec.certificate) {
      if (
        'acm' in spec.certificate &&
        (spec.certificate.region ?? CLOUDFRONT_REGION) !== CLOUDFRONT_REGION
      ) {
        throw new Error(`${where}: CloudFront serves ACM certificates of ${CLOUDFRONT_REGION} only`)
      }
      const served = resolve(spec.certificate, CLOUDFRONT_REGION, where)
      if (served.startsWith('arn:aws:iam::')) {
        certificate = { source: 'iam', id: serverCertificateId(served), arn: served }
      } else if (/^arn:aws:acm:/.test(served)) {
        certificate = { source: 'acm', arn: served }
      } else {
        throw new Error(`${where}: CloudFront serves IAM or ACM certificates, not ${served}`)
      }
    }
    return {
      id,
      arn,
      domainName: `d${alphanumeric(arn, 13).toLowerCase()}.cloudfront.net`,
      aliases: spec.aliases ?? [],
      enabled: spec.enabled ?? true,
      status: spec.status ?? 'Deployed',
      lastModified: new Date(now.getTime() - (1 + pick(arn, 200)) * DAY),
      certificate
    }
  })
}

/**
 * ACM's InUseBy: certificate ARN -> the load balancers and distributions serving it, in estate
 * order, each once (a load balancer serving one certificate on two listeners uses it once).
 */
export function consumersByCertificate(
  regions: Iterable<RegionLoadBalancers>,
  distributions: Distribution[]
): Map<string, string[]> {
  const index = new Map<string, string[]>()
  const add = (certificate: string | undefined, consumer: string) => {
    if (certificate === undefined) return
    const users = index.get(certificate) ?? []
    if (!users.includes(consumer)) users.push(consumer)
    index.set(certificate, users)
  }
  for (const { classic, loadBalancers } of regions) {
    for (const lb of classic) for (const l of lb.listeners) add(l.certificateArn, lb.arn)
    for (const lb of loadBalancers) {
      for (const l of lb.listeners) {
        for (const arn of [l.certificateArn, ...l.sniCertificateArns]) add(arn, lb.arn)
      }
    }
  }
  for (const d of distributions) add(d.certificate?.arn, d.arn)
  return index
}

const CA_STATUSES = new Set([
  'ACTIVE',
  'DISABLED',
  'EXPIRED',
  'FAILED',
  'PENDING_CERTIFICATE',
  'CREATING',
  'DELETED'
])
/** Statuses of a CA that has no CA certificate installed. */
const WITHOUT_CERTIFICATE = new Set(['CREATING', 'PENDING_CERTIFICATE', 'FAILED'])
/** How long AWS Private CA keeps a deleted CA restorable by default. */
const RESTORE_DAYS = 30

export function certificateAuthorityArn(
  account: string,
  region: string,
  commonName: string,
  index: number
): string {
  const id = uuidFrom(`${account}/${region}/ca/${commonName}/${index}`)
  return `arn:aws:acm-pca:${region}:${account}:certificate-authority/${id}`
}

export function buildCertificateAuthorities(
  specs: CertificateAuthoritySpec[],
  account: string,
  accountName: string,
  region: string,
  now: Date,
  date: DateOf
): CertificateAuthority[] {
  const names = new Set<string>()
  return specs.map((spec, index) => {
    const where = `private CA ${spec.commonName} in ${region}`
    if (names.has(spec.commonName)) throw new Error(`${where} is listed twice`)
    names.add(spec.commonName)
    const arn = certificateAuthorityArn(account, region, spec.commonName, index)
    const notAfter = date(spec.notAfter) as Date
    const notBefore = date(spec.notBefore) ?? new Date(notAfter.getTime() - 3650 * DAY)
    const status = spec.status ?? (notAfter < now ? 'EXPIRED' : 'ACTIVE')
    if (!CA_STATUSES.has(status)) throw new Error(`${where}: unknown status ${status}`)
    const hasCertificate = !WITHOUT_CERTIFICATE.has(status)
    const created = hasCertificate
      ? new Date(notBefore.getTime() - 3_600_000)
      : new Date(now.getTime() - (1 + pick(arn, 5)) * DAY)
    const changed =
      status === 'EXPIRED' && notAfter < now
        ? notAfter
        : status === 'DISABLED' || status === 'DELETED'
          ? new Date(now.getTime() - (1 + pick(`${arn}/changed`, 20)) * DAY)
          : created
    return {
      arn,
      commonName: spec.commonName,
      organization: accountName,
      type: spec.type ?? 'ROOT',
      status,
      serial: hasCertificate
        ? (hashHex(arn).slice(0, 32).match(/../g) as string[]).join(':')
        : undefined,
      notBefore: hasCertificate ? notBefore : undefined,
      notAfter: hasCertificate ? notAfter : undefined,
      createdAt: created,
      lastStateChangeAt: changed,
      failureReason: spec.failureReason ?? (status === 'FAILED' ? 'OTHER' : undefined),
      usageMode: spec.usageMode ?? 'GENERAL_PURPOSE',
      restorableUntil:
        status === 'DELETED' ? new Date(changed.getTime() + RESTORE_DAYS * DAY) : undefined
    }
  })
}
