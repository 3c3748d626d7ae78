/**
 * The ACM plug-in: every certificate (all key types and origins), described only where its
 * summary calls for renewal, validation or usage details.
 */
import { countOf } from '../../shared/text.js'
import type { AnyServicePlugin, ServicePlugin } from '../plugin.js'
import { ACM_CERTIFICATE_CONSUMERS, acmFindings } from './findings.js'
import { ACM_REASONS } from './reasons.js'
import type { CollectAcmOptions } from './reader.js'
import type { AcmInventory } from './records.js'
import { acmNeedsDescribe } from './rules.js'

export type { AcmCertificateRecord, AcmInventory } from './records.js'

export interface AcmPluginOptions {
  /** Which certificates to describe; default: those whose summary the checks flag. */
  needsDescribe?: CollectAcmOptions['needsDescribe']
  /** DescribeCertificate calls in flight per scan; default DEFAULT_DESCRIBE_CONCURRENCY. */
  describeConcurrency?: number
}

export function acmPlugin(options: AcmPluginOptions = {}): ServicePlugin<AcmInventory> {
  return {
    name: 'acm',
    label: { short: 'ACM', resource: 'ACM certificate' },
    scope: 'regional',
    // One region's describes take a tenth of a second each at the quota, whatever the latency.
    bound: 'quota',
    // Who serves a certificate, and the private CA that signed it.
    reads: [...ACM_CERTIFICATE_CONSUMERS, 'acm-pca'],
    iamActions: ['acm:DescribeCertificate', 'acm:ListCertificates'],
    reasons: ACM_REASONS,
    resourceTypes: { 'acm-certificate': 'ACM certificate' },
    // Its SDK client and reader load only for a run that reads ACM (not for the merge).
    read: async (context) => {
      const [{ ACMClient }, { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY }] = await Promise.all([
        import('@aws-sdk/client-acm'),
        import('./reader.js')
      ])
      const { dns } = context
      const inventory = await collectAcm(
        context.client((config) => new ACMClient(config)),
        context.location,
        {
          needsDescribe:
            options.needsDescribe ??
            ((certificate) =>
              acmNeedsDescribe(certificate, context.now, context.thresholds, dns !== undefined)),
          concurrency: options.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY,
          signal: context.signal,
          listed: () => context.listed()
        }
      )
      if (dns === undefined) return inventory
      const { checkValidationRecords } = await import('./validation-dns.js')
      return checkValidationRecords(inventory, dns, context)
    },
    summarize: (acm) => {
      const described = acm.certificates.filter((c) => c.described).length
      return {
        detail:
          `${countOf(acm.certificates.length, 'certificate')} (${described} described)` +
          (acm.dnsNote === undefined ? '' : `; ${acm.dnsNote}`),
        incomplete: acm.incomplete ?? [],
        resources: acm.certificates.length
      }
    },
    evaluate: acmFindings
  }
}

export const acm: AnyServicePlugin = acmPlugin()
