/**
 * The infrastructure-code checks: records -> findings, one per resource (or certificate) with
 * every reason, in the order every report uses. Pure: the CA catalog, clock and thresholds come
 * in the context.
 */
import { assembleFinding, compareFindings } from '../../evaluate/findings.js'
import type {
  Finding,
  Reason,
  Remediation,
  ServiceName,
  SourceLocation
} from '../../model/index.js'
import type {
  IacCertificate,
  IacCertificateFileRecord,
  IacRecord,
  IacResourceRecord
} from '../records.js'
import { pemCertificates } from '../certificate-files/reader.js'
import { acmValidationReason } from './acm-validation.js'
import { certificateExpiryReason } from './certificate-expiry.js'
import type { IacCheckContext } from './context.js'
import { rdsCaReason } from './rds-ca.js'
import {
  acmValidationFix,
  certificateFileFix,
  rdsCaFix,
  serverCertificateFix
} from './remediation.js'

export type { IacCheckContext } from './context.js'

/** The service a resource record's finding is filed under; `iac` for a repository file. */
const SERVICE_OF: Record<IacResourceRecord['kind'], ServiceName> = {
  'rds-ca': 'rds',
  'acm-certificate': 'acm',
  'iam-server-certificate': 'iam'
}

export function evaluateIac(records: readonly IacRecord[], context: IacCheckContext): Finding[] {
  const findings = records.flatMap((record) =>
    record.kind === 'certificate-file'
      ? fileFindings(record, context)
      : resourceFinding(record, context)
  )
  return mergeSameResource(findings, context).sort(compareFindings)
}

/**
 * A module's resource reached from two root modules with different values (prod and staging
 * passing different CAs) is one resource in the code, at one file and line: one finding, with
 * the reasons of both.
 */
function mergeSameResource(findings: readonly Finding[], context: IacCheckContext): Finding[] {
  const byId = new Map<string, Finding[]>()
  for (const finding of findings) byId.set(finding.id, [...(byId.get(finding.id) ?? []), finding])
  return [...byId.values()].map((same) => {
    const first = same[0] as Finding
    if (same.length === 1) return first
    return assembleFinding(
      { ...first, location: first.location ?? undefined },
      same
        .flatMap((finding) => finding.reasons)
        .filter(
          (reason, index, all) =>
            all.findIndex((other) => other.message === reason.message) === index
        ),
      same.map((finding) => finding.expiresAt).find((date) => date !== null) ?? null,
      same.flatMap((finding) => finding.remediation),
      context.now
    )
  })
}

function resourceFinding(record: IacResourceRecord, context: IacCheckContext): Finding[] {
  const judged = judge(record, context)
  if (judged === null) return []
  return [
    build(
      {
        service: SERVICE_OF[record.kind],
        resourceType: record.resourceType,
        resourceId: record.address
      },
      record.location,
      judged,
      context
    )
  ]
}

interface Judged {
  reasons: Reason[]
  expiresAt: string | null
  remediation: Remediation[]
}

function judge(record: IacResourceRecord, context: IacCheckContext): Judged | null {
  switch (record.kind) {
    case 'rds-ca': {
      const reason = rdsCaReason(record, context)
      return (
        reason && {
          reasons: [reason],
          expiresAt: null,
          remediation: rdsCaFix(record, context.targetCa)
        }
      )
    }
    case 'acm-certificate': {
      const reason = acmValidationReason(record)
      return reason && { reasons: [reason], expiresAt: null, remediation: acmValidationFix(record) }
    }
    case 'iam-server-certificate': {
      if (record.pem === null) return null
      const read = pemCertificates(record.pem.text, record.pem.location.line)
      if ('detail' in read) return null
      const judged = read.certificates
        .map((certificate) => ({
          certificate,
          reason: certificateExpiryReason(certificate, 'The server certificate body', context)
        }))
        .filter(
          (entry): entry is { certificate: IacCertificate; reason: Reason } => entry.reason !== null
        )
      if (judged.length === 0) return null
      return {
        reasons: judged.map((entry) => entry.reason),
        expiresAt: judged.map((entry) => entry.certificate.notAfter).sort()[0] ?? null,
        remediation: serverCertificateFix(record)
      }
    }
  }
}

function fileFindings(record: IacCertificateFileRecord, context: IacCheckContext): Finding[] {
  const several = record.certificates.length > 1
  return record.certificates.flatMap((certificate, index) => {
    const what = several
      ? `Certificate ${index + 1} of ${record.certificates.length} in ${record.file}`
      : `The certificate in ${record.file}`
    const reason = certificateExpiryReason(certificate, what, context)
    if (reason === null) return []
    return [
      build(
        {
          service: 'iac',
          resourceType: 'certificate-file',
          resourceId: `certificate:${certificate.fingerprint256.replaceAll(':', '').slice(0, 16).toLowerCase()}`,
          resourceName: `${record.file}: ${certificate.subject}`
        },
        { file: record.file, line: certificate.line },
        {
          reasons: [reason],
          expiresAt: certificate.notAfter,
          remediation: certificateFileFix(record.file, certificate.line, certificate.issuer)
        },
        context
      )
    ]
  })
}

function build(
  subject: {
    service: ServiceName
    resourceType: string
    resourceId: string
    resourceName?: string
  },
  location: SourceLocation,
  judged: Judged,
  context: IacCheckContext
): Finding {
  return assembleFinding(
    { ...subject, resourceArn: '', account: '', region: '', location },
    judged.reasons,
    judged.expiresAt,
    judged.remediation,
    context.now
  )
}
