/**
 * The resources whose certificate settings the checks judge, and the record each one gives:
 * the setting's value as resolved, at the line a reviewer of the requested files reads.
 */
import type { SourceLocation } from '../../model/index.js'
import type { IacResourceBase, IacResourceRecord, PemText } from '../records.js'
import type { IacRepository } from '../reader.js'
import type { TfResource } from './modules.js'
import { resolve, type Resolved, type Scope } from './resolve.js'

/** The setting that pins a DB instance's or cluster's CA, by resource type. */
const RDS_CA_ATTRIBUTE: Record<string, string> = {
  aws_db_instance: 'ca_cert_identifier',
  aws_rds_cluster_instance: 'ca_cert_identifier',
  aws_rds_cluster: 'ca_certificate_identifier',
  aws_docdb_cluster_instance: 'ca_cert_identifier'
}

/** Any of these makes an `aws_acm_certificate` private (issued by a Private CA) or imported. */
const NOT_REQUESTED = ['certificate_authority_arn', 'certificate_body', 'private_key']

export interface RecordContext {
  repository: IacRepository
  /** The files records are about. */
  requested: ReadonlySet<string>
}

export async function resourceRecord(
  resource: TfResource,
  scope: Scope,
  context: RecordContext
): Promise<IacResourceRecord | null> {
  const [type = '', name = ''] = resource.block.labels
  const setting = (attribute: string) => {
    const written = resource.block.attributes.get(attribute)
    const resolved = resolve(written?.value, resource.file, scope)
    const location = locate(
      context.requested,
      scope,
      resource.file,
      written?.line ?? resource.block.line,
      resolved
    )
    if (location === null) return null
    const base: IacResourceBase = {
      language: location.file.endsWith('.tf.json') ? 'terraform-json' : 'terraform',
      location,
      address: `${scope.prefix}${type}.${name}`,
      resourceType: type,
      attribute,
      value: resolved.value,
      ...(resolved.from.length > 0 ? { resolvedFrom: resolved.from.join(' -> ') } : {})
    }
    return { base, resolved }
  }
  const rdsAttribute = RDS_CA_ATTRIBUTE[type]
  if (rdsAttribute !== undefined) {
    const found = setting(rdsAttribute)
    return found && { kind: 'rds-ca', ...found.base }
  }
  if (type === 'aws_acm_certificate') {
    const found = setting('validation_method')
    if (found === null) return null
    const other = (attribute: string) =>
      resolve(resource.block.attributes.get(attribute)?.value, resource.file, scope).value
    const domain = other('domain_name')
    return {
      kind: 'acm-certificate',
      ...found.base,
      domainName: domain.kind === 'literal' ? domain.value : null,
      requested: NOT_REQUESTED.every((attribute) => other(attribute).kind === 'absent'),
      defaultValue: null
    }
  }
  if (type === 'aws_iam_server_certificate') {
    const found = setting('certificate_body')
    return (
      found && {
        kind: 'iam-server-certificate',
        ...found.base,
        pem: await pemOf(found.resolved, context)
      }
    )
  }
  return null
}

/**
 * Where a record is reported: at the setting when its file is requested; else, for an instance
 * of a module, at the call in a requested file that made it (the argument the value came
 * through, or the `module` block's first line); else nowhere.
 */
function locate(
  requested: ReadonlySet<string>,
  scope: Scope,
  file: string,
  line: number,
  resolved: Resolved
): SourceLocation | null {
  if (requested.has(file)) return { file, line }
  for (let instance = scope; instance.caller !== null; instance = instance.caller.scope) {
    const { call } = instance.caller
    if (requested.has(call.file)) {
      const argument = resolved.arguments.find((hop) => hop.scope === instance)
      return { file: call.file, line: argument?.line ?? call.block.line }
    }
  }
  return null
}

async function pemOf(resolved: Resolved, context: RecordContext): Promise<PemText | null> {
  if (resolved.value.kind === 'literal' && resolved.textAt !== null) {
    return pemText(resolved.value.value, resolved.textAt)
  }
  if (resolved.file === null) return null
  const text = await context.repository.readText(resolved.file)
  return text === null ? null : pemText(text, { file: resolved.file, line: 1 })
}

/** PEM text is reported at its `-----BEGIN` line, whatever precedes it (a comment, a blank line). */
function pemText(text: string, start: SourceLocation): PemText {
  const begin = text.split('\n').findIndex((line) => line.includes('-----BEGIN'))
  return { text, location: { file: start.file, line: start.line + Math.max(begin, 0) } }
}
