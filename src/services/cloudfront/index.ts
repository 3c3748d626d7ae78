/**
 * The CloudFront plug-in (global): which certificate every distribution serves to viewers. No
 * findings of its own: ACM and IAM name the distributions in their findings' `usedBy`.
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import type { CloudFrontInventory } from './records.js'

export type { CloudFrontInventory, DistributionRecord } from './records.js'

export const cloudfront: AnyServicePlugin = {
  name: 'cloudfront',
  label: { short: 'CloudFront', resource: 'CloudFront distribution' },
  scope: 'global',
  reads: [],
  iamActions: ['cloudfront:ListDistributions'],
  reasons: [],
  resourceTypes: { 'cloudfront-distribution': 'CloudFront distribution' },
  read: async (context) => {
    const [{ CloudFrontClient }, { collectCloudFront }] = await Promise.all([
      import('@aws-sdk/client-cloudfront'),
      import('./reader.js')
    ])
    return collectCloudFront(
      context.client((config) => new CloudFrontClient(config)),
      context.location,
      context.signal
    )
  },
  summarize: (inventory: CloudFrontInventory) => ({
    detail: `${countOf(inventory.distributions.length, 'distribution')} (${countOf(inventory.uses.length, 'custom certificate')})`,
    incomplete: [],
    resources: inventory.distributions.length
  }),
  evaluate: () => []
} satisfies ServicePlugin<CloudFrontInventory>
