/**
 * RDS through the real @aws-sdk/client-rds over HTTP: paging, the CA list AWS serves today,
 * not-found faults, and the demo estate's RDS problems as the SDK sees them.
 */
import {
  CertificateNotFoundFault,
  DBInstanceNotFoundFault,
  DescribeCertificatesCommand,
  DescribeDBClustersCommand,
  DescribeDBEngineVersionsCommand,
  DescribeDBInstancesCommand,
  DescribePendingMaintenanceActionsCommand,
  paginateDescribeDBInstances,
  type DBInstance,
  type RDSClient
} from '@aws-sdk/client-rds'
import { AssumeRoleCommand } from '@aws-sdk/client-sts'
import { generateEstate, startAwsEmulator, type AwsEmulator } from '../../emulator/aws/index.js'
import { rdsClient, stsClient } from './clients.js'

const NOW = new Date('2026-03-01T00:00:00Z')
const DAY = 86_400_000

describe('RDS paging past 100 instances', () => {
  let aws: AwsEmulator
  let rds: RDSClient
  const { estate } = generateEstate({
    regions: ['eu-west-1'],
    instances: 257,
    certificates: 0,
    problemShare: 0.1,
    seed: 7
  })

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate, now: NOW })
    rds = rdsClient(aws, { region: 'eu-west-1' })
  })
  afterAll(async () => {
    rds.destroy()
    await aws.close()
  })

  it('returns 100 per page by default and every instance exactly once with the paginator', async () => {
    const first = await rds.send(new DescribeDBInstancesCommand({}))
    expect(first.DBInstances).toHaveLength(100)
    expect(first.Marker).toEqual(expect.any(String))
    const ids: string[] = []
    let pages = 0
    for await (const page of paginateDescribeDBInstances({ client: rds, pageSize: 20 }, {})) {
      pages++
      ids.push(...(page.DBInstances ?? []).map((i) => i.DBInstanceIdentifier as string))
    }
    expect(pages).toBe(13)
    expect(new Set(ids).size).toBe(257)
  })

  it.each([19, 101])('rejects MaxRecords=%i with InvalidParameterValue', async (max) => {
    await expect(
      rds.send(new DescribeDBInstancesCommand({ MaxRecords: max }))
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      $metadata: { httpStatusCode: 400 }
    })
  })

  it('answers DBInstanceNotFound (404) for an unknown identifier', async () => {
    const error = await rds
      .send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'no-such-db' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DBInstanceNotFoundFault)
    expect((error as DBInstanceNotFoundFault).$metadata.httpStatusCode).toBe(404)
  })

  it('filters by engine and by instance id', async () => {
    const neptune = await rds.send(
      new DescribeDBInstancesCommand({ Filters: [{ Name: 'engine', Values: ['neptune'] }] })
    )
    expect(neptune.DBInstances?.length).toBeGreaterThan(10)
    expect(neptune.DBInstances?.every((i) => i.Engine === 'neptune')).toBe(true)
    const one = await rds.send(
      new DescribeDBInstancesCommand({
        Filters: [{ Name: 'db-instance-id', Values: ['mysql-00000'] }]
      })
    )
    expect(one.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['mysql-00000'])
  })
})

