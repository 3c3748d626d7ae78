import { readFileSync } from 'node:fs'
import { readReadmeSources, renderInputsTable, syncReadme } from '../../scripts/readme-sync.js'

describe('README generated blocks', () => {
  it('match action.yml and iam/*.json as committed', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(syncReadme(readme, readReadmeSources())).toBe(readme)
  })

  it('name a missing marker pair instead of writing a README without the block', () => {
    expect(() => syncReadme('# no markers here\n', readReadmeSources())).toThrow(
      /README.md lacks the <!-- inputs:start/
    )
  })

  it('escape pipes in descriptions so a table row stays one row', () => {
    const table = renderInputsTable({ inputs: { x: { description: 'a | b', default: 'c|d' } } })
    expect(table.split('\n')[2]).toBe('| `x` | a \\| b | `c\\|d` |')
  })
})
