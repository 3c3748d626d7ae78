/**
 * The IAM plug-in (global): server certificates, which never renew, judged by who serves them
 * (the load balancers and CloudFront distributions the ELB and CloudFront plug-ins read).
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import { IAM_CERTIFICATE_CONSUMERS, iamFindings } from './findings.js'
import { IAM_REASONS } from './reasons.js'
import type { IamInventory } from './records.js'

export type { IamInventory, ServerCertificateRecord } from './records.js'

export const iam: AnyServicePlugin = {
  name: 'iam',
  label: { short: 'IAM', resource: 'IAM server certificate' },
  scope: 'global',
  reads: IAM_CERTIFICATE_CONSUMERS,
  iamActions: ['iam:ListServerCertificates'],
  reasons: IAM_REASONS,
  resourceTypes: { 'iam-server-certificate': 'IAM server certificate' },
  // Its SDK client loads only for a run that reads it, as every plug-in's does.
  read: async (context) => {
    const [{ IAMClient }, { collectIam }] = await Promise.all([
      import('@aws-sdk/client-iam'),
      import('./reader.js')
    ])
    return collectIam(
      context.client((config) => new IAMClient(config)),
      context.location,
      context.signal
    )
  },
  summarize: (inventory: IamInventory) => ({
    detail: countOf(inventory.serverCertificates.length, 'server certificate'),
    incomplete: [],
    resources: inventory.serverCertificates.length
  }),
  evaluate: iamFindings
} satisfies ServicePlugin<IamInventory>
