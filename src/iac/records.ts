/**
 * What the infrastructure-code readers hand the checks: one record per resource setting that a
 * check judges, with the file and line it was written at. Readers parse and resolve; they never
 * judge. Checks (src/iac/checks/) judge records the same way whatever language they came from.
 */
import type { SourceLocation } from '../model/index.js'

/** The language a record was read from: it decides how the fix is written. */
export type IacLanguage =
  'terraform' | 'terraform-json' | 'cloudformation-yaml' | 'cloudformation-json'

/**
 * A setting's value as the reader could establish it. `literal`: written as a string, or
 * resolved to one (a variable's default, a local, a module argument). `expression`: something
 * only a plan or a deployment knows (`var.ca` without a default, `!Ref Param` without a
 * default, a function call): checks stay silent on it. `absent`: the setting is not written.
 */
export type IacValue =
  { kind: 'literal'; value: string } | { kind: 'expression'; text: string } | { kind: 'absent' }

/** Fields every resource record has. */
export interface IacResourceBase {
  language: IacLanguage
  /**
   * Where the setting is written; where it is absent, the resource's first line (Terraform's
   * `resource` line, CloudFormation's `Type:` line). When a value was resolved through a
   * variable, local or parameter, still the setting's own line: that is the line a reviewer
   * reads.
   */
  location: SourceLocation
  /**
   * The resource's address: `aws_db_instance.main` or `module.db.aws_db_instance.main` for
   * Terraform, the logical id (`Database`) for CloudFormation. With the file it makes the
   * finding's id, so it must not depend on anything but the code.
   */
  address: string
  /** As the language names it: `aws_db_instance`, `AWS::RDS::DBInstance`. */
  resourceType: string
  /** The setting's name as the language spells it: `ca_cert_identifier`, `CACertificateIdentifier`. */
  attribute: string
  value: IacValue
  /**
   * How the value was resolved when it is not written at the setting itself: `variable "ca"
   * default (variables.tf:3)`, `Parameters.CaId Default (template.yaml:7)`.
   */
  resolvedFrom?: string
  /**
   * CDK output only: the construct the resource was synthesized from (its `aws:cdk:path`
   * metadata, `Platform/Database/Resource`), which names what to change in the CDK app.
   */
  constructPath?: string
}

/** A DB instance or cluster that pins (or does not pin) its certificate authority. */
export interface IacRdsCaRecord extends IacResourceBase {
  kind: 'rds-ca'
}

/** An ACM certificate request and how its domains are validated. */
export interface IacAcmCertificateRecord extends IacResourceBase {
  kind: 'acm-certificate'
  /** The certificate's domain name when written as a literal, for the message. */
  domainName: string | null
  /**
   * A private certificate (issued by a Private CA) has no domain validation at all, and an
   * imported one (a Terraform `private_key` / `certificate_body`) is not requested.
   */
  requested: boolean
  /**
   * What ACM does when `attribute` is absent, as the language's documentation states it:
   * CloudFormation's `ValidationMethod` defaults to EMAIL; Terraform requires the argument
   * for a requested certificate, so it has none (null).
   */
  defaultValue: string | null
}

/** An IAM server certificate: uploaded once, never renewed by anyone. */
export interface IacIamServerCertificateRecord extends IacResourceBase {
  kind: 'iam-server-certificate'
  /**
   * The certificate body when the code holds it as text (inline PEM, or a literal path read
   * by `file(...)` / a local file): null when only a deployment knows it.
   */
  pem: PemText | null
}

/** PEM text and where its first line sits (the line a certificate in it is reported at). */
export interface PemText {
  text: string
  /** The file the text came from (repository-relative), and the line it starts at. */
  location: SourceLocation
}

/** A resource setting a check judges. */
export type IacResourceRecord =
  IacRdsCaRecord | IacAcmCertificateRecord | IacIamServerCertificateRecord

/** One certificate of a certificate file (`*.pem`, `*.crt`, `*.cer`). */
export interface IacCertificate {
  /** The line of its `-----BEGIN CERTIFICATE-----` (1 for a DER file). */
  line: number
  subject: string
  issuer: string
  /** ISO-8601, UTC. */
  notBefore: string
  notAfter: string
  /** SHA-256 fingerprint, colon-separated hex: identifies it across runs. */
  fingerprint256: string
}

/** A certificate file of the repository, with every certificate in it. */
export interface IacCertificateFileRecord {
  kind: 'certificate-file'
  file: string
  certificates: IacCertificate[]
}

export type IacRecord = IacResourceRecord | IacCertificateFileRecord

/** A file a reader could not read: a coverage row, never the end of the run. */
export interface IacReadFailure {
  file: string
  /** One line: what is wrong and where (`line 12: unexpected "}"`). */
  detail: string
}

/** What a reader gives for the files it was handed. */
export interface IacReadResult {
  records: IacRecord[]
  failures: IacReadFailure[]
  /** The files it read, including those without a record (the coverage's count). */
  filesRead: string[]
}
