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

/**
 * The default VPC and its subnets that moto_server makes in every region, read with a bare EC2
 * Query call (this project has no EC2 client; moto checks no signature, but routes by the
 * service and region an Authorization header names).
 */
export async function motoDefaultSubnets(
  url: string,
  region: string
): Promise<{ vpcId: string; subnetIds: string[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR0EXAMPLE/20260101/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: 'Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=default-for-az&Filter.1.Value.1=true'
  })
  const xml = await response.text()
  const vpcId = /<vpcId>([^<]+)<\/vpcId>/.exec(xml)?.[1]
  const subnetIds = [...xml.matchAll(/<subnetId>([^<]+)<\/subnetId>/g)].map((m) => m[1] as string)
  if (!vpcId || subnetIds.length < 2) throw new Error(`moto_server has no default VPC in ${region}`)
  return { vpcId, subnetIds }
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
