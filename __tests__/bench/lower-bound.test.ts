/**
 * The benchmark's yardstick: pages, describes, the credentials and the least wall time an estate
 * implies. Only arithmetic is pinned here; speed itself is never asserted.
 */
import {
  acmChainMs,
  credentialCalls,
  credentialsMs,
  listAccountsPages,
  minimumWallTime,
  pagesFor,
  quotaSpanMs,
  elbChainMs,
  rdsChainMs,
  requiredCalls,
  type AccountLoad,
  type CredentialsLoad,
  type RegionLoad
} from '../../scripts/bench/lower-bound.js'

const QUOTAS = { ListCertificates: 1, DescribeCertificate: 10 }
const DEFAULT_CHAIN: CredentialsLoad = { kind: 'default-chain' }

function organization(
  overrides: Partial<Extract<CredentialsLoad, { kind: 'organization' }>> = {}
): Extract<CredentialsLoad, { kind: 'organization' }> {
  return { kind: 'organization', listed: 103, emptyPages: 0, members: 99, ...overrides }
}

function load(overrides: Partial<RegionLoad>): RegionLoad {
  return {
    account: '111111111111',
    region: 'us-east-1',
    latencyMs: 40,
    acmCertificates: 0,
    acmDescribes: 0,
    dbInstances: 0,
    dbClusters: 0,
    maintenanceResources: 0,
    rdsCas: 3,
    engineVersionLookups: 0,
    classicLoadBalancers: 0,
    loadBalancers: 0,
    listenedLoadBalancers: 0,
    secureListeners: 0,
    privateCas: 0,
    dnsQuestions: 0,
    ...overrides
  }
}

function account(overrides: Partial<AccountLoad> = {}): AccountLoad {
  return { account: '111111111111', serverCertificates: 0, distributions: 0, ...overrides }
}

describe('pagesFor', () => {
  it('takes one call to learn that a list is empty', () => {
    expect(pagesFor(0, 1000)).toBe(1)
  })

  it('rounds partial pages up', () => {
    expect(pagesFor(1, 1000)).toBe(1)
    expect(pagesFor(1000, 1000)).toBe(1)
    expect(pagesFor(1001, 1000)).toBe(2)
    expect(pagesFor(250, 100)).toBe(3)
  })
})

describe('requiredCalls', () => {
  it('sums pages per region, the flagged describes, and each region’s engine-version calls', () => {
    const loads = [
      load({
        acmCertificates: 2500,
        acmDescribes: 12,
        dbInstances: 101,
        dbClusters: 40,
        engineVersionLookups: 3
      }),
      load({
        region: 'eu-west-1',
        acmCertificates: 0,
        dbInstances: 0,
        maintenanceResources: 250,
        engineVersionLookups: 1
      })
    ]
    expect(requiredCalls(loads, [account()], DEFAULT_CHAIN)).toEqual({
      GetCallerIdentity: 1,
      AssumeRole: 0,
      ListAccounts: 0,
      ListCertificates: 3 + 1,
      DescribeCertificate: 12,
      DescribeDBInstances: 2 + 1,
      DescribeDBClusters: 1 + 1,
      DescribeCertificates: 1 + 1,
      DescribePendingMaintenanceActions: 1 + 3,
      DescribeDBEngineVersions: 3 + 1,
      ListCertificateAuthorities: 1 + 1,
      DescribeLoadBalancers: 2 + 2,
      DescribeListeners: 0,
      DescribeListenerCertificates: 0,
      ListServerCertificates: 1,
      ListDistributions: 1
    })
  })

  it('lists listeners per load balancer, certificates per secure listener, globals per account', () => {
    const loads = [
      load({
        classicLoadBalancers: 401,
        loadBalancers: 30,
        listenedLoadBalancers: 28,
        secureListeners: 41,
        privateCas: 101
      })
    ]
    const accounts = [
      account({ serverCertificates: 1001, distributions: 250 }),
      account({ account: '222222222222' })
    ]
    expect(requiredCalls(loads, accounts, DEFAULT_CHAIN)).toMatchObject({
      DescribeLoadBalancers: 2 + 1,
      DescribeListeners: 28,
      DescribeListenerCertificates: 41,
      ListCertificateAuthorities: 2,
      ListServerCertificates: 2 + 1,
      ListDistributions: 3 + 1
    })
  })

  it('counts an Organization’s credentials instead of GetCallerIdentity', () => {
    expect(requiredCalls([load({})], [account()], organization())).toMatchObject({
      GetCallerIdentity: 0,
      AssumeRole: 1 + 99,
      ListAccounts: 6
    })
  })
})

