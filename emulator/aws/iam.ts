/**
 * IAM's ListServerCertificates (API 2010-05-08, Query protocol). IAM is global: one endpoint,
 * signed for us-east-1, answers for the caller's account whatever region the client is in.
 * Paging is Marker/MaxItems (1..1000, default 100) with `IsTruncated`, as the model defines.
 */
import { AwsError } from './errors.js'
import { markerPage, type Params } from './query.js'
import type { GlobalHandler } from './world.js'
import { list, type XmlObject } from './xml.js'

export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/'

export type IamHandler = GlobalHandler<Params, XmlObject>

/** The model's pathPrefixType: a slash, then printable ASCII, at most 512 characters. */
const PATH_PREFIX_RE = /^\/[\x21-\x7f]*$/

const listServerCertificates: IamHandler = (params, account) => {
  const prefix = params.get('PathPrefix') ?? '/'
  if (!PATH_PREFIX_RE.test(prefix) || prefix.length > 512) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${prefix}' at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*`
    )
  }
  const matching = account.serverCertificates.filter((c) => c.path.startsWith(prefix))
  const { items, next } = markerPage(params, matching, {
    param: 'MaxItems',
    member: 'maxItems',
    max: 1000,
    default: 100
  })
  return {
    ServerCertificateMetadataList: list(
      'member',
      items.map((c) => ({
        Path: c.path,
        ServerCertificateName: c.name,
        ServerCertificateId: c.id,
        Arn: c.arn,
        UploadDate: c.uploadDate,
        Expiration: c.expiration
      }))
    ),
    IsTruncated: next !== undefined,
    Marker: next
  }
}

export const IAM_HANDLERS: Readonly<Record<string, IamHandler>> = {
  ListServerCertificates: listServerCertificates
}
