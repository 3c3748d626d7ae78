/**
 * What the bench counts from an estate: the certificates that evaluate's acmNeedsDescribe flags
 * from their summaries, the lists' sizes, and the engine/version pairs of instances with a
 * finding.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import { buildWorld } from '../../emulator/aws/world.js'
import { estateLoad } from '../../scripts/bench/estate-load.js'

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
  const { loads, engineVersionPairs } = estateLoad(buildWorld(estate, NOW), {
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

  it('counts engine/version pairs of instances with a finding once each', () => {
    // mysql 8.0.35 (two instances on a retired CA) and postgres 16.4 (certificate expiring).
    expect(engineVersionPairs).toBe(2)
  })
})
