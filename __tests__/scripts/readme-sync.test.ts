import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  HUB_POLICY,
  MEMBER_TEMPLATE,
  readReadmeSources,
  renderHubPolicy,
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

  it('keep the hub policy and the member role template generated from the code', () => {
    expect(JSON.parse(readFileSync(HUB_POLICY, 'utf8'))).toEqual(JSON.parse(renderHubPolicy()))
    const template = parse(readFileSync(MEMBER_TEMPLATE, 'utf8'), { version: '1.1' }) as {
      AWSTemplateFormatVersion: unknown
      Resources: {
        MemberRole: {
          Properties: {
            AssumeRolePolicyDocument: { Statement: Array<{ Condition: unknown }> }
            Policies: Array<{ PolicyDocument: unknown }>
          }
        }
      }
    }
    // Read as CloudFormation reads YAML (1.1): the dates stay strings.
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09')
    const role = template.Resources.MemberRole.Properties
    expect(role.Policies[0]?.PolicyDocument).toEqual(JSON.parse(renderPermissionsPolicy(SERVICES)))
    expect(role.AssumeRolePolicyDocument.Statement[0]?.Condition).toEqual({
      StringEquals: { 'aws:PrincipalOrgID': { Ref: 'OrganizationId' } }
    })
  })
})
