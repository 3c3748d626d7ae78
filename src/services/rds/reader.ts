/**
 * RDS, Aurora, DocumentDB and Neptune share the RDS API: one account and region's instances,
 * Multi-AZ DB clusters, CAs and pending maintenance, plus engine-version facts only where the
 * plug-in's checks will need them.
 */
import {
  DescribeDBEngineVersionsCommand,
  paginateDescribeCertificates,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribePendingMaintenanceActions,
  type Certificate,
  type DBCluster,
  type DBInstance,
  type RDSClient,
  type ResourcePendingMaintenanceActions
} from '@aws-sdk/client-rds'
import { explainFailure, formatAwsError } from '../../aws/aws-error.js'
import { isoDate } from '../../aws/iso-date.js'
import { allItems } from '../../aws/pages.js'
import type { Location } from '../../model/index.js'
import { settleAll } from '../../shared/pool.js'
import type {
  RdsCaRecord,
  RdsClusterRecord,
  RdsEngineVersionRecord,
  RdsInstanceRecord,
  RdsInventory,
  RdsMaintenanceRecord
} from './records.js'

export interface CollectRdsOptions {
  /** Whether the instance needs its engine version's restart / CA-support facts. */
  needsEngineVersion: (
    instance: RdsInstanceRecord,
    cas: RdsCaRecord[],
    maintenance: RdsMaintenanceRecord[]
  ) => boolean
  /** Told about engine-version lookups that failed (the rest of the inventory still stands). */
  log?: (msg: string) => void
  /** Aborts every call of the scan (its idle watchdog). */
  signal?: AbortSignal
}

/** Largest page RDS allows for Describe* calls. */
const PAGE_SIZE = 100

export async function collectRds(
  client: RDSClient,
  location: Location,
  opts: CollectRdsOptions
): Promise<RdsInventory> {
  const paging = { client, pageSize: PAGE_SIZE }
  const call = { abortSignal: opts.signal }
  const explain = (err: unknown) => formatAwsError(explainFailure(err, opts.signal))
  // Instances are what the scan is about: without them the region has failed. The other lists
  // only add checks, so a failure there (a permission missing from the role, an API a
  // look-alike endpoint lacks) costs those checks and is reported, not the whole region.
  const incomplete: string[] = []
  const supporting = async <T>(operation: string, read: Promise<T[]>): Promise<T[]> => {
    try {
      return await read
    } catch (err) {
      incomplete.push(`${operation}: ${explain(err)}`)
      return []
    }
  }
  const [instances, clusters, cas, maintenance] = await settleAll([
    allItems(paginateDescribeDBInstances(paging, {}, call), (p) => p.DBInstances).then((list) =>
      list.map((i) => instanceRecord(i, location))
    ),
    supporting(
      'DescribeDBClusters',
      allItems(paginateDescribeDBClusters(paging, {}, call), (p) => p.DBClusters).then((list) =>
        list.flatMap((c) => clusterRecord(c, location))
      )
    ),
    supporting('DescribeCertificates', describeCas(client, location, call)),
    supporting(
      'DescribePendingMaintenanceActions',
      allItems(
        paginateDescribePendingMaintenanceActions(paging, {}, call),
        (p) => p.PendingMaintenanceActions
      ).then((list) => list.flatMap((r) => maintenanceRecords(r, location)))
    )
  ])

  const pairs = new Map<string, RdsInstanceRecord>()
  for (const instance of instances) {
    if (opts.needsEngineVersion(instance, cas, maintenance)) {
      pairs.set(engineKey(instance.engine, instance.engineVersion), instance)
    }
  }
  const engineVersions = await Promise.all(
    [...pairs.values()].map((instance) =>
      lookUpEngineVersion(client, location, instance, opts).catch((err: unknown) => {
        incomplete.push(
          `DescribeDBEngineVersions (${instance.engine} ${instance.engineVersion}): ` + explain(err)
        )
        return null
      })
    )
  )

  return {
    ...location,
    instances,
    clusters,
    cas,
    maintenance,
    engineVersions: engineVersions.filter((v): v is RdsEngineVersionRecord => v !== null),
    // The calls ran concurrently: sorted, so that the coverage detail (and every rendering of
    // it) is the same whichever failed first.
    incomplete: incomplete.sort()
  }
}

