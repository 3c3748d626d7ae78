/**
 * config: the action's inputs or the CLI's flags -> validated Settings. Nothing here touches AWS;
 * every bad value is refused with a ConfigError before the first call.
 */
import { IacInputs, Inputs, MergeInputs } from '../contract.js'
import type { IacSettings, MergeSettings, PublishSettings, Settings } from '../model/index.js'
import {
  checkHubRole,
  checkLegPublishing,
  parseAccountIds,
  parseAccounts,
  parseRoleName,
  parseShard
} from './accounts.js'
import { ConfigError } from './config-error.js'
import {
  checkRolePartitions,
  parseBoolean,
  parseDnsServers,
  parseDays,
  parseFailOn,
  parseHomeRegion,
  parseIgnore,
  parseIssueKey,
  parseLabels,
  parseRegions,
  parseReportPatterns,
  parseRoleArns,
  parseServices,
  parseSessionName,
  parseTargetCa,
  parseText
} from './fields.js'

export { ConfigError } from './config-error.js'

function checkThresholds(warningDays: number, criticalDays: number): void {
  if (criticalDays >= warningDays) {
    throw new ConfigError(
      Inputs.CriticalDays,
      `(${criticalDays}) must be less than ${Inputs.WarningDays} (${warningDays})`,
      String(Math.min(14, warningDays - 1))
    )
  }
}

/**
 * Reads every input through `read` (the action passes `actionInput`, the CLI its parsed
 * flags: both keyed by the kebab-case names in `Inputs`; '' means "not given") and validates it.
 * Defaults are those of action.yml, so the CLI and the action behave alike.
 */
export function parseSettings(read: (name: string) => string): Settings {
  const get = (name: string): string => read(name) ?? ''

  const warningDays = parseDays(Inputs.WarningDays, get(Inputs.WarningDays), 45, 1)
  const criticalDays = parseDays(Inputs.CriticalDays, get(Inputs.CriticalDays), 14, 0)
  checkThresholds(warningDays, criticalDays)

  const awsRegion = parseHomeRegion(Inputs.AwsRegion, get(Inputs.AwsRegion))
  const roles = parseRoleArns(Inputs.RoleToAssume, get(Inputs.RoleToAssume))
  checkRolePartitions(Inputs.RoleToAssume, roles, Inputs.AwsRegion, awsRegion)
  const accounts = parseAccounts(Inputs.Accounts, get(Inputs.Accounts))
  checkHubRole(
    Inputs.Accounts,
    accounts,
    Inputs.RoleToAssume,
    roles.map((role) => role.arn)
  )

  const shard = parseShard(Inputs.Shard, get(Inputs.Shard))
  const publishing = parsePublishSettings(get)
  checkLegPublishing(Inputs.Shard, shard, Inputs.Issue, publishing.issue)

  return {
    regions: parseRegions(Inputs.Regions, get(Inputs.Regions)),
    services: parseServices(Inputs.Services, get(Inputs.Services)),
    rolesToAssume: roles.map((role) => role.arn),
    accounts,
    memberRoleName: parseRoleName(Inputs.MemberRoleName, get(Inputs.MemberRoleName)),
    excludeAccounts: parseAccountIds(Inputs.ExcludeAccounts, get(Inputs.ExcludeAccounts)),
    shard,
    roleSessionName: parseSessionName(Inputs.RoleSessionName, get(Inputs.RoleSessionName)),
    audience: parseText(get(Inputs.Audience), 'sts.amazonaws.com'),
    awsRegion,
    warningDays,
    criticalDays,
    ...publishing,
    ignore: parseIgnore(get(Inputs.Ignore)),
    targetCa: parseTargetCa(Inputs.TargetCa, get(Inputs.TargetCa)),
    dnsCheck: parseBoolean(Inputs.DnsCheck, get(Inputs.DnsCheck), true),
    dnsServers: parseDnsServers(Inputs.DnsServers, get(Inputs.DnsServers))
  }
}

/** The publishing inputs, which the scan and the merge share (same names, same defaults). */
function parsePublishSettings(get: (name: string) => string): PublishSettings {
  return {
    failOn: parseFailOn(Inputs.FailOn, get(Inputs.FailOn)),
    githubToken: get(Inputs.GithubToken).trim(),
    issue: parseBoolean(Inputs.Issue, get(Inputs.Issue), true),
    issueTitle: parseText(get(Inputs.IssueTitle), 'AWS certificates need action'),
    issueLabels: parseLabels(Inputs.IssueLabels, get(Inputs.IssueLabels)),
    issueKey: parseIssueKey(Inputs.IssueKey, get(Inputs.IssueKey)),
    closeWhenClear: parseBoolean(Inputs.CloseWhenClear, get(Inputs.CloseWhenClear), true),
    reportPath: parseText(get(Inputs.ReportPath), 'aws-cert-watch-report.json')
  }
}

/**
 * The merge action's inputs (merge/action.yml) or `aws-cert-watch merge`'s flags, read like
 * parseSettings reads the scan's.
 */
export function parseMergeSettings(read: (name: string) => string): MergeSettings {
  const get = (name: string): string => read(name) ?? ''
  return {
    reports: parseReportPatterns(MergeInputs.Reports, get(MergeInputs.Reports)),
    ...parsePublishSettings(get)
  }
}

/** The default `paths`: what teams keep Terraform, CloudFormation, CDK output and certificates in. */
export const DEFAULT_IAC_PATHS: readonly string[] = [
  '**/*.tf',
  '**/*.tf.json',
  '**/*.{yaml,yml,json,template}',
  '**/*.{pem,crt,cer}'
]

/** The iac action's inputs (iac/action.yml) or `aws-cert-watch iac`'s flags. */
export function parseIacSettings(read: (name: string) => string): IacSettings {
  const get = (name: string): string => read(name) ?? ''
  const warningDays = parseDays(IacInputs.WarningDays, get(IacInputs.WarningDays), 45, 1)
  const criticalDays = parseDays(IacInputs.CriticalDays, get(IacInputs.CriticalDays), 14, 0)
  checkThresholds(warningDays, criticalDays)
  const changedOnly = get(IacInputs.ChangedOnly).trim().toLowerCase()
  const paths = get(IacInputs.Paths).trim()
  return {
    paths: paths === '' ? [...DEFAULT_IAC_PATHS] : parseReportPatterns(IacInputs.Paths, paths),
    changedOnly:
      changedOnly === '' || changedOnly === 'auto'
        ? 'auto'
        : parseBoolean(IacInputs.ChangedOnly, changedOnly, false),
    failOn:
      get(IacInputs.FailOn).trim() === ''
        ? 'warning'
        : parseFailOn(IacInputs.FailOn, get(IacInputs.FailOn)),
    targetCa: parseTargetCa(IacInputs.TargetCa, get(IacInputs.TargetCa)),
    sarifPath: get(IacInputs.SarifPath).trim(),
    thresholds: { warningDays, criticalDays },
    awsRegion: parseHomeRegion(IacInputs.AwsRegion, get(IacInputs.AwsRegion)),
    reportPath: parseText(get(IacInputs.ReportPath), 'aws-cert-watch-iac-report.json')
  }
}
