/**
 * AWS Private CA's ListCertificateAuthorities through the real @aws-sdk/client-acm-pca (JSON
 * 1.1, `ACMPrivateCA.` targets): statuses and the dates a CA has only once its certificate is
 * installed, paging (MaxResults 1..1000, at most 100 a page), ResourceOwner, a regional service,
 * and the front end's knobs in JSON's own error form.
 */
import {
  ACMPCAServiceException,
  InvalidNextTokenException,
  ListCertificateAuthoritiesCommand,
  paginateListCertificateAuthorities,
  type ACMPCAClient,
  type CertificateAuthority
} from '@aws-sdk/client-acm-pca'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { pcaClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000

const estate: Estate = {
  accounts: {
    '111111111111': {
      name: 'prod',
      regions: {
        'eu-west-1': {
          acmPca: {
            certificateAuthorities: [
              { commonName: 'Example Root CA', notAfter: '+30d' },
              { commonName: 'Old Issuing CA', type: 'SUBORDINATE', notAfter: '-5d' },
              { commonName: 'Paused CA', status: 'DISABLED', notAfter: '+900d' },
              { commonName: 'Broken CA', status: 'FAILED', notAfter: '+900d' },
              { commonName: 'New CA', status: 'PENDING_CERTIFICATE', notAfter: '+900d' },
              { commonName: 'Gone CA', status: 'DELETED', notAfter: '+900d' },
              ...Array.from({ length: 140 }, (_, i) => ({
                commonName: `Bulk CA ${i}`,
                notAfter: '+2000d',
                usageMode: 'SHORT_LIVED_CERTIFICATE'
              }))
            ]
          }
        },
        'us-east-1': {}
      }
    }
  }
}

describe('AWS Private CA ListCertificateAuthorities', () => {
  let aws: AwsEmulator
  let pca: ACMPCAClient
  let all: CertificateAuthority[]

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    pca = pcaClient(aws, { region: 'eu-west-1' })
    all = []
    for await (const page of paginateListCertificateAuthorities({ client: pca }, {})) {
      all.push(...(page.CertificateAuthorities ?? []))
    }
  })
  afterAll(async () => {
    pca.destroy()
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [] })
  })

  const byName = (cn: string) =>
    all.find((ca) => ca.CertificateAuthorityConfiguration?.Subject?.CommonName === cn)

  it('describes an active CA with its dates, serial and configuration', () => {
    expect(byName('Example Root CA')).toEqual({
      Arn: expect.stringMatching(
        /^arn:aws:acm-pca:eu-west-1:111111111111:certificate-authority\/[0-9a-f-]{36}$/
      ),
      OwnerAccount: '111111111111',
      CreatedAt: expect.any(Date),
      LastStateChangeAt: expect.any(Date),
      Type: 'ROOT',
      Serial: expect.stringMatching(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/),
      Status: 'ACTIVE',
      NotBefore: new Date(NOW.getTime() - 3620 * DAY),
      NotAfter: new Date(NOW.getTime() + 30 * DAY),
      CertificateAuthorityConfiguration: {
        KeyAlgorithm: 'RSA_2048',
        SigningAlgorithm: 'SHA256WITHRSA',
        Subject: { Country: 'US', Organization: 'prod', CommonName: 'Example Root CA' }
      },
      RevocationConfiguration: {
        CrlConfiguration: { Enabled: false },
        OcspConfiguration: { Enabled: false }
      },
      KeyStorageSecurityStandard: 'FIPS_140_2_LEVEL_3_OR_HIGHER',
      UsageMode: 'GENERAL_PURPOSE'
    })
  })

  it('turns a CA past its NotAfter EXPIRED, and keeps the status the estate gives', () => {
    expect(byName('Old Issuing CA')).toMatchObject({
      Type: 'SUBORDINATE',
      Status: 'EXPIRED',
      LastStateChangeAt: new Date(NOW.getTime() - 5 * DAY)
    })
    expect(byName('Paused CA')?.Status).toBe('DISABLED')
    expect(byName('Gone CA')).toMatchObject({
      Status: 'DELETED',
      RestorableUntil: expect.any(Date),
      NotAfter: expect.any(Date)
    })
    expect(byName('Bulk CA 0')?.UsageMode).toBe('SHORT_LIVED_CERTIFICATE')
  })

  it('serves no certificate dates or serial for a CA without a CA certificate', () => {
    for (const [name, extra] of [
      ['Broken CA', { Status: 'FAILED', FailureReason: 'OTHER' }],
      ['New CA', { Status: 'PENDING_CERTIFICATE' }]
    ] as const) {
      const ca = byName(name)
      expect(ca).toMatchObject(extra)
      expect(ca?.NotBefore).toBeUndefined()
      expect(ca?.NotAfter).toBeUndefined()
      expect(ca?.Serial).toBeUndefined()
    }
  })

  it('pages at most 100 at a time, whatever MaxResults asks, and refuses bad input', async () => {
    expect(all).toHaveLength(146)
    expect(new Set(all.map((ca) => ca.Arn)).size).toBe(146)
    const big = await pca.send(new ListCertificateAuthoritiesCommand({ MaxResults: 1000 }))
    expect(big.CertificateAuthorities).toHaveLength(100)
    const small = await pca.send(new ListCertificateAuthoritiesCommand({ MaxResults: 5 }))
    expect(small.CertificateAuthorities).toHaveLength(5)
    const next = await pca.send(
      new ListCertificateAuthoritiesCommand({ MaxResults: 5, NextToken: small.NextToken })
    )
    expect(next.CertificateAuthorities?.[0]?.Arn).toBe(all[5]?.Arn)
    for (const MaxResults of [0, 1001]) {
      await expect(
        pca.send(new ListCertificateAuthoritiesCommand({ MaxResults }))
      ).rejects.toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } })
    }
    await expect(
      pca.send(new ListCertificateAuthoritiesCommand({ NextToken: 'nope' }))
    ).rejects.toBeInstanceOf(InvalidNextTokenException)
  })

  it('lists no CAs of other accounts, the emulator sharing none', async () => {
    const shared = await pca.send(
      new ListCertificateAuthoritiesCommand({ ResourceOwner: 'OTHER_ACCOUNTS' })
    )
    expect(shared.CertificateAuthorities).toEqual([])
    await expect(
      pca.send(new ListCertificateAuthoritiesCommand({ ResourceOwner: 'ANYONE' as 'SELF' }))
    ).rejects.toMatchObject({ name: 'ValidationException' })
  })

  it('is regional: another region of the account has its own (here no) CAs', async () => {
    const virginia = pcaClient(aws, { region: 'us-east-1' })
    const out = await virginia.send(new ListCertificateAuthoritiesCommand({}))
    expect(out.CertificateAuthorities).toEqual([])
    virginia.destroy()
    const tokyo = pcaClient(aws, { region: 'ap-northeast-1' })
    await expect(tokyo.send(new ListCertificateAuthoritiesCommand({}))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      $metadata: { httpStatusCode: 400 }
    })
    tokyo.destroy()
  })

  it('injects AccessDenied as AccessDeniedException (400), logged as service acm-pca', async () => {
    aws.setKnobs({ faults: [{ service: 'acm-pca', error: 'AccessDenied' }] })
    const error = await pca.send(new ListCertificateAuthoritiesCommand({})).catch((e: unknown) => e)
    // The acm-pca model declares no AccessDeniedException: the SDK names the generic error.
    expect(error).toBeInstanceOf(ACMPCAServiceException)
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('ListCertificateAuthorities'),
      $metadata: { httpStatusCode: 400 }
    })
    expect(aws.calls.map((c) => [c.service, c.operation, c.region, c.errorCode])).toEqual([
      ['acm-pca', 'ListCertificateAuthorities', 'eu-west-1', 'AccessDeniedException']
    ])
  })
})
