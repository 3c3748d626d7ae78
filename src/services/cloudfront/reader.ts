/** CloudFront in one account: every distribution's viewer certificate and aliases. */
import {
  paginateListDistributions,
  type CloudFrontClient,
  type DistributionSummary
} from '@aws-sdk/client-cloudfront'
import { allItems } from '../../aws/pages.js'
import type { Location } from '../../model/index.js'
import type { CloudFrontInventory, DistributionRecord } from './records.js'
import { distributionUses } from './uses.js'

/** ListDistributions' largest page (MaxItems: "the maximum and default values are both 100"). */
const PAGE_SIZE = 100

export async function collectCloudFront(
  client: CloudFrontClient,
  location: Location,
  signal: AbortSignal
): Promise<CloudFrontInventory> {
  const summaries = await allItems(
    paginateListDistributions({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: signal }),
    (page) => page.DistributionList?.Items
  )
  const distributions = summaries.map((d) => distributionRecord(d, location))
  return { ...location, distributions, uses: distributions.flatMap(distributionUses) }
}

function distributionRecord(d: DistributionSummary, location: Location): DistributionRecord {
  const viewer = d.ViewerCertificate
  return {
    ...location,
    id: d.Id ?? '',
    arn: d.ARN ?? '',
    domainName: d.DomainName ?? '',
    aliases: d.Aliases?.Items ?? [],
    enabled: d.Enabled ?? false,
    status: d.Status ?? null,
    acmCertificateArn: viewer?.ACMCertificateArn || null,
    iamCertificateId: viewer?.IAMCertificateId || null
  }
}
