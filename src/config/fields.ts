/**
 * Parsers for one input value each. Every one either returns the typed value or throws a
 * ConfigError naming the input, so that `parseSettings` reads as a list of fields.
 */
import type { FailOn, ServiceName } from '../model/index.js'
import { SERVICES } from '../services/index.js'
import { CURRENT_RDS_CA_PATTERN, CURRENT_RDS_CAS, RETIRED_RDS_CAS } from '../aws/rds-cas.js'
import { ConfigError, quote } from './config-error.js'
import { COMMERCIAL_REGIONS, isKnownRegion, partitionOf } from '../aws/regions.js'
import { parseDnsServer } from '../shared/dns-server.js'

/** Splits a comma- and/or newline-separated list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n\r]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}

// core.getBooleanInput accepts exactly these spellings (YAML 1.2 core schema booleans).
const TRUE_SPELLINGS = ['true', 'True', 'TRUE']
const FALSE_SPELLINGS = ['false', 'False', 'FALSE']

export function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  const text = value.trim()
  if (text === '') return fallback
  if (TRUE_SPELLINGS.includes(text)) return true
  if (FALSE_SPELLINGS.includes(text)) return false
  throw new ConfigError(input, `must be true or false, got ${quote(value)}`, String(fallback))
}

/** A whole number of days, at least `min`. */
export function parseDays(input: string, value: string, fallback: number, min: number): number {
  const text = value.trim()
  if (text === '') return fallback
  const days = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(days) || days < min) {
    throw new ConfigError(
      input,
      `must be a whole number of days, at least ${min}, got ${quote(value)}`,
      String(fallback)
    )
  }
  return days
}

const FAIL_ON: readonly FailOn[] = ['none', 'warning', 'critical', 'expired']

export function parseFailOn(input: string, value: string): FailOn {
  const text = value.trim().toLowerCase()
  if (text === '') return 'none'
  const found = FAIL_ON.find((level) => level === text)
  if (found === undefined) {
    throw new ConfigError(
      input,
      `must be one of ${FAIL_ON.join(', ')}, got ${quote(value)}`,
      'critical'
    )
  }
  return found
}

/**
 * `all` (the default, alone or among names) is every plug-in the registry knows; otherwise the
 * named ones, each a registered plug-in, in the registry's order.
 */
export function parseServices(input: string, value: string): ServiceName[] {
  const known = SERVICES.map((service) => service.name)
  const example = known.slice(0, 2).join(',')
  const items = splitList(value.toLowerCase())
  if (value.trim() === '' || items.includes('all')) return known
  for (const item of items) {
    if (!known.includes(item)) {
      throw new ConfigError(
        input,
        `lists unknown service ${quote(item)} (known: ${known.join(', ')}, or all)`,
        example
      )
    }
  }
  if (items.length === 0) throw new ConfigError(input, 'lists no service', example)
  return known.filter((name) => items.includes(name))
}

/**
 * `all` (alone or among named regions) expands to every commercial region; GovCloud and China
 * regions count only when named, because they need credentials of a separate partition.
 */
export function parseRegions(input: string, value: string): string[] {
  const items = splitList(value.toLowerCase()).flatMap((item) => item.split(/\s+/))
  if (items.length === 0) {
    throw new ConfigError(input, 'lists no region', 'us-east-1,eu-west-1 (or all)')
  }
  const regions = items.flatMap((item) => {
    if (item === 'all') return COMMERCIAL_REGIONS
    if (!isKnownRegion(item)) {
      throw new ConfigError(
        input,
        `lists unknown region ${quote(item)}`,
        'us-east-1,eu-west-1 (or all)'
      )
    }
    return [item]
  })
  return unique(regions)
}

export function parseHomeRegion(input: string, value: string): string {
  const region = value.trim().toLowerCase() || 'us-east-1'
  if (!isKnownRegion(region)) {
    throw new ConfigError(input, `is not a known region: ${quote(value)}`, 'us-east-1')
  }
  return region
}

// arn:<partition>:iam::<12-digit account>:role/<optional/path/>name, with IAM's name charset.
const ROLE_ARN =
  /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64})$/

const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/aws-cert-watch'

export interface RoleArn {
  arn: string
  partition: string
  account: string
}

