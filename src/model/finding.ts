/** What the evaluate stage finds: one finding per resource needing action, with every reason. */
import type { ServiceName } from './settings.js'
import type { Severity } from './severity.js'

/** One reason a resource needs action. */
export interface Reason {
  /** One of the codes its plug-in declares (README, "What it reports"). */
  code: string
  severity: Severity
  /** One sentence, plain text (renderers escape it). */
  message: string
  /**
   * The date this reason is due on (ISO) when it is not a date that breaks the certificate, so
   * not the finding's `expiresAt`: a scheduled CA rotation's apply date. A finding's headline
   * date is the earliest of its `expiresAt` and the `dueAt` of its most urgent reasons.
   */
  dueAt?: string
}

/** One step that fixes (part of) a finding. */
export interface Remediation {
  /** Plain-text sentence. */
  summary: string
  /** A command to run as is (AWS CLI or SQL); '' when the step is not a command. */
  command: string
}

/** What a finding was read from: the live AWS estate, or the repository's infrastructure code. */
export type FindingSource = 'aws' | 'iac'

/** A line of a file in the repository (repository-relative path, POSIX separators, 1-based). */
export interface SourceLocation {
  file: string
  line: number
}

/** One resource needing action, with every reason. Serialised as is into the report. */
export interface Finding {
  /**
   * Stable across runs, keys issue checkboxes: `${service}:${account}:${region}:${resourceId}`
   * for AWS, `iac:${file}:${address}` for infrastructure code.
   */
  id: string
  source: FindingSource
  service: ServiceName
  /** What kind of resource, as its plug-in names it (`db-instance`, `acm-certificate`). */
  resourceType: string
  resourceId: string
  resourceArn: string
  /**
   * A human-readable name when resourceId is not one: the ACM certificate's domain name (its
   * resourceId is the certificate's UUID). Absent for RDS, whose identifiers are names.
   */
  resourceName?: string
  account: string
  region: string
  /** The most urgent of the reasons' severities. */
  severity: Severity
  /** The earliest date that breaks something; null when there is none (e.g. retired CA). */
  expiresAt: string | null
  /**
   * Calendar days (UTC) from the scan's date to expiresAt's: 0 today, 1 tomorrow, negative for
   * a past date (see `daysLeft` in shared/dates.ts); null with it.
   */
  daysLeft: number | null
  reasons: Reason[]
  remediation: Remediation[]
  /**
   * What serves this certificate, so that a finding names the endpoint that breaks (a load
   * balancer listener, a CloudFront distribution); absent when nothing known uses it.
   */
  usedBy?: Consumer[]
  /** Where infrastructure code sets what is wrong; null for a finding about the live estate. */
  location: SourceLocation | null
}

/** A resource that depends on a finding's certificate. */
export interface Consumer {
  /** The plug-in that read it (`elb`, `cloudfront`). */
  service: ServiceName
  /** `load-balancer-listener`, `cloudfront-distribution`, ... */
  resourceType: string
  /** Its ARN, or the id AWS names it by. */
  id: string
  /** What people recognise it by: `shop-alb (shop-alb-123.eu-west-1.elb.amazonaws.com) :443`. */
  name: string
}
