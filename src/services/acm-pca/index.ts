/**
 * The AWS Private CA plug-in: every CA's own expiry and status, which decide whether the private
 * certificates it signed still validate and can renew.
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import { pcaFindings } from './findings.js'
import { PCA_REASONS } from './reasons.js'
import type { PcaInventory } from './records.js'

export type { CertificateAuthorityRecord, PcaInventory } from './records.js'

export const acmPca: AnyServicePlugin = {
  name: 'acm-pca',
  label: { short: 'Private CA', resource: 'private CA' },
  scope: 'regional',
  reads: ['acm'],
  iamActions: ['acm-pca:ListCertificateAuthorities'],
  reasons: PCA_REASONS,
  resourceTypes: { 'private-ca': 'private CA' },
  read: async (context) => {
    const [{ ACMPCAClient }, { collectPca }] = await Promise.all([
      import('@aws-sdk/client-acm-pca'),
      import('./reader.js')
    ])
    return collectPca(
      context.client((config) => new ACMPCAClient(config)),
      context.location,
      context.signal
    )
  },
  summarize: (inventory: PcaInventory) => ({
    detail: countOf(inventory.certificateAuthorities.length, 'CA'),
    incomplete: [],
    resources: inventory.certificateAuthorities.length
  }),
  evaluate: pcaFindings
} satisfies ServicePlugin<PcaInventory>
