import { readFileSync } from 'node:fs'
import {
  readReadmeSources,
  renderInputsTable,
  renderPermissionsPolicy,
  renderReasonsTable,
  syncReadme
} from '../../scripts/readme-sync.js'
import { SERVICES } from '../../src/services/index.js'

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

  it("keep the permissions policy exactly the plug-ins' declared actions and the engine's", () => {
    const committed: unknown = JSON.parse(readFileSync('iam/permissions-policy.json', 'utf8'))
    expect(committed).toEqual(JSON.parse(renderPermissionsPolicy(SERVICES)))
  })

  it('list every reason code of every plug-in once, with its severity', () => {
    const table = renderReasonsTable(SERVICES)
    for (const reason of SERVICES.flatMap((service) => service.reasons)) {
      expect(table.split(`| \`${reason.code}\` | ${reason.severity} |`)).toHaveLength(2)
    }
  })
})