/** Role ARNs, one per account: two roles in one account would report every finding twice. */
export function parseRoleArns(input: string, value: string): RoleArn[] {
  const seenAccounts = new Set<string>()
  return unique(splitList(value)).map((arn) => {
    const match = ROLE_ARN.exec(arn)
    if (match === null) {
      throw new ConfigError(input, `has a malformed role ARN ${quote(arn)}`, ROLE_EXAMPLE)
    }
    const [, partition = '', account = ''] = match
    if (seenAccounts.has(account)) {
      throw new ConfigError(
        input,
        `names two roles in account ${account}; give one role per account`,
        ROLE_EXAMPLE
      )
    }
    seenAccounts.add(account)
    return { arn, partition, account }
  })
}

/** A role's partition must match the STS home region's, or AssumeRole cannot succeed. */
export function checkRolePartitions(
  roleInput: string,
  roles: RoleArn[],
  regionInput: string,
  homeRegion: string
): void {
  const homePartition = partitionOf(homeRegion)
  const stranger = roles.find((role) => role.partition !== homePartition)
  if (stranger !== undefined) {
    const example = stranger.partition === 'aws-us-gov' ? 'us-gov-west-1' : 'cn-north-1'
    throw new ConfigError(
      regionInput,
      `is ${quote(homeRegion)} (partition ${homePartition}), but ${roleInput} ${quote(stranger.arn)} is in partition ${stranger.partition}`,
      stranger.partition === 'aws' ? 'us-east-1' : example
    )
  }
}

// STS RoleSessionName: 2-64 characters of [\w+=,.@-].
export function parseSessionName(input: string, value: string): string {
  const name = value.trim() || 'aws-cert-watch'
  if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
    throw new ConfigError(
      input,
      `must be 2-64 letters, digits or +=,.@_- characters, got ${quote(value)}`,
      'aws-cert-watch'
    )
  }
  return name
}

/** GitHub refuses label names longer than 50 characters. */
export function parseLabels(input: string, value: string): string[] {
  const labels = value.trim() === '' ? ['aws-cert-watch'] : unique(splitList(value))
  const tooLong = labels.find((label) => label.length > 50)
  if (tooLong !== undefined) {
    throw new ConfigError(
      input,
      `has a label longer than 50 characters: ${quote(tooLong)}`,
      'aws-cert-watch,security'
    )
  }
  return labels
}

/**
 * The key ends up in a hidden marker that finds the tracking issue again, so it is limited to
 * characters that cannot break out of that marker.
 */
export function parseIssueKey(input: string, value: string): string {
  const key = value.trim()
  if (!/^[\w.-]{0,64}$/.test(key)) {
    throw new ConfigError(
      input,
      `may hold only letters, digits, '.', '_' and '-' (up to 64), got ${quote(value)}`,
      'prod'
    )
  }
  return key
}

/**
 * The target CA is pasted into remediation commands that users run as is: only a current CA
 * is accepted, since rotating to a retired one (`rds-ca-2019`) would break every fix.
 */
export function parseTargetCa(input: string, value: string): string {
  const ca = value.trim() || 'rds-ca-rsa2048-g1'
  if (CURRENT_RDS_CA_PATTERN.test(ca)) return ca
  const retired = RETIRED_RDS_CAS[ca]
  const why =
    retired === undefined
      ? `is not a current RDS CA identifier: ${quote(value)}`
      : `names ${quote(ca)}, which is retired (it expired on ${retired} in most regions)`
  throw new ConfigError(
    input,
    `${why}; use one of ${CURRENT_RDS_CAS.join(', ')}`,
    'rds-ca-rsa2048-g1'
  )
}

/** ARN glob patterns, one per line or comma-separated. */
export function parseIgnore(value: string): string[] {
  return unique(splitList(value))
}

/** A free-text input with a default for when it is empty. */
export function parseText(value: string, fallback: string): string {
  return value.trim() || fallback
}

/**
 * The legs' report files: one path or glob per line, as actions/upload-artifact takes `path`
 * (a comma may belong to a glob's `{a,b}`, so it does not separate).
 */
export function parseReportPatterns(input: string, value: string): string[] {
  const patterns = unique(
    value
      .split(/[\n\r]/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  )
  if (patterns.length === 0) {
    throw new ConfigError(
      input,
      "is empty: name the legs' JSON reports, one path or glob per line",
      'reports/*.json'
    )
  }
  return patterns
}

/** `dns-servers`: resolver addresses (`1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`), each once. */
export function parseDnsServers(input: string, value: string): string[] {
  return unique(splitList(value)).map((server) => {
    try {
      return parseDnsServer(server)
    } catch (error) {
      throw new ConfigError(
        input,
        `has ${quote(server)}: ${(error as Error).message}`,
        '1.1.1.1,8.8.8.8:53'
      )
    }
  })
}
