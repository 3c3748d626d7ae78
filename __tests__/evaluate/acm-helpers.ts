import { evaluate } from '../../src/evaluate/index.js'
import type { Finding } from '../../src/model/index.js'
import type { AcmCertificateRecord } from '../../src/services/acm/records.js'
import { acmInventory, certificate, inventory, options } from './factories.js'

/** Evaluates one certificate built from overrides; its finding, or undefined. */
export function acmFinding(overrides: Partial<AcmCertificateRecord>): Finding | undefined {
  return evaluate(inventory({ acm: [acmInventory([certificate(overrides)])] }), options())
    .findings[0]
}

/** code -> severity for one certificate. */
export function acmReasons(overrides: Partial<AcmCertificateRecord>): Record<string, string> {
  return Object.fromEntries(
    (acmFinding(overrides)?.reasons ?? []).map((reason) => [reason.code, reason.severity])
  )
}
