import type { Remediation } from '../../model/index.js'
import { command, shellQuote, type CommandArg } from '../../shared/shell-quote.js'
import type { RdsCaRecord, RdsEngineVersionRecord, RdsMaintenanceRecord } from './records.js'
import { CA_ROTATION_ACTION } from './rules.js'

/** What the remediation of one DB instance or Multi-AZ DB cluster needs to know. */
export interface RdsRemediationInput {
  kind: 'db-instance' | 'db-cluster'
  identifier: string
  arn: string
  region: string
  engine: string
  engineVersion: string
  caIdentifier: string | null
  pendingRotation: RdsMaintenanceRecord | null
  engineVersions: readonly RdsEngineVersionRecord[]
  targetCa: string
}

/**
 * From the seed article: the sessions open right now, and whether each uses TLS. MySQL-family
 * engines expose it per thread, PostgreSQL per backend (rdsadmin is RDS's own monitoring user).
 */
export const MYSQL_TLS_QUERY =
  'SELECT id, user, host, connection_type FROM performance_schema.threads pst INNER JOIN information_schema.processlist isp ON pst.processlist_id = isp.id;'
export const POSTGRES_TLS_QUERY =
  "SELECT datname, usename, ssl, client_addr FROM pg_stat_ssl INNER JOIN pg_stat_activity ON pg_stat_ssl.pid = pg_stat_activity.pid WHERE ssl IS TRUE AND usename <> 'rdsadmin';"

const MYSQL_ENGINES = new Set(['mysql', 'mariadb', 'aurora-mysql', 'aurora'])
const POSTGRES_ENGINES = new Set(['postgres', 'aurora-postgresql'])

/**
 * DocumentDB and Neptune instances come back from the RDS API, but their own CLIs are the
 * documented way to modify them (the calls are the same).
 */
function cliService(engine: string): 'rds' | 'docdb' | 'neptune' {
  if (engine === 'docdb') return 'docdb'
  if (engine === 'neptune') return 'neptune'
  return 'rds'
}

/** The regional CA bundle that clients must trust before the rotation. */
export function trustStoreBundleUrl(region: string): string {
  return `https://truststore.pki.rds.amazonaws.com/${region}/${region}-bundle.pem`
}

/**
 * Steps in the order AWS recommends: find the TLS clients, give them the new CA bundle, then
 * rotate (knowing whether the database restarts), or apply the rotation AWS already scheduled.
 */
export function rdsRemediation(input: RdsRemediationInput): Remediation[] {
  const steps: Remediation[] = [tlsClientsStep(input.engine), trustStoreStep(input.region)]
  const restart = restartKnowledge(input)
  if (restart.kind === 'unknown') steps.push(restartCheckStep(input))
  // Already on the target CA, a modify would change nothing: only a rotation renews the
  // server certificate then.
  const rotates = input.caIdentifier !== null && input.caIdentifier !== input.targetCa
  if (rotates) steps.push(rotateStep(input, restart))
  if (input.pendingRotation) steps.push(applyPendingStep(input, restart, rotates))
  else if (input.caIdentifier === input.targetCa) steps.push(findRotationStep(input))
  return steps
}

function tlsClientsStep(engine: string): Remediation {
  const caveat = 'an empty result only covers the connections open at that moment'
  if (MYSQL_ENGINES.has(engine)) {
    return {
      summary: `Check which clients use TLS: run this on the database (${caveat}).`,
      command: MYSQL_TLS_QUERY
    }
  }
  if (POSTGRES_ENGINES.has(engine)) {
    return {
      summary: `Check which clients use TLS: run this on the database (${caveat}).`,
      command: POSTGRES_TLS_QUERY
    }
  }
  return {
    summary: `Check which clients connect with TLS and verify the server certificate (${engine}).`,
    command: ''
  }
}

function trustStoreStep(region: string): Remediation {
  const url = trustStoreBundleUrl(region)
  return {
    summary: `Add the new CA bundle to every client's trust store before rotating (${url}).`,
    command: command('curl -fsSL', ['-o', `${region}-bundle.pem`], shellQuote(url))
  }
}

type RestartKnowledge = { kind: 'no-restart' } | { kind: 'restart' } | { kind: 'unknown' }

function findEngineVersion(input: RdsRemediationInput): RdsEngineVersionRecord | undefined {
  return input.engineVersions.find(
    (record) => record.engine === input.engine && record.engineVersion === input.engineVersion
  )
}

