/**
 * Keeps the generated docs in step with their sources of truth: the README's inputs/outputs
 * tables with action.yml and merge/action.yml, its reason table with the plug-ins' reason
 * codes, and the IAM documents with the AWS actions the code declares (a test checks those
 * against the calls the scan really makes): the read-only permissions policy
 * (iam/permissions-policy.json), the hub's (iam/hub-permissions-policy.json) and the member
 * role's CloudFormation StackSet template (iam/member-role-stackset.yaml), which carries the
 * read-only policy. `npm run docs` rewrites them; `--check` only reports drift.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse, stringify } from 'yaml'
import { REGION_STATUS_IAM_ACTIONS } from '../src/collect/region-status.js'
import { HUB_IAM_ACTIONS } from '../src/credentials/organization.js'
import { renewalWindows, type Renewer } from '../src/services/acm/renewal-schedule.js'
import { SERVICES } from '../src/services/index.js'
import { IAC_REASONS } from '../src/iac/checks/reasons.js'
import type { AnyServicePlugin, ReasonInfo } from '../src/services/plugin.js'

interface ActionDefinition {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>
  outputs?: Record<string, { description?: string }>
}

const START = (name: string): string => `<!-- ${name}:start (generated: npm run docs) -->`
const END = (name: string): string => `<!-- ${name}:end -->`

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

export function renderInputsTable(action: ActionDefinition): string {
  const rows = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description ?? '')} | ${input.default ? `\`${cell(input.default)}\`` : '—'} |`
  )
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n')
}

export function renderOutputsTable(action: ActionDefinition): string {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** One row per reason code of every plug-in, in registry order. */
export function renderReasonsTable(services: readonly AnyServicePlugin[]): string {
  return reasonRows(services.flatMap((service) => service.reasons))
}

function reasonRows(reasons: readonly ReasonInfo[]): string {
  const rows = reasons.map(
    (reason) => `| \`${reason.code}\` | ${reason.severity} | ${cell(reason.meaning)} |`
  )
  return ['| Reason | Severity | When |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The certificates the README's renewal-window table shows, judged under the default ceilings. */
const WINDOW_EXAMPLES: readonly { what: string; days: number; renewer: Renewer }[] = [
  { what: 'ACM public certificate (since 2026-03-15)', days: 198, renewer: 'acm' },
  { what: 'ACM public certificate (from 2027-03-15)', days: 100, renewer: 'acm' },
  { what: 'ACM public certificate (from 2029-03-15)', days: 47, renewer: 'acm' },
  { what: 'ACME certificate', days: 45, renewer: 'acme-client' },
  { what: 'Imported, 90 days', days: 90, renewer: 'nobody' },
  { what: 'Imported, 13 months', days: 395, renewer: 'nobody' }
]

const RENEWER_LABEL: Readonly<Record<Renewer, string>> = {
  acm: 'ACM (managed renewal)',
  'acme-client': 'its ACME client',
  nobody: 'nobody: you replace it'
}

/** The windows of typical certificates, computed by the rule the scan applies. */
export function renderRenewalWindowsTable(
  ceilings = { warningDays: 45, criticalDays: 14 }
): string {
  const rows = WINDOW_EXAMPLES.map(({ what, days, renewer }) => {
    const w = renewalWindows(days, renewer, ceilings)
    const starts = w.renewalStartsDays === null ? '—' : `${w.renewalStartsDays} days before expiry`
    return `| ${what} | ${days} days | ${RENEWER_LABEL[renewer]} | ${starts} | ${w.warningDays} days left | ${w.criticalDays} days left |`
  })
  return [
    '| Certificate | Lifetime | Renewed by | Renewal starts | Warning from | Critical from |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/**
 * The read-only permissions policy: one statement per plug-in with the actions it declares, and
 * one for what the engine itself calls (telling disabled opt-in regions apart).
 */
export function renderPermissionsPolicy(services: readonly AnyServicePlugin[]): string {
  const sid = (name: string) =>
    name
      .split(/[^a-z0-9]+/i)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('')
  const statements = [
    ...services
      .filter((service) => service.iamActions.length > 0)
      .map((service) => ({
        Sid: `AwsCertWatchRead${sid(service.name)}`,
        Effect: 'Allow',
        Action: [...service.iamActions].sort(),
        Resource: '*'
      })),
    {
      Sid: 'AwsCertWatchTellDisabledRegions',
      Effect: 'Allow',
      Action: [...REGION_STATUS_IAM_ACTIONS].sort(),
      Resource: '*'
    }
  ]
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`
}

/**
 * The hub's own permissions for `accounts: organization` or a list: list the Organization, and
 * assume the member role (default name) in any account. Scanning the hub's own account needs
 * the read-only policy besides.
 */
export function renderHubPolicy(memberRoleName = 'aws-cert-watch'): string {
  const statements = [
    {
      Sid: 'AwsCertWatchListOrganization',
      Effect: 'Allow',
      Action: [...HUB_IAM_ACTIONS.organization],
      Resource: '*'
    },
    {
      Sid: 'AwsCertWatchAssumeMemberRole',
      Effect: 'Allow',
      Action: [...HUB_IAM_ACTIONS.assumeMemberRole],
      Resource: `arn:aws:iam::*:role/${memberRoleName}`
    }
  ]
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`
}

/**
 * A CloudFormation template (for a service-managed StackSet over the Organization) of the member
 * role: trusted by the hub role only, and only from inside the Organization, with the read-only
 * policy. Chained sessions last an hour at most, so the role asks for no more.
 */
export function renderMemberRoleTemplate(permissionsPolicy: string): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'aws-cert-watch member role: read-only access to certificates, assumed by the hub role.',
    Parameters: {
      HubRoleArn: {
        Type: 'String',
        Description: 'The role the workflow assumes through GitHub OIDC (role-to-assume).',
        AllowedPattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$'
      },
      OrganizationId: {
        Type: 'String',
        Description: 'The AWS Organization (o-...): only its principals may assume the role.',
        AllowedPattern: '^o-[a-z0-9]{10,32}$'
      },
      MemberRoleName: {
        Type: 'String',
        Description: 'The member-role-name input.',
        Default: 'aws-cert-watch'
      }
    },
    Resources: {
      MemberRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'MemberRoleName' },
          Description: 'aws-cert-watch: read-only certificate scan, assumed from the hub role',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: { Ref: 'HubRoleArn' } },
                Action: 'sts:AssumeRole',
                Condition: { StringEquals: { 'aws:PrincipalOrgID': { Ref: 'OrganizationId' } } }
              }
            ]
          },
          Policies: [
            { PolicyName: 'aws-cert-watch-read', PolicyDocument: JSON.parse(permissionsPolicy) }
          ]
        }
      }
    },
    Outputs: { MemberRoleArn: { Value: { 'Fn::GetAtt': ['MemberRole', 'Arn'] } } }
  }
  return (
    '# Generated by `npm run docs` from the actions the plug-ins declare: edit\n' +
    '# scripts/readme-sync.ts, not this file.\n' +
    // YAML 1.1, as CloudFormation reads it: dates like 2012-10-17 come out quoted, as strings.
    stringify(template, { lineWidth: 0, version: '1.1' })
  )
}

