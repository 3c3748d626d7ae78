/**
 * The runner hands the action action.yml's defaults; the CLI gets config's own. They must be the
 * same settings, or the action and the CLI would scan differently with the same (absent) input.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseSettings } from '../../src/config/index.js'
import { Inputs } from '../../src/contract.js'

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