describe('credential calls', () => {
  it('learns the account with one GetCallerIdentity from the default chain', () => {
    expect(credentialCalls(DEFAULT_CHAIN)).toEqual({
      GetCallerIdentity: 1,
      AssumeRole: 0,
      ListAccounts: 0
    })
  })

  it('assumes the hub role, then the member role in every other ACTIVE account', () => {
    expect(credentialCalls(organization({ members: 24 }))).toMatchObject({ AssumeRole: 25 })
    // A leg whose shard holds only the hub's own account assumes nothing more.
    expect(credentialCalls(organization({ members: 0 }))).toMatchObject({ AssumeRole: 1 })
  })

  it('lists every account in pages of 20, plus the empty pages', () => {
    expect(listAccountsPages(organization({ listed: 20 }))).toBe(1)
    expect(listAccountsPages(organization({ listed: 21 }))).toBe(2)
    expect(listAccountsPages(organization({ listed: 103 }))).toBe(6)
    expect(listAccountsPages(organization({ listed: 40, emptyPages: 2 }))).toBe(4)
  })
})

describe('credentialsMs', () => {
  it('is one round trip for GetCallerIdentity', () => {
    expect(credentialsMs(DEFAULT_CHAIN, 30)).toBe(30)
  })

  it('is the hub AssumeRole, the pages one after another, then the member AssumeRoles at once', () => {
    expect(credentialsMs(organization(), 30)).toBe((1 + 6 + 1) * 30)
    expect(credentialsMs(organization({ listed: 3, emptyPages: 1, members: 0 }), 30)).toBe(
      (1 + 2) * 30
    )
  })
})

describe('quotaSpanMs', () => {
  it('lets a burst of one second of quota through at once', () => {
    expect(quotaSpanMs(0, 10)).toBe(0)
    expect(quotaSpanMs(10, 10)).toBe(0)
  })

  it('paces the rest at the quota', () => {
    expect(quotaSpanMs(11, 10)).toBeCloseTo(100)
    expect(quotaSpanMs(310, 10)).toBeCloseTo(30_000)
    expect(quotaSpanMs(5, 1)).toBeCloseTo(4000)
  })

  it('is zero without a quota', () => {
    expect(quotaSpanMs(1000, 0)).toBe(0)
  })

  it('lets a larger burst through at once where the bucket holds more than a second', () => {
    expect(quotaSpanMs(40, 10, 40)).toBe(0)
    expect(quotaSpanMs(801, 10, 40)).toBeCloseTo(76_100)
  })
})

describe('acmChainMs', () => {
  it('is one round trip for a region that only needs its single page', () => {
    expect(acmChainMs(load({ acmCertificates: 300 }), QUOTAS)).toBe(40)
  })

  it('spaces later pages by the ListCertificates quota', () => {
    expect(acmChainMs(load({ acmCertificates: 3500 }), QUOTAS)).toBe(40 + 3 * 1000)
  })

  it('spaces pages by the round trip when that is slower than the quota', () => {
    const slow = load({ acmCertificates: 2001, latencyMs: 1500 })
    expect(acmChainMs(slow, QUOTAS)).toBe(1500 + 2 * 1500)
  })

  it('adds the describes after the first page, at the quota, plus the last round trip', () => {
    expect(acmChainMs(load({ acmCertificates: 300, acmDescribes: 30 }), QUOTAS)).toBeCloseTo(
      40 + 2000 + 40
    )
  })

  it('lets describes overlap the later pages, whichever takes longer counts', () => {
    // 3 later pages take 3 s; 25 describes take 1.5 s + 40 ms: the pages decide.
    expect(acmChainMs(load({ acmCertificates: 3500, acmDescribes: 25 }), QUOTAS)).toBe(40 + 3000)
  })
})

