/** What the CloudFront plug-in reads: one account's distributions and their certificates. */
import type { Location } from '../../model/index.js'
import type { EndpointInventory } from '../certificate-uses.js'

export interface DistributionRecord extends Location {
  id: string
  arn: string
  /** `d111111abcdef8.cloudfront.net`. */
  domainName: string
  /** The alternate domain names (CNAMEs) the certificate must cover. */
  aliases: string[]
  enabled: boolean
  /** `Deployed` | `InProgress`. */
  status: string | null
  /** An ACM certificate's ARN (always us-east-1); null for the default or an IAM certificate. */
  acmCertificateArn: string | null
  /** An IAM server certificate's id (not its ARN); null otherwise. */
  iamCertificateId: string | null
}

/** Everything collected for CloudFront in one account. */
export interface CloudFrontInventory extends EndpointInventory {
  distributions: DistributionRecord[]
}
