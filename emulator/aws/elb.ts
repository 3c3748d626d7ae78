/**
 * Elastic Load Balancing, both APIs on the Query protocol under the one signing name
 * `elasticloadbalancing`, told apart by their Version: Classic Load Balancers (2012-06-01,
 * DescribeLoadBalancers) and Application/Network Load Balancers (2015-12-01,
 * DescribeLoadBalancers, DescribeListeners, DescribeListenerCertificates). Both page by
 * Marker/NextMarker with PageSize 1..400 (default 400). Listeners name their certificates by ARN:
 * DescribeListeners gives the default certificate only, DescribeListenerCertificates the default
 * (IsDefault true) and the SNI ones, as the models document.
 */
import { AwsError } from './errors.js'
import { markerPage, readList, requiredParam, type Params, type PageSize } from './query.js'
import type { ClassicLoadBalancer, LoadBalancer } from './tls-world.js'
import type { RegionalHandler, RegionWorld } from './world.js'
import { list, type XmlObject } from './xml.js'

export const ELB_NAMESPACE = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/'
export const ELBV2_NAMESPACE = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/'

export type ElbHandler = RegionalHandler<Params, XmlObject>

const PAGE: PageSize = { param: 'PageSize', member: 'pageSize', max: 400, default: 400 }

/** `LoadBalancerNames.member.N` (any member name), each of which must exist. */
function named<T>(
  params: Params,
  list: string,
  all: T[],
  key: (item: T) => string,
  missing: (name: string) => AwsError
): T[] {
  const wanted = readList(params, list)
  if (wanted.length === 0) return all
  return wanted.map((name) => {
    const found = all.find((item) => key(item) === name)
    if (!found) throw missing(name)
    return found
  })
}

const describeClassic: ElbHandler = (params, region) => {
  const balancers = named(
    params,
    'LoadBalancerNames',
    region.classicLoadBalancers,
    (lb) => lb.name,
    (name) =>
      new AwsError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${name}'`)
  )
  const { items, next } = markerPage(params, balancers, PAGE)
  return {
    LoadBalancerDescriptions: list(
      'member',
      items.map((lb) => classicXml(lb, region))
    ),
    NextMarker: next
  }
}

function classicXml(lb: ClassicLoadBalancer, region: RegionWorld): XmlObject {
  const policies = [...new Set(lb.listeners.flatMap((l) => l.policyNames))]
  return {
    LoadBalancerName: lb.name,
    DNSName: lb.dnsName,
    CanonicalHostedZoneName: lb.dnsName,
    ListenerDescriptions: list(
      'member',
      lb.listeners.map((l) => ({
        Listener: {
          Protocol: l.protocol,
          LoadBalancerPort: l.port,
          InstanceProtocol: l.instanceProtocol,
          InstancePort: l.instancePort,
          SSLCertificateId: l.certificateArn
        },
        PolicyNames: list('member', l.policyNames)
      }))
    ),
    Policies: {
      AppCookieStickinessPolicies: list('member', []),
      LBCookieStickinessPolicies: list('member', []),
      OtherPolicies: list('member', policies)
    },
    BackendServerDescriptions: list('member', []),
    AvailabilityZones: list(
      'member',
      lb.zones.map((z) => z.name)
    ),
    Subnets: list(
      'member',
      lb.zones.map((z) => z.subnetId)
    ),
    VPCId: lb.vpcId,
    Instances: list('member', []),
    // CreateLoadBalancer's default health check: TCP to the first listener's instance port.
    HealthCheck: {
      Target: `TCP:${lb.listeners[0]?.instancePort ?? 80}`,
      Interval: 30,
      Timeout: 5,
      UnhealthyThreshold: 2,
      HealthyThreshold: 10
    },
    SourceSecurityGroup: { OwnerAlias: region.account, GroupName: 'default' },
    SecurityGroups: list('member', [lb.securityGroup]),
    CreatedTime: lb.createdAt,
    Scheme: lb.scheme
  }
}

const notFound = () => new AwsError('LoadBalancerNotFound', 'One or more load balancers not found')
const listenerNotFound = () => new AwsError('ListenerNotFound', 'One or more listeners not found')

const describeLoadBalancers: ElbHandler = (params, region) => {
  let balancers = named(params, 'LoadBalancerArns', region.loadBalancers, (lb) => lb.arn, notFound)
  balancers = named(params, 'Names', balancers, (lb) => lb.name, notFound)
  const { items, next } = markerPage(params, balancers, PAGE)
  return { LoadBalancers: list('member', items.map(loadBalancerXml)), NextMarker: next }
}

function loadBalancerXml(lb: LoadBalancer): XmlObject {
  return {
    LoadBalancerArn: lb.arn,
    DNSName: lb.dnsName,
    CreatedTime: lb.createdAt,
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: lb.state },
    Type: lb.type,
    AvailabilityZones: list(
      'member',
      lb.zones.map((z) => ({ ZoneName: z.name, SubnetId: z.subnetId }))
    ),
    SecurityGroups: list('member', lb.securityGroups),
    IpAddressType: 'ipv4'
  }
}

const describeListeners: ElbHandler = (params, region) => {
  const lbArn = params.get('LoadBalancerArn')
  const listenerArns = readList(params, 'ListenerArns')
  if ((lbArn === undefined) === (listenerArns.length === 0)) {
    throw new AwsError(
      'ValidationError',
      lbArn === undefined
        ? 'You must specify either listener ARNs or a load balancer ARN'
        : 'Listener ARNs and a load balancer ARN cannot be specified at the same time'
    )
  }
  let listeners
  if (lbArn !== undefined) {
    const lb = region.loadBalancers.find((b) => b.arn === lbArn)
    if (!lb) throw notFound()
    listeners = lb.listeners.map((listener) => ({ lb, listener }))
  } else {
    listeners = listenerArns.map((arn) => findListener(region, arn))
  }
  const { items, next } = markerPage(params, listeners, PAGE)
  return {
    Listeners: list(
      'member',
      items.map(({ lb, listener: l }) => ({
        ListenerArn: l.arn,
        LoadBalancerArn: lb.arn,
        Port: l.port,
        Protocol: l.protocol,
        Certificates: l.certificateArn
          ? list('member', [{ CertificateArn: l.certificateArn }])
          : undefined,
        SslPolicy: l.sslPolicy,
        DefaultActions: list('member', [{ Type: 'forward', TargetGroupArn: l.targetGroupArn }])
      }))
    ),
    NextMarker: next
  }
}

function findListener(region: RegionWorld, arn: string) {
  for (const lb of region.loadBalancers) {
    const listener = lb.listeners.find((l) => l.arn === arn)
    if (listener) return { lb, listener }
  }
  throw listenerNotFound()
}

const describeListenerCertificates: ElbHandler = (params, region) => {
  const { listener } = findListener(region, requiredParam(params, 'ListenerArn', 'listenerArn'))
  const certificates = [
    ...(listener.certificateArn
      ? [{ CertificateArn: listener.certificateArn, IsDefault: true }]
      : []),
    ...listener.sniCertificateArns.map((arn) => ({ CertificateArn: arn, IsDefault: false }))
  ]
  const { items, next } = markerPage(params, certificates, PAGE)
  return { Certificates: list('member', items), NextMarker: next }
}

export const ELB_HANDLERS: Readonly<Record<string, ElbHandler>> = {
  DescribeLoadBalancers: describeClassic
}

export const ELBV2_HANDLERS: Readonly<Record<string, ElbHandler>> = {
  DescribeLoadBalancers: describeLoadBalancers,
  DescribeListeners: describeListeners,
  DescribeListenerCertificates: describeListenerCertificates
}
