/**
 * The RDS Describe* operations aws-cert-watch uses, answering as RDS does (API 2014-10-31, Query
 * protocol): element names and list member names follow the service model, paging uses
 * Marker/MaxRecords (default 100, allowed 20..100), unknown identifiers answer the model's
 * not-found faults.
 */
import { AwsError } from './errors.js'
import { fingerprintOf, paginate, readFilters, type Params, type QueryFilter } from './query.js'
import type { DbCluster, DbInstance, EngineVersion, RegionalHandler, RegionWorld } from './world.js'
import { list, type XmlObject } from './xml.js'

export const RDS_NAMESPACE = 'http://rds.amazonaws.com/doc/2014-10-31/'

export type RdsHandler = RegionalHandler<Params, XmlObject>

function maxRecords(params: Params): number {
  const raw = params.get('MaxRecords')
  if (raw === undefined) return 100
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 20 || n > 100) {
    throw new AwsError(
      'InvalidParameterValue',
      `Invalid value ${raw} for MaxRecords. Must be between 20 and 100`
    )
  }
  return n
}

/** RDS sizes pages 20..100 and words its refusals in its own, older style. */
function page<T>(params: Params, items: T[]) {
  return paginate(
    items,
    params.get('Marker'),
    maxRecords(params),
    fingerprintOf(params, ['Marker', 'MaxRecords']),
    'InvalidParameterValue'
  )
}

/** Identifier filters accept the identifier or the ARN, as RDS does. */
function idMatches(filter: QueryFilter, id: string | undefined, arn?: string): boolean {
  return id !== undefined && filter.values.some((v) => v === id || v === arn)
}

function supportedFilter(filter: QueryFilter, names: string[]): void {
  if (!names.includes(filter.name)) {
    throw new AwsError('InvalidParameterValue', `Unrecognized filter name: ${filter.name}.`)
  }
}

function describeDBInstances(params: Params, region: RegionWorld): XmlObject {
  let instances = region.instances
  const id = params.get('DBInstanceIdentifier')
  if (id !== undefined) {
    instances = instances.filter((i) => i.id === id || i.arn === id)
    if (instances.length === 0)
      throw new AwsError('DBInstanceNotFound', `DBInstance ${id} not found.`)
  }
  for (const filter of readFilters(params)) {
    supportedFilter(filter, [
      'db-cluster-id',
      'db-instance-id',
      'dbi-resource-id',
      'engine',
      'domain'
    ])
    instances = instances.filter((i) => {
      if (filter.name === 'db-cluster-id') {
        return idMatches(
          filter,
          i.cluster,
          `arn:aws:rds:${region.region}:${region.account}:cluster:${i.cluster}`
        )
      }
      if (filter.name === 'db-instance-id') return idMatches(filter, i.id, i.arn)
      if (filter.name === 'dbi-resource-id') return filter.values.includes(i.resourceId)
      if (filter.name === 'engine') return filter.values.includes(i.engine)
      return false
    })
  }
  const { items, next } = page(params, instances)
  return { Marker: next, DBInstances: list('DBInstance', items.map(instanceXml)) }
}

function instanceXml(i: DbInstance): XmlObject {
  const aurora = i.cluster !== undefined
  return {
    DBInstanceIdentifier: i.id,
    DBInstanceClass: i.instanceClass,
    Engine: i.engine,
    DBInstanceStatus: i.status,
    MasterUsername: aurora ? undefined : 'admin',
    Endpoint: { Address: i.address, Port: i.port, HostedZoneId: 'Z2R2ITUGPM61AM' },
    AllocatedStorage: aurora ? 1 : 100,
    InstanceCreateTime: i.createdAt,
    PreferredBackupWindow: '18:00-18:30',
    BackupRetentionPeriod: 7,
    DBSecurityGroups: list('DBSecurityGroup', []),
    VpcSecurityGroups: list('VpcSecurityGroupMembership', [
      { VpcSecurityGroupId: `sg-${i.resourceId.slice(3, 20).toLowerCase()}`, Status: 'active' }
    ]),
    AvailabilityZone: i.availabilityZone,
    PreferredMaintenanceWindow: 'sun:19:00-sun:19:30',
    PendingModifiedValues: {},
    MultiAZ: i.multiAz,
    EngineVersion: i.engineVersion,
    AutoMinorVersionUpgrade: true,
    ReadReplicaDBInstanceIdentifiers: list('ReadReplicaDBInstanceIdentifier', []),
    PubliclyAccessible: false,
    StorageType: aurora ? 'aurora' : 'gp3',
    DbInstancePort: 0,
    DBClusterIdentifier: i.cluster,
    StorageEncrypted: true,
    DbiResourceId: i.resourceId,
    CACertificateIdentifier: i.ca,
    CopyTagsToSnapshot: false,
    MonitoringInterval: 0,
    DBInstanceArn: i.arn,
    IAMDatabaseAuthenticationEnabled: false,
    PerformanceInsightsEnabled: false,
    DeletionProtection: false,
    CertificateDetails:
      i.ca !== undefined && i.serverCertValidTill !== undefined
        ? { CAIdentifier: i.ca, ValidTill: i.serverCertValidTill }
        : undefined,
    BackupTarget: 'region',
    NetworkType: 'IPV4',
    TagList: list('Tag', []),
    DedicatedLogVolume: false,
    IsStorageConfigUpgradeAvailable: false
  }
}

