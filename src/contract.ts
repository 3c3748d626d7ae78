/**
 * Names other tools and users rely on (DESIGN.md, "Contracts"), kept in one place so that no
 * stage spells them as loose string literals.
 */

/** Action inputs (action.yml) and, kebab-case, the CLI's long flags. */
export const Inputs = {
  Regions: 'regions',
  Services: 'services',
  RoleToAssume: 'role-to-assume',
  RoleSessionName: 'role-session-name',
  Audience: 'audience',
  AwsRegion: 'aws-region',
  Accounts: 'accounts',
  MemberRoleName: 'member-role-name',
  ExcludeAccounts: 'exclude-accounts',
  Shard: 'shard',
  WarningDays: 'warning-days',
  CriticalDays: 'critical-days',
  FailOn: 'fail-on',
  GithubToken: 'github-token',
  Issue: 'issue',
  IssueTitle: 'issue-title',
  IssueLabels: 'issue-labels',
  IssueKey: 'issue-key',
  CloseWhenClear: 'close-when-clear',
  ReportPath: 'report-path',
  Ignore: 'ignore',
  TargetCa: 'target-ca',
  DnsCheck: 'dns-check',
  DnsServers: 'dns-servers'
} as const

/**
 * merge/action.yml's inputs and the flags of `aws-cert-watch merge`: the legs' reports, and the
 * scan's publishing inputs under the same names.
 */
export const MergeInputs = {
  Reports: 'reports',
  FailOn: Inputs.FailOn,
  GithubToken: Inputs.GithubToken,
  Issue: Inputs.Issue,
  IssueTitle: Inputs.IssueTitle,
  IssueLabels: Inputs.IssueLabels,
  IssueKey: Inputs.IssueKey,
  CloseWhenClear: Inputs.CloseWhenClear,
  ReportPath: Inputs.ReportPath
} as const

/**
 * iac/action.yml's inputs and the flags of `aws-cert-watch iac`: which files, and the scan's
 * names where they mean the same.
 */
export const IacInputs = {
  Paths: 'paths',
  ChangedOnly: 'changed-only',
  FailOn: Inputs.FailOn,
  TargetCa: Inputs.TargetCa,
  SarifPath: 'sarif-path',
  WarningDays: Inputs.WarningDays,
  CriticalDays: Inputs.CriticalDays,
  AwsRegion: Inputs.AwsRegion,
  ReportPath: Inputs.ReportPath
} as const

/** Action outputs (the scan's and the merge's). */
export const Outputs = {
  FindingsCount: 'findings-count',
  ExpiredCount: 'expired-count',
  CriticalCount: 'critical-count',
  WarningCount: 'warning-count',
  MaxSeverity: 'max-severity',
  ReportPath: 'report-path',
  IssueNumber: 'issue-number',
  IssueUrl: 'issue-url'
} as const

/** The iac action's outputs: the counts, the worst severity, and its files. */
export const IacOutputs = {
  FindingsCount: Outputs.FindingsCount,
  ExpiredCount: Outputs.ExpiredCount,
  CriticalCount: Outputs.CriticalCount,
  WarningCount: Outputs.WarningCount,
  MaxSeverity: Outputs.MaxSeverity,
  ReportPath: Outputs.ReportPath,
  SarifPath: 'sarif-path'
} as const

/** The project's home, which SARIF rules and help links point at. */
export const PROJECT_URL = 'https://github.com/acme/aws-cert-watch'
