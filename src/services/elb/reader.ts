/**
 * ELB in one account and region: Classic Load Balancers (their listeners name the certificate in
 * `SSLCertificateId`), then each Application and Network Load Balancer's listeners, and for each
 * HTTPS or TLS listener every certificate it serves (DescribeListenerCertificates: the default
 * and the SNI ones; DescribeListeners gives only the default).
 */
import {
  paginateDescribeLoadBalancers as paginateClassicLoadBalancers,
  type ElasticLoadBalancingClient,
  type LoadBalancerDescription
} from '@aws-sdk/client-elastic-load-balancing'
import {
  paginateDescribeListenerCertificates,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { FailureTally } from '../../aws/failure-tally.js'
import { allItems } from '../../aws/pages.js'
import type { Location } from '../../model/index.js'
import { mapWithConcurrency, settleAll } from '../../shared/pool.js'
import type {
  ElbInventory,
  ListenerCertificate,
  ListenerRecord,
  LoadBalancerRecord
} from './records.js'
import { listenerUses } from './uses.js'

export interface CollectElbOptions {
  /** Per-load-balancer and per-listener calls in flight at once. */
  concurrency: number
  /** Aborts every call of the scan (its idle watchdog). */
  signal?: AbortSignal
}

/**
 * ELB's Describe* calls share one bucket per API version, account and region (40, refilled at
 * 10/s), which the clients' pacer (src/aws/pacer.ts) holds them to. A few calls in flight keep
 * a region with hundreds of listeners moving at that pace.
 */
export const DEFAULT_LISTENER_CONCURRENCY = 3

/** The largest page of every ELB Describe* call (PageSize). */
const PAGE_SIZE = 400

const SECURE_PROTOCOLS = new Set(['HTTPS', 'TLS', 'SSL'])

/** Whether a listener of this protocol holds certificates (DescribeListenerCertificates). */
export function holdsCertificates(protocol: string | undefined): boolean {
  return SECURE_PROTOCOLS.has(protocol ?? '')
}

/** Whether a v2 load balancer has TLS listeners to list (a Gateway Load Balancer has none). */
export function listensForTls(type: string | undefined): boolean {
  return type === 'application' || type === 'network'
}

export async function collectElb(
  clients: { classic: ElasticLoadBalancingClient; v2: ElasticLoadBalancingV2Client },
  location: Location,
  opts: CollectElbOptions
): Promise<ElbInventory> {
  const call = { abortSignal: opts.signal }
  // Both lists are needed: without either, the region's listeners are not known.
  const [classic, current] = await settleAll([
    allItems(
      paginateClassicLoadBalancers({ client: clients.classic }, { PageSize: PAGE_SIZE }, call),
      (page) => page.LoadBalancerDescriptions
    ),
    allItems(
      paginateDescribeLoadBalancers({ client: clients.v2 }, { PageSize: PAGE_SIZE }, call),
      (page) => page.LoadBalancers
    )
  ])
  const listing = new FailureTally('DescribeListeners', opts.signal)
  const certificates = new FailureTally('DescribeListenerCertificates', opts.signal)
  const withListeners = current.filter((lb) => listensForTls(lb.Type))
  const listened = await mapWithConcurrency(withListeners, opts.concurrency, (lb) =>
    listing.attempt(
      () =>
        allItems(
          paginateDescribeListeners(
            { client: clients.v2 },
            { LoadBalancerArn: lb.LoadBalancerArn, PageSize: PAGE_SIZE },
            call
          ),
          (page) => page.Listeners
        ),
      []
    )
  )
  const listeners = listened.flat()
  const secure = listeners.filter((l) => holdsCertificates(l.Protocol))
  const served = await mapWithConcurrency(secure, opts.concurrency, (listener) =>
    // The default certificate that DescribeListeners gave stays when this fails.
    certificates.attempt(() => listenerCertificates(clients.v2, listener, call), null)
  )
  const sni = new Map(secure.map((listener, i) => [listener.ListenerArn, served[i] ?? null]))

  const loadBalancers: LoadBalancerRecord[] = [
    ...classic.map((lb) => classicRecord(lb, location)),
    ...current.map((lb) =>
      currentRecord(
        lb,
        listeners
          .filter((l) => l.LoadBalancerArn === lb.LoadBalancerArn)
          .map((l) => listenerRecord(l, sni.get(l.ListenerArn) ?? null)),
        location
      )
    )
  ]
  const inventory: ElbInventory = {
    ...location,
    loadBalancers,
    uses: loadBalancers.flatMap(listenerUses)
  }
  const incomplete = [
    listing.note(withListeners.length, "load balancers' listeners not read"),
    certificates.note(secure.length, "listeners' SNI certificates not read")
  ].filter((note) => note !== null)
  if (incomplete.length > 0) inventory.incomplete = incomplete
  return inventory
}

async function listenerCertificates(
  client: ElasticLoadBalancingV2Client,
  listener: Listener,
  call: { abortSignal: AbortSignal | undefined }
): Promise<ListenerCertificate[]> {
  const certificates = await allItems(
    paginateDescribeListenerCertificates(
      { client },
      { ListenerArn: listener.ListenerArn, PageSize: PAGE_SIZE },
      call
    ),
    (page) => page.Certificates
  )
  return certificates.map((c) => ({ arn: c.CertificateArn ?? '', isDefault: c.IsDefault ?? false }))
}

/**
 * A Classic Load Balancer's ARN, which its API never shows but ACM's InUseBy uses. The regions
 * this tool scans are all in the `aws` partition (src/aws/regions.ts).
 */
function classicArn(name: string, location: Location): string {
  return `arn:aws:elasticloadbalancing:${location.region}:${location.account}:loadbalancer/${name}`
}

function classicRecord(lb: LoadBalancerDescription, location: Location): LoadBalancerRecord {
  const name = lb.LoadBalancerName ?? ''
  return {
    ...location,
    arn: classicArn(name, location),
    name,
    dnsName: lb.DNSName ?? '',
    type: 'classic',
    scheme: lb.Scheme ?? null,
    state: null,
    listeners: (lb.ListenerDescriptions ?? []).map(({ Listener: l }) => ({
      arn: null,
      protocol: l?.Protocol?.toUpperCase() ?? '',
      port: l?.LoadBalancerPort ?? 0,
      certificates: l?.SSLCertificateId ? [{ arn: l.SSLCertificateId, isDefault: true }] : []
    }))
  }
}

function currentRecord(
  lb: LoadBalancer,
  listeners: ListenerRecord[],
  location: Location
): LoadBalancerRecord {
  return {
    ...location,
    arn: lb.LoadBalancerArn ?? '',
    name: lb.LoadBalancerName ?? '',
    dnsName: lb.DNSName ?? '',
    type: lb.Type ?? '',
    scheme: lb.Scheme ?? null,
    state: lb.State?.Code ?? null,
    listeners: listeners.sort((a, b) => a.port - b.port)
  }
}

/** A listener with its certificates: the default first, each ARN once. */
function listenerRecord(l: Listener, all: ListenerCertificate[] | null): ListenerRecord {
  const listed: ListenerCertificate[] = [
    ...(l.Certificates ?? []).map((c) => ({ arn: c.CertificateArn ?? '', isDefault: true })),
    ...(all ?? [])
  ]
  const certificates: ListenerCertificate[] = []
  for (const certificate of listed) {
    if (certificate.arn !== '' && !certificates.some((c) => c.arn === certificate.arn)) {
      certificates.push(certificate)
    }
  }
  certificates.sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
  return {
    arn: l.ListenerArn ?? null,
    protocol: l.Protocol ?? '',
    port: l.Port ?? 0,
    certificates
  }
}
