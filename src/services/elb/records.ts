/** What the ELB plug-in reads: one account and region's load balancers and their certificates. */
import type { Location } from '../../model/index.js'
import type { EndpointInventory } from '../certificate-uses.js'

/** A certificate a listener serves. */
export interface ListenerCertificate {
  /** An ACM or IAM certificate ARN. */
  arn: string
  /** The listener's default certificate, or one it serves by SNI. */
  isDefault: boolean
}

export interface ListenerRecord {
  /** The ALB/NLB listener's ARN; null for a Classic Load Balancer's, which its port names. */
  arn: string | null
  /** `HTTPS`, `TLS`, `SSL`, `HTTP`, `TCP`, ... */
  protocol: string
  port: number
  /** The default certificate first, then the SNI ones; [] for plain listeners. */
  certificates: ListenerCertificate[]
}

export interface LoadBalancerRecord extends Location {
  arn: string
  name: string
  dnsName: string
  /** `classic`, `application`, `network` or `gateway`. */
  type: string
  /** `internet-facing` | `internal`. */
  scheme: string | null
  /** ALB/NLB `State.Code` (`active`, `provisioning`, `failed`, ...); null for Classic. */
  state: string | null
  listeners: ListenerRecord[]
}

/** Everything collected for ELB in one account and region. */
export interface ElbInventory extends EndpointInventory {
  loadBalancers: LoadBalancerRecord[]
  /** Per-load-balancer or per-listener calls that failed: their certificates are missing. */
  incomplete?: string[]
}
