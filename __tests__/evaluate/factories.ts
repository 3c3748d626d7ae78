/** Small record builders: each test states only the fields it is about. */
import type { CoverageRow, Inventory, ServiceName, Thresholds } from '../../src/model/index.js'
import { SERVICES } from '../../src/services/index.js'
import type {
  AcmCertificateRecord,
  AcmDomainValidation,
  AcmInventory
} from '../../src/services/acm/records.js'
import type {
  RdsCaRecord,
  RdsClusterRecord,
  RdsEngineVersionRecord,
  RdsInstanceRecord,
  RdsInventory,
  RdsMaintenanceRecord
} from '../../src/services/rds/records.js'
import type { EvaluateOptions } from '../../src/evaluate/index.js'

export const ACCOUNT = '123456789012'
export const REGION = 'eu-west-1'
export const NOW = new Date('2026-11-23T12:00:00.000Z')
export const THRESHOLDS: Thresholds = { warningDays: 45, criticalDays: 14 }
const DAY_MS = 86_400_000

/** NOW plus a number of days (fractions allowed), as ISO. */
export function inDays(days: number): string {
  return new Date(NOW.getTime() + days * DAY_MS).toISOString()
}

/** NOW plus milliseconds, as ISO. */
export function inMs(ms: number): string {
  return new Date(NOW.getTime() + ms).toISOString()
}

export function options(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    now: NOW,
    thresholds: THRESHOLDS,
    ignore: [],
    targetCa: 'rds-ca-rsa2048-g1',
    ...overrides
  }
}

export function ca(overrides: Partial<RdsCaRecord> = {}): RdsCaRecord {
  return {
    account: ACCOUNT,
    region: REGION,
    identifier: 'rds-ca-rsa2048-g1',
    validFrom: '2021-05-25T23:34:57.000Z',
    validTill: '2061-05-25T23:34:57.000Z',
    customerOverride: false,
    customerOverrideValidTill: null,
    defaultForNewLaunches: false,
    ...overrides
  }
}

/** The CAs a region lists today: the 2019 CA is gone. */
export function currentCas(): RdsCaRecord[] {
  return [
    ca({ identifier: 'rds-ca-rsa2048-g1', defaultForNewLaunches: true }),
    ca({ identifier: 'rds-ca-rsa4096-g1', validTill: '2121-05-25T23:39:52.000Z' }),
    ca({ identifier: 'rds-ca-ecc384-g1', validTill: '2121-05-25T23:25:39.000Z' })
  ]
}

export function instance(overrides: Partial<RdsInstanceRecord> = {}): RdsInstanceRecord {
  const identifier = overrides.identifier ?? 'orders-db'
  return {
    account: ACCOUNT,
    region: REGION,
    identifier,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:${identifier}`,
    engine: 'mysql',
    engineVersion: '8.0.35',
    clusterIdentifier: null,
    caIdentifier: 'rds-ca-rsa2048-g1',
    serverCertCa: 'rds-ca-rsa2048-g1',
    serverCertValidTill: inDays(300),
    ...overrides
  }
}

export function cluster(overrides: Partial<RdsClusterRecord> = {}): RdsClusterRecord {
  const identifier = overrides.identifier ?? 'ledger'
  return {
    account: ACCOUNT,
    region: REGION,
    identifier,
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:${identifier}`,
    engine: 'postgres',
    engineVersion: '16.3',
    caIdentifier: 'rds-ca-rsa2048-g1',
    serverCertValidTill: inDays(300),
    ...overrides
  }
}

export function rotation(overrides: Partial<RdsMaintenanceRecord> = {}): RdsMaintenanceRecord {
  return {
    account: ACCOUNT,
    region: REGION,
    resourceArn: instance().arn,
    action: 'ca-certificate-rotation',
    autoAppliedAfterDate: null,
    forcedApplyDate: null,
    currentApplyDate: null,
    optInStatus: null,
    description: 'CA certificate rotation',
    ...overrides
  }
}

export function engineVersion(
  overrides: Partial<RdsEngineVersionRecord> = {}
): RdsEngineVersionRecord {
  return {
    engine: 'mysql',
    engineVersion: '8.0.35',
    supportsCertificateRotationWithoutRestart: true,
    supportedCaIdentifiers: ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'],
    ...overrides
  }
}

export function rdsInventory(overrides: Partial<RdsInventory> = {}): RdsInventory {
  return {
    account: ACCOUNT,
    region: REGION,
    instances: [],
    clusters: [],
    cas: currentCas(),
    maintenance: [],
    engineVersions: [],
    ...overrides
  }
}

export function certificate(overrides: Partial<AcmCertificateRecord> = {}): AcmCertificateRecord {
  return {
    account: ACCOUNT,
    region: REGION,
    arn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0`,
    domainName: 'shop.example.com',
    subjectAlternativeNames: ['shop.example.com'],
    type: 'AMAZON_ISSUED',
    status: 'ISSUED',
    notBefore: inDays(-300),
    notAfter: inDays(95),
    inUse: true,
    renewalEligibility: 'ELIGIBLE',
    keyAlgorithm: 'RSA_2048',
    keyPairOrigin: 'AWS_MANAGED',
    extendedKeyUsages: ['TLS_WEB_SERVER_AUTHENTICATION'],
    exported: false,
    described: false,
    inUseBy: [],
    certificateAuthorityArn: null,
    renewalStatus: null,
    renewalStatusReason: null,
    domainValidations: [],
    failureReason: null,
    validationDns: [],
    ...overrides
  }
}

export function validation(overrides: Partial<AcmDomainValidation> = {}): AcmDomainValidation {
  return {
    domainName: 'shop.example.com',
    validationMethod: 'DNS',
    validationStatus: 'SUCCESS',
    validationEmails: [],
    resourceRecord: null,
    ...overrides
  }
}

export function acmInventory(certificates: AcmCertificateRecord[]): AcmInventory {
  return { account: ACCOUNT, region: REGION, certificates }
}

/** An inventory of plug-ins' entries, as collect hands them on. */
export function inventory(
  entries: {
    rds?: RdsInventory[]
    acm?: AcmInventory[]
    /** Other plug-ins' entries, by name. */
    services?: Record<ServiceName, unknown[]>
    coverage?: CoverageRow[]
  } = {}
): Inventory {
  return {
    services: { rds: entries.rds ?? [], acm: entries.acm ?? [], ...entries.services },
    coverage: entries.coverage ?? []
  }
}

/** `resourcesScanned` of a scan that read nothing: every registered plug-in at 0. */
export const NOTHING_SCANNED: Record<ServiceName, number> = Object.fromEntries(
  SERVICES.map((service) => [service.name, 0])
)
