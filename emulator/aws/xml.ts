/**
 * Just enough XML for Query and REST-XML responses: objects become nested elements in key order,
 * `XmlList` becomes a wrapper with one element per item (AWS's member names differ per list:
 * `DBInstance`, `Certificate`, `member`), `undefined` and `null` fields are left out, dates are
 * ISO-8601 UTC.
 */

export type XmlValue = string | number | boolean | Date | XmlList | XmlObject | null | undefined
export interface XmlObject {
  [key: string]: XmlValue
}

export class XmlList {
  constructor(
    readonly member: string,
    readonly items: XmlValue[]
  ) {}
}

export function list(member: string, items: XmlValue[]): XmlList {
  return new XmlList(member, items)
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string)
}

/** AWS's Query services print timestamps without milliseconds when they are whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z')
}

export function toXml(name: string, value: XmlValue, out: string[] = []): string[] {
  if (value === undefined || value === null) return out
  if (value instanceof XmlList) {
    out.push(`<${name}>`)
    for (const item of value.items) toXml(value.member, item, out)
    out.push(`</${name}>`)
  } else if (value instanceof Date) {
    out.push(`<${name}>${isoSeconds(value)}</${name}>`)
  } else if (typeof value === 'object') {
    out.push(`<${name}>`)
    for (const [key, child] of Object.entries(value)) toXml(key, child, out)
    out.push(`</${name}>`)
  } else {
    out.push(`<${name}>${escapeXml(String(value))}</${name}>`)
  }
  return out
}

/**
 * CloudFront's counted lists: `{Quantity, Items}`, where an empty list has no `Items` at all,
 * as CloudFront sends it.
 */
export function quantityList(member: string, items: XmlValue[]): XmlObject {
  return { Quantity: items.length, Items: items.length > 0 ? list(member, items) : undefined }
}

/** A root element in the service's namespace holding `body`'s members. */
export function xmlDocument(root: string, namespace: string, body: XmlObject): string {
  const parts = [`<${root} xmlns="${namespace}">`]
  for (const [key, child] of Object.entries(body)) toXml(key, child, parts)
  parts.push(`</${root}>\n`)
  return parts.join('')
}

/** `<OpResponse xmlns=..><OpResult>..</OpResult><ResponseMetadata>..` as Query services answer. */
export function queryResponse(
  operation: string,
  namespace: string,
  result: XmlObject,
  requestId: string
): string {
  return xmlDocument(`${operation}Response`, namespace, {
    [`${operation}Result`]: result,
    ResponseMetadata: { RequestId: requestId }
  })
}
