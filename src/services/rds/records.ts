/**
 * What the RDS plug-in reads: one account and region's DB instances (RDS, Aurora, DocumentDB,
 * Neptune share the API), Multi-AZ DB clusters, CAs, pending maintenance and engine facts.
 */
import type { Location } from '../../model/index.js'

/** A CA as `DescribeCertificates` lists it for one region. */
export interface RdsCaRecord extends Location {
  /** e.g. `rds-ca-rsa2048-g1`. */
  identifier: string
  validFrom: string | null
  validTill: string | null
  /** The account overrides the default CA for new launches with this one. */
  customerOverride: boolean
  customerOverrideValidTill: string | null
  /** New instances in this account and region get this CA. */
  defaultForNewLaunches: boolean
}

/** An RDS / Aurora / DocumentDB / Neptune DB instance (one `DescribeDBInstances` entry). */
export interface RdsInstanceRecord extends Location {
  identifier: string
  arn: string
  /** `mysql`, `aurora-postgresql`, `docdb`, `neptune`, `custom-oracle-ee`, ... */
  engine: string
  engineVersion: string
  /** Aurora / DocumentDB / Neptune cluster the instance belongs to. */
  clusterIdentifier: string | null
  /** `CACertificateIdentifier`; null for RDS Custom and other engines without one. */
  caIdentifier: string | null
  /** `CertificateDetails.CAIdentifier`. */
  serverCertCa: string | null
  /** `CertificateDetails.ValidTill`: when the instance's server certificate expires. */
  serverCertValidTill: string | null
}

/** A Multi-AZ DB cluster that carries its own `CertificateDetails`. */
export interface RdsClusterRecord extends Location {
  identifier: string
  arn: string
  engine: string
  engineVersion: string
  caIdentifier: string | null
  serverCertValidTill: string | null
}

/** A pending maintenance action (`DescribePendingMaintenanceActions`) on one resource. */
export interface RdsMaintenanceRecord extends Location {
  resourceArn: string
  /** e.g. `ca-certificate-rotation`, `system-update`. */
  action: string
  autoAppliedAfterDate: string | null
  forcedApplyDate: string | null
  currentApplyDate: string | null
  optInStatus: string | null
  description: string | null
}

/** What `DescribeDBEngineVersions` says about one engine version. */
export interface RdsEngineVersionRecord {
  engine: string
  engineVersion: string
  /** null when AWS did not say (older engines omit the field). */
  supportsCertificateRotationWithoutRestart: boolean | null
  supportedCaIdentifiers: string[]
}

/** Everything collected for RDS in one account and region. */
export interface RdsInventory extends Location {
  instances: RdsInstanceRecord[]
  clusters: RdsClusterRecord[]
  cas: RdsCaRecord[]
  maintenance: RdsMaintenanceRecord[]
  /** Only for the engine/version pairs of instances that have a problem. */
  engineVersions: RdsEngineVersionRecord[]
  /**
   * Supporting calls that failed while the instances were read (e.g. `DescribeCertificates:
   * AccessDenied (HTTP 403): ...`): the checks that need them are missing from this region's
   * findings, and its coverage row says so. Absent or empty when everything was read.
   */
  incomplete?: string[]
}
