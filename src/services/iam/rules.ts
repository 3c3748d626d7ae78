/**
 * The IAM plug-in's rules. A server certificate never renews, so its expiry is the outage date of
 * whatever serves it; one nothing serves is a clean-up, but only once every place a consumer
 * could be was read.
 */
import type { Reason, Thresholds } from '../../model/index.js'
import { expiryClause, severityOfDate } from '../../shared/dates.js'
import type { ServerCertificateRecord } from './records.js'

/** What the scan knows of who serves a certificate. */
export interface Usage {
  /** Some endpoint names it (an active or inactive one). */
  named: boolean
  /** A live endpoint serves it: an outage when it breaks. */
  live: boolean
  /**
   * What was not read where a consumer could be (`load balancers were not read in 30 of 36
   * regions`); [] when everything was, so that "not named" means unused.
   */
  unread: readonly string[]
}

const NEVER_RENEWS = 'IAM never renews server certificates'

/** The reason for one listed certificate, or null when its expiry is not due. */
export function assessServerCertificate(
  cert: ServerCertificateRecord,
  clock: { now: Date; thresholds: Thresholds },
  usage: Usage
): Reason | null {
  const window = severityOfDate(cert.expiration, clock.now, clock.thresholds)
  if (window === null || cert.expiration === null) return null
  const what = `IAM server certificate ${cert.name} ${expiryClause(cert.expiration, clock.now)}`
  // Nothing live serves it, and every place something could was read: nothing breaks.
  const idle = !usage.live && usage.unread.length === 0
  if (window === 'expired') {
    return {
      code: 'iam-server-cert-expired',
      severity: idle ? 'warning' : 'expired',
      message: `${what}; ${NEVER_RENEWS}. ${useSentence(usage, 'a clean-up: delete it')}`
    }
  }
  return {
    code: 'iam-server-cert-expiring',
    severity: idle ? 'notice' : window,
    message: `${what}; ${NEVER_RENEWS}. ${useSentence(usage, 'delete it rather than renew it')}`
  }
}

/**
 * A certificate an endpoint names that IAM no longer lists: it was deleted under a load balancer
 * or distribution, which may keep serving a stale copy or stop accepting traffic (AWS's IAM
 * guide), so it counts as broken now wherever it is live.
 */
export function deletedCertificateReason(name: string, usage: Usage): Reason {
  return {
    code: 'iam-server-cert-expired',
    severity: usage.live ? 'expired' : 'warning',
    message: `IAM server certificate ${name} was deleted, yet ${usage.live ? 'live endpoints still name it' : 'endpoints still name it (none of them live)'}: give them a certificate that exists.`
  }
}

function useSentence(usage: Usage, unusedAdvice: string): string {
  if (usage.live) return 'A live endpoint serves it.'
  if (usage.named && usage.unread.length === 0) {
    return `Only inactive endpoints name it, and every region was read: ${unusedAdvice}, or replace it before turning them on.`
  }
  if (usage.named) {
    return `Only inactive endpoints were found naming it, but ${usage.unread.join(' and ')}, so it counts as served.`
  }
  if (usage.unread.length === 0) {
    return `Nothing serves it (every region's load balancers and CloudFront were read): ${unusedAdvice}.`
  }
  return `No endpoint that serves it was found, but ${usage.unread.join(' and ')}, so it counts as served.`
}