describe('rdsChainMs', () => {
  it('is the longest of the four lists, a round trip per page', () => {
    expect(rdsChainMs(load({ dbInstances: 250, dbClusters: 90 }))).toBe(3 * 40)
    expect(rdsChainMs(load({}))).toBe(40)
  })

  it('adds one round trip for the engine-version look-ups, which run at once after the lists', () => {
    expect(rdsChainMs(load({ dbInstances: 250, engineVersionLookups: 1 }))).toBe(4 * 40)
    expect(rdsChainMs(load({ dbInstances: 250, engineVersionLookups: 7 }))).toBe(4 * 40)
  })

  it("goes at RDS's 12/s past the bucket's 300 calls, when a region has that many", () => {
    // 4 list pages + 400 engine-version look-ups = 404 calls: 104 after the burst, at 12/s.
    expect(rdsChainMs(load({ engineVersionLookups: 400 }))).toBeCloseTo((104 / 12) * 1000 + 40)
  })
})

describe('elbChainMs', () => {
  it('is the lists, then the listeners, then their certificates, a round trip each', () => {
    expect(elbChainMs(load({}))).toBe(40)
    expect(
      elbChainMs(load({ loadBalancers: 3, listenedLoadBalancers: 3, secureListeners: 2 }))
    ).toBe(3 * 40)
  })

  it("goes at the v2 API's 10/s past its bucket's 40 calls", () => {
    // 1 page + 400 listener lists + 400 certificate lists = 801 calls: 761 after the burst.
    const many = load({ loadBalancers: 400, listenedLoadBalancers: 400, secureListeners: 400 })
    expect(elbChainMs(many)).toBeCloseTo(76_100 + 40)
  })

  it("keeps the Classic API's calls in a bucket of their own", () => {
    const both = load({
      classicLoadBalancers: 400 * 30,
      loadBalancers: 30,
      listenedLoadBalancers: 30,
      secureListeners: 9
    })
    // Classic: 30 pages in its own bucket, within its burst: the chain of 30 pages decides
    // (v2: 69 calls, 2.9 s at its pace, is less).
    expect(elbChainMs(both)).toBe((30 + 2) * 40)
  })
})

describe('minimumWallTime', () => {
  it('is the STS round trip plus the slowest region, whichever service sets its pace', () => {
    const floor = minimumWallTime(
      [
        load({ region: 'us-east-1', latencyMs: 30, acmCertificates: 100, dbInstances: 900 }),
        load({ region: 'ap-south-1', latencyMs: 60, acmCertificates: 1200, acmDescribes: 3 }),
        load({ region: 'eu-west-1', latencyMs: 45, acmCertificates: 30, acmDescribes: 20 })
      ],
      [account()],
      QUOTAS,
      30,
      DEFAULT_CHAIN
    )
    // us-east-1: RDS 9 pages x 30 = 270; ap-south-1: 60 + max(1000, 60) = 1060;
    // eu-west-1: 45 + 1000 + 45 = 1090.
    expect(floor.ms).toBeCloseTo(30 + 1090)
    expect(floor.credentialsMs).toBe(30)
    expect(floor.slowest).toEqual({
      account: '111111111111',
      region: 'eu-west-1',
      acmMs: 1090,
      rdsMs: 45,
      elbMs: 45,
      pcaMs: 45
    })
  })

  it('is the STS round trip alone when there is nothing to scan', () => {
    expect(minimumWallTime([], [], QUOTAS, 30, DEFAULT_CHAIN)).toEqual({
      ms: 30,
      credentialsMs: 30,
      slowest: null
    })
  })

  it('waits for an account whose global lists take longer than every region', () => {
    const floor = minimumWallTime(
      [load({})],
      [account({ distributions: 450 })],
      QUOTAS,
      30,
      DEFAULT_CHAIN
    )
    expect(floor.ms).toBe(30 + 5 * 30)
  })

  it('starts the accounts after an Organization’s credentials', () => {
    const floor = minimumWallTime(
      [load({ dbInstances: 250, engineVersionLookups: 2 })],
      [account()],
      QUOTAS,
      30,
      organization({ listed: 41 })
    )
    // Hub AssumeRole + 3 ListAccounts pages + the member AssumeRoles = 5 x 30; RDS 3 pages + 1.
    expect(floor.credentialsMs).toBe(5 * 30)
    expect(floor.ms).toBe(5 * 30 + 4 * 40)
  })
})
