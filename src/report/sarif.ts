/**
 * Infrastructure-code findings as SARIF 2.1.0, for github/codeql-action/upload-sarif: one rule
 * per reason code, one result per reason of a finding, each at its file and line. GitHub's
 * limits (docs.github.com, "SARIF support for code scanning"): at most 25,000 results per run
 * and 10 MB gzip-compressed per upload; the most urgent are kept and the run says how many were
 * left out. A finding without a file location is never emitted (code scanning would reject it).
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { PROJECT_URL } from '../contract.js'
import { IAC_REASONS } from '../iac/checks/reasons.js'
import type { ReasonInfo } from '../services/plugin.js'
import type { Finding, Report, Severity } from '../model/index.js'

export const SARIF_RESULT_LIMIT = 25_000
export const SARIF_GZIP_BYTES_LIMIT = 10 * 1024 * 1024

const LEVEL: Record<Severity, Result.level> = {
  expired: 'error',
  critical: 'error',
  warning: 'warning',
  notice: 'note'
}

/** Code scanning ranks security alerts by this score (critical >= 9.0, high >= 7.0, medium >= 4.0). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  expired: '9.0',
  critical: '8.0',
  warning: '5.0',
  notice: '2.0'
}

export interface SarifOptions {
  rules: readonly ReasonInfo[]
  informationUri: string
  /** Overridable for tests of the size limit. */
  gzipBytesLimit?: number
}

/** The iac check's SARIF, as the action's `sarif-path` and the CLI's `--sarif-path` write it. */
export function renderIacSarif(report: Report): string {
  return renderSarif(report, { rules: IAC_REASONS, informationUri: PROJECT_URL })
}

export function renderSarif(report: Report, options: SarifOptions): string {
  const rules = [...options.rules].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]))
  const all = report.findings.flatMap((finding) => results(finding, ruleIndex))
  const limit = options.gzipBytesLimit ?? SARIF_GZIP_BYTES_LIMIT
  let kept = Math.min(all.length, SARIF_RESULT_LIMIT)
  for (;;) {
    const text = `${JSON.stringify(log(rules, all.slice(0, kept), all.length - kept, options), null, 2)}\n`
    if (kept === 0 || gzipSync(text).length <= limit) return text
    kept = Math.floor(kept / 2)
  }
}

function log(
  rules: readonly ReasonInfo[],
  kept: Result[],
  leftOut: number,
  options: SarifOptions
): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aws-cert-watch',
            informationUri: options.informationUri,
            rules: rules.map((rule) => descriptor(rule, options.informationUri))
          }
        },
        automationDetails: { id: 'aws-cert-watch/iac/' },
        invocations: [
          {
            executionSuccessful: true,
            ...(leftOut > 0
              ? {
                  toolExecutionNotifications: [
                    {
                      level: 'warning' as const,
                      message: {
                        text: `${leftOut} less urgent results were left out to stay within GitHub's limits; the JSON report has them all.`
                      }
                    }
                  ]
                }
              : {})
          }
        ],
        results: kept
      }
    ]
  }
}

function descriptor(rule: ReasonInfo, informationUri: string): ReportingDescriptor {
  const text = sentence(rule.meaning)
  return {
    id: rule.code,
    name: rule.code.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase()),
    shortDescription: { text },
    fullDescription: { text },
    helpUri: `${informationUri}#infrastructure-code-on-pull-requests`,
    help: { text, markdown: text },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'tls', 'certificates'],
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[rule.severity]
    }
  }
}

function results(finding: Finding, ruleIndex: ReadonlyMap<string, number>): Result[] {
  const location = finding.location
  if (location === null) return []
  const fix = finding.remediation[0]
  const fixText =
    fix === undefined ? '' : ` Fix: ${fix.summary}${fix.command === '' ? '' : ` ${fix.command}`}`
  return finding.reasons.map((reason) => ({
    ruleId: reason.code,
    ruleIndex: ruleIndex.get(reason.code) ?? -1,
    level: LEVEL[reason.severity],
    message: { text: `${reason.message}${fixText}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(location.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: location.line }
        }
      }
    ],
    partialFingerprints: {
      'awsCertWatchFinding/v1': createHash('sha256')
        .update(`${finding.id}\u0000${reason.code}`)
        .digest('hex')
    },
    properties: { severity: reason.severity, resource: finding.resourceId }
  }))
}

/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function sentence(text: string): string {
  const first = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?]$/.test(first) ? first : `${first}.`
}
