import type { Reason, Remediation } from '../../model/index.js'
import type { AcmCertificateRecord, AcmDomainValidation } from './records.js'
import { pendingEmailValidations } from './rules.js'
import { answersExpected } from './validation-answer.js'
import { command, type CommandArg } from '../../shared/shell-quote.js'

/**
 * Steps for one ACM certificate, chosen by the reasons the rules gave. `switchSteps` move the
 * endpoints that serve it to a new certificate, where the steps request one.
 */
export function acmRemediation(
  cert: AcmCertificateRecord,
  reasons: readonly Reason[],
  switchSteps: readonly Remediation[] = []
): Remediation[] {
  const codes = new Set(reasons.map((reason) => reason.code))
  const steps: Remediation[] = []
  const region: CommandArg = ['--region', cert.region]
  const arn: CommandArg = ['--certificate-arn', cert.arn]

  if (codes.has('acm-email-validation')) {
    for (const validation of pendingEmailValidations(cert)) {
      steps.push({
        summary: `Resend the approval mail for ${validation.domainName}, then have someone at ${validation.validationEmails.join(', ') || 'the domain contacts'} click "I Approve".`,
        command: command(
          'aws acm resend-validation-email',
          arn,
          ['--domain', validation.domainName],
          ['--validation-domain', validationDomain(validation)],
          region
        )
      })
    }
  }

  const acme = cert.keyPairOrigin === 'ACME'
  if (acme && (codes.has('acm-renewal-stalled') || codes.has('acm-expired'))) {
    steps.push(...acmeSteps(cert, switchSteps))
  }

  const renewalTrouble =
    codes.has('acm-renewal-failed') ||
    codes.has('acm-renewal-pending-validation') ||
    codes.has('acm-renewal-stalled')
  if (renewalTrouble && !acme) {
    steps.push({
      summary:
        'See why the managed renewal is not going through (status, reason, per-domain validation).',
      command: command(
        'aws acm describe-certificate',
        arn,
        ['--query', 'Certificate.RenewalSummary'],
        region
      )
    })
    steps.push(...dnsRecordSteps(cert))
    if (codes.has('acm-renewal-stalled')) {
      steps.push({
        summary: `Make sure every name on the certificate resolves in public DNS and the resources using it (${cert.inUseBy.join(', ') || 'see InUseBy'}) accept HTTPS from the internet; wildcard names need the DNS validation record.`,
        command: ''
      })
    }
  }

  if (codes.has('acm-imported')) {
    steps.push({
      summary:
        'Imported certificates never renew: get a new certificate from its issuer and re-import it under the same ARN (the resources using it pick it up).',
      command: command(
        'aws acm import-certificate',
        arn,
        ['--certificate', 'fileb://cert.pem'],
        ['--private-key', 'fileb://key.pem'],
        ['--certificate-chain', 'fileb://chain.pem'],
        region
      )
    })
    steps.push(
      requestStep(cert, 'Or replace it with an ACM-issued certificate, which renews itself'),
      ...switchSteps
    )
  }

  if (codes.has('acm-ineligible')) {
    steps.push({
      summary:
        'ACM renews only certificates in use: attach it to the resource that should serve it (load balancer, CloudFront, API Gateway, ...), or delete it if nothing needs it.',
      command: command('aws acm delete-certificate', arn, region)
    })
  }

  if (codes.has('acm-failed')) {
    steps.push(
      requestStep(cert, 'Request the certificate again and complete DNS validation within 72 hours')
    )
    steps.push({
      summary: 'Then delete the failed request.',
      command: command('aws acm delete-certificate', arn, region)
    })
  }

  if (codes.has('acm-validation-record-missing')) steps.push(...recreateRecordSteps(cert))

  if (codes.has('acm-client-auth-eku')) steps.push(clientAuthStep(cert))

  if (codes.has('acm-exported-renewal')) {
    steps.push({
      summary:
        'After ACM has renewed it, export it again and deploy the new certificate and chain wherever the exported copy is installed.',
      command: command(
        'aws acm export-certificate',
        arn,
        ['--passphrase', 'fileb://passphrase.txt'],
        region
      )
    })
  }

  if (steps.length === 0 && (codes.has('acm-expired') || codes.has('acm-expiring'))) {
    steps.push(...expiryOnlySteps(cert, switchSteps))
  }
  return steps
}

/**
 * The validation CNAMEs DNS does not answer as ACM expects, each with the exact record and a
 * Route 53 UPSERT (the hosted zone's id is the one thing the scan cannot know).
 */