function restartKnowledge(input: RdsRemediationInput): RestartKnowledge {
  const supports = findEngineVersion(input)?.supportsCertificateRotationWithoutRestart
  if (supports === true) return { kind: 'no-restart' }
  if (supports === false) return { kind: 'restart' }
  return { kind: 'unknown' }
}

function restartClause(input: RdsRemediationInput, restart: RestartKnowledge): string {
  const version = `${input.engine} ${input.engineVersion}`
  switch (restart.kind) {
    case 'no-restart':
      return `${version} rotates the certificate without a restart.`
    case 'restart':
      return `The database RESTARTS: ${version} cannot rotate the certificate without a restart, so do it in a maintenance window.`
    case 'unknown':
      return `The database may restart: whether ${version} can rotate without a restart is unknown (check with describe-db-engine-versions first).`
  }
}

function restartCheckStep(input: RdsRemediationInput): Remediation {
  return {
    summary: `Check whether ${input.engine} ${input.engineVersion} rotates the certificate without restarting (True: no restart).`,
    command: command(
      `aws ${cliService(input.engine)} describe-db-engine-versions`,
      ['--engine', input.engine],
      ['--engine-version', input.engineVersion],
      ['--query', 'DBEngineVersions[].SupportsCertificateRotationWithoutRestart'],
      ['--output', 'text'],
      ['--region', input.region]
    )
  }
}

function rotateStep(input: RdsRemediationInput, restart: RestartKnowledge): Remediation {
  const supported = findEngineVersion(input)?.supportedCaIdentifiers ?? []
  const unsupported =
    supported.length > 0 && !supported.includes(input.targetCa)
      ? ` Note: ${input.engine} ${input.engineVersion} lists only ${supported.join(', ')}; pick one of those if ${input.targetCa} is refused.`
      : ''
  const service = cliService(input.engine)
  const target: CommandArg = ['--ca-certificate-identifier', input.targetCa]
  const region: CommandArg = ['--region', input.region]
  const { noun, operation, idFlag } =
    input.kind === 'db-cluster'
      ? {
          noun: 'the Multi-AZ DB cluster',
          operation: 'modify-db-cluster',
          idFlag: '--db-cluster-identifier'
        }
      : {
          noun: 'the instance',
          operation: 'modify-db-instance',
          idFlag: '--db-instance-identifier'
        }
  return {
    summary: `Rotate ${noun} to ${input.targetCa}. ${restartClause(input, restart)}${unsupported}`,
    command: command(
      `aws ${service} ${operation}`,
      [idFlag, input.identifier],
      target,
      '--apply-immediately',
      region
    )
  }
}

function applyPendingStep(
  input: RdsRemediationInput,
  restart: RestartKnowledge,
  alternative: boolean
): Remediation {
  const verb = alternative ? 'Or apply' : 'Apply'
  return {
    summary: `${verb} the scheduled ${CA_ROTATION_ACTION} now instead of waiting for it. ${restartClause(input, restart)}`,
    command: command(
      `aws ${cliService(input.engine)} apply-pending-maintenance-action`,
      ['--resource-identifier', input.arn],
      ['--apply-action', CA_ROTATION_ACTION],
      ['--opt-in-type', 'immediate'],
      ['--region', input.region]
    )
  }
}

/** Already on the target CA: only a scheduled rotation renews the server certificate. */
function findRotationStep(input: RdsRemediationInput): Remediation {
  return {
    summary: `Already on ${input.targetCa}: the server certificate is renewed by a ${CA_ROTATION_ACTION} maintenance action; look for it.`,
    command: command(
      `aws ${cliService(input.engine)} describe-pending-maintenance-actions`,
      ['--resource-identifier', input.arn],
      ['--region', input.region]
    )
  }
}

/**
 * Moves the account's default CA for new launches. When the target CA is itself the one
 * expiring, the listed CA that stays valid longest is the better suggestion.
 */
export function defaultCaRemediation(
  expiring: RdsCaRecord,
  cas: readonly RdsCaRecord[],
  targetCa: string
): Remediation[] {
  let replacement = targetCa
  if (targetCa === expiring.identifier) {
    const longest = [...cas]
      .filter((ca) => ca.identifier !== expiring.identifier && ca.validTill)
      .sort((a, b) => Date.parse(b.validTill ?? '') - Date.parse(a.validTill ?? ''))[0]
    if (longest) replacement = longest.identifier
  }
  return [
    {
      summary: `Make new DB instances in ${expiring.region} start on ${replacement} (an account-level override of the default CA).`,
      command: command(
        'aws rds modify-certificates',
        ['--certificate-identifier', replacement],
        ['--region', expiring.region]
      )
    }
  ]
}