function describeDBClusters(params: Params, region: RegionWorld): XmlObject {
  let clusters = region.clusters
  const id = params.get('DBClusterIdentifier')
  if (id !== undefined) {
    clusters = clusters.filter((c) => c.id === id || c.arn === id)
    if (clusters.length === 0)
      throw new AwsError('DBClusterNotFoundFault', `DBCluster ${id} not found.`)
  }
  for (const filter of readFilters(params)) {
    supportedFilter(filter, [
      'db-cluster-id',
      'db-cluster-resource-id',
      'engine',
      'clone-group-id',
      'domain'
    ])
    clusters = clusters.filter((c) => {
      if (filter.name === 'db-cluster-id') return idMatches(filter, c.id, c.arn)
      if (filter.name === 'db-cluster-resource-id') return filter.values.includes(c.resourceId)
      if (filter.name === 'engine') return filter.values.includes(c.engine)
      return false
    })
  }
  const { items, next } = page(params, clusters)
  return {
    Marker: next,
    DBClusters: list(
      'DBCluster',
      items.map((c) => clusterXml(c, region))
    )
  }
}

function clusterXml(c: DbCluster, region: RegionWorld): XmlObject {
  return {
    AllocatedStorage: 1,
    AvailabilityZones: list(
      'AvailabilityZone',
      ['a', 'b', 'c'].map((z) => `${region.region}${z}`)
    ),
    BackupRetentionPeriod: 7,
    DBClusterIdentifier: c.id,
    DBClusterParameterGroup: `default.${c.engine}`,
    DBSubnetGroup: 'default',
    Status: c.status,
    Endpoint: c.endpoint,
    ReaderEndpoint: c.readerEndpoint,
    MultiAZ: c.members.length > 1,
    Engine: c.engine,
    EngineVersion: c.engineVersion,
    Port: c.port,
    MasterUsername: 'admin',
    PreferredBackupWindow: '18:00-18:30',
    PreferredMaintenanceWindow: 'sun:19:00-sun:19:30',
    DBClusterMembers: list(
      'DBClusterMember',
      c.members.map((m) => ({
        DBInstanceIdentifier: m.id,
        IsClusterWriter: m.writer,
        DBClusterParameterGroupStatus: 'in-sync',
        PromotionTier: 1
      }))
    ),
    VpcSecurityGroups: list('VpcSecurityGroupMembership', []),
    HostedZoneId: 'Z2R2ITUGPM61AM',
    StorageEncrypted: true,
    DbClusterResourceId: c.resourceId,
    DBClusterArn: c.arn,
    IAMDatabaseAuthenticationEnabled: false,
    ClusterCreateTime: c.createdAt,
    EngineMode: 'provisioned',
    DeletionProtection: false,
    CopyTagsToSnapshot: false,
    DBClusterInstanceClass: c.multiAzDbCluster ? 'db.m6gd.large' : undefined,
    StorageType: c.multiAzDbCluster ? 'io1' : 'aurora',
    TagList: list('Tag', []),
    CertificateDetails:
      c.ca !== undefined ? { CAIdentifier: c.ca, ValidTill: c.serverCertValidTill } : undefined,
    NetworkType: 'IPV4'
  }
}

function describeCertificates(params: Params, region: RegionWorld): XmlObject {
  let cas = region.cas
  const id = params.get('CertificateIdentifier')
  if (id !== undefined) {
    cas = cas.filter((ca) => ca.identifier === id)
    if (cas.length === 0) throw new AwsError('CertificateNotFound', `Certificate ${id} not found.`)
  }
  const { items, next } = page(params, cas)
  return {
    DefaultCertificateForNewLaunches: region.defaultCa,
    Certificates: list(
      'Certificate',
      items.map((ca) => ({
        CertificateIdentifier: ca.identifier,
        CertificateType: ca.type,
        Thumbprint: ca.thumbprint,
        ValidFrom: ca.validFrom,
        ValidTill: ca.validTill,
        CertificateArn: ca.arn,
        CustomerOverride: ca.customerOverride,
        CustomerOverrideValidTill: ca.customerOverrideValidTill
      }))
    ),
    Marker: next
  }
}