describe('RDS in the demo estate', () => {
  let aws: AwsEmulator
  let rds: RDSClient
  let instances: Map<string, DBInstance>

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate: 'estates/demo.json', now: NOW })
    rds = rdsClient(aws, { region: 'us-east-1' })
    const all = await rds.send(new DescribeDBInstancesCommand({}))
    instances = new Map((all.DBInstances ?? []).map((i) => [i.DBInstanceIdentifier as string, i]))
  })
  afterAll(async () => {
    rds.destroy()
    await aws.close()
  })

  it('lists the CAs AWS serves today, without the retired rds-ca-2019', async () => {
    const out = await rds.send(new DescribeCertificatesCommand({}))
    expect(out.DefaultCertificateForNewLaunches).toBe('rds-ca-rsa2048-g1')
    expect(out.Certificates?.map((c) => c.CertificateIdentifier)).toEqual([
      'rds-ca-ecc384-g1',
      'rds-ca-rsa4096-g1',
      'rds-ca-rsa2048-g1'
    ])
    const rsa2048 = out.Certificates?.find((c) => c.CertificateIdentifier === 'rds-ca-rsa2048-g1')
    expect(rsa2048).toMatchObject({
      CertificateType: 'CA',
      Thumbprint: '7c40cb42714b6fdb2b296f9bbd0e8bb364436a76',
      ValidTill: new Date('2061-05-24T22:59:00Z'),
      CertificateArn: 'arn:aws:rds:us-east-1::cert:rds-ca-rsa2048-g1',
      CustomerOverride: false
    })
  })

  it('answers CertificateNotFound (404) for rds-ca-2019, while an instance still uses it', async () => {
    const error = await rds
      .send(new DescribeCertificatesCommand({ CertificateIdentifier: 'rds-ca-2019' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CertificateNotFoundFault)
    expect((error as CertificateNotFoundFault).$metadata.httpStatusCode).toBe(404)
    expect(instances.get('legacy-billing-mysql')).toMatchObject({
      CACertificateIdentifier: 'rds-ca-2019',
      CertificateDetails: {
        CAIdentifier: 'rds-ca-2019',
        ValidTill: new Date('2024-08-22T17:08:50Z')
      }
    })
  })

  it('serves RDS Custom without a CA and Neptune without CertificateDetails', () => {
    const custom = instances.get('reports-oracle-custom')
    expect(custom?.Engine).toBe('custom-oracle-ee')
    expect(custom?.CACertificateIdentifier).toBeUndefined()
    expect(custom?.CertificateDetails).toBeUndefined()
    const neptune = instances.get('graph-neptune-1')
    expect(neptune).toMatchObject({ Engine: 'neptune', DBClusterIdentifier: 'graph-neptune' })
    expect(neptune?.CACertificateIdentifier).toBe('rds-ca-rsa2048-g1')
    expect(neptune?.CertificateDetails).toBeUndefined()
    expect(instances.get('catalog-docdb-1')?.Engine).toBe('docdb')
  })

  it('resolves relative dates against the clock: a server certificate 9 days from expiry', () => {
    const till = instances.get('sessions-mariadb')?.CertificateDetails?.ValidTill as Date
    expect(till.getTime() - NOW.getTime()).toBe(9 * DAY)
    expect(instances.get('sessions-mariadb')?.CACertificateIdentifier).toBe('rds-ca-rsa2048-g1')
  })

  it('serves Aurora clusters without, and Multi-AZ DB clusters with, CertificateDetails', async () => {
    const out = await rds.send(new DescribeDBClustersCommand({}))
    const byId = new Map((out.DBClusters ?? []).map((c) => [c.DBClusterIdentifier, c]))
    expect(
      byId.get('payments-aurora')?.DBClusterMembers?.map((m) => m.DBInstanceIdentifier)
    ).toEqual(['payments-aurora-1', 'payments-aurora-2'])
    expect(byId.get('payments-aurora')?.CertificateDetails).toBeUndefined()
    expect(byId.get('ledger-maz')?.CertificateDetails?.CAIdentifier).toBe('rds-ca-rsa2048-g1')
    await expect(
      rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'nope' }))
    ).rejects.toMatchObject({ name: 'DBClusterNotFoundFault' })
  })

  it('serves the scheduled ca-certificate-rotation with its dates', async () => {
    const out = await rds.send(
      new DescribePendingMaintenanceActionsCommand({
        Filters: [{ Name: 'db-instance-id', Values: ['analytics-pg'] }]
      })
    )
    expect(out.PendingMaintenanceActions).toHaveLength(1)
    const entry = out.PendingMaintenanceActions?.[0]
    expect(entry?.ResourceIdentifier).toBe('arn:aws:rds:us-east-1:111111111111:db:analytics-pg')
    expect(entry?.PendingMaintenanceActionDetails?.[0]).toMatchObject({
      Action: 'ca-certificate-rotation',
      AutoAppliedAfterDate: new Date(NOW.getTime() + 12 * DAY),
      ForcedApplyDate: new Date(NOW.getTime() + 19 * DAY),
      CurrentApplyDate: new Date(NOW.getTime() + 12 * DAY),
      OptInStatus: 'next-maintenance',
      Description: 'CA certificate rotation'
    })
  })

  it('says which engine versions rotate without a restart', async () => {
    const restart = await rds.send(
      new DescribeDBEngineVersionsCommand({ Engine: 'mysql', EngineVersion: '5.7.44' })
    )
    expect(restart.DBEngineVersions).toHaveLength(1)
    expect(restart.DBEngineVersions?.[0]?.SupportsCertificateRotationWithoutRestart).toBe(false)
    const online = await rds.send(
      new DescribeDBEngineVersionsCommand({ Engine: 'postgres', EngineVersion: '16.4' })
    )
    expect(online.DBEngineVersions?.[0]).toMatchObject({
      SupportsCertificateRotationWithoutRestart: true,
      SupportedCACertificateIdentifiers: [
        'rds-ca-ecc384-g1',
        'rds-ca-rsa4096-g1',
        'rds-ca-rsa2048-g1'
      ]
    })
    const neptune = await rds.send(new DescribeDBEngineVersionsCommand({ Engine: 'neptune' }))
    expect(neptune.DBEngineVersions?.[0]?.SupportsCertificateRotationWithoutRestart).toBeUndefined()
  })

  it('serves the staging account override: an expiring CA as the default for new launches', async () => {
    const sts = stsClient(aws, { region: 'us-east-1' })
    const assumed = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::222222222222:role/audit',
        RoleSessionName: 'test'
      })
    )
    sts.destroy()
    const creds = assumed.Credentials
    const staging = rdsClient(aws, {
      region: 'ap-northeast-1',
      credentials: {
        accessKeyId: creds?.AccessKeyId as string,
        secretAccessKey: creds?.SecretAccessKey as string,
        sessionToken: creds?.SessionToken as string
      }
    })
    const out = await staging.send(new DescribeCertificatesCommand({}))
    expect(out.DefaultCertificateForNewLaunches).toBe('rds-ca-2019')
    expect(out.Certificates?.find((c) => c.CertificateIdentifier === 'rds-ca-2019')).toMatchObject({
      CustomerOverride: true,
      ValidTill: new Date(NOW.getTime() + 25 * DAY),
      CustomerOverrideValidTill: new Date(NOW.getTime() + 25 * DAY)
    })
    const fresh = await staging.send(
      new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'stg-tokyo-new-pg' })
    )
    expect(fresh.DBInstances?.[0]?.CACertificateIdentifier).toBe('rds-ca-2019')
    staging.destroy()
  })
})
