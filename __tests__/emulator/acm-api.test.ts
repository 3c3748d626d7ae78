/**
 * ACM through the real @aws-sdk/client-acm over HTTP: ListCertificates' real defaults (key types,
 * key-pair origins) that hide certificates, paging past 1,000, and DescribeCertificate's detail.
 */
import {
  DescribeCertificateCommand,
  InvalidArnException,
  ListCertificatesCommand,
  ResourceNotFoundException,
  paginateListCertificates,
  type ACMClient,
  type CertificateSummary,
  type KeyAlgorithm,
  type ListCertificatesCommandInput
} from '@aws-sdk/client-acm'
import {
  ACM_KEY_TYPES,
  generateEstate,
  startAwsEmulator,
  type AwsEmulator
} from '../../emulator/aws/index.js'
import { acmClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000
const ALL_KEY_TYPES: KeyAlgorithm[] = [...ACM_KEY_TYPES]

async function listAll(acm: ACMClient, input: ListCertificatesCommandInput) {
  const out: CertificateSummary[] = []
  for await (const page of paginateListCertificates({ client: acm }, input)) {
    out.push(...(page.CertificateSummaryList ?? []))
  }
  return out
}

describe('ACM paging past 1,000 certificates', () => {
  let aws: AwsEmulator
  let acm: ACMClient
  const { estate } = generateEstate({
    regions: ['us-east-1'],
    instances: 0,
    certificates: 2345,
    problemShare: 0.2,
    seed: 11
  })

  beforeAll(async () => {
    // Unlimited ListCertificates here: this suite is about paging, throttling has its own.
    aws = await startAwsEmulator({ estate, now: NOW, knobs: { quotas: { ListCertificates: 0 } } })
    acm = acmClient(aws, { region: 'us-east-1' })
  })
  afterAll(async () => {
    acm.destroy()
    await aws.close()
  })

  it('pages by 1,000 and returns every certificate once when all key types are asked for', async () => {
    const first = await acm.send(
      new ListCertificatesCommand({ Includes: { keyTypes: ALL_KEY_TYPES } })
    )
    expect(first.CertificateSummaryList).toHaveLength(1000)
    expect(first.NextToken).toEqual(expect.any(String))
    const all = await listAll(acm, {
      Includes: { keyTypes: ALL_KEY_TYPES },
      CertificateKeyPairOrigins: ['AWS_MANAGED', 'CUSTOMER_PROVIDED', 'ACME']
    })
    expect(new Set(all.map((c) => c.CertificateArn)).size).toBe(2345)
    expect(new Set(all.map((c) => c.KeyAlgorithm))).toEqual(new Set(ALL_KEY_TYPES))
  })

  it('honours MaxItems and rejects it outside 1..1000', async () => {
    const page = await acm.send(new ListCertificatesCommand({ MaxItems: 7 }))
    expect(page.CertificateSummaryList).toHaveLength(7)
    for (const max of [0, 1001]) {
      await expect(acm.send(new ListCertificatesCommand({ MaxItems: max }))).rejects.toMatchObject({
        name: 'ValidationException',
        $metadata: { httpStatusCode: 400 }
      })
    }
  })

  it('refuses a NextToken replayed with other filters', async () => {
    const page = await acm.send(new ListCertificatesCommand({ MaxItems: 5 }))
    await expect(
      acm.send(
        new ListCertificatesCommand({
          NextToken: page.NextToken,
          Includes: { keyTypes: ['RSA_4096'] }
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidArgsException' })
  })
})

describe('ACM in the demo estate', () => {
  let aws: AwsEmulator
  let acm: ACMClient
  let everything: Map<string, CertificateSummary>

  beforeAll(async () => {
    aws = await startAwsEmulator({
      estate: 'estates/demo.json',
      now: NOW,
      knobs: { quotas: { ListCertificates: 0 } }
    })
    acm = acmClient(aws, { region: 'us-east-1' })
    const all = await listAll(acm, {
      Includes: { keyTypes: ALL_KEY_TYPES },
      CertificateKeyPairOrigins: ['AWS_MANAGED', 'CUSTOMER_PROVIDED', 'ACME']
    })
    everything = new Map(all.map((c) => [c.DomainName as string, c]))
  })
  afterAll(async () => {
    acm.destroy()
    await aws.close()
  })

  it('hides non-RSA_1024/2048 and ACME-origin certificates unless asked for, as AWS does', async () => {
    const byDefault = new Set((await listAll(acm, {})).map((c) => c.DomainName))
    expect(byDefault.has('shop.example.com')).toBe(true)
    for (const hidden of [
      'legacy-partner.example.com', // imported EC_prime256v1, expiring
      'vault.example.com', // RSA_4096, not in use
      'edge.example.com', // EC_secp384r1
      'acme.example.com' // RSA_2048 but ACME origin
    ]) {
      expect(byDefault.has(hidden)).toBe(false)
      expect(everything.has(hidden)).toBe(true)
    }
    const withKeyTypes = new Set(
      (await listAll(acm, { Includes: { keyTypes: ALL_KEY_TYPES } })).map((c) => c.DomainName)
    )
    expect(withKeyTypes.has('legacy-partner.example.com')).toBe(true)
    expect(withKeyTypes.has('acme.example.com')).toBe(false)
    expect(everything.get('acme.example.com')?.CertificateKeyPairOrigin).toBe('ACME')
  })

  it('fills every summary field the model defines for an issued certificate', () => {
    const imported = everything.get('legacy-partner.example.com')
    expect(imported).toMatchObject({
      Type: 'IMPORTED',
      Status: 'ISSUED',
      KeyAlgorithm: 'EC_prime256v1',
      InUse: true,
      Exported: false,
      RenewalEligibility: 'INELIGIBLE',
      HasAdditionalSubjectAlternativeNames: false,
      SubjectAlternativeNameSummaries: ['legacy-partner.example.com'],
      KeyUsages: ['DIGITAL_SIGNATURE'],
      ExtendedKeyUsages: ['TLS_WEB_SERVER_AUTHENTICATION'],
      NotAfter: new Date(NOW.getTime() + 9 * DAY)
    })
    expect(imported?.ImportedAt).toBeInstanceOf(Date)
    expect(imported?.IssuedAt).toBeUndefined()
    expect(everything.get('spring-campaign.example.com')).toMatchObject({
      Type: 'AMAZON_ISSUED',
      InUse: false,
      RenewalEligibility: 'INELIGIBLE'
    })
  })

  it('filters by status', async () => {
    const failed = await listAll(acm, {
      CertificateStatuses: ['FAILED', 'EXPIRED', 'PENDING_VALIDATION'],
      Includes: { keyTypes: ALL_KEY_TYPES }
    })
    expect(failed.map((c) => [c.DomainName, c.Status]).sort()).toEqual([
      ['docs.example.com', 'PENDING_VALIDATION'],
      ['new-brand.example.co', 'FAILED'],
      ['old-promo.example.com', 'EXPIRED']
    ])
  })

  const describe_ = async (domain: string) => {
    const arn = everything.get(domain)?.CertificateArn
    return (await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))).Certificate
  }

  it('describes an EMAIL renewal waiting for approval', async () => {
    const cert = await describe_('intranet.example.com')
    expect(cert?.RenewalSummary?.RenewalStatus).toBe('PENDING_VALIDATION')
    expect(cert?.RenewalSummary?.DomainValidationOptions?.[0]).toMatchObject({
      DomainName: 'intranet.example.com',
      ValidationMethod: 'EMAIL',
      ValidationStatus: 'PENDING_VALIDATION',
      ValidationEmails: expect.arrayContaining(['admin@intranet.example.com'])
    })
    expect(cert?.InUseBy).toHaveLength(1)
  })

  it('describes a FAILED renewal with its reason and the DNS record it validates with', async () => {
    const cert = await describe_('status.example.com')
    expect(cert?.RenewalSummary).toMatchObject({
      RenewalStatus: 'FAILED',
      RenewalStatusReason: 'CAA_ERROR'
    })
    expect(cert?.RenewalSummary?.UpdatedAt).toEqual(new Date(NOW.getTime() - 2 * DAY))
    expect(cert?.DomainValidationOptions?.[0]?.ResourceRecord).toMatchObject({
      Type: 'CNAME',
      Name: expect.stringMatching(/^_[0-9a-f]{32}\.status\.example\.com\.$/)
    })
  })

  it('describes a failed issuance and an imported certificate without RenewalSummary', async () => {
    const failed = await describe_('new-brand.example.co')
    expect(failed).toMatchObject({ Status: 'FAILED', FailureReason: 'CAA_ERROR' })
    expect(failed?.NotAfter).toBeUndefined()
    const imported = await describe_('legacy-partner.example.com')
    expect(imported?.RenewalSummary).toBeUndefined()
    expect(imported?.DomainValidationOptions).toBeUndefined()
    expect(imported?.Issuer).toBe('DigiCert Global G2 TLS RSA SHA256 2020 CA1')
  })

  it('shows the managed renewal ACM starts 60 days before expiry of an eligible certificate', async () => {
    const cert = await describe_('acme.example.com')
    expect(cert?.RenewalSummary?.RenewalStatus).toBe('PENDING_AUTO_RENEWAL')
    expect(cert?.Options).toEqual({
      CertificateTransparencyLoggingPreference: 'ENABLED',
      Export: 'DISABLED'
    })
  })

  it('answers InvalidArnException and ResourceNotFoundException as ACM does', async () => {
    const bad = await acm
      .send(new DescribeCertificateCommand({ CertificateArn: 'arn:aws:acm:us-east-1:nope:xx' }))
      .catch((e: unknown) => e)
    expect(bad).toBeInstanceOf(InvalidArnException)
    const missing = await acm
      .send(
        new DescribeCertificateCommand({
          CertificateArn:
            'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-4000-a000-000000000000'
        })
      )
      .catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(ResourceNotFoundException)
    expect((missing as ResourceNotFoundException).$metadata.httpStatusCode).toBe(400)
  })
})
