/**
 * The DNS-validation lookup through Node's real resolver (c-ares) against the local DNS server:
 * what each kind of answer becomes, that a server which never answers or fails still gives an
 * answer within the budget, and that an aborted scan stops the lookup.
 */
import { startDnsServer, type DnsServer } from '../../emulator/dns/index.js'
import { createDnsResolver } from '../../src/collect/dns-resolver.js'
import { parseDnsServer } from '../../src/shared/dns-server.js'

// Shaped like ACM's: `_<hash>.<domain>.` pointing at `_<hash>.<random>.acm-validations.aws.`
const NAME = '_3639ac514e785e898d2646601fa951d5.www.example.com'
const TARGET = '_98d2646601fa951d53639ac514e785e8.jkddzztszm.acm-validations.aws'
const SILENT = '_silent.example.com'
const SERVFAIL = '_servfail.example.com'
const MIXED = '_mixed.example.com'

const records = { [NAME]: `${TARGET.toUpperCase()}.` }

describe('createDnsResolver against the local DNS server', () => {
  let dns: DnsServer

  beforeAll(async () => {
    dns = await startDnsServer({
      records,
      addresses: { 'app.example.com': '192.0.2.10' },
      silent: [SILENT],
      servfail: [SERVFAIL, MIXED]
    })
  })
  afterAll(() => dns.close())
  beforeEach(() => {
    dns.setRecords(records)
    dns.clearQueries()
  })

  const resolver = () => createDnsResolver({ servers: [dns.address], timeoutMs: 200, tries: 1 })

  it('gives the CNAME target lower-cased and without its dot, with or without the dot asked', async () => {
    const dnsResolver = resolver()
    expect(dnsResolver.servers).toBe(dns.address)
    for (const name of [NAME, `${NAME}.`, `${NAME.toUpperCase()}.`]) {
      await expect(dnsResolver.resolveCname(name)).resolves.toEqual({
        kind: 'present',
        values: [TARGET]
      })
    }
    // One query each, for the name without its trailing dot.
    expect(dns.queries).toHaveLength(3)
    for (const query of dns.queries) {
      expect(query.type).toBe('CNAME')
      expect(query.name.toLowerCase()).toBe(NAME)
    }
  })

  it('says NXDOMAIN for a name that does not exist', async () => {
    await expect(resolver().resolveCname('_gone.example.com.')).resolves.toEqual({
      kind: 'missing',
      detail: 'NXDOMAIN'
    })
    expect(dns.queries).toEqual([{ name: '_gone.example.com', type: 'CNAME' }])
  })

  it('says there is no CNAME for a name with only an A record, and for an empty non-terminal', async () => {
    const dnsResolver = resolver()
    await expect(dnsResolver.resolveCname('app.example.com')).resolves.toEqual({
      kind: 'missing',
      detail: 'no CNAME record'
    })
    // example.com has names below it and no record of its own: NODATA, not NXDOMAIN.
    await expect(dnsResolver.resolveCname('example.com')).resolves.toEqual({
      kind: 'missing',
      detail: 'no CNAME record'
    })
    expect(dns.queries).toHaveLength(2)
  })

  it('reports a wrong value as present with what DNS has (the comparison is the caller’s)', async () => {
    dns.setRecords({ [NAME]: '_other.acm-validations.aws.' })
    await expect(resolver().resolveCname(NAME)).resolves.toEqual({
      kind: 'present',
      values: ['_other.acm-validations.aws']
    })
  })

  it('answers unknown, naming the server, when the server never answers', async () => {
    const answer = await resolver().resolveCname(SILENT)
    expect(answer).toEqual({
      kind: 'unknown',
      detail: `no answer within 200 ms from ${dns.address} (ETIMEOUT)`
    })
    expect(dns.queries).toEqual([{ name: SILENT, type: 'CNAME' }])
  })

  it('asks again on each try, and the call still ends', async () => {
    const dnsResolver = createDnsResolver({ servers: [dns.address], timeoutMs: 150, tries: 3 })
    expect(dnsResolver.deadlineMs).toBe(450)
    await expect(dnsResolver.resolveCname(SILENT)).resolves.toEqual({
      kind: 'unknown',
      detail: `no answer within 150 ms x 3 tries from ${dns.address} (ETIMEOUT)`
    })
    expect(dns.queries).toEqual(Array(3).fill({ name: SILENT, type: 'CNAME' }))
  })

  it('answers unknown for SERVFAIL', async () => {
    await expect(resolver().resolveCname(SERVFAIL)).resolves.toEqual({
      kind: 'unknown',
      detail: `SERVFAIL from ${dns.address} (ESERVFAIL)`
    })
    expect(dns.queries).toHaveLength(1)
  })

  it('moves on to the next server when one gives no answer', async () => {
    const other = await startDnsServer({
      records: {},
      silent: [NAME, SILENT, MIXED],
      servfail: [SERVFAIL]
    })
    try {
      const dnsResolver = createDnsResolver({
        servers: [other.address, dns.address],
        timeoutMs: 200,
        tries: 1
      })
      expect(dnsResolver.servers).toBe(`${other.address}, ${dns.address}`)
      expect(dnsResolver.deadlineMs).toBe(400)
      await expect(dnsResolver.resolveCname(NAME)).resolves.toEqual({
        kind: 'present',
        values: [TARGET]
      })
      await expect(dnsResolver.resolveCname(SERVFAIL)).resolves.toEqual({
        kind: 'unknown',
        detail: `SERVFAIL from ${other.address}, ${dns.address} (ESERVFAIL)`
      })
      await expect(dnsResolver.resolveCname(SILENT)).resolves.toEqual({
        kind: 'unknown',
        detail: `no answer within 200 ms from ${other.address}, ${dns.address} (ETIMEOUT)`
      })
      await expect(dnsResolver.resolveCname(MIXED)).resolves.toEqual({
        kind: 'unknown',
        detail: `no answer within 200 ms from ${other.address} (ETIMEOUT); SERVFAIL from ${dns.address} (ESERVFAIL)`
      })
      // Each server asked once per lookup, in the order given.
      expect(other.queries.map((query) => query.name)).toEqual([NAME, SERVFAIL, SILENT, MIXED])
      expect(dns.queries.map((query) => query.name)).toEqual([NAME, SERVFAIL, SILENT, MIXED])
    } finally {
      await other.close()
    }
  })

  it('rejects with the reason of a signal already aborted, without asking', async () => {
    const reason = new Error('scan stopped')
    await expect(resolver().resolveCname(NAME, AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(dns.queries).toHaveLength(0)
  })

  it('rejects with the reason when the signal aborts while waiting', async () => {
    const slow = createDnsResolver({ servers: [dns.address], timeoutMs: 30_000, tries: 1 })
    const controller = new AbortController()
    const reason = new Error('scan stopped')
    const lookup = slow.resolveCname(SILENT, controller.signal)
    // Aborted once the query has reached the server, so the wait is really under way.
    while (dns.queries.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort(reason)
    await expect(lookup).rejects.toBe(reason)
  })

  it('answers unknown for an empty name, without asking', async () => {
    await expect(resolver().resolveCname('.')).resolves.toEqual({
      kind: 'unknown',
      detail: 'empty name, not asked (EBADNAME)'
    })
    expect(dns.queries).toHaveLength(0)
  })
})

describe('createDnsResolver with a server that is not there', () => {
  it('answers unknown, naming the server, for a closed port', async () => {
    const closed = await startDnsServer({ records })
    await closed.close()
    const answer = await createDnsResolver({
      servers: [closed.address],
      timeoutMs: 200,
      tries: 2
    }).resolveCname(NAME)
    expect(answer.kind).toBe('unknown')
    // Loopback reports the closed port at once (ICMP port unreachable); elsewhere it can be a
    // timeout. Either way the server is named and nothing reads as a missing record.
    expect(answer).toEqual({
      kind: 'unknown',
      detail: expect.stringMatching(
        new RegExp(`from ${closed.address.replace(/\./g, '\\.')} \\((ECONNREFUSED|ETIMEOUT)\\)$`)
      )
    })
  })
})

describe('createDnsResolver options', () => {
  it('uses the system resolvers when no server is given', () => {
    const system = createDnsResolver({ servers: [], timeoutMs: 1000, tries: 2 })
    expect(system.servers).toBe('system')
    expect(system.deadlineMs).toBeGreaterThanOrEqual(2000)
    expect(system.deadlineMs % 2000).toBe(0)
  })

  it('rejects a timeout or tries that is not a whole positive number', () => {
    expect(() => createDnsResolver({ servers: [], timeoutMs: 0, tries: 1 })).toThrow(RangeError)
    expect(() => createDnsResolver({ servers: [], timeoutMs: 1.5, tries: 1 })).toThrow(RangeError)
    expect(() => createDnsResolver({ servers: [], timeoutMs: 100, tries: 0 })).toThrow(RangeError)
  })

  it.each([
    ['127.0.0.1', '127.0.0.1'],
    [' 127.0.0.1:5353 ', '127.0.0.1:5353'],
    ['::1', '::1'],
    ['[::1]', '::1'],
    ['[::1]:5353', '[::1]:5353'],
    ['[2001:db8::53]:53', '[2001:db8::53]:53']
  ])('takes %j as %j', (entry, expected) => {
    expect(parseDnsServer(entry)).toBe(expected)
  })

  it.each([
    'dns.example.com',
    'localhost:53',
    '127.0.0.1:',
    // Node 20's setServers aborts the whole process on port 0, and wraps ports above 65535.
    '127.0.0.1:0',
    '127.0.0.1:65536',
    '[127.0.0.1]:53',
    '::1:53x',
    ''
  ])('refuses %j before any lookup', (entry) => {
    expect(() => parseDnsServer(entry)).toThrow(TypeError)
    expect(() => createDnsResolver({ servers: [entry], timeoutMs: 100, tries: 1 })).toThrow(
      TypeError
    )
  })
})
