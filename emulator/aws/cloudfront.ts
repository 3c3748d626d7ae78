/**
 * CloudFront's ListDistributions (API 2020-05-31, REST-XML: `GET /2020-05-31/distribution`,
 * Marker and MaxItems in the query string). Global, like IAM. CloudFront's paging is its own:
 * the Marker is the id of the last distribution of the previous page, and MaxItems defaults to,
 * and is capped at, 100 ("The maximum and default values are both 100" in the API reference).
 * Each summary carries every member the model requires, with what a distribution made through
 * the console with defaults shows (an S3 origin, the managed CachingOptimized policy).
 */
import { AwsError } from './errors.js'
import type { Params } from './query.js'
import type { Distribution } from './tls-world.js'
import type { GlobalHandler } from './world.js'
import { list, quantityList, type XmlObject } from './xml.js'

export const CLOUDFRONT_NAMESPACE = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'

/** Answers the members of the response's root element (the operation's HTTP payload). */
export type CloudFrontHandler = GlobalHandler<Params, XmlObject>

const MAX_ITEMS = 100
/** The id of the managed cache policy "CachingOptimized". */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6'

const listDistributions: CloudFrontHandler = (params, account) => {
  const marker = params.get('Marker') ?? ''
  const raw = params.get('MaxItems')
  const asked = raw === undefined ? MAX_ITEMS : Number(raw)
  if (!Number.isInteger(asked) || asked < 1) {
    throw new AwsError('InvalidArgument', `MaxItems ${raw ?? ''} is not a positive integer.`)
  }
  const maxItems = Math.min(asked, MAX_ITEMS)
  const after = [...account.distributions]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter((d) => d.id > marker)
  const items = after.slice(0, maxItems)
  const truncated = after.length > items.length
  return {
    Marker: marker,
    NextMarker: truncated ? items.at(-1)?.id : undefined,
    MaxItems: maxItems,
    IsTruncated: truncated,
    Quantity: items.length,
    Items: items.length > 0 ? list('DistributionSummary', items.map(summary)) : undefined
  }
}

function summary(d: Distribution): XmlObject {
  const origin = `${d.id.toLowerCase()}-origin.s3.us-east-1.amazonaws.com`
  const methods = quantityList('Method', ['HEAD', 'GET'])
  return {
    Id: d.id,
    ARN: d.arn,
    Status: d.status,
    LastModifiedTime: d.lastModified,
    DomainName: d.domainName,
    Aliases: quantityList('CNAME', d.aliases),
    Origins: quantityList('Origin', [
      {
        Id: origin,
        DomainName: origin,
        OriginPath: '',
        CustomHeaders: quantityList('OriginCustomHeader', []),
        S3OriginConfig: { OriginAccessIdentity: '' },
        ConnectionAttempts: 3,
        ConnectionTimeout: 10,
        OriginShield: { Enabled: false },
        OriginAccessControlId: ''
      }
    ]),
    OriginGroups: quantityList('OriginGroup', []),
    DefaultCacheBehavior: {
      TargetOriginId: origin,
      TrustedSigners: { Enabled: false, Quantity: 0 },
      TrustedKeyGroups: { Enabled: false, Quantity: 0 },
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: { ...methods, CachedMethods: methods },
      SmoothStreaming: false,
      Compress: true,
      LambdaFunctionAssociations: quantityList('LambdaFunctionAssociation', []),
      FunctionAssociations: quantityList('FunctionAssociation', []),
      FieldLevelEncryptionId: '',
      CachePolicyId: CACHING_OPTIMIZED
    },
    CacheBehaviors: quantityList('CacheBehavior', []),
    CustomErrorResponses: quantityList('CustomErrorResponse', []),
    Comment: '',
    PriceClass: 'PriceClass_All',
    Enabled: d.enabled,
    ViewerCertificate: viewerCertificate(d),
    Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
    WebACLId: '',
    HttpVersion: 'HTTP2',
    IsIPV6Enabled: true,
    Staging: false
  }
}

/**
 * `Certificate` and `CertificateSource` are deprecated in the model but still sent, next to the
 * members that replaced them.
 */
function viewerCertificate(d: Distribution): XmlObject {
  const served = d.certificate
  if (!served) {
    return {
      CloudFrontDefaultCertificate: true,
      SSLSupportMethod: 'vip',
      MinimumProtocolVersion: 'TLSv1',
      CertificateSource: 'cloudfront'
    }
  }
  const certificate = served.source === 'iam' ? served.id : served.arn
  return {
    CloudFrontDefaultCertificate: false,
    IAMCertificateId: served.source === 'iam' ? served.id : undefined,
    ACMCertificateArn: served.source === 'acm' ? served.arn : undefined,
    SSLSupportMethod: 'sni-only',
    MinimumProtocolVersion: 'TLSv1.2_2021',
    Certificate: certificate,
    CertificateSource: served.source
  }
}

/** REST routes: `METHOD path` -> the operation and the root element of its answer. */
export const CLOUDFRONT_ROUTES: Readonly<
  Record<string, { operation: string; root: string; handler: CloudFrontHandler }>
> = {
  'GET /2020-05-31/distribution': {
    operation: 'ListDistributions',
    root: 'DistributionList',
    handler: listDistributions
  }
}
