/** `npm run bench -- [flags]`: presets, the Organization and shard flags, and what they refuse. */
import {
  organizationAccountIds,
  parseBenchOptions,
  type BenchOptions
} from '../../scripts/bench/options.js'
import { shardOf } from '../../src/shared/shard.js'

const parse = (...argv: string[]) => parseBenchOptions(argv) as BenchOptions

describe('parseBenchOptions', () => {
  it('scans one account with the naive scan beside ours by default', () => {
    const options = parse()
    expect(options).toMatchObject({
      accounts: 1,
      shards: 0,
      naive: true,
      naiveSkipped: null,
      certificates: 5000,
      out: 'bench-output/bench.json'
    })
    expect(options.regions).toHaveLength(16)
  })

  it('keeps --quick what it was', () => {
    expect(parse('--quick', '--no-naive')).toMatchObject({
      regions: ['us-east-1', expect.any(String), expect.any(String), expect.any(String)],
      certificates: 500,
      instances: 200,
      serverCertificates: 40,
      classicLoadBalancers: 20,
      loadBalancers: 80,
      distributions: 40,
      certificateAuthorities: 8,
      accounts: 1,
      shards: 0,
      naive: false,
      naiveSkipped: null
    })
  })

  it('takes --accounts and --shards, and skips the single-account naive scan, saying why', () => {
    const options = parse('--accounts', '12', '--shards', '3')
    expect(options).toMatchObject({ accounts: 12, shards: 3, naive: false })
    expect(options.naiveSkipped).toMatch(/one account.*12/)
  })

  it('says nothing about the naive scan when --no-naive switched it off', () => {
    expect(parse('--accounts', '12', '--no-naive').naiveSkipped).toBeNull()
  })

  it('has a --multi preset of 100 accounts x 4 regions in 4 shards, which flags override', () => {
    expect(parse('--multi')).toMatchObject({
      accounts: 100,
      shards: 4,
      certificates: 2000,
      instances: 800,
      naive: false,
      out: 'bench-output/bench-multi.json'
    })
    expect(parse('--multi').regions).toHaveLength(4)
    expect(parse('--multi', '--accounts', '40', '--shards', '0')).toMatchObject({
      accounts: 40,
      shards: 0,
      certificates: 2000
    })
  })

  it('has a --one-region preset: the default estate in one region, with its own figures file', () => {
    const options = parse('--one-region', '--no-naive')
    expect(options.regions).toEqual(['us-east-1'])
    expect(options).toMatchObject({
      certificates: 5000,
      instances: 2000,
      accounts: 1,
      out: 'bench-output/bench-one-region.json'
    })
  })

  it('runs ours 5 times unless --runs says otherwise', () => {
    expect(parse().runs).toBe(5)
    expect(parse('--runs', '7').runs).toBe(7)
    expect(() => parse('--runs', '0')).toThrow(/--runs must be a whole number of at least 1/)
  })

  it('writes an Organization estate of the default preset to a file named for its accounts', () => {
    expect(parse('--accounts', '10', '--regions', '4').out).toBe(
      'bench-output/bench-accounts-10.json'
    )
    expect(parse('--accounts', '10', '--out', 'x.json').out).toBe('x.json')
  })

  it('refuses shards without an Organization, and nonsense counts', () => {
    expect(() => parse('--shards', '4')).toThrow(/--accounts 2 or more/)
    expect(() => parse('--accounts', '0')).toThrow(
      /--accounts must be a whole number of at least 1/
    )
    expect(() => parse('--accounts', '3', '--shards', '257')).toThrow(/at most 256/)
    expect(() => parse('--accounts', 'x')).toThrow(/--accounts/)
    expect(() => parse('--quick', '--multi')).toThrow(/choose one/)
    expect(() => parse('--one-region', '--quick')).toThrow(/--quick and --one-region: choose one/)
  })

  it('returns null for --help', () => {
    expect(parseBenchOptions(['--help'])).toBeNull()
  })
})

describe('organizationAccountIds', () => {
  it('makes distinct 12-digit ids, the hub first, the same every run', () => {
    const ids = organizationAccountIds(100)
    expect(ids[0]).toBe('100000000000')
    expect(new Set(ids).size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^\d{12}$/)
    expect(organizationAccountIds(100)).toEqual(ids)
  })

  it('spreads over every one of 4 shards', () => {
    const shards = new Set(organizationAccountIds(100).map((id) => shardOf(id, 4)))
    expect([...shards].sort()).toEqual([1, 2, 3, 4])
  })
})
