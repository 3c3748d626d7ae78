/**
 * The `dns-servers` entries as Node's resolver takes them. Apart from the resolver itself, so
 * that checking the inputs does not load node:dns (the input check runs before anything else
 * loads: src/main.ts).
 */
import { isIP } from './lazy-builtins.js'

/**
 * One `dns-servers` entry as `Resolver#setServers` takes it; throws a TypeError naming the entry
 * otherwise. Checked here rather than left to Node: setServers takes only IP addresses (no host
 * names), wraps a port above 65535 silently, and on Node 20 aborts the process on port 0.
 */
export function parseDnsServer(entry: string): string {
  const text = entry.trim()
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text)
  const [host, port] = bracketed
    ? [bracketed[1] ?? '', bracketed[2]]
    : isIP(text) === 6
      ? [text, undefined]
      : [text.replace(/:\d*$/, ''), /:(\d*)$/.exec(text)?.[1]]
  const family = isIP(host)
  if (family === 0 || (bracketed && family !== 6)) {
    throw new TypeError(
      `DNS server "${entry}" is not host[:port] or [v6]:port with the host an IP address`
    )
  }
  if (port === undefined) return host
  const number = /^\d{1,5}$/.test(port) ? Number(port) : NaN
  if (!(number >= 1 && number <= 65535)) {
    throw new TypeError(`DNS server "${entry}" has a port outside 1-65535`)
  }
  return family === 6 ? `[${host}]:${number}` : `${host}:${number}`
}
