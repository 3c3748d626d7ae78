/**
 * A template's resources -> the records the checks judge: each resource type a check cares
 * about, the one setting it judges, that setting's value and line.
 */
import type { IacResourceBase, IacResourceRecord } from '../records.js'
import { constructPathOf } from './cdk.js'
import { expressionText } from './expression-text.js'
import { resolveValue, type ResolvedValue } from './resolve-value.js'
import { entryOf, stringOf, type Template, type TemplateEntry } from './template.js'

/** A resource of the template, with what every record of it repeats. */
interface Resource {
  logicalId: string
  type: string
  /** The `Type:` line: where an absent setting is reported, next to the type it belongs to. */
  typeLine: number
  properties: TemplateEntry | undefined
  constructPath: string | undefined
}

/** A setting as read: its value and the line it is reported at. */
interface Setting extends ResolvedValue {
  line: number
}

type RecordOf = (template: Template, resource: Resource) => IacResourceRecord

const rdsCa: RecordOf = (template, resource) => ({
  kind: 'rds-ca',
  ...base(template, resource, 'CACertificateIdentifier')
})

/**
 * CloudFormation's ValidationMethod: "If not specified, this property defaults to email
 * validation."
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html#cfn-certificatemanager-certificate-validationmethod
 */
const acmCertificate: RecordOf = (template, resource) => {
  const domainName = settingOf(template, resource, 'DomainName').value
  return {
    kind: 'acm-certificate',
    ...base(template, resource, 'ValidationMethod'),
    domainName: domainName.kind === 'literal' ? domainName.value : null,
    // A certificate a Private CA issues has no domain validation at all.
    requested: settingOf(template, resource, 'CertificateAuthorityArn').value.kind === 'absent',
    defaultValue: 'EMAIL'
  }
}

const iamServerCertificate: RecordOf = (template, resource) => {
  const setting = settingOf(template, resource, 'CertificateBody')
  return {
    kind: 'iam-server-certificate',
    ...base(template, resource, 'CertificateBody', setting),
    pem:
      setting.value.kind === 'literal' && setting.source
        ? {
            text: setting.value.value,
            location: { file: template.file, line: setting.source.textLine }
          }
        : null
  }
}

/**
 * The resource types a check judges. AWS::RDS::DBCluster is not among them: CloudFormation
 * gives it no CA property (its syntax has none, unlike AWS::RDS::DBInstance's
 * CACertificateIdentifier), so a cluster's CA is only ever set on its instances.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbcluster.html
 */
const RECORDS_BY_TYPE: ReadonlyMap<string, RecordOf> = new Map([
  ['AWS::RDS::DBInstance', rdsCa],
  ['AWS::DocDB::DBInstance', rdsCa],
  ['AWS::CertificateManager::Certificate', acmCertificate],
  ['AWS::IAM::ServerCertificate', iamServerCertificate]
])

export function resourceRecords(template: Template): IacResourceRecord[] {
  const resources = entryOf(template.root, 'Resources')?.value
  if (resources?.kind !== 'map') return []
  return resources.entries.flatMap(({ key, line, value }) => {
    const typeEntry = entryOf(value, 'Type')
    const type = stringOf(typeEntry?.value)
    const recordOf = type ? RECORDS_BY_TYPE.get(type) : undefined
    if (!type || !recordOf) return []
    const resource: Resource = {
      logicalId: key,
      type,
      typeLine: typeEntry?.line ?? line,
      properties: entryOf(value, 'Properties'),
      constructPath: constructPathOf(value)
    }
    return [recordOf(template, resource)]
  })
}

function base(
  template: Template,
  resource: Resource,
  attribute: string,
  setting: Setting = settingOf(template, resource, attribute)
): IacResourceBase {
  return {
    language: template.language,
    location: { file: template.file, line: setting.line },
    address: resource.logicalId,
    resourceType: resource.type,
    attribute,
    value: setting.value,
    ...(setting.resolvedFrom ? { resolvedFrom: setting.resolvedFrom } : {}),
    ...(resource.constructPath ? { constructPath: resource.constructPath } : {})
  }
}

function settingOf(template: Template, resource: Resource, attribute: string): Setting {
  const properties = resource.properties
  // `Properties: !If [...]`: which properties the resource has, only the deployment decides.
  if (properties?.value.kind === 'intrinsic') {
    return {
      line: properties.line,
      value: { kind: 'expression', text: expressionText(properties.value) }
    }
  }
  const entry = entryOf(properties?.value, attribute)
  if (!entry) return { line: resource.typeLine, value: { kind: 'absent' } }
  const resolved = resolveValue(template, entry.value)
  return { ...resolved, line: resolved.value.kind === 'absent' ? resource.typeLine : entry.line }
}
