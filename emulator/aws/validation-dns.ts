/**
 * The public DNS that ACM's DNS validation relies on, as the estate describes it: every DNS
 * validation CNAME of every certificate (issuance and renewal), present unless the estate says
 * it is `missing` or `wrong`. Served by emulator/dns when the emulator starts with `dns: true`.
 */
import type { World } from './world.js'

/** Name -> CNAME target, for emulator/dns's `records`. */
export function validationRecords(world: World): Record<string, string> {
  const records: Record<string, string> = {}
  for (const account of world.accounts.values()) {
    for (const region of account.regions.values()) {
      for (const certificate of region.certificates) {
        if (certificate.validationRecord === 'missing') continue
        const validations = [
          ...(certificate.domainValidations ?? []),
          ...(certificate.renewal?.validations ?? [])
        ]
        for (const { record } of validations) {
          if (record === undefined) continue
          records[record.name] =
            certificate.validationRecord === 'wrong'
              ? `_stale${record.value.slice(1)}`
              : record.value
        }
      }
    }
  }
  return records
}
