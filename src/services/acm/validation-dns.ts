/**
 * ACM renews a DNS-validated certificate only if every validation CNAME still resolves in public
 * DNS, and finds out only once renewal has started (60 days out), then mails. The commonest cause
 * of a failed renewal is a deleted record, so it is checked ahead: for the certificates whose
 * managed renewal starts within a margin (the queries scale with what is about to renew, not with
 * the inventory), each CNAME is asked of the resolver the scan injects.
 */
import type { DnsResolver } from '../../collect/dns-resolver.js'
import type { Thresholds } from '../../model/index.js'
import { daysLeft, hasPassed, parseInstant } from '../../shared/dates.js'
import { mapWithConcurrency } from '../../shared/pool.js'
import type { AcmCertificateRecord, AcmInventory, ValidationDnsCheck } from './records.js'
import { DNS_CHECK_MARGIN_DAYS } from './renewal-schedule.js'
import { renewerOf, windowsOf } from './rules.js'

/** Questions in flight at once, per account and region. */
const DNS_CONCURRENCY = 8

/** Whether the certificate's validation records are worth asking about now. */
export function needsDnsCheck(
  cert: AcmCertificateRecord,
  now: Date,
  thresholds: Thresholds
): boolean {
  if (cert.type !== 'AMAZON_ISSUED' || cert.status !== 'ISSUED') return false
  if (renewerOf(cert) !== 'acm') return false
  const starts = windowsOf(cert, thresholds).renewalStartsDays
  const ms = parseInstant(cert.notAfter)
  if (starts === null || ms === null) return false
  return !hasPassed(ms, now) && daysLeft(ms, now) <= starts + DNS_CHECK_MARGIN_DAYS
}

/** Asks DNS for the validation CNAMEs of the certificates that `needsDnsCheck`. */
export async function checkValidationRecords(
  inventory: AcmInventory,
  dns: DnsResolver,
  context: { now: Date; thresholds: Thresholds; signal?: AbortSignal }
): Promise<AcmInventory> {
  const due = inventory.certificates.filter(
    (cert) => cert.described && needsDnsCheck(cert, context.now, context.thresholds)
  )
  const questions = due.flatMap((cert) =>
    cert.domainValidations.flatMap((validation) => {
      const record = validation.resourceRecord
      return validation.validationMethod === 'DNS' && record !== null && record.name !== ''
        ? [{ cert, domainName: validation.domainName, record }]
        : []
    })
  )
  const unique = [...new Set(questions.map((q) => q.record.name.toLowerCase()))]
  const answers = await mapWithConcurrency(unique, DNS_CONCURRENCY, (name) =>
    dns.resolveCname(name, context.signal)
  )
  const byName = new Map(unique.map((name, index) => [name, answers[index]]))
  const checks = new Map<AcmCertificateRecord, ValidationDnsCheck[]>()
  for (const { cert, domainName, record } of questions) {
    const answer = byName.get(record.name.toLowerCase())
    if (answer === undefined) continue
    const list = checks.get(cert) ?? []
    list.push({ domainName, record, answer })
    checks.set(cert, list)
  }
  const checked: AcmInventory = {
    ...inventory,
    certificates: inventory.certificates.map((cert) => {
      const list = checks.get(cert)
      return list === undefined ? cert : { ...cert, validationDns: list }
    })
  }
  const note = unansweredNote(checked, dns.servers)
  return note === null ? checked : { ...checked, dnsNote: note }
}

/** The coverage note for records DNS did not answer for (a timeout is not a finding). */
function unansweredNote(inventory: AcmInventory, servers: string): string | null {
  const unknown = inventory.certificates.flatMap((cert) =>
    cert.validationDns.filter((check) => check.answer.kind === 'unknown')
  )
  if (unknown.length === 0) return null
  const first = unknown[0]?.answer
  const why = first?.kind === 'unknown' ? first.detail : ''
  return `DNS: ${unknown.length} validation record${unknown.length === 1 ? '' : 's'} not checked (${why}; servers: ${servers})`
}
