/**
 * The live RDS CA list for the iac check, when the job has AWS credentials: the pull request
 * check needs none, so credentials are only used when the environment names them (keys, a web
 * identity token, a profile, a container endpoint), never looked for on the instance metadata
 * service, which on a GitHub-hosted runner would only cost a time-out. A failure falls back to
 * the known list, and the coverage row says why.
 */
import { explainFailure, formatAwsError } from '../aws/aws-error.js'
import { awsClientOptions } from '../aws/client-options.js'
import type { CoverageRow } from '../model/index.js'
import { deadlineSignal, type TimeBudgets } from '../shared/budget.js'
import { KNOWN_CA_CATALOG, type RdsCaCatalog } from './checks/ca-catalog.js'

const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_PROFILE',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'
]

export function awsCredentialsNamed(env: NodeJS.ProcessEnv): boolean {
  return CREDENTIAL_VARIABLES.some((name) => (env[name] ?? '') !== '')
}

export interface LiveCas {
  catalog: RdsCaCatalog
  coverage: CoverageRow
}

export async function liveCaCatalog(region: string, budget: TimeBudgets['aws']): Promise<LiveCas> {
  const [{ RDSClient }, { STSClient, GetCallerIdentityCommand }, { describeCas }] =
    await Promise.all([
      import('@aws-sdk/client-rds'),
      import('@aws-sdk/client-sts'),
      import('../services/rds/reader.js')
    ])
  const signal = deadlineSignal(budget.idleMs, 'AWS')
  const options = { ...awsClientOptions(budget), region }
  const sts = new STSClient(options)
  const rds = new RDSClient(options)
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal })
    const account = identity.Account ?? ''
    const cas = await describeCas(rds, { account, region }, { abortSignal: signal })
    return {
      catalog: {
        kind: 'live',
        account,
        region,
        cas: new Map(cas.map((ca) => [ca.identifier, ca.validTill])),
        defaultCa: cas.find((ca) => ca.defaultForNewLaunches)?.identifier ?? null
      },
      coverage: {
        account,
        region,
        service: 'rds',
        status: 'ok',
        detail: `DescribeCertificates: ${cas.length} CAs, the truth for the pinned CAs`
      }
    }
  } catch (error) {
    return {
      catalog: KNOWN_CA_CATALOG,
      coverage: {
        account: '',
        region,
        service: 'rds',
        status: 'failed',
        detail: `DescribeCertificates could not be read, so pinned CAs were judged by the known list: ${formatAwsError(explainFailure(error, signal))}`
      }
    }
  } finally {
    sts.destroy()
    rds.destroy()
  }
}
