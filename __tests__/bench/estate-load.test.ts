/**
 * What the bench counts from an estate: the certificates that evaluate's acmNeedsDescribe flags
 * from their summaries, the lists' sizes, the engine/version pairs of instances with a finding
 * in each account and region, and what an Organization's credentials cost.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { generateEstate } from '../../emulator/aws/generate.js'
import { buildWorld } from '../../emulator/aws/world.js'
import {
  activeAccounts,
  estateLoad,
  loadOf,
  organizationCredentials
} from '../../scripts/bench/estate-load.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const THRESHOLDS = { warningDays: 45, criticalDays: 14 }
const LB = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/lb/1'

const estate: Estate = {
  accounts: {
    '111111111111': {
      regions: {
        'us-east-1': {
          rds: {
            instances: [
              { id: 'old-ca', engine: 'mysql', engineVersion: '8.0.35', ca: 'rds-ca-2019' },
              { id: 'also-old', engine: 'mysql', engineVersion: '8.0.35', ca: 'rds-ca-2019' },
              {
                id: 'expiring',
                engine: 'postgres',
                engineVersion: '16.4',
                serverCertValidTill: '+5d'
              },
              { id: 'healthy', engine: 'mariadb', engineVersion: '10.11.9' },
              { id: 'aurora-1', engine: 'aurora-mysql', cluster: 'aurora' }
            ],
            clusters: [{ id: 'aurora', engine: 'aurora-mysql' }],
            pendingMaintenance: [
              { resource: 'healthy', action: 'system-update', autoAppliedAfter: '+90d' }
            ]
          },
          acm: {
            certificates: [
              { domain: 'healthy.example.com', inUseBy: [LB], notAfter: '+200d' },
              { domain: 'renewing.example.com', inUseBy: [LB], notAfter: '+50d' },
              { domain: 'expired.example.com', status: 'EXPIRED', notAfter: '-3d' },
              { domain: 'failed.example.com', status: 'FAILED' },
              { domain: 'imported.example.com', type: 'IMPORTED', notAfter: '+10d' },
              { domain: 'unused.example.com', inUseBy: [], notAfter: '+300d' }
            ]
          }
        },
        'eu-west-1': {}
      }
    }
  }
}

describe('estateLoad', () => {
  const { loads } = estateLoad(buildWorld(estate, NOW), {
    thresholds: THRESHOLDS,
    latencyMs: (region) => (region === 'us-east-1' ? 30 : 60)
  })

  it('counts each region, empty ones included, with its latency', () => {
    expect(loads.map((l) => [l.region, l.latencyMs])).toEqual([
      ['us-east-1', 30],
      ['eu-west-1', 60]
    ])
    expect(loads[1]).toMatchObject({ acmCertificates: 0, acmDescribes: 0, dbInstances: 0 })
  })

  it('counts the describes acmNeedsDescribe asks for from the summaries alone', () => {
    // Renewing (inside ACM's 60-day renewal window), expired and failed: yes. Healthy, imported
    // (nothing to renew: the summary says it all) and unused far from expiry: no.
    expect(loads[0]).toMatchObject({ acmCertificates: 6, acmDescribes: 3 })
  })

  it('counts the RDS lists: instances, every cluster, maintenance resources and CAs', () => {
    expect(loads[0]).toMatchObject({
      dbInstances: 5,
      dbClusters: 1,
      maintenanceResources: 1,
      rdsCas: 3
    })
  })

  it('counts engine/version pairs of instances with a finding once each, per region', () => {
    // mysql 8.0.35 (two instances on a retired CA) and postgres 16.4 (certificate expiring).
    expect(loads.map((l) => l.engineVersionLookups)).toEqual([2, 0])
  })
})

describe('engine-version look-ups in several accounts and regions', () => {
  const oldCa = (id: string) => ({
    id,
    engine: 'mysql',
    engineVersion: '8.0.35',
    ca: 'rds-ca-2019'
  })
  const rds = (...ids: string[]) => ({ rds: { instances: ids.map(oldCa) } })
  const world = buildWorld(
    {
      accounts: {
        '111111111111': { regions: { 'us-east-1': rds('a', 'b'), 'eu-west-1': rds('c') } },
        '222222222222': { regions: { 'us-east-1': rds('d'), 'eu-west-1': {} } }
      }
    },
    NOW
  )
  const { loads } = estateLoad(world, { thresholds: THRESHOLDS, latencyMs: () => 30 })

  it('asks once per account and region for the same pair, never once for all', () => {
    expect(loads.map((l) => [l.account, l.region, l.engineVersionLookups])).toEqual([
      ['111111111111', 'us-east-1', 1],
      ['111111111111', 'eu-west-1', 1],
      ['222222222222', 'us-east-1', 1],
      ['222222222222', 'eu-west-1', 0]
    ])
  })

  it('keeps a shard’s accounts only', () => {
    const part = loadOf({ loads, accounts: [] }, new Set(['222222222222']))
    expect(part.loads.map((l) => l.region)).toEqual(['us-east-1', 'eu-west-1'])
  })
})

describe('organizationCredentials', () => {
  const generated = generateEstate({
    accounts: ['100000000000', '100000007919', '100000015838'],
    regions: ['us-east-1'],
    instances: 0,
    certificates: 0,
    problemShare: 0,
    seed: 1,
    organization: { suspended: 19, closed: 1 }
  })
  const active = ['100000000000', '100000007919', '100000015838']

  it('lists every account of the Organization, suspended and closed ones too', () => {
    const world = buildWorld(generated.estate, NOW)
    expect(activeAccounts(world).sort()).toEqual(active)
    expect(organizationCredentials(world, active)).toEqual({
      kind: 'organization',
      listed: 23,
      emptyPages: 0,
      members: 2
    })
  })

  it('assumes no role in the hub’s own account, and only in the accounts scanned', () => {
    const world = buildWorld(generated.estate, NOW)
    expect(organizationCredentials(world, ['100000000000']).members).toBe(0)
    expect(organizationCredentials(world, ['100000007919']).members).toBe(1)
  })

  it('counts the empty pages the listing passes on its way', () => {
    const estate = structuredClone(generated.estate)
    // 23 accounts: pages 0 and 1 hold them; page 0 empty pushes them to 1 and 2; 5 is never asked.
    if (estate.organization) estate.organization.emptyPages = [0, 5]
    expect(organizationCredentials(buildWorld(estate, NOW), active).emptyPages).toBe(1)
  })
})
