/**
 * IAM's ListServerCertificates through the real @aws-sdk/client-iam (Query protocol): derived
 * ids and ARNs, PathPrefix, Marker/MaxItems/IsTruncated paging, a global service that answers in
 * any signing region, and the front end's faults and call log in IAM's own error document
 * (signatures: auth-and-knobs.test.ts, for every service).
 */
import {
  ListServerCertificatesCommand,
  ListUsersCommand,
  paginateListServerCertificates,
  type IAMClient,
  type ServerCertificateMetadata
} from '@aws-sdk/client-iam'
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import { startAwsEmulator, type AwsEmulator, type Estate } from '../../emulator/aws/index.js'
import { iamClient, rdsClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000

const estate: Estate = {
  accounts: {
    '111111111111': {
      iam: {
        serverCertificates: [
          { name: 'legacy-api', expiration: '+20d', uploadDate: '2025-03-10T08:00:00Z' },
          { name: 'old-cdn', path: '/cloudfront/', expiration: '-3d' },
          ...Array.from({ length: 5 }, (_, i) => ({
            name: `bulk-${i}`,
            path: '/bulk/',
            expiration: `+${100 + i}d`
          }))
        ]
      },
      // IAM is global: a region list that lacks us-east-1 does not matter to it.
      regions: { 'eu-west-1': {} }
    }
  }
}

async function listAll(iam: IAMClient, input = {}) {
  const out: ServerCertificateMetadata[] = []
  for await (const page of paginateListServerCertificates({ client: iam, pageSize: 2 }, input)) {
    out.push(...(page.ServerCertificateMetadataList ?? []))
  }
  return out
}

describe('IAM ListServerCertificates', () => {
  let aws: AwsEmulator
  let iam: IAMClient

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    iam = iamClient(aws)
  })
  afterAll(async () => {
    iam.destroy()
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [] })
  })

  it('lists every member the model defines, with derived ids and ARNs', async () => {
    const out = await iam.send(new ListServerCertificatesCommand({}))
    expect(out.IsTruncated).toBe(false)
    expect(out.Marker).toBeUndefined()
    expect(out.ServerCertificateMetadataList).toHaveLength(7)
    const [legacy, cdn] = out.ServerCertificateMetadataList ?? []
    expect(legacy).toEqual({
      Path: '/',
      ServerCertificateName: 'legacy-api',
      ServerCertificateId: expect.stringMatching(/^ASCA[A-Z0-9]{17}$/),
      Arn: 'arn:aws:iam::111111111111:server-certificate/legacy-api',
      UploadDate: new Date('2025-03-10T08:00:00Z'),
      Expiration: new Date(NOW.getTime() + 20 * DAY)
    })
    expect(cdn).toMatchObject({
      Path: '/cloudfront/',
      Arn: 'arn:aws:iam::111111111111:server-certificate/cloudfront/old-cdn',
      Expiration: new Date(NOW.getTime() - 3 * DAY)
    })
    // Uploaded before it expired, and in the past.
    expect(cdn?.UploadDate?.getTime()).toBeLessThan(NOW.getTime() - 3 * DAY)
    expect(new Set(out.ServerCertificateMetadataList?.map((c) => c.ServerCertificateId)).size).toBe(
      7
    )
  })

  it('filters by PathPrefix and refuses one that does not start with a slash', async () => {
    const bulk = await iam.send(new ListServerCertificatesCommand({ PathPrefix: '/bulk/' }))
    expect(bulk.ServerCertificateMetadataList?.map((c) => c.ServerCertificateName)).toEqual([
      'bulk-0',
      'bulk-1',
      'bulk-2',
      'bulk-3',
      'bulk-4'
    ])
    const none = await iam.send(new ListServerCertificatesCommand({ PathPrefix: '/nothing/' }))
    expect(none.ServerCertificateMetadataList).toEqual([])
    await expect(
      iam.send(new ListServerCertificatesCommand({ PathPrefix: 'bulk' }))
    ).rejects.toMatchObject({ name: 'ValidationError', $metadata: { httpStatusCode: 400 } })
  })

  it('pages by Marker and MaxItems with IsTruncated, and the paginator gets every one once', async () => {
    const first = await iam.send(new ListServerCertificatesCommand({ MaxItems: 3 }))
    expect(first.ServerCertificateMetadataList).toHaveLength(3)
    expect(first.IsTruncated).toBe(true)
    expect(first.Marker).toEqual(expect.any(String))
    const next = await iam.send(
      new ListServerCertificatesCommand({ MaxItems: 3, Marker: first.Marker })
    )
    expect(next.ServerCertificateMetadataList?.[0]?.ServerCertificateName).toBe('bulk-1')
    const all = await listAll(iam)
    expect(all.map((c) => c.ServerCertificateName)).toHaveLength(7)
    expect(new Set(all.map((c) => c.Arn)).size).toBe(7)
    expect(aws.calls.filter((c) => c.operation === 'ListServerCertificates')).toHaveLength(2 + 4)
  })

  it.each([[{ MaxItems: 0 }], [{ MaxItems: 1001 }], [{ Marker: 'not-a-marker' }]])(
    'refuses %j with ValidationError',
    async (input) => {
      await expect(iam.send(new ListServerCertificatesCommand(input))).rejects.toMatchObject({
        name: 'ValidationError',
        $metadata: { httpStatusCode: 400 }
      })
    }
  )

  it('is global: it answers in any signing region, also one the account has no resources in', async () => {
    const tokyo = iamClient(aws, { region: 'ap-northeast-1' })
    const out = await tokyo.send(new ListServerCertificatesCommand({}))
    expect(out.ServerCertificateMetadataList).toHaveLength(7)
    tokyo.destroy()
    const rds = rdsClient(aws, { region: 'ap-northeast-1' })
    await expect(rds.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId'
    })
    rds.destroy()
    expect(aws.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status])).toEqual([
      ['iam', 'ListServerCertificates', '111111111111', 'ap-northeast-1', 200],
      ['rds', 'DescribeDBInstances', '111111111111', 'ap-northeast-1', 403]
    ])
  })

  it("injects AccessDenied (403) in IAM's namespace, logged as service iam", async () => {
    aws.setKnobs({ faults: [{ service: 'iam', error: 'AccessDeniedException' }] })
    const error = await iam.send(new ListServerCertificatesCommand({})).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining('ListServerCertificates'),
      $metadata: { httpStatusCode: 403 }
    })
    expect(aws.calls).toEqual([
      expect.objectContaining({
        service: 'iam',
        operation: 'ListServerCertificates',
        status: 403,
        errorCode: 'AccessDenied'
      })
    ])
  })

  it('answers InvalidAction for an IAM operation it does not serve', async () => {
    await expect(iam.send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'InvalidAction',
      message: 'Could not find operation ListUsers for version 2010-05-08'
    })
  })
})
