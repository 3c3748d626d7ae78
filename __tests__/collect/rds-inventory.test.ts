import type { Estate } from '../../emulator/aws/estate.js'
import type { Inventory } from '../../src/model/index.js'
import { rdsPlugin } from '../../src/services/rds/index.js'
import type { RdsInstanceRecord } from '../../src/services/rds/records.js'
import { acmOf, collect, rdsOf } from './collect-helpers.js'
import { callCount, startHarness, staticAccount, type Harness } from './emulator-harness.js'

const ACCOUNT = '111111111111'
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

const estate: Estate = {
  defaultAccount: ACCOUNT,
  engineVersions: [
    { engine: 'mysql', version: '5.7.44', supportsCertificateRotationWithoutRestart: false },
    { engine: 'mysql', version: '8.0.35', supportsCertificateRotationWithoutRestart: true },
    { engine: 'postgres', version: '13.4', supportsCertificateRotationWithoutRestart: true }
  ],
  accounts: {
    [ACCOUNT]: {
      regions: {
        'us-east-1': {
          rds: {
            instances: [
              ...Array.from({ length: 140 }, (_, n) => ({
                id: `app-${n}`,
                engine: 'mysql',
                engineVersion: '8.0.35'
              })),
              ...Array.from({ length: 5 }, (_, n) => ({
                id: `legacy-${n}`,
                engine: 'mysql',
                engineVersion: '5.7.44',
                ca: 'rds-ca-2019'
              })),
              ...Array.from({ length: 3 }, (_, n) => ({
                id: `pg-old-${n}`,
                engine: 'postgres',
                engineVersion: '13.4',
                ca: 'rds-ca-2019'
              })),
              { id: 'aurora-1-a', engine: 'aurora-mysql', cluster: 'aurora-1' },
              { id: 'aurora-1-b', engine: 'aurora-mysql', cluster: 'aurora-1' },
              { id: 'docs-1', engine: 'docdb', cluster: 'docs' },
              { id: 'graph-1', engine: 'neptune', cluster: 'graph', serverCertValidTill: null },
              { id: 'custom-1', engine: 'custom-oracle-ee' }
            ],
            clusters: [
              { id: 'aurora-1', engine: 'aurora-mysql' },
              { id: 'docs', engine: 'docdb' },
              { id: 'graph', engine: 'neptune' },
              {
                id: 'maz-1',
                engine: 'postgres',
                engineVersion: '16.3',
                multiAzDbCluster: true,
                ca: 'rds-ca-rsa4096-g1',
                serverCertValidTill: '+200d'
              }
            ],
            customerOverride: { identifier: 'rds-ca-ecc384-g1' },
            pendingMaintenance: [
              {
                resource: 'legacy-0',
                action: 'ca-certificate-rotation',
                autoAppliedAfter: '+20d',
                forcedApply: '+40d',
                optInStatus: 'next-maintenance'
              }
            ]
          }
        },
        'eu-west-1': {
          rds: {
            instances: [
              ...Array.from({ length: 3 }, (_, n) => ({
                id: `eu-legacy-${n}`,
                engine: 'mysql',
                engineVersion: '5.7.44',
                ca: 'rds-ca-2019'
              })),
              { id: 'eu-app', engine: 'mysql', engineVersion: '8.0.35' }
            ]
          }
        }
      }
    }
  }
}

/** The test's stand-in for evaluate's rule: instances on the retired 2019 CA need action. */
const onRetiredCa = (i: RdsInstanceRecord): boolean => i.caIdentifier === 'rds-ca-2019'