export async function describeCas(
  client: RDSClient,
  location: Location,
  call: { abortSignal: AbortSignal | undefined }
): Promise<RdsCaRecord[]> {
  let defaultCa: string | undefined
  const certificates: Certificate[] = await allItems(
    paginateDescribeCertificates({ client, pageSize: PAGE_SIZE }, {}, call),
    (page) => {
      defaultCa ??= page.DefaultCertificateForNewLaunches
      return page.Certificates
    }
  )
  return certificates.map((c) => ({
    ...location,
    identifier: c.CertificateIdentifier ?? '',
    validFrom: isoDate(c.ValidFrom),
    validTill: isoDate(c.ValidTill),
    customerOverride: c.CustomerOverride ?? false,
    customerOverrideValidTill: isoDate(c.CustomerOverrideValidTill),
    defaultForNewLaunches: defaultCa !== undefined && c.CertificateIdentifier === defaultCa
  }))
}

function instanceRecord(i: DBInstance, location: Location): RdsInstanceRecord {
  return {
    ...location,
    identifier: i.DBInstanceIdentifier ?? '',
    arn: i.DBInstanceArn ?? '',
    engine: i.Engine ?? '',
    engineVersion: i.EngineVersion ?? '',
    clusterIdentifier: i.DBClusterIdentifier ?? null,
    caIdentifier: i.CACertificateIdentifier ?? null,
    serverCertCa: i.CertificateDetails?.CAIdentifier ?? null,
    serverCertValidTill: isoDate(i.CertificateDetails?.ValidTill)
  }
}

/** Only Multi-AZ DB clusters carry their own certificate; Aurora's live on its instances. */
function clusterRecord(c: DBCluster, location: Location): RdsClusterRecord[] {
  if (c.CertificateDetails === undefined) return []
  return [
    {
      ...location,
      identifier: c.DBClusterIdentifier ?? '',
      arn: c.DBClusterArn ?? '',
      engine: c.Engine ?? '',
      engineVersion: c.EngineVersion ?? '',
      caIdentifier: c.CertificateDetails.CAIdentifier ?? null,
      serverCertValidTill: isoDate(c.CertificateDetails.ValidTill)
    }
  ]
}

function maintenanceRecords(
  resource: ResourcePendingMaintenanceActions,
  location: Location
): RdsMaintenanceRecord[] {
  return (resource.PendingMaintenanceActionDetails ?? []).map((a) => ({
    ...location,
    resourceArn: resource.ResourceIdentifier ?? '',
    action: a.Action ?? '',
    autoAppliedAfterDate: isoDate(a.AutoAppliedAfterDate),
    forcedApplyDate: isoDate(a.ForcedApplyDate),
    currentApplyDate: isoDate(a.CurrentApplyDate),
    optInStatus: a.OptInStatus ?? null,
    description: a.Description ?? null
  }))
}

function engineKey(engine: string, version: string): string {
  return `${engine}\u0000${version}`
}

/**
 * One DescribeDBEngineVersions per engine/version the region's flagged instances run. Each
 * region (and account) asks for itself, although the answer is mostly the same everywhere:
 * shared between regions, a refusal would show on a region's row or not by which region asked
 * first, and the same scan would render differently run to run. A failed lookup is noted by the
 * caller: the instances themselves are still reported, only the restart facts are unknown.
 */
async function lookUpEngineVersion(
  client: RDSClient,
  location: Location,
  instance: RdsInstanceRecord,
  opts: CollectRdsOptions
): Promise<RdsEngineVersionRecord | null> {
  try {
    return await describeEngineVersion(client, instance.engine, instance.engineVersion, opts.signal)
  } catch (err) {
    opts.log?.(
      `rds ${location.account} ${location.region}: DescribeDBEngineVersions for ` +
        `${instance.engine} ${instance.engineVersion} failed: ${formatAwsError(err)}`
    )
    throw err
  }
}

async function describeEngineVersion(
  client: RDSClient,
  engine: string,
  engineVersion: string,
  abortSignal: AbortSignal | undefined
): Promise<RdsEngineVersionRecord | null> {
  // IncludeAll: the versions that need attention are often old ones AWS no longer offers.
  const out = await client.send(
    new DescribeDBEngineVersionsCommand({
      Engine: engine,
      EngineVersion: engineVersion,
      IncludeAll: true
    }),
    { abortSignal }
  )
  const found = (out.DBEngineVersions ?? []).find(
    (v) => v.Engine === engine && v.EngineVersion === engineVersion
  )
  if (found === undefined) return null
  return {
    engine,
    engineVersion,
    supportsCertificateRotationWithoutRestart:
      found.SupportsCertificateRotationWithoutRestart ?? null,
    supportedCaIdentifiers: found.SupportedCACertificateIdentifiers ?? []
  }
}
