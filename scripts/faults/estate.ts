/**
 * The one estate every scenario runs on: the demo estate (2 accounts x us-east-1, eu-west-1,
 * ap-northeast-1, RDS and ACM) plus the opt-in region ap-east-1, which prod has enabled and
 * staging has not. Prod's ap-east-1 holds resources that need action, so that a failure there
 * has findings to lose and a wrongly "skipped" region shows in the counts.
 */
import { fileURLToPath } from 'node:url'
import { loadEstate, type Estate } from '../../emulator/aws/index.js'
import { rolesFor } from '../../__tests__/e2e/local-services.js'

const DEMO_ESTATE = fileURLToPath(new URL('../../estates/demo.json', import.meta.url))

export const PROD = '111111111111'
export const STAGING = '222222222222'
export const ACCOUNTS = [PROD, STAGING]
export const OPT_IN_REGION = 'ap-east-1'
export const REGIONS = ['us-east-1', 'eu-west-1', 'ap-northeast-1', OPT_IN_REGION]

/** One role per account: the OIDC path for the action, AssumeRole for the CLI. */
export const ROLES = rolesFor(ACCOUNTS).split('\n')

/** The inputs every action run starts from: every account and region of the estate. */
export const SCAN_INPUTS = { 'role-to-assume': ROLES.join('\n'), regions: REGIONS.join(',') }

/** The same scope for the CLI. */
export const SCAN_FLAGS = ['--role-to-assume', ROLES.join(','), '--regions', REGIONS.join(',')]

export function campaignEstate(): Estate {
  const estate = loadEstate(DEMO_ESTATE)
  const prod = estate.accounts[PROD]
  if (prod === undefined) throw new Error(`estates/demo.json no longer has account ${PROD}`)
  prod.regions[OPT_IN_REGION] = {
    rds: {
      instances: [
        {
          id: 'hk-orders-mysql',
          engine: 'mysql',
          engineVersion: '8.0.39',
          ca: 'rds-ca-2019',
          serverCertValidTill: '2024-08-22T17:08:50Z'
        }
      ]
    },
    acm: { certificates: [{ domain: 'hk.example.com', type: 'IMPORTED', notAfter: '+10d' }] }
  }
  return estate
}
