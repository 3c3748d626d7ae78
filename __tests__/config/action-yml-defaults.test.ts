/**
 * The runner hands the action action.yml's defaults; the CLI gets config's own. They must be the
 * same settings, or the action and the CLI would scan differently with the same (absent) input.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseIacSettings, parseMergeSettings, parseSettings } from '../../src/config/index.js'
import { IacInputs, IacOutputs, Inputs, MergeInputs, Outputs } from '../../src/contract.js'

interface ActionInputs {
  inputs: Record<string, { default?: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionInputs

describe('action.yml defaults', () => {
  it('declare exactly the inputs of the contract', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
  })

  it('give the same settings as config’s own defaults', () => {
    const token = 'ghs_example'
    const fromActionYml = parseSettings((name) => {
      const value = action.inputs[name]?.default ?? ''
      // The runner expands this expression before the action reads it.
      return value === '${{ github.token }}' ? token : value
    })
    const fromConfig = parseSettings((name) =>
      name === Inputs.Regions
        ? (action.inputs[name]?.default ?? '')
        : name === Inputs.GithubToken
          ? token
          : ''
    )
    expect(fromActionYml).toEqual(fromConfig)
  })
})

describe('merge/action.yml', () => {
  const merge = parse(readFileSync('merge/action.yml', 'utf8')) as ActionInputs & {
    outputs: Record<string, unknown>
    runs: { main: string }
  }

  it('declares exactly the merge inputs of the contract, and the outputs of the scan', () => {
    expect(Object.keys(merge.inputs).sort()).toEqual(Object.values(MergeInputs).sort())
    expect(Object.keys(merge.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })

  it('takes the publishing inputs with the scan’s defaults', () => {
    for (const name of Object.values(MergeInputs)) {
      if (name === MergeInputs.Reports) continue
      expect([name, merge.inputs[name]?.default]).toEqual([name, action.inputs[name]?.default])
    }
    const token = 'ghs_example'
    const read = (defaults: boolean) => (name: string) => {
      if (name === MergeInputs.Reports) return 'reports/*.json'
      if (name === MergeInputs.GithubToken) return token
      return defaults ? (merge.inputs[name]?.default ?? '') : ''
    }
    expect(parseMergeSettings(read(true))).toEqual(parseMergeSettings(read(false)))
  })

  it('runs the merge bundle', () => {
    expect(merge.runs.main).toBe('../dist/merge/index.js')
  })
})

describe('iac/action.yml', () => {
  const iac = parse(readFileSync('iac/action.yml', 'utf8')) as ActionInputs & {
    outputs: Record<string, unknown>
    runs: { main: string; using: string }
  }

  it('declares exactly the iac inputs and outputs of the contract', () => {
    expect(Object.keys(iac.inputs).sort()).toEqual(Object.values(IacInputs).sort())
    expect(Object.keys(iac.outputs).sort()).toEqual(Object.values(IacOutputs).sort())
  })

  it('gives the same settings as config’s own defaults, and fails on warnings by default', () => {
    const fromActionYml = parseIacSettings((name) => iac.inputs[name]?.default ?? '')
    expect(fromActionYml).toEqual(parseIacSettings(() => ''))
    expect(fromActionYml.failOn).toBe('warning')
    expect(fromActionYml.changedOnly).toBe('auto')
    for (const name of [
      IacInputs.TargetCa,
      IacInputs.WarningDays,
      IacInputs.CriticalDays,
      IacInputs.AwsRegion
    ]) {
      expect([name, iac.inputs[name]?.default]).toEqual([name, action.inputs[name]?.default])
    }
  })

  it('runs the iac bundle on node24', () => {
    expect(iac.runs).toEqual({ using: 'node24', main: '../dist/iac/index.js' })
  })
})
