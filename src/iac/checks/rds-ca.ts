/**
 * `iac-rds-ca-outdated`: a DB instance or cluster whose code pins a CA that is retired or not
 * current. An unset CA is fine, since new instances get the account's default, unless that
 * default is known (from DescribeCertificates) to be bad. An expression is left alone: only a
 * plan knows its value.
 */
import type { Reason, Severity } from '../../model/index.js'
import { expiryClause, severityOfDate } from '../../shared/dates.js'
import type { IacRdsCaRecord } from '../records.js'
import { caStanding, catalogSource } from './ca-catalog.js'
import type { IacCheckContext } from './context.js'

export function rdsCaReason(record: IacRdsCaRecord, context: IacCheckContext): Reason | null {
  const { value } = record
  if (value.kind === 'expression') return null
  if (value.kind === 'absent') return unsetReason(record, context)
  const pinned = value.value
  const via = record.resolvedFrom === undefined ? '' : ` (from ${record.resolvedFrom})`
  const standing = caStanding(context.cas, pinned)
  const source = catalogSource(context.cas)
  switch (standing.kind) {
    case 'retired': {
      // Not listed, and not a CA known to have been retired: a typo is as likely as a retirement.
      const what =
        standing.expiredOn === null
          ? 'a CA that DescribeCertificates does not list (retired, or not an RDS CA at all)'
          : `a retired CA (it expired on ${standing.expiredOn} in most regions)`
      return reason(
        'expired',
        `${record.attribute} pins ${pinned}${via}, ${what}: TLS clients that verify the server fail, and RDS refuses it for new instances (${source}).`
      )
    }
    case 'unknown':
      return reason(
        'warning',
        `${record.attribute} pins ${pinned}${via}, which is not a current RDS CA (${source}).`
      )
    case 'current': {
      const severity = severityOfDate(standing.validTill, context.now, context.thresholds)
      if (severity === null || standing.validTill === null) return null
      return reason(
        severity,
        `${record.attribute} pins ${pinned}${via}, which ${expiryClause(standing.validTill, context.now)} (${source}).`
      )
    }
  }
}

function unsetReason(record: IacRdsCaRecord, context: IacCheckContext): Reason | null {
  const { cas } = context
  if (cas.kind !== 'live' || cas.defaultCa === null) return null
  const standing = caStanding(cas, cas.defaultCa)
  const unset = `${record.attribute} is not set, so RDS gives the instance the account's default CA, ${cas.defaultCa}`
  if (standing.kind === 'retired') {
    return reason('expired', `${unset}, which is retired (${catalogSource(cas)}).`)
  }
  if (standing.kind !== 'current' || standing.validTill === null) return null
  const severity = severityOfDate(standing.validTill, context.now, context.thresholds)
  if (severity === null) return null
  return reason(
    severity,
    `${unset}, which ${expiryClause(standing.validTill, context.now)} (${catalogSource(cas)}).`
  )
}

function reason(severity: Severity, message: string): Reason {
  return { code: 'iac-rds-ca-outdated', severity, message }
}
