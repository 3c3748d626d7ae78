/**
 * The registry: every service plug-in the scan knows, in the order reports list them. A new
 * service is a folder beside these and one line here.
 */
import { acm } from './acm/index.js'
import { acmPca } from './acm-pca/index.js'
import { cloudfront } from './cloudfront/index.js'
import { elb } from './elb/index.js'
import { iam } from './iam/index.js'
import type { AnyServicePlugin } from './plugin.js'
import { rds } from './rds/index.js'

export const SERVICES: readonly AnyServicePlugin[] = [rds, acm, acmPca, iam, elb, cloudfront]

/** The plug-in of that name among `services`, if any. */
export function serviceNamed(
  name: string,
  services: readonly AnyServicePlugin[] = SERVICES
): AnyServicePlugin | undefined {
  return services.find((service) => service.name === name)
}
