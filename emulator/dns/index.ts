/**
 * A local authoritative DNS server on UDP, so that the ACM validation-record check runs through
 * Node's real resolver (c-ares) against records a test controls: the check reaches it through
 * `dns-servers: 127.0.0.1:PORT`.
 *
 * It answers what a zone's server answers for the queries that check makes: the CNAME for a name
 * that has one (whatever type is asked, as CNAME owns its name), NODATA (NOERROR, no answer) for
 * a name that exists without a record of the asked type, NXDOMAIN for a name that does not exist.
 * Names are matched case-insensitively and the question is echoed as asked, since resolvers that
 * randomise case (DNS 0x20) drop answers whose question differs. Options add the failures that
 * matter: a name never answered (the client's timeout) and a name answered SERVFAIL.
 *
 * The wire format is dns-packet's; only the query/answer logic is here.
 */
import { createSocket, type RemoteInfo } from 'node:dgram'
import type { AddressInfo } from 'node:net'
import dnsPacket, { type Answer, type Packet } from 'dns-packet'

export interface DnsServerOptions {
  /** Name -> CNAME target, e.g. `_abc.example.com` -> `_def.acm-validations.aws`. */
  records: Record<string, string>
  /** Name -> IPv4 address(es): names with A records and no CNAME (a CNAME query gets NODATA). */
  addresses?: Record<string, string | string[]>
  /** Names whose queries are logged and never answered. */
  silent?: string[]
  /** Names answered SERVFAIL, as a recursive resolver does when the zone's servers fail. */
  servfail?: string[]
}

export interface DnsQuery {
  /** The name as asked (case kept, no trailing dot). */
  name: string
  /** `CNAME`, `A`, `AAAA`, ... */
  type: string
}

export interface DnsServer {
  host: '127.0.0.1'
  port: number
  /** Value for `dns-servers`: `127.0.0.1:PORT`. */
  address: string
  /** Every query received, answered or not, in order (retries included). */
  queries: DnsQuery[]
  clearQueries(): void
  /** Replaces the CNAME records (and, when given, the A records) for the queries that follow. */
  setRecords(records: Record<string, string>, addresses?: Record<string, string | string[]>): void
  close(): Promise<void>
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4 } as const
const TTL = 300

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.+$/, '')
}

function lowerKeys<T>(map: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(map).map(([name, value]) => [normalise(name), value]))
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  let cnames = lowerKeys(options.records)
  let addresses = lowerKeys(options.addresses ?? {})
  const silent = new Set((options.silent ?? []).map(normalise))
  const servfail = new Set((options.servfail ?? []).map(normalise))
  const queries: DnsQuery[] = []

  const addressesOf = (name: string): string[] => {
    const value = addresses.get(name)
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  }

  // A name with records below it exists even without records of its own (an empty non-terminal):
  // a real zone answers it NODATA, not NXDOMAIN.
  const exists = (name: string): boolean =>
    [...cnames.keys(), ...addresses.keys()].some(
      (known) => known === name || known.endsWith(`.${name}`)
    )

  const answerFor = (name: string, type: string): { rcode: number; answers: Answer[] } => {
    if (servfail.has(name)) return { rcode: RCODE.SERVFAIL, answers: [] }
    const target = cnames.get(name)
    if (target !== undefined) {
      const answers: Answer[] = [{ type: 'CNAME', name, ttl: TTL, data: normalise(target) }]
      // What a recursive resolver adds when it follows the alias within data it holds.
      if (type === 'A') {
        for (const ip of addressesOf(normalise(target))) {
          answers.push({ type: 'A', name: normalise(target), ttl: TTL, data: ip })
        }
      }
      return { rcode: RCODE.NOERROR, answers }
    }
    if (type === 'A') {
      const ips = addressesOf(name)
      if (ips.length > 0) {
        return {
          rcode: RCODE.NOERROR,
          answers: ips.map((ip) => ({ type: 'A', name, ttl: TTL, data: ip }))
        }
      }
    }
    return { rcode: exists(name) ? RCODE.NOERROR : RCODE.NXDOMAIN, answers: [] }
  }

  const socket = createSocket('udp4')

  const reply = (query: Packet, rcode: number, answers: Answer[], to: RemoteInfo): void => {
    const recursionDesired = (query.flags ?? 0) & dnsPacket.RECURSION_DESIRED
    const response = dnsPacket.encode({
      type: 'response',
      id: query.id ?? 0,
      flags:
        dnsPacket.AUTHORITATIVE_ANSWER |
        dnsPacket.RECURSION_AVAILABLE |
        recursionDesired |
        (rcode & 0xf),
      questions: query.questions ?? [],
      answers
    })
    socket.send(response, to.port, to.address)
  }

  socket.on('message', (message: Buffer, from: RemoteInfo) => {
    let query: Packet
    try {
      query = dnsPacket.decode(message)
    } catch {
      return // not DNS: a real server drops it too
    }
    const question = query.questions?.[0]
    if (query.type !== 'query' || question === undefined) return
    queries.push({ name: question.name.replace(/\.+$/, ''), type: question.type })
    if (query.opcode !== 'QUERY') {
      reply(query, RCODE.NOTIMP, [], from)
      return
    }
    const name = normalise(question.name)
    if (silent.has(name)) return
    const { rcode, answers } = answerFor(name, question.type)
    reply(query, rcode, answers, from)
  })
  // A send that fails (the client went away) must not take the test process down.
  socket.on('error', () => undefined)

  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject)
      resolve()
    })
  })
  const { port } = socket.address() as AddressInfo
  let closed: Promise<void> | undefined

  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    queries,
    clearQueries: () => {
      queries.length = 0
    },
    setRecords: (records, newAddresses) => {
      cnames = lowerKeys(records)
      if (newAddresses !== undefined) addresses = lowerKeys(newAddresses)
    },
    close: () => {
      if (closed === undefined)
        closed = new Promise<void>((resolve) => socket.close(() => resolve()))
      return closed
    }
  }
}
