/**
 * Fixes in the file's own language: the exact setting to write, where, and what applying it
 * does. `command` holds the line to put in the file (a reviewer pastes it), or an `openssl`
 * check for a certificate file, which only its issuer can renew.
 */
import type { Remediation } from '../../model/index.js'
import type {
  IacAcmCertificateRecord,
  IacIamServerCertificateRecord,
  IacRdsCaRecord,
  IacResourceRecord
} from '../records.js'
import { shellQuote } from '../../shared/shell-quote.js'
import { at, isCdkOutput, settingLine } from './setting-syntax.js'

export function rdsCaFix(record: IacRdsCaRecord, targetCa: string): Remediation[] {
  if (isCdkOutput(record.location.file)) {
    return [
      cdkStep(record, `caCertificate: rds.CaCertificate.of('${targetCa}')`, 'the DB instance')
    ]
  }
  const where =
    record.resolvedFrom === undefined
      ? at(record.location)
      : `${at(record.location)}, or where its value comes from (${record.resolvedFrom})`
  return [
    {
      summary: `In ${where}, set ${record.attribute} to ${targetCa}. RDS applies a CA change in the next maintenance window unless it is applied immediately, and restarts the instance unless its engine rotates certificates without a restart.`,
      command: settingLine(record.language, record.attribute, targetCa)
    }
  ]
}

export function acmValidationFix(record: IacAcmCertificateRecord): Remediation[] {
  if (isCdkOutput(record.location.file)) {
    return [
      cdkStep(
        record,
        'validation: acm.CertificateValidation.fromDns(hostedZone)',
        'the Certificate'
      )
    ]
  }
  const records =
    record.language === 'terraform' || record.language === 'terraform-json'
      ? 'publish each of its domain_validation_options as a CNAME (aws_route53_record with for_each) and wait for it with aws_acm_certificate_validation'
      : 'give DomainValidationOptions with each domain’s HostedZoneId, so that CloudFormation creates the validation CNAMEs in Route 53'
  return [
    {
      summary: `In ${at(record.location)}, set ${record.attribute} to DNS and ${records}. Changing the method replaces the certificate: create the new one before the old is deleted (Terraform: create_before_destroy).`,
      command: settingLine(record.language, record.attribute, 'DNS')
    }
  ]
}

export function serverCertificateFix(record: IacIamServerCertificateRecord): Remediation[] {
  return [
    {
      summary: `IAM never renews a server certificate: get a renewed certificate from its issuer, upload it under a new name (${record.language.startsWith('terraform') ? 'name_prefix with create_before_destroy' : 'a new ServerCertificateName'}) and point what serves it there, or request the certificate from ACM, which renews it (${at(record.location)}).`,
      command: ''
    }
  ]
}

export function certificateFileFix(file: string, line: number, issuer: string): Remediation[] {
  return [
    {
      summary: `Replace the certificate at ${file} line ${line} with a renewed one from its issuer (${issuer}) and deploy it where the file is used; then check the dates:`,
      command: `openssl x509 -noout -subject -enddate -in ${shellQuote(file)}`
    }
  ]
}

function cdkStep(record: IacResourceRecord, property: string, construct: string): Remediation {
  return {
    summary: `${at(record.location)} is synthesized by the AWS CDK (cdk synth writes it again): set it on ${construct} in the CDK app instead, then synthesize and deploy. The template's ${record.attribute} then changes accordingly.`,
    command: property
  }
}
