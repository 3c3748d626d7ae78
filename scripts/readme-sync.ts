/**
 * Keeps the generated docs in step with their sources of truth: the README's inputs/outputs
 * tables with action.yml, its reason table with the plug-ins' reason codes, and the permissions
 * policy (iam/permissions-policy.json and its copy in the README) with the plug-ins' declared
 * AWS actions (a test checks those against the calls the scan really makes). `npm run docs`
 * rewrites them; `--check` only reports drift.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { REGION_STATUS_IAM_ACTIONS } from '../src/collect/region-status.js'
import { SERVICES } from '../src/services/index.js'
import type { AnyServicePlugin } from '../src/services/plugin.js'

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
  const rows = services.flatMap((service) =>
    service.reasons.map(
      (reason) => `| \`${reason.code}\` | ${reason.severity} | ${cell(reason.meaning)} |`
    )
  )
  return ['| Reason | Severity | When |', '| --- | --- | --- |', ...rows].join('\n')
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

export interface ReadmeSources {
  actionYml: string
  permissionsPolicy: string
  trustPolicy: string
}

/** Replaces each generated block of the README; throws when a marker pair is missing. */
export function syncReadme(readme: string, sources: ReadmeSources): string {
  const action = parse(sources.actionYml) as ActionDefinition
  const blocks: Record<string, string> = {
    inputs: renderInputsTable(action),
    outputs: renderOutputsTable(action),
    reasons: renderReasonsTable(SERVICES),
    'iam-permissions': ['```json', sources.permissionsPolicy.trim(), '```'].join('\n'),
    'iam-trust': ['```json', sources.trustPolicy.trim(), '```'].join('\n')
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

export function readReadmeSources(): ReadmeSources {
  return {
    actionYml: readFileSync('action.yml', 'utf8'),
    permissionsPolicy: readFileSync('iam/permissions-policy.json', 'utf8'),
    trustPolicy: readFileSync('iam/trust-policy.json', 'utf8')
  }
}

const POLICY = 'iam/permissions-policy.json'

async function main(): Promise<void> {
  // Formatted as the repository formats JSON, so that `prettier --check` agrees with it.
  const policy = await format(renderPermissionsPolicy(SERVICES), {
    ...(await resolveConfig(POLICY)),
    filepath: POLICY
  })
  const readme = readFileSync('README.md', 'utf8')
  const synced = syncReadme(readme, { ...readReadmeSources(), permissionsPolicy: policy })
  if (process.argv.includes('--check')) {
    if (synced !== readme || readFileSync(POLICY, 'utf8') !== policy) {
      console.error(
        `README.md or ${POLICY} differs from action.yml and the plug-ins: run \`npm run docs\` and commit.`
      )
      process.exit(1)
    }
    console.log(`README.md and ${POLICY} match action.yml and the plug-ins`)
    return
  }
  writeFileSync(POLICY, policy)
  writeFileSync('README.md', synced)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
