/** The settings the config stage validates: the only thing later stages read of the input. */
import type { FailOn } from './severity.js'

/** A scan service: the name of a plug-in registered in src/services/index.ts (`rds`, `acm`). */
export type ServiceName = string

/** Which accounts a run scans (`accounts`). */
export type AccountSelection =
  /** The accounts of `role-to-assume` (one per role), or the default chain's one account. */
  | { kind: 'roles' }
  /** Every ACTIVE account of the AWS Organization the hub credentials can list. */
  | { kind: 'organization' }
  /** These 12-digit account ids. */
  | { kind: 'list'; ids: string[] }

/** This leg's share of the accounts (`shard: i/n`): the i-th of n, 1-based. */
export interface Shard {
  index: number
  count: number
}

/**
 * What publishing reads: the scan action and the merge action publish alike (report file,
 * summary, annotations, outputs, the tracking issue, `fail-on`).
 */
export interface PublishSettings {
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
}

/** The merge action's settings (merge/action.yml, `aws-cert-watch merge`). */
export interface MergeSettings extends PublishSettings {
  /**
   * The legs' JSON reports (`reports`): paths or glob patterns, one per line, in input order.
   * Never empty.
   */
  reports: string[]
}

/** Validated settings: the only thing the rest of the pipeline reads of the user's input. */
export interface Settings extends PublishSettings {
  /** Regions to scan, validated against the known region list, deduplicated, in input order. */
  regions: string[]
  /** Services to scan (`services`: plug-in names from src/services/index.ts; default all). */
  services: ServiceName[]
  /**
   * Role ARNs to assume (`role-to-assume`): one per account. Empty means "use the credentials
   * the SDK's default chain finds" and scan that one account.
   */
  rolesToAssume: string[]
  /** Which accounts to scan (`accounts`); with `organization` or a list, `rolesToAssume` is the hub. */
  accounts: AccountSelection
  /** The role assumed in each account `accounts` names (`member-role-name`). */
  memberRoleName: string
  /** Accounts left out (`exclude-accounts`), whatever selected them. */
  excludeAccounts: string[]
  /** This leg's share of the accounts (`shard`, default 1/1). */
  shard: Shard
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
  /** ARN glob patterns (`*` any run of characters, `?` one) of resources to leave out. */
  ignore: string[]
  /** The CA that remediation commands rotate to (`target-ca`, default `rds-ca-rsa2048-g1`). */
  targetCa: string
  /**
   * Resolve the DNS validation CNAMEs of ACM certificates approaching renewal (`dns-check`,
   * default true).
   */
  dnsCheck: boolean
  /** Resolvers for that (`dns-servers`: `host[:port]`, as Node takes them); empty: the system's. */
  dnsServers: string[]
}

/** Thresholds as the evaluate stage and the report see them. */
export interface Thresholds {
  warningDays: number
  criticalDays: number
}

/** The iac action's settings (iac/action.yml, `aws-cert-watch iac`). */
export interface IacSettings {
  /**
   * Glob patterns of the files to check (`paths`), relative to the repository root; `!`
   * excludes. Default: Terraform, CloudFormation/SAM templates, CDK output, certificate files.
   */
  paths: string[]
  /**
   * Only the files the pull request changes (`changed-only`): `auto` (the default) means on
   * pull request events only.
   */
  changedOnly: boolean | 'auto'
  /** Least severity that fails the step (`fail-on`, default `warning`). */
  failOn: FailOn
  /** The CA the fixes pin (`target-ca`). */
  targetCa: string
  /** Where SARIF 2.1.0 is written (`sarif-path`); '' for none. */
  sarifPath: string
  thresholds: Thresholds
  /**
   * Where DescribeCertificates is asked when AWS credentials are at hand (`aws-region`,
   * default `us-east-1`).
   */
  awsRegion: string
  /** Where the JSON report is written (`report-path`). */
  reportPath: string
}
