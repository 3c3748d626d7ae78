/**
 * The AWS regions the `regions` input accepts.
 *
 * Source: the `aws` partition of the endpoint metadata shipped with the installed AWS SDK
 * (`@aws-sdk/core` 3.981, `partitions.js`, which lists ap-east-2, ap-southeast-6, me-west-1 and
 * sa-west-1 beside the older regions), cross-checked against AWS's account-management guide
 * (regions launched after 2019-03-20 are opt-in). Update this list when AWS launches a region;
 * until then a new region is refused with a clear message rather than scanned blindly.
 */

/** Regions enabled in every account. */
const DEFAULT_ENABLED: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2'
]

/**
 * Regions an account must enable before use. In an account that has not enabled one, every call
 * fails with an authentication error, which the collect stage reports as `skipped`.
 */
const OPT_IN: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'me-west-1',
  'mx-central-1',
  'sa-west-1'
]

/** Every commercial (`aws` partition) region: what `regions: all` expands to. */
export const COMMERCIAL_REGIONS: readonly string[] = [...DEFAULT_ENABLED, ...OPT_IN].sort()

/** AWS GovCloud (US): accepted only when named, since they need a separate account. */
export const GOVCLOUD_REGIONS: readonly string[] = ['us-gov-east-1', 'us-gov-west-1']

/** AWS China: accepted only when named, since they need a separate account. */
export const CHINA_REGIONS: readonly string[] = ['cn-north-1', 'cn-northwest-1']

const OPT_IN_SET: ReadonlySet<string> = new Set(OPT_IN)
const KNOWN: ReadonlySet<string> = new Set([
  ...COMMERCIAL_REGIONS,
  ...GOVCLOUD_REGIONS,
  ...CHINA_REGIONS
])

/** Whether `region` is any region this tool knows, in any partition. */
export function isKnownRegion(region: string): boolean {
  return KNOWN.has(region)
}

/** Whether an account has to enable `region` before it can be used. */
export function isOptInRegion(region: string): boolean {
  return OPT_IN_SET.has(region)
}

/** The ARN partition a region belongs to: `aws`, `aws-us-gov` or `aws-cn`. */
export function partitionOf(region: string): 'aws' | 'aws-us-gov' | 'aws-cn' {
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('cn-')) return 'aws-cn'
  return 'aws'
}
