/**
 * Records of the endpoint, IAM and Private CA plug-ins for evaluate tests. Endpoint inventories
 * get their `uses` from the plug-ins' own functions, as their readers build them.
 */
import { COMMERCIAL_REGIONS } from '../../src/aws/regions.js'
import type { CoverageRow } from '../../src/model/index.js'
import type {
  CertificateAuthorityRecord,
  PcaInventory
} from '../../src/services/acm-pca/records.js'
import type {
  CloudFrontInventory,
  DistributionRecord
} from '../../src/services/cloudfront/records.js'
import { distributionUses } from '../../src/services/cloudfront/uses.js'
import type { ElbInventory, LoadBalancerRecord } from '../../src/services/elb/records.js'
import { listenerUses } from '../../src/services/elb/uses.js'
import type { IamInventory, ServerCertificateRecord } from '../../src/services/iam/records.js'
import { ACCOUNT, REGION, inDays } from '../evaluate/factories.js'

export function classicLoadBalancer(name: string, certificateArn: string): LoadBalancerRecord {
  return {
    account: ACCOUNT,
    region: REGION,
    arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${name}`,
    name,
    dnsName: `${name}-1234.${REGION}.elb.amazonaws.com`,
    type: 'classic',
    scheme: 'internet-facing',
    state: null,
    listeners: [
      {
        arn: null,
        protocol: 'HTTPS',
        port: 443,
        certificates: [{ arn: certificateArn, isDefault: true }]
      },
      { arn: null, protocol: 'HTTP', port: 80, certificates: [] }
    ]
  }
}

export function applicationLoadBalancer(
  name: string,
  certificates: { default: string; sni?: string[] },
  state = 'active'
): LoadBalancerRecord {
  const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${name}/0123456789abcdef`
  return {
    account: ACCOUNT,
    region: REGION,
    arn,
    name,
    dnsName: `${name}-5678.${REGION}.elb.amazonaws.com`,
    type: 'application',
    scheme: 'internet-facing',
    state,
    listeners: [
      {
        arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/${name}/0123456789abcdef/fedcba9876543210`,
        protocol: 'HTTPS',
        port: 443,
        certificates: [
          { arn: certificates.default, isDefault: true },
          ...(certificates.sni ?? []).map((sni) => ({ arn: sni, isDefault: false }))
        ]
      }
    ]
  }
}

export function elbInventory(loadBalancers: LoadBalancerRecord[]): ElbInventory {
  return {
    account: ACCOUNT,
    region: REGION,
    loadBalancers,
    uses: loadBalancers.flatMap(listenerUses)
  }
}

export function distribution(overrides: Partial<DistributionRecord> = {}): DistributionRecord {
  const id = overrides.id ?? 'E2QWRUHEXAMPLE'
  return {
    account: ACCOUNT,
    region: 'global',
    id,
    arn: `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`,
    domainName: 'd111111abcdef8.cloudfront.net',
    aliases: ['shop.example.com'],
    enabled: true,
    status: 'Deployed',
    acmCertificateArn: null,
    iamCertificateId: null,
    ...overrides
  }
}

export function cloudFrontInventory(distributions: DistributionRecord[]): CloudFrontInventory {
  return {
    account: ACCOUNT,
    region: 'global',
    distributions,
    uses: distributions.flatMap(distributionUses)
  }
}

export function serverCertificate(
  overrides: Partial<ServerCertificateRecord> = {}
): ServerCertificateRecord {
  const name = overrides.name ?? 'legacy-api.example.com'
  return {
    account: ACCOUNT,
    region: 'global',
    name,
    id: 'ASCAEXAMPLE0000000001',
    arn: `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`,
    path: '/',
    uploadDate: inDays(-300),
    expiration: inDays(10),
    ...overrides
  }
}

export function iamInventory(serverCertificates: ServerCertificateRecord[]): IamInventory {
  return { account: ACCOUNT, region: 'global', serverCertificates }
}

export function certificateAuthority(
  overrides: Partial<CertificateAuthorityRecord> = {}
): CertificateAuthorityRecord {
  const id = overrides.id ?? '11111111-2222-3333-4444-555555555555'
  return {
    account: ACCOUNT,
    region: REGION,
    arn: `arn:aws:acm-pca:${REGION}:${ACCOUNT}:certificate-authority/${id}`,
    id,
    commonName: 'Example Internal Root CA',
    type: 'ROOT',
    status: 'ACTIVE',
    notBefore: inDays(-3000),
    notAfter: inDays(20),
    failureReason: null,
    restorableUntil: null,
    signingAlgorithm: 'SHA256WITHRSA',
    ...overrides
  }
}

export function pcaInventory(certificateAuthorities: CertificateAuthorityRecord[]): PcaInventory {
  return { account: ACCOUNT, region: REGION, certificateAuthorities }
}

/** Every region's load balancers and CloudFront read for the account: "unused" can be proven. */
export function everyEndpointRead(): CoverageRow[] {
  return [
    ...COMMERCIAL_REGIONS.map((region) => ({
      account: ACCOUNT,
      region,
      service: 'elb',
      status: 'ok' as const,
      detail: ''
    })),
    { account: ACCOUNT, region: 'global', service: 'cloudfront', status: 'ok', detail: '' }
  ]
}
