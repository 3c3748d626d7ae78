/**
 * The ELB reader against the emulator: Classic listeners name their certificate, ALB listeners
 * name the default one and DescribeListenerCertificates the SNI ones; a failing per-listener
 * call costs that listener's SNI certificates, says so, and keeps the rest.
 */
import type { Estate } from '../../emulator/aws/estate.js'
import type { CoverageRow } from '../../src/model/index.js'
import type { ElbInventory } from '../../src/services/elb/records.js'
import { elb } from '../../src/services/elb/index.js'
import { inventoriesOf } from '../../src/services/plugin.js'
import { collect } from './collect-helpers.js'
import { startHarness, staticAccount, type Harness } from './emulator-harness.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'

const estate: Estate = {
  defaultAccount: ACCOUNT,
  accounts: {
    [ACCOUNT]: {
      iam: { serverCertificates: [{ name: 'legacy.example.com', expiration: '+20d' }] },
      regions: {
        [REGION]: {
          acm: {
            certificates: [{ domain: 'shop.example.com' }, { domain: 'api.example.com' }]
          },
          elb: {
            classic: [
              {
                name: 'legacy-elb',
                listeners: [
                  { protocol: 'HTTPS', port: 443, certificate: { iam: 'legacy.example.com' } },
                  { protocol: 'HTTP', port: 80 }
                ]
              }
            ],
            loadBalancers: [
              {
                name: 'shop-alb',
                listeners: [
                  {
                    port: 443,
                    protocol: 'HTTPS',
                    certificate: { acm: 'shop.example.com' },
                    sniCertificates: [{ acm: 'api.example.com' }]
                  },
                  { port: 80, protocol: 'HTTP' }
                ]
              },
              { name: 'booting-alb', state: 'provisioning', listeners: [] }
            ]
          }
        }
      }
    }
  }
}

describe('collect ELB against the emulator', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(estate, new Date())
  })
  afterAll(() => h.close())
  afterEach(() => h.emu.setKnobs({ faults: [] }))

  const read = async (): Promise<{ elb: ElbInventory; row: CoverageRow }> => {
    const inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: [REGION],
      services: [elb]
    })
    const [only] = inventoriesOf<ElbInventory>(inventory, elb)
    return { elb: only as ElbInventory, row: inventory.coverage[0] as CoverageRow }
  }

  it('reads every listener certificate: Classic, ALB default and SNI', async () => {
    const { elb: inventory, row } = await read()
    expect(row).toMatchObject({
      status: 'ok',
      detail: '3 load balancers (4 listeners, 3 certificate uses)'
    })
    const uses = inventory.uses.map((use) => [
      use.consumer.name.replace(/\(.*\)/, '(dns)'),
      use.live
    ])
    expect(uses).toEqual([
      ['legacy-elb (dns) HTTPS :443', true],
      ['shop-alb (dns) HTTPS :443', true],
      ['shop-alb (dns) HTTPS :443, SNI', true]
    ])
    expect(inventory.uses[0]?.certificate).toMatch(
      new RegExp(`^arn:aws:iam::${ACCOUNT}:server-certificate/legacy\\.example\\.com$`)
    )
    const booting = inventory.loadBalancers.find((lb) => lb.name === 'booting-alb')
    expect(booting).toMatchObject({ type: 'application', state: 'provisioning', listeners: [] })
  })

  it('keeps the default certificates when DescribeListenerCertificates fails, and says so', async () => {
    h.emu.setKnobs({
      faults: [
        { service: 'elbv2', operation: 'DescribeListenerCertificates', error: 'AccessDenied' }
      ]
    })
    const { elb: inventory, row } = await read()
    expect(row.status).toBe('failed')
    expect(row.detail).toMatch(
      /^DescribeListenerCertificates: AccessDenied.*\(1 of 1 listeners' SNI certificates not read\)/
    )
    expect(inventory.uses.map((use) => use.consumer.name.replace(/\(.*\)/, '(dns)'))).toEqual([
      'legacy-elb (dns) HTTPS :443',
      'shop-alb (dns) HTTPS :443'
    ])
  })

  it('fails the region, with no records, when a list of load balancers fails', async () => {
    h.emu.setKnobs({ faults: [{ service: 'elb', error: 'AccessDenied' }] })
    const inventory = await collect({
      accounts: [staticAccount(ACCOUNT)],
      regions: [REGION],
      services: [elb]
    })
    expect(inventory.coverage[0]).toMatchObject({ status: 'failed' })
    expect(inventory.services.elb).toEqual([])
  })
})