describe('collect RDS against the emulator', () => {
  let h: Harness
  let inventory: Inventory
  const logs: string[] = []

  beforeAll(async () => {
    h = await startHarness(estate, new Date())
    inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: ['us-east-1', 'eu-west-1'],
      services: [rdsPlugin({ needsEngineVersion: onRetiredCa })],
      log: (msg) => logs.push(msg)
    })
  })

  afterAll(async () => {
    await h.close()
  })

  const region = (name: string) => {
    const found = rdsOf(inventory).find((r) => r.region === name)
    if (found === undefined) throw new Error(`no RDS inventory for ${name}`)
    return found
  }

  it('reads every instance of every engine, paging past 100', () => {
    const east = region('us-east-1')
    expect(east.instances).toHaveLength(153)
    expect(new Set(east.instances.map((i) => i.identifier)).size).toBe(153)
    expect(callCount(h.emu, 'DescribeDBInstances', { region: 'us-east-1' })).toBe(2)
    expect(new Set(east.instances.map((i) => i.engine))).toEqual(
      new Set(['mysql', 'postgres', 'aurora-mysql', 'docdb', 'neptune', 'custom-oracle-ee'])
    )
    expect(east).toMatchObject({ account: ACCOUNT, region: 'us-east-1' })
  })

  it('maps instance fields, leaving what AWS omits null', () => {
    const east = region('us-east-1')
    const byId = new Map(east.instances.map((i) => [i.identifier, i]))
    expect(byId.get('legacy-0')).toMatchObject({
      account: ACCOUNT,
      region: 'us-east-1',
      arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:legacy-0`,
      engine: 'mysql',
      engineVersion: '5.7.44',
      clusterIdentifier: null,
      caIdentifier: 'rds-ca-2019'
    })
    expect(byId.get('aurora-1-a')?.clusterIdentifier).toBe('aurora-1')
    expect(byId.get('custom-1')?.caIdentifier).toBeNull()
    expect(byId.get('graph-1')?.serverCertValidTill).toBeNull()
    expect(byId.get('app-0')?.serverCertValidTill).toMatch(ISO)
    expect(byId.get('app-0')?.serverCertCa).toEqual(expect.any(String))
  })

  it('keeps only Multi-AZ DB clusters, which carry their own certificate', () => {
    expect(region('us-east-1').clusters).toEqual([
      {
        account: ACCOUNT,
        region: 'us-east-1',
        identifier: 'maz-1',
        arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:maz-1`,
        engine: 'postgres',
        engineVersion: '16.3',
        caIdentifier: 'rds-ca-rsa4096-g1',
        serverCertValidTill: expect.stringMatching(ISO)
      }
    ])
  })

  it("lists the region's CAs with the account's override as default for new launches", () => {
    const cas = region('us-east-1').cas
    expect(cas.map((c) => c.identifier).sort()).toEqual([
      'rds-ca-ecc384-g1',
      'rds-ca-rsa2048-g1',
      'rds-ca-rsa4096-g1'
    ])
    expect(cas.filter((c) => c.defaultForNewLaunches).map((c) => c.identifier)).toEqual([
      'rds-ca-ecc384-g1'
    ])
    expect(cas.find((c) => c.identifier === 'rds-ca-ecc384-g1')?.customerOverride).toBe(true)
    for (const ca of cas) expect(ca.validTill).toMatch(ISO)
    expect(callCount(h.emu, 'DescribeCertificates', { region: 'us-east-1' })).toBe(1)
    // Without an override, the AWS default is the default for new launches.
    expect(
      region('eu-west-1')
        .cas.filter((c) => c.defaultForNewLaunches)
        .map((c) => c.identifier)
    ).toEqual(['rds-ca-rsa2048-g1'])
  })

  it('reads pending maintenance actions', () => {
    expect(region('us-east-1').maintenance).toEqual([
      {
        account: ACCOUNT,
        region: 'us-east-1',
        resourceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:legacy-0`,
        action: 'ca-certificate-rotation',
        autoAppliedAfterDate: expect.stringMatching(ISO),
        forcedApplyDate: expect.stringMatching(ISO),
        currentApplyDate: expect.stringMatching(ISO),
        optInStatus: 'next-maintenance',
        description: expect.any(String)
      }
    ])
  })

  it('describes only flagged engine versions, once per pair in each region', () => {
    expect(region('us-east-1').engineVersions).toEqual(
      expect.arrayContaining([
        {
          engine: 'mysql',
          engineVersion: '5.7.44',
          supportsCertificateRotationWithoutRestart: false,
          supportedCaIdentifiers: expect.arrayContaining(['rds-ca-rsa2048-g1'])
        },
        expect.objectContaining({
          engine: 'postgres',
          engineVersion: '13.4',
          supportsCertificateRotationWithoutRestart: true
        })
      ])
    )
    expect(region('us-east-1').engineVersions).toHaveLength(2)
    // eu-west-1 asks for its one flagged pair itself, although us-east-1 asked for it too.
    expect(region('eu-west-1').engineVersions).toEqual([
      expect.objectContaining({ engine: 'mysql', engineVersion: '5.7.44' })
    ])
    expect(callCount(h.emu, 'DescribeDBEngineVersions', { region: 'us-east-1' })).toBe(2)
    expect(callCount(h.emu, 'DescribeDBEngineVersions', { region: 'eu-west-1' })).toBe(1)
  })

  it('reports each region as ok with what it read', () => {
    expect(inventory.coverage).toEqual([
      {
        account: ACCOUNT,
        region: 'us-east-1',
        service: 'rds',
        status: 'ok',
        detail: '153 DB instances, 1 Multi-AZ DB cluster, 3 CAs, 1 pending maintenance action'
      },
      {
        account: ACCOUNT,
        region: 'eu-west-1',
        service: 'rds',
        status: 'ok',
        detail: '4 DB instances, 0 Multi-AZ DB clusters, 3 CAs, 0 pending maintenance actions'
      }
    ])
    expect(acmOf(inventory)).toEqual([])
    expect(logs).toContain(`rds ${ACCOUNT} eu-west-1: ${inventory.coverage[1]?.detail}`)
  })
})
