/**
 * How the CLI tells why a scan could not start, from the error's name or code under the wording
 * credentials/ wraps it in. The SDK's own CredentialsProviderError is met for real in
 * cli-process.test.ts; these are the network's errors as Node raises them and our deadlines.
 */
import { connect, createServer } from 'node:net'
import { explainScanFailure } from '../../src/cli/scan-failure.js'
import { DeadlineExceeded } from '../../src/shared/budget.js'

/** What credentials/ throws for a failed GetCallerIdentity: its words, the cause beneath. */
function asChainFailure(cause: unknown): Error {
  return new Error('No usable AWS credentials from the default chain (...).', { cause })
}

async function refusedConnection(): Promise<Error> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return new Promise((resolve) => connect(port, '127.0.0.1').on('error', resolve))
}

describe('explainScanFailure', () => {
  it('names a refused connection as unreachable, not as missing credentials', async () => {
    const refused = await refusedConnection()
    const { what, hint } = explainScanFailure(asChainFailure(refused))
    expect(what).toMatch(
      /^could not reach AWS \(ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/
    )
    expect(hint).toMatch(/^check the network connection/)
  })

  it('names an endpoint that never answered as such', () => {
    const { what, hint } = explainScanFailure(asChainFailure(new DeadlineExceeded('STS', 60_000)))
    expect(what).toBe('AWS did not answer (no answer from STS within 60 s)')
    expect(hint).toMatch(/^check the network connection/)
  })

  it('keeps the message of an error it does not know, and points at --debug', () => {
    expect(explainScanFailure(new Error('something else\nbroke'))).toEqual({
      what: 'something else broke',
      hint: 'run it again with --debug for the details'
    })
  })
})
