/**
 * Whether a scan found every problem the estate generator planted: a planted problem counts as
 * found when a finding for that very resource carries the reason codes the problem must raise.
 */
import type { PlantedProblem } from '../../emulator/aws/index.js'
import type { Finding } from '../../src/model/index.js'
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
  // The generator plants RDS problems by identifier and the others by ARN (an ACM finding
  // names its certificate by the UUID, a private CA's by its id).
  const key = (service: string, account: string, region: string, id: string) =>
    `${service}|${account}|${region}|${id}`
  const codesByResource = new Map<string, Set<string>>()
  for (const finding of found) {
    const id = finding.service === 'rds' ? finding.resourceId : finding.resourceArn
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

/** What the completeness check needs of a finding. */
export function foundProblem(finding: Finding): FoundProblem {
  return {
    id: finding.id,
    service: finding.service,
    account: finding.account,
    region: finding.region,
    resourceId: finding.resourceId,
    resourceArn: finding.resourceArn,
    codes: finding.reasons.map((reason) => reason.code)
  }
}