function recreateRecordSteps(cert: AcmCertificateRecord): Remediation[] {
  return cert.validationDns
    .filter((check) => check.answer.kind !== 'unknown' && !answersExpected(check))
    .map(({ domainName, record }) => {
      const change = {
        Comment: `ACM DNS validation for ${domainName}`,
        Changes: [
          {
            Action: 'UPSERT',
            ResourceRecordSet: {
              Name: record.name,
              Type: record.type,
              TTL: 300,
              ResourceRecords: [{ Value: record.value }]
            }
          }
        ]
      }
      return {
        summary: `Re-create the DNS validation record for ${domainName} (${record.name} ${record.type} ${record.value}) in the hosted zone that serves it (HOSTED_ZONE_ID: aws route53 list-hosted-zones).`,
        command: command(
          'aws route53 change-resource-record-sets',
          ['--hosted-zone-id', 'HOSTED_ZONE_ID'],
          ['--change-batch', JSON.stringify(change)]
        )
      }
    })
}

/** ACME certificates are renewed by the client that requested them, as a new certificate. */
function acmeSteps(cert: AcmCertificateRecord, switchSteps: readonly Remediation[]): Remediation[] {
  return [
    {
      summary: `Check the ACME client that requested ${cert.domainName}: its logs, its schedule and its access to ACM's ACME endpoint. A renewal is a new certificate (a new ARN), not this one renewed.`,
      command: ''
    },
    ...(cert.inUse ? switchSteps : [])
  ]
}

function clientAuthStep(cert: AcmCertificateRecord): Remediation {
  const region: CommandArg = ['--region', cert.region]
  if (cert.type === 'IMPORTED') {
    return {
      summary:
        'Get a certificate without the client-authentication EKU (server authentication only) from its issuer and re-import it under the same ARN; issue client certificates from a private CA.',
      command: command(
        'aws acm import-certificate',
        ['--certificate-arn', cert.arn],
        ['--certificate', 'fileb://cert.pem'],
        ['--private-key', 'fileb://key.pem'],
        ['--certificate-chain', 'fileb://chain.pem'],
        region
      )
    }
  }
  return requestStep(
    cert,
    'ACM has not issued the client-authentication EKU since June 2025: request a new certificate (server authentication only), move the endpoints to it, and issue client certificates from a private CA'
  )
}

/** An expiry with no more specific cause: what to do depends on who can issue a new one. */
function expiryOnlySteps(
  cert: AcmCertificateRecord,
  switchSteps: readonly Remediation[]
): Remediation[] {
  const region: CommandArg = ['--region', cert.region]
  const arn: CommandArg = ['--certificate-arn', cert.arn]
  if (cert.type === 'PRIVATE' && cert.status !== 'REVOKED') {
    return [
      {
        summary:
          'ACM renews private certificates only when it may use the Private CA (grant the ACM service principal permission); renew it now with:',
        command: command('aws acm renew-certificate', arn, region)
      }
    ]
  }
  const steps = [
    requestStep(cert, 'Request a new certificate and move the resources using it over'),
    ...switchSteps
  ]
  if (!cert.inUse) {
    steps.push({
      summary: 'Nothing uses this certificate: delete it.',
      command: command('aws acm delete-certificate', arn, region)
    })
  }
  return steps
}

function requestStep(cert: AcmCertificateRecord, summary: string): Remediation {
  const alternatives = cert.subjectAlternativeNames.filter((name) => name !== cert.domainName)
  const sans: CommandArg[] =
    alternatives.length > 0 ? [['--subject-alternative-names', ...alternatives]] : []
  return {
    summary: `${summary}.`,
    command: command(
      'aws acm request-certificate',
      ['--domain-name', cert.domainName],
      ['--validation-method', 'DNS'],
      ...sans,
      ['--region', cert.region]
    )
  }
}

/** The validation CNAMEs ACM needs, when DescribeCertificate gave them. */
function dnsRecordSteps(cert: AcmCertificateRecord): Remediation[] {
  const seen = new Set<string>()
  const steps: Remediation[] = []
  for (const validation of cert.domainValidations) {
    const record = validation.resourceRecord
    if (validation.validationMethod !== 'DNS' || !record) continue
    const key = `${record.name} ${record.value}`
    if (seen.has(key)) continue
    seen.add(key)
    steps.push({
      summary: `Recreate the validation record for ${validation.domainName} if it is gone: ${record.name} ${record.type} ${record.value}`,
      command: ''
    })
  }
  return steps
}

/**
 * ResendValidationEmail needs the validation domain: the domain itself or a superdomain that the
 * approval addresses were sent to. The records carry only the addresses, so the most common
 * address domain that qualifies wins; the domain itself (without a wildcard label) otherwise.
 */
export function validationDomain(validation: AcmDomainValidation): string {
  const domain = validation.domainName.replace(/^\*\./, '').toLowerCase()
  const counts = new Map<string, number>()
  for (const email of validation.validationEmails) {
    const at = email.lastIndexOf('@')
    if (at < 0) continue
    const candidate = email.slice(at + 1).toLowerCase()
    if (candidate === domain || domain.endsWith(`.${candidate}`)) {
      counts.set(candidate, (counts.get(candidate) ?? 0) + 1)
    }
  }
  let best = domain
  let bestCount = 0
  for (const [candidate, count] of counts) {
    if (count > bestCount) {
      best = candidate
      bestCount = count
    }
  }
  return best
}