export interface ReadmeSources {
  actionYml: string
  mergeActionYml: string
  iacActionYml: string
  permissionsPolicy: string
  trustPolicy: string
  hubPolicy: string
  memberTrustPolicy: string
}

/** Replaces each generated block of the README; throws when a marker pair is missing. */
export function syncReadme(readme: string, sources: ReadmeSources): string {
  const action = parse(sources.actionYml) as ActionDefinition
  const iac = parse(sources.iacActionYml) as ActionDefinition
  const json = (text: string) => ['```json', text.trim(), '```'].join('\n')
  const blocks: Record<string, string> = {
    inputs: renderInputsTable(action),
    'merge-inputs': renderInputsTable(parse(sources.mergeActionYml) as ActionDefinition),
    outputs: renderOutputsTable(action),
    'iac-inputs': renderInputsTable(iac),
    'iac-outputs': renderOutputsTable(iac),
    reasons: renderReasonsTable(SERVICES),
    'iac-reasons': reasonRows(IAC_REASONS),
    'renewal-windows': renderRenewalWindowsTable(),
    'iam-permissions': json(sources.permissionsPolicy),
    'iam-trust': json(sources.trustPolicy),
    'iam-hub-permissions': json(sources.hubPolicy),
    'iam-member-trust': json(sources.memberTrustPolicy)
  }
  let result = readme
  for (const [name, content] of Object.entries(blocks)) {
    const start = result.indexOf(START(name))
    const end = result.indexOf(END(name))
    if (start < 0 || end < start) {
      throw new Error(`README.md lacks the ${START(name)} … ${END(name)} markers`)
    }
    result = `${result.slice(0, start)}${START(name)}\n${content}\n${result.slice(end)}`
  }
  return result
}

export const POLICY = 'iam/permissions-policy.json'
export const HUB_POLICY = 'iam/hub-permissions-policy.json'
export const MEMBER_TEMPLATE = 'iam/member-role-stackset.yaml'

export function readReadmeSources(): ReadmeSources {
  return {
    actionYml: readFileSync('action.yml', 'utf8'),
    mergeActionYml: readFileSync('merge/action.yml', 'utf8'),
    iacActionYml: readFileSync('iac/action.yml', 'utf8'),
    permissionsPolicy: readFileSync(POLICY, 'utf8'),
    trustPolicy: readFileSync('iam/trust-policy.json', 'utf8'),
    hubPolicy: readFileSync(HUB_POLICY, 'utf8'),
    memberTrustPolicy: readFileSync('iam/member-trust-policy.json', 'utf8')
  }
}

/** Formatted as the repository formats its files, so that `prettier --check` agrees. */
async function formatted(path: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(path)), filepath: path })
}

async function main(): Promise<void> {
  const policy = await formatted(POLICY, renderPermissionsPolicy(SERVICES))
  const generated: Record<string, string> = {
    [POLICY]: policy,
    [HUB_POLICY]: await formatted(HUB_POLICY, renderHubPolicy()),
    [MEMBER_TEMPLATE]: await formatted(MEMBER_TEMPLATE, renderMemberRoleTemplate(policy))
  }
  const readme = readFileSync('README.md', 'utf8')
  const synced = syncReadme(readme, {
    ...readReadmeSources(),
    permissionsPolicy: policy,
    hubPolicy: generated[HUB_POLICY] as string
  })
  generated['README.md'] = synced
  const current = (path: string) => {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return null
    }
  }
  if (process.argv.includes('--check')) {
    const stale = Object.keys(generated).filter((path) => current(path) !== generated[path])
    if (stale.length > 0) {
      console.error(
        `${stale.join(', ')} differ from action.yml and the plug-ins: run \`npm run docs\` and commit.`
      )
      process.exit(1)
    }
    console.log(`${Object.keys(generated).join(', ')} match action.yml and the plug-ins`)
    return
  }
  for (const [path, text] of Object.entries(generated)) writeFileSync(path, text)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
