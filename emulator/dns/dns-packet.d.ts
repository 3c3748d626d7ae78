// Only the part of dns-packet 5.x that emulator/dns uses. The package ships no types; this keeps
// the dev dependency to one package instead of adding @types/dns-packet as well.
declare module 'dns-packet' {
  export interface Question {
    type: string
    name: string
    class?: string
  }

  export interface Answer {
    type: string
    name: string
    class?: string
    ttl?: number
    /** CNAME: the target name; A: a dotted IPv4 address. */
    data: string
  }

  export interface Packet {
    type?: 'query' | 'response'
    id?: number
    /** Header flags; the low four bits are the RCODE. */
    flags?: number
    /** Decoded only, e.g. `NOERROR`; encode reads the RCODE from `flags`. */
    opcode?: string
    rcode?: string
    questions?: Question[]
    answers?: Answer[]
    authorities?: Answer[]
    additionals?: unknown[]
  }

  export const AUTHORITATIVE_ANSWER: number
  export const RECURSION_DESIRED: number
  export const RECURSION_AVAILABLE: number

  export function encode(packet: Packet): Buffer
  export function decode(buf: Buffer): Packet

  const dnsPacket: {
    AUTHORITATIVE_ANSWER: number
    RECURSION_DESIRED: number
    RECURSION_AVAILABLE: number
    encode: typeof encode
    decode: typeof decode
  }
  export default dnsPacket
}
