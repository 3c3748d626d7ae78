/**
 * Asks DNS for the CNAME at a name, for the check that an ACM certificate's DNS-validation
 * records still resolve (renewal fails without them). Only says what DNS answered; whether the
 * answer is the value ACM expects is the caller's comparison.
 *
 * An answer is `missing` only when a server said so (NXDOMAIN, or NOERROR without a CNAME), and
 * `unknown` whenever no server gave a usable answer: a lookup that could not be made must never
 * read as a record that is gone.
 */
import { Resolver } from 'node:dns/promises'
import { parseDnsServer } from '../shared/dns-server.js'

/** What DNS said of one CNAME name. */
export type CnameAnswer =
  /** The CNAME target(s), lower-cased, without the trailing dot. */
  | { kind: 'present'; values: string[] }
  /** A server answered that there is no CNAME: `NXDOMAIN` or `no CNAME record`. */
  | { kind: 'missing'; detail: string }
  /** No usable answer (timeout, SERVFAIL, refused, unreachable): what happened, the code, the servers. */
  | { kind: 'unknown'; detail: string }

export interface DnsResolver {
  /** The servers asked ('system' when the system's), for coverage notes. */
  readonly servers: string
  /**
   * The longest one `resolveCname` call waits before it answers `unknown` (timeoutMs x tries x
   * servers), for the caller's budget.
   */
  readonly deadlineMs: number
  /** Never rejects, except with `signal.reason` when `signal` aborts. */
  resolveCname(name: string, signal?: AbortSignal): Promise<CnameAnswer>
}

export interface DnsResolverOptions {
  /** `host[:port]` or `[v6]:port`, hosts as IP addresses; empty: the system's resolvers. */
  servers: string[]
  /** How long one try waits for one server. */
  timeoutMs: number
  /** Tries per server. */
  tries: number
}

function withoutTrailingDot(name: string): string {
  return name.replace(/\.+$/, '')
}

/** Node's words for the failures a server can give, as a person would say them. */
const FAILURE_WORDS: Record<string, string> = {
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ECONNREFUSED: 'connection refused (nothing listening)',
  EFORMERR: 'FORMERR (the server could not read the query)',
  EBADRESP: 'malformed answer',
  ENOTIMP: 'NOTIMP',
  EBADNAME: 'not a valid DNS name',
  ECANCELLED: 'lookup cancelled'
}

/** A server's answer, or the code of why it gave none. */
type Attempt = { answer: CnameAnswer } | { failure: string }

/**
 * One query to one server, given exactly `timeoutMs`. A fresh Resolver each time: cancel() ends
 * every query on its resolver, so a shared one would cut short the other lookups in flight.
 */
function ask(
  server: string,
  name: string,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<Attempt> {
  signal?.throwIfAborted()
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 })
  resolver.setServers([server])
  return new Promise<Attempt>((resolve, reject) => {
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // Closes c-ares' socket for this query; its promise then rejects with ECANCELLED, which
      // the handlers below ignore as the attempt is already settled.
      resolver.cancel()
      settle()
    }
    const onAbort = (): void => finish(() => reject(signal?.reason))
    // Node notices c-ares' own timeout only on its next timer tick, up to one `timeoutMs` (at
    // most a second) late: this timer holds the attempt to what was configured.
    const timer = setTimeout(() => finish(() => resolve({ failure: 'ETIMEOUT' })), timeoutMs)
    signal?.addEventListener('abort', onAbort, { once: true })

    resolver.resolveCname(name).then(
      (targets) => {
        const values = targets.map((target) => withoutTrailingDot(target).toLowerCase())
        const answer: CnameAnswer =
          values.length > 0
            ? { kind: 'present', values }
            : { kind: 'missing', detail: 'no CNAME record' }
        finish(() => resolve({ answer }))
      },
      (error: unknown) => {
        const raw = (error as { code?: unknown } | null)?.code
        const code = typeof raw === 'string' ? raw : 'EUNKNOWN'
        // Only a server's own answer says the record is gone; anything else is a failure to ask.
        const attempt: Attempt =
          code === 'ENOTFOUND'
            ? { answer: { kind: 'missing', detail: 'NXDOMAIN' } }
            : code === 'ENODATA'
              ? { answer: { kind: 'missing', detail: 'no CNAME record' } }
              : { failure: code }
        finish(() => resolve(attempt))
      }
    )
  })
}

export function createDnsResolver(options: DnsResolverOptions): DnsResolver {
  const { timeoutMs, tries } = options
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new RangeError(`DNS timeout must be a whole number of milliseconds >= 1: ${timeoutMs}`)
  }
  if (!Number.isInteger(tries) || tries < 1) {
    throw new RangeError(`DNS tries must be a whole number >= 1: ${tries}`)
  }
  const configured = options.servers.map(parseDnsServer)
  // The system's list as c-ares read it (resolv.conf), so that they are asked one by one too.
  const servers = configured.length > 0 ? configured : new Resolver().getServers()
  if (servers.length === 0) throw new Error('No DNS servers configured on this system')
  // Fails now, on a list Node would refuse, instead of on every lookup.
  new Resolver().setServers(servers)

  const label = configured.length === 0 ? 'system' : configured.join(', ')
  // c-ares would do the retries and the moving on to the next server itself, but its wait
  // doubles with each round (200, 400, 800 ms...) and Node 20 has no `maxTimeout` to cap it.
  // Doing them here keeps every attempt to timeoutMs, so this bound holds by construction.
  const deadlineMs = timeoutMs * tries * servers.length

  // Same outcome, same words (no measured times), so that a report renders the same bytes.
  const describe = (failures: Map<string, string>, timeouts: Map<string, number>): string => {
    const groups: { what: string; code: string; from: string[] }[] = []
    for (const [server, code] of failures) {
      const timedOut = timeouts.get(server) ?? 0
      const what =
        code === 'ETIMEOUT'
          ? `no answer within ${timeoutMs} ms${timedOut > 1 ? ` x ${timedOut} tries` : ''}`
          : (FAILURE_WORDS[code] ?? 'lookup failed')
      const group = groups.find((g) => g.what === what && g.code === code)
      if (group) group.from.push(server)
      else groups.push({ what, code, from: [server] })
    }
    return groups
      .map(({ what, code, from }) => `${what} from ${from.join(', ')} (${code})`)
      .join('; ')
  }

  const resolveCname = async (name: string, signal?: AbortSignal): Promise<CnameAnswer> => {
    signal?.throwIfAborted()
    const query = withoutTrailingDot(name)
    // c-ares would ask for the root zone's CNAME, which tells nothing about this certificate.
    if (query === '') return { kind: 'unknown', detail: 'empty name, not asked (EBADNAME)' }

    const failures = new Map<string, string>()
    const timeouts = new Map<string, number>()
    // In c-ares' order: each round asks every server once, and the first that answers decides.
    for (let round = 0; round < tries; round += 1) {
      for (const server of servers) {
        const attempt = await ask(server, query, timeoutMs, signal)
        if ('answer' in attempt) return attempt.answer
        failures.set(server, attempt.failure)
        if (attempt.failure === 'ETIMEOUT') {
          timeouts.set(server, (timeouts.get(server) ?? 0) + 1)
        }
      }
    }
    return { kind: 'unknown', detail: describe(failures, timeouts) }
  }

  return { servers: label, deadlineMs, resolveCname }
}
