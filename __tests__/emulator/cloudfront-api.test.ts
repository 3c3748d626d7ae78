/**
 * CloudFront's ListDistributions through the real @aws-sdk/client-cloudfront (REST-XML,
 * `GET /2020-05-31/distribution`): every member the model requires of a summary, the viewer
 * certificate as CloudFront states it for its default, an ACM and an IAM certificate, CloudFront's
 * own Marker paging, a global service, and errors in CloudFront's XML error document.
 */
import {
  GetDistributionCommand,
  ListDistributionsCommand,
  paginateListDistributions,
  type CloudFrontClient,
  type DistributionSummary
} from '@aws-sdk/client-cloudfront'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { cloudFrontClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')

const estate: Estate = {
  accounts: {
    '111111111111': {
      iam: {
        serverCertificates: [{ name: 'old-cdn', path: '/cloudfront/', expiration: '+10d' }]
      },
      cloudfront: {
        distributions: [
          {
            id: 'E5042D14666751',
            aliases: ['shop.example.com', 'www.shop.example.com'],
            certificate: { acm: 'shop.example.com' }
          },
          { aliases: ['old.example.com'], certificate: { iam: 'old-cdn' }, enabled: false },
          { status: 'InProgress' },
          ...Array.from({ length: 120 }, () => ({}))
        ]
      },
      regions: { 'us-east-1': { acm: { certificates: [{ domain: 'shop.example.com' }] } } }
    }
  }
}

async function listAll(client: CloudFrontClient, pageSize?: number) {
  const out: DistributionSummary[] = []
  for await (const page of paginateListDistributions({ client, pageSize }, {})) {
    out.push(...(page.DistributionList?.Items ?? []))
  }
  return out
}

describe('CloudFront ListDistributions', () => {
  let aws: AwsEmulator
  let cloudfront: CloudFrontClient
  let all: DistributionSummary[]

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    cloudfront = cloudFrontClient(aws)
    all = await listAll(cloudfront)
  })
  afterAll(async () => {
    cloudfront.destroy()
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [] })
  })

  const byAlias = (alias: string) => all.find((d) => d.Aliases?.Items?.includes(alias))

  it('summarises a distribution with an ACM certificate', () => {
    expect(byAlias('shop.example.com')).toMatchObject({
      Id: 'E5042D14666751',
      ARN: 'arn:aws:cloudfront::111111111111:distribution/E5042D14666751',
      Status: 'Deployed',
      LastModifiedTime: expect.any(Date),
      DomainName: expect.stringMatching(/^d[a-z0-9]{13}\.cloudfront\.net$/),
      Aliases: { Quantity: 2, Items: ['shop.example.com', 'www.shop.example.com'] },
      Enabled: true,
      ViewerCertificate: {
        CloudFrontDefaultCertificate: false,
        ACMCertificateArn: expect.stringMatching(
          /^arn:aws:acm:us-east-1:111111111111:certificate\//
        ),
        SSLSupportMethod: 'sni-only',
        MinimumProtocolVersion: 'TLSv1.2_2021',
        CertificateSource: 'acm'
      }
    })
  })

  it('names an IAM certificate by its id, and the default certificate as CloudFront does', async () => {
    const old = byAlias('old.example.com')
    const id = old?.ViewerCertificate?.IAMCertificateId
    expect(id).toMatch(/^ASCA[A-Z0-9]{17}$/)
    expect(old).toMatchObject({
      Enabled: false,
      ViewerCertificate: { Certificate: id, CertificateSource: 'iam' }
    })
    const plain = all.find((d) => d.Status === 'InProgress')
    expect(plain?.Aliases).toEqual({ Quantity: 0 })
    expect(plain?.ViewerCertificate).toEqual({
      CloudFrontDefaultCertificate: true,
      SSLSupportMethod: 'vip',
      MinimumProtocolVersion: 'TLSv1',
      CertificateSource: 'cloudfront'
    })
  })

  it('fills every member the model requires of a summary', () => {
    const required = [
      'Id',
      'ARN',
      'Status',
      'LastModifiedTime',
      'DomainName',
      'Aliases',
      'Origins',
      'DefaultCacheBehavior',
      'CacheBehaviors',
      'CustomErrorResponses',
      'Comment',
      'PriceClass',
      'Enabled',
      'ViewerCertificate',
      'Restrictions',
      'WebACLId',
      'HttpVersion',
      'IsIPV6Enabled',
      'Staging'
    ]
    for (const summary of all) {
      expect(required.filter((member) => !(member in summary))).toEqual([])
    }
    expect(all[0]?.Origins?.Items?.[0]).toMatchObject({
      Id: expect.any(String),
      DomainName: expect.stringMatching(/\.s3\.us-east-1\.amazonaws\.com$/)
    })
  })

  it('pages by 100 at most, the marker being the last id of the page', async () => {
    expect(all).toHaveLength(123)
    expect(new Set(all.map((d) => d.Id)).size).toBe(123)
    const first = await cloudfront.send(new ListDistributionsCommand({}))
    expect(first.DistributionList).toMatchObject({
      Marker: '',
      MaxItems: 100,
      IsTruncated: true,
      Quantity: 100
    })
    const last = first.DistributionList?.Items?.at(-1)?.Id
    expect(first.DistributionList?.NextMarker).toBe(last)
    const rest = await cloudfront.send(new ListDistributionsCommand({ Marker: last }))
    expect(rest.DistributionList).toMatchObject({
      Marker: last,
      IsTruncated: false,
      Quantity: 23
    })
    expect(rest.DistributionList?.NextMarker).toBeUndefined()
    const capped = await cloudfront.send(new ListDistributionsCommand({ MaxItems: 500 }))
    expect(capped.DistributionList?.Quantity).toBe(100)
    expect(await listAll(cloudfront, 7)).toEqual(all)
  })

  it('answers an empty list with Quantity 0 and no Items', async () => {
    const past = await cloudfront.send(new ListDistributionsCommand({ Marker: 'Z' }))
    expect(past.DistributionList).toMatchObject({ Quantity: 0, IsTruncated: false })
    expect(past.DistributionList?.Items).toBeUndefined()
  })

  it('refuses a MaxItems that is not a positive number with InvalidArgument (400)', async () => {
    await expect(
      cloudfront.send(new ListDistributionsCommand({ MaxItems: 0 }))
    ).rejects.toMatchObject({ name: 'InvalidArgument', $metadata: { httpStatusCode: 400 } })
  })

  it('is global: it answers whatever region the client signs for', async () => {
    const tokyo = cloudFrontClient(aws, { region: 'ap-northeast-1' })
    const out = await tokyo.send(new ListDistributionsCommand({ MaxItems: 1 }))
    expect(out.DistributionList?.Quantity).toBe(1)
    tokyo.destroy()
    expect(aws.calls.map((c) => [c.service, c.operation, c.region, c.status])).toEqual([
      ['cloudfront', 'ListDistributions', 'ap-northeast-1', 200]
    ])
  })

  it('injects AccessDenied (403) as CloudFront names it', async () => {
    aws.setKnobs({ faults: [{ service: 'cloudfront', error: 'AccessDeniedException' }] })
    const error = await cloudfront.send(new ListDistributionsCommand({})).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining('ListDistributions'),
      $metadata: { httpStatusCode: 403 }
    })
    expect(aws.calls[0]).toMatchObject({ service: 'cloudfront', errorCode: 'AccessDenied' })
  })

  it("answers unsigned and unknown requests in CloudFront's error document", async () => {
    const unsigned = await fetch(`${aws.url}/2020-05-31/distribution`)
    expect(unsigned.status).toBe(403)
    const body = await unsigned.text()
    expect(body).toContain(
      '<ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">'
    )
    expect(body).toContain('<Code>MissingAuthenticationToken</Code>')
    expect(aws.calls).toEqual([
      expect.objectContaining({
        service: 'cloudfront',
        operation: 'ListDistributions',
        status: 403
      })
    ])
    await expect(
      cloudfront.send(new GetDistributionCommand({ Id: 'E5042D14666751' }))
    ).rejects.toMatchObject({
      name: 'UnknownOperationException',
      $metadata: { httpStatusCode: 404 }
    })
  })
})
