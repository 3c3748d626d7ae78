/**
 * The repository's own GitHub workflows, checked as far as this machine can (no runner here):
 * each parses, every job has a time limit and steps that either use a versioned action or run a
 * command, permissions are read-only unless a job says why, and the job that runs the action
 * (`uses: ./`) passes only inputs action.yml declares.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  'runs-on'?: string
  'timeout-minutes'?: number
  permissions?: Record<string, string>
  steps?: Step[]
}
interface Workflow {
  name?: string
  on?: unknown
  permissions?: Record<string, string>
  jobs?: Record<string, Job>
}

const DIR = '.github/workflows'
const workflows = readdirSync(DIR)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => [file, parse(readFileSync(join(DIR, file), 'utf8')) as Workflow] as const)
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }

describe('GitHub workflows', () => {
  it('are there: CI, the dist check and CodeQL', () => {
    expect(workflows.map(([file]) => file).sort()).toEqual([
      'check-dist.yml',
      'ci.yml',
      'codeql.yml'
    ])
  })

  it.each(workflows)('%s: named, triggered, read-only by default', (_file, workflow) => {
    expect(typeof workflow.name).toBe('string')
    expect(workflow.on).toBeDefined()
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it.each(workflows)(
    '%s: every job has a runner, a time limit and well-formed steps',
    (_file, workflow) => {
      const jobs = Object.entries(workflow.jobs ?? {})
      expect(jobs.length).toBeGreaterThan(0)
      for (const [, job] of jobs) {
        expect(job['runs-on']).toBe('ubuntu-latest')
        expect(job['timeout-minutes']).toBeGreaterThan(0)
        for (const step of job.steps ?? []) {
          // A step either uses an action or runs a command, never both.
          expect([step.uses, step.run].filter((x) => x !== undefined)).toHaveLength(1)
          if (step.uses !== undefined && step.uses !== './') {
            expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/)
          }
        }
      }
    }
  )

  it('runs the action itself with inputs action.yml declares', () => {
    const ci = workflows.find(([file]) => file === 'ci.yml')?.[1]
    const local = Object.values(ci?.jobs ?? {})
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses === './')
    expect(local).toHaveLength(1)
    for (const input of Object.keys(local[0]?.with ?? {})) {
      expect(Object.keys(action.inputs)).toContain(input)
    }
  })
})

describe('.gitattributes and Dependabot', () => {
  it('mark dist/ as generated and group the AWS SDK updates', () => {
    expect(readFileSync('.gitattributes', 'utf8')).toMatch(
      /^dist\/\*\* -diff linguist-generated=true$/m
    )
    const dependabot = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string; groups?: Record<string, { patterns: string[] }> }[]
    }
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm'
    ])
    const npm = dependabot.updates.find((u) => u['package-ecosystem'] === 'npm')
    expect(npm?.groups?.['aws-sdk']?.patterns).toEqual(['@aws-sdk/*', '@smithy/*'])
  })
})
