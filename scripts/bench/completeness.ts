/**
 * Whether a scan found every problem the estate generator planted: a planted problem counts as
 * found when a finding for that very resource carries the reason codes the problem must raise.
 */
import type { PlantedProblem } from '../../emulator/aws/index.js'
import type { FoundProblem } from './scan-worker.js'

/** Reason codes each planted problem must produce; by default the problem's own name. */
const EXPECTED_CODES: Readonly<Record<string, readonly string[]>> = {
  // Imported: will not renew by itself; planted 2-40 days from expiry, inside warning-days.
  'acm-imported-expiring': ['acm-imported', 'acm-expiring']
}

export function expectedCodes(problem: string): readonly string[] {
  return EXPECTED_CODES[problem] ?? [problem]
}

export interface Completeness {
  planted: number
  found: number
  missing: PlantedProblem[]
}

export function checkCompleteness(
  planted: readonly PlantedProblem[],
  found: readonly FoundProblem[]
): Completeness {
  // ACM findings name the certificate by its UUID; the generator plants by ARN.
  const key = (service: string, account: string, region: string, id: string) =>
    `${service}|${account}|${region}|${id}`
  const codesByResource = new Map<string, Set<string>>()
  for (const finding of found) {
    const id = finding.service === 'acm' ? finding.resourceArn : finding.resourceId
    const k = key(finding.service, finding.account, finding.region, id)
    const codes = codesByResource.get(k) ?? new Set<string>()
    for (const code of finding.codes) codes.add(code)
    codesByResource.set(k, codes)
  }
  const missing = planted.filter((p) => {
    const codes = codesByResource.get(key(p.service, p.account, p.region, p.resourceId))
    return codes === undefined || expectedCodes(p.problem).some((code) => !codes.has(code))
  })
  return { planted: planted.length, found: planted.length - missing.length, missing }
}
