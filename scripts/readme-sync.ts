/**
 * Keeps the README's generated blocks in step with their sources of truth: the inputs/outputs
 * tables with action.yml, the IAM policies with iam/*.json (which a test checks against the
 * calls the scan really makes). `npm run docs` rewrites them; `--check` only reports drift.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

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

function main(): void {
  const readme = readFileSync('README.md', 'utf8')
  const synced = syncReadme(readme, readReadmeSources())
  if (process.argv.includes('--check')) {
    if (synced !== readme) {
      console.error(
        'README.md differs from action.yml / iam/*.json: run `npm run docs` and commit.'
      )
      process.exit(1)
    }
    console.log('README.md matches action.yml and iam/*.json')
    return
  }
  writeFileSync('README.md', synced)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
