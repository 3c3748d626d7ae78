import { gunzipSync, gzipSync } from 'node:zlib'
import jestSarif from '@microsoft/jest-sarif'
import { IAC_REASONS } from '../../src/iac/checks/reasons.js'
import { evaluateIac } from '../../src/iac/checks/index.js'
import { KNOWN_CA_CATALOG } from '../../src/iac/checks/ca-catalog.js'
import type { IacRecord } from '../../src/iac/records.js'
import { caPin } from '../iac/record-factories.js'
import { reportTotals } from '../../src/report/json-report.js'
import { renderSarif } from '../../src/report/sarif.js'
import type { Finding, Report } from '../../src/model/index.js'
import { finding as awsFinding } from './report-factories.js'

// The package is CommonJS: its matchers are properties of module.exports.
expect.extend(jestSarif as unknown as { toBeValidSarifLog: jest.CustomMatcher } as never)
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R
    }
  }
}

const NOW = new Date('2026-12-01T06:00:00.000Z')

function pin(
  file: string,
  line: number,
  value: string,
  address = 'aws_db_instance.main'
): IacRecord {
  return caPin({ kind: 'literal', value }, { location: { file, line }, address })
}

function reportOf(findings: Finding[]): Report {
  return {
    schemaVersion: 1,
    generatedAt: NOW.toISOString(),
    thresholds: { warningDays: 45, criticalDays: 14 },
    scope: { accounts: [], regions: [], services: ['iac'], shard: '1/1' },
    coverage: [],
    findings,
    totals: reportTotals(findings, {}, 0)
  }
}

const iacFindings = (records: IacRecord[]) =>
  evaluateIac(records, {
    now: NOW,
    thresholds: { warningDays: 45, criticalDays: 14 },
    targetCa: 'rds-ca-rsa2048-g1',
    cas: KNOWN_CA_CATALOG
  })

const options = { rules: IAC_REASONS, informationUri: 'https://github.com/acme/aws-cert-watch' }

describe('SARIF', () => {
  it('is valid SARIF 2.1.0, every result at its file and line, with stable fingerprints', () => {
    const findings = iacFindings([
      pin('infra/db main.tf', 12, 'rds-ca-2019'),
      pin('infra/b.tf', 3, 'rds-ca-2020', 'aws_db_instance.b')
    ])
    const text = renderSarif(reportOf([...findings, awsFinding()]), options)
    const sarif = JSON.parse(text)
    expect(sarif).toBeValidSarifLog()
    // The validator does refuse what is not SARIF: a result without its message.
    expect({
      ...sarif,
      runs: [{ ...sarif.runs[0], results: [{ ruleId: 'x' }] }]
    }).not.toBeValidSarifLog()
    const results = sarif.runs[0].results
    expect(
      results.map((r: { level: string; locations: unknown }) => [r.level, r.locations])
    ).toEqual([
      [
        'error',
        [
          {
            physicalLocation: {
              artifactLocation: { uri: 'infra/db%20main.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 12 }
            }
          }
        ]
      ],
      [
        'warning',
        [
          {
            physicalLocation: {
              artifactLocation: { uri: 'infra/b.tf', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3 }
            }
          }
        ]
      ]
    ])
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(
      IAC_REASONS.map((reason) => reason.code).sort()
    )
    for (const result of results) {
      expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    }
    // Same input, same bytes; a fingerprint depends on the finding, not on its neighbours.
    expect(renderSarif(reportOf([...findings, awsFinding()]), options)).toBe(text)
    const alone = JSON.parse(renderSarif(reportOf([findings[1] as Finding]), options))
    expect(alone.runs[0].results[0].partialFingerprints).toEqual(results[1].partialFingerprints)
  })

  it('keeps the most urgent results within the gzip size limit and says how many it left out', () => {
    const records = Array.from({ length: 400 }, (_, i) =>
      pin(
        `modules/m${i}/main.tf`,
        i + 1,
        i % 2 === 0 ? 'rds-ca-2019' : 'rds-ca-2020',
        `aws_db_instance.db${i}`
      )
    )
    const findings = iacFindings(records)
    const full = renderSarif(reportOf(findings), options)
    const limit = Math.floor(gzipSync(full).length / 3)
    const cut = renderSarif(reportOf(findings), { ...options, gzipBytesLimit: limit })
    expect(gzipSync(cut).length).toBeLessThanOrEqual(limit)
    const sarif = JSON.parse(gunzipSync(gzipSync(cut)).toString('utf8'))
    expect(sarif).toBeValidSarifLog()
    const kept = sarif.runs[0].results.length
    expect(kept).toBeGreaterThan(0)
    expect(kept).toBeLessThan(400)
    expect(sarif.runs[0].results.every((r: { level: string }) => r.level === 'error')).toBe(true)
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe(
      `${400 - kept} less urgent results were left out to stay within GitHub's limits; the JSON report has them all.`
    )
  })
})
