/**
 * Certificate files kept in the repository (`*.pem`, `*.crt`, `*.cer`): every certificate in each
 * file, parsed by node:crypto's X509Certificate (OpenSSL underneath). A PEM bundle gives one
 * entry per `BEGIN CERTIFICATE` block, at that line; a file without PEM blocks is tried as DER.
 * Private keys and CSRs in `*.pem` files are not certificates and are passed over.
 */
import { X509Certificate } from 'node:crypto'
import type { IacReader, IacRepository } from '../reader.js'
import type { IacCertificate, IacReadFailure, IacRecord } from '../records.js'

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g
const ANY_PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----/

export const readCertificateFiles: IacReader = async ({ files, repository }) => {
  const records: IacRecord[] = []
  const failures: IacReadFailure[] = []
  for (const file of files) {
    const read = await readOne(file, repository)
    if ('detail' in read) failures.push({ file, detail: read.detail })
    else if (read.certificates.length > 0) {
      records.push({ kind: 'certificate-file', file, certificates: read.certificates })
    }
  }
  return { records, failures, filesRead: [...files] }
}

async function readOne(
  file: string,
  repository: IacRepository
): Promise<{ certificates: IacCertificate[] } | { detail: string }> {
  const bytes = await repository.readBytes(file)
  if (bytes === null) return { detail: 'the file could not be read' }
  const text = bytes.toString('latin1')
  if (!ANY_PEM_BLOCK.test(text)) {
    try {
      return { certificates: [certificateAt(new X509Certificate(bytes), 1)] }
    } catch {
      return { detail: 'neither PEM nor a DER certificate' }
    }
  }
  return pemCertificates(text)
}

/** Every certificate block of a PEM text, at the 1-based line of its BEGIN line. */
export function pemCertificates(
  text: string,
  firstLine = 1
): { certificates: IacCertificate[] } | { detail: string } {
  const certificates: IacCertificate[] = []
  for (const match of text.matchAll(PEM_BLOCK)) {
    const line = firstLine + countNewlines(text, match.index)
    try {
      certificates.push(certificateAt(new X509Certificate(match[0]), line))
    } catch (error) {
      return { detail: `line ${line}: not a valid certificate (${(error as Error).message})` }
    }
  }
  return { certificates }
}

function certificateAt(certificate: X509Certificate, line: number): IacCertificate {
  return {
    line,
    subject: oneLineName(certificate.subject),
    issuer: oneLineName(certificate.issuer),
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: new Date(certificate.validTo).toISOString(),
    fingerprint256: certificate.fingerprint256
  }
}

/** node prints a distinguished name one attribute per line: `CN=a, O=b` reads in one line. */
function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ')
}

function countNewlines(text: string, end: number): number {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++
  return count
}