function describePendingMaintenanceActions(params: Params, region: RegionWorld): XmlObject {
  let entries = region.maintenance
  const resource = params.get('ResourceIdentifier')
  if (resource !== undefined) {
    const known =
      region.instances.some((i) => i.arn === resource) ||
      region.clusters.some((c) => c.arn === resource)
    if (!known) {
      throw new AwsError(
        'ResourceNotFoundFault',
        `The specified resource ARN ${resource} was not found.`
      )
    }
    entries = entries.filter((e) => e.resourceArn === resource)
  }
  for (const filter of readFilters(params)) {
    supportedFilter(filter, ['db-cluster-id', 'db-instance-id'])
    entries = entries.filter((e) =>
      filter.name === 'db-instance-id'
        ? idMatches(filter, e.instanceId, e.resourceArn)
        : idMatches(filter, e.clusterId, e.resourceArn)
    )
  }
  const { items, next } = page(params, entries)
  return {
    PendingMaintenanceActions: list(
      'ResourcePendingMaintenanceActions',
      items.map((e) => ({
        ResourceIdentifier: e.resourceArn,
        PendingMaintenanceActionDetails: list(
          'PendingMaintenanceAction',
          e.actions.map((a) => ({
            Action: a.action,
            AutoAppliedAfterDate: a.autoAppliedAfter,
            ForcedApplyDate: a.forcedApply,
            OptInStatus: a.optInStatus,
            CurrentApplyDate: a.currentApply,
            Description: a.description
          }))
        )
      }))
    ),
    Marker: next
  }
}

function describeDBEngineVersions(params: Params, region: RegionWorld): XmlObject {
  let versions: EngineVersion[] = region.engineVersions
  const engine = params.get('Engine')
  const version = params.get('EngineVersion')
  const familyParam = params.get('DBParameterGroupFamily')
  if (engine !== undefined) versions = versions.filter((v) => v.engine === engine)
  if (version !== undefined) versions = versions.filter((v) => v.version === version)
  if (familyParam !== undefined) versions = versions.filter((v) => v.family === familyParam)
  for (const filter of readFilters(params)) {
    supportedFilter(filter, [
      'engine',
      'engine-version',
      'engine-mode',
      'status',
      'db-parameter-group-family'
    ])
    versions = versions.filter((v) => {
      if (filter.name === 'engine') return filter.values.includes(v.engine)
      if (filter.name === 'engine-version') return filter.values.includes(v.version)
      if (filter.name === 'db-parameter-group-family') return filter.values.includes(v.family)
      if (filter.name === 'status') return filter.values.includes('available')
      return filter.values.includes('provisioned')
    })
  }
  if (params.get('DefaultOnly') === 'true') {
    const latest = new Map<string, EngineVersion>()
    for (const v of versions) latest.set(v.engine, v)
    versions = [...latest.values()]
  }
  const { items, next } = page(params, versions)
  return {
    DBEngineVersions: list(
      'DBEngineVersion',
      items.map((v) => ({
        Engine: v.engine,
        EngineVersion: v.version,
        DBParameterGroupFamily: v.family,
        DBEngineDescription: v.description,
        DBEngineVersionDescription: v.versionDescription,
        ValidUpgradeTarget: list('UpgradeTarget', []),
        ExportableLogTypes: list('member', []),
        SupportsLogExportsToCloudwatchLogs: true,
        SupportsReadReplica: true,
        SupportedEngineModes: list('member', ['provisioned']),
        SupportedFeatureNames: list('member', []),
        Status: 'available',
        SupportsParallelQuery: false,
        SupportsGlobalDatabases: v.engine.startsWith('aurora'),
        SupportsBabelfish: false,
        SupportsCertificateRotationWithoutRestart: v.supportsCertificateRotationWithoutRestart,
        SupportedCACertificateIdentifiers: list('member', v.supportedCaIdentifiers),
        SupportsLocalWriteForwarding: false,
        SupportsIntegrations: false
      }))
    ),
    Marker: next
  }
}

export const RDS_HANDLERS: Readonly<Record<string, RdsHandler>> = {
  DescribeDBInstances: describeDBInstances,
  DescribeDBClusters: describeDBClusters,
  DescribeCertificates: describeCertificates,
  DescribePendingMaintenanceActions: describePendingMaintenanceActions,
  DescribeDBEngineVersions: describeDBEngineVersions
}
