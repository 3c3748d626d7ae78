/** The settings the config stage validates: the only thing later stages read of the input. */
import type { FailOn } from './severity.js'

/** A scan service: the name of a plug-in registered in src/services/index.ts (`rds`, `acm`). */
export type ServiceName = string

/** Validated settings: the only thing the rest of the pipeline reads of the user's input. */
export interface Settings {
  /** Regions to scan, validated against the known region list, deduplicated, in input order. */
  regions: string[]
  /** Services to scan (`services`: plug-in names from src/services/index.ts; default all). */
  services: ServiceName[]
  /**
   * Role ARNs to assume (`role-to-assume`): one per account. Empty means "use the credentials
   * the SDK's default chain finds" and scan that one account.
   */
  rolesToAssume: string[]
  /** `role-session-name`, default `aws-cert-watch`. */
  roleSessionName: string
  /** OIDC audience (`audience`), default `sts.amazonaws.com`. */
  audience: string
  /** Home region for STS calls (`aws-region`), default `us-east-1`. */
  awsRegion: string
  /** Days before expiry at which a finding becomes `warning` (default 45). */
  warningDays: number
  /** Days before expiry at which a finding becomes `critical` (default 14); < warningDays. */
  criticalDays: number
  /** Least severity that fails the step (`fail-on`, default `none`). */
  failOn: FailOn
  /** GitHub token for the tracking issue; empty disables the issue. Never logged. */
  githubToken: string
  /** Whether to keep the tracking issue (`issue`, default true). */
  issue: boolean
  /** Title of the tracking issue (`issue-title`). */
  issueTitle: string
  /** Labels put on the tracking issue (`issue-labels`, default `aws-cert-watch`). */
  issueLabels: string[]
  /** Distinguishes several tracking issues in one repository (`issue-key`, default ''). */
  issueKey: string
  /** Close the tracking issue when nothing needs action (`close-when-clear`, default true). */
  closeWhenClear: boolean
  /** Where the JSON report is written (`report-path`). */
  reportPath: string
  /** ARN glob patterns (`*` any run of characters, `?` one) of resources to leave out. */
  ignore: string[]
  /** The CA that remediation commands rotate to (`target-ca`, default `rds-ca-rsa2048-g1`). */
  targetCa: string
}

/** Thresholds as the evaluate stage and the report see them. */
export interface Thresholds {
  warningDays: number
  criticalDays: number
}
