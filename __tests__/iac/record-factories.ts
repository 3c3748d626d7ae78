/** Reader records for the checks' and renderers' tests, as a reader would give them. */
import type { IacAcmCertificateRecord, IacRdsCaRecord } from '../../src/iac/records.js'

/** A Terraform DB instance pinning `value` at infra/db.tf line 7. */
export function caPin(
  value: IacRdsCaRecord['value'],
  overrides: Partial<IacRdsCaRecord> = {}
): IacRdsCaRecord {
  return {
    kind: 'rds-ca',
    language: 'terraform',
    location: { file: 'infra/db.tf', line: 7 },
    address: 'aws_db_instance.orders',
    resourceType: 'aws_db_instance',
    attribute: 'ca_cert_identifier',
    value,
    ...overrides
  }
}

/** A CloudFormation certificate request without ValidationMethod (EMAIL by default). */
export function acmCertificate(
  overrides: Partial<IacAcmCertificateRecord> = {}
): IacAcmCertificateRecord {
  return {
    kind: 'acm-certificate',
    language: 'cloudformation-yaml',
    location: { file: 'stacks/site.yaml', line: 9 },
    address: 'SiteCertificate',
    resourceType: 'AWS::CertificateManager::Certificate',
    attribute: 'ValidationMethod',
    value: { kind: 'absent' },
    domainName: 'shop.example.com',
    requested: true,
    defaultValue: 'EMAIL',
    ...overrides
  }
}
