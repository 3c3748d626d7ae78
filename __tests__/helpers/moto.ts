/**
 * moto_server (a widely used third-party AWS mock) as an independent check of what our own
 * emulator serves and of how the scan copes with an endpoint that lacks calls.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where moto_server is on this machine, if anywhere (PATH, or pyenv's shims). */
export function findMoto(): string | undefined {
  const which = spawnSync('which', ['moto_server'], { encoding: 'utf8' })
  const onPath = which.status === 0 ? which.stdout.trim() : ''
  if (onPath) return onPath
  return existsSync('/root/.pyenv/shims/moto_server') ? '/root/.pyenv/shims/moto_server' : undefined
}

export interface Moto {
  url: string
  close(): void
}

export async function startMoto(binary: string): Promise<Moto> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(binary, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore'
  })
  await waitForMoto(url)
  return { url, close: () => child.kill('SIGTERM') }
}

/**
 * A self-signed certificate and key (PEM) made with openssl, for ImportCertificate, valid for
 * `days` from `notBefore`. openssl dates it, and moto_server checks it, on the real clock, which
 * a shifted Node clock (helpers/shifted-clock.cjs) does not show: `notBefore` is the real instant
 * openssl made it.
 */
export function selfSignedCertificate(
  commonName: string,
  days: number
): { certificate: Buffer; privateKey: Buffer; notBefore: Date } {
  const dir = mkdtempSync(join(tmpdir(), 'aws-cert-watch-cert-'))
  try {
    const cert = join(dir, 'cert.pem')
    const key = join(dir, 'key.pem')
    const openssl = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      String(days),
      '-subj',
      `/CN=${commonName}`
    ])
    if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr.toString()}`)
    const certificate = readFileSync(cert)
    const notBefore = new Date(Date.parse(new X509Certificate(certificate).validFrom))
    return { certificate, privateKey: readFileSync(key), notBefore }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitForMoto(url: string): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    try {
      const response = await fetch(`${url}/moto-api/`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`moto_server did not start at ${url}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
