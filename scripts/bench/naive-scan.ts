/**
 * The straightforward scan the benchmark compares against: one region after another, plain SDK
 * clients (standard retry, 3 attempts), ListCertificates with every key type, then
 * DescribeCertificate for every certificate, one at a time; RDS's lists, and the engine-version
 * facts of every engine/version in use (a tool without rules cannot tell which it will need);
 * every load balancer's listeners and every listener's certificates one at a time, the private
 * CAs, and IAM and CloudFront once per account. It reuses the project's readers so that its
 * inventory can be evaluated like ours.
 */
import { ACMClient } from '@aws-sdk/client-acm'
import { ACMPCAClient } from '@aws-sdk/client-acm-pca'
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { IAMClient } from '@aws-sdk/client-iam'
import { RDSClient } from '@aws-sdk/client-rds'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { formatAwsError } from '../../src/aws/aws-error.js'
import {
  GLOBAL_REGION,
  type CoverageRow,
  type Inventory,
  type Location,
  type ServiceName
} from '../../src/model/index.js'
import { collectPca } from '../../src/services/acm-pca/reader.js'
import { collectAcm } from '../../src/services/acm/reader.js'
import { collectCloudFront } from '../../src/services/cloudfront/reader.js'
import { collectElb } from '../../src/services/elb/reader.js'
import { collectIam } from '../../src/services/iam/reader.js'
import type { AwsClient } from '../../src/services/plugin.js'
import { collectRds } from '../../src/services/rds/reader.js'

export async function naiveScan(options: {
  regions: readonly string[]
  homeRegion: string
  log: (message: string) => void
}): Promise<Inventory> {
  const sts = new STSClient({ region: options.homeRegion })
  const identity = await sts.send(new GetCallerIdentityCommand({})).finally(() => sts.destroy())
  const account = identity.Account ?? ''
  const services: Record<ServiceName, unknown[]> = {}
  const coverage: CoverageRow[] = []
  const signal = new AbortController().signal
  /** One service's read, its inventory and coverage row kept, its clients closed. */
  const read = async (
    service: ServiceName,
    location: Location,
    collect: (track: <C extends AwsClient>(client: C) => C) => Promise<unknown>
  ): Promise<void> => {
    const clients: AwsClient[] = []
    const row = { ...location, service }
    try {
      ;(services[service] ??= []).push(
        await collect((client) => {
          clients.push(client)
          return client
        })
      )
      coverage.push({ ...row, status: 'ok', detail: '' })
    } catch (error) {
      coverage.push({ ...row, status: 'failed', detail: formatAwsError(error) })
      options.log(`naive ${service} ${location.region}: ${formatAwsError(error)}`)
    } finally {
      for (const client of clients) client.destroy()
    }
  }
  for (const region of options.regions) {
    const location = { account, region }
    await read('rds', location, (track) =>
      collectRds(track(new RDSClient({ region })), location, {
        needsEngineVersion: () => true
      })
    )
    await read('acm', location, (track) =>
      collectAcm(track(new ACMClient({ region })), location, {
        needsDescribe: () => true,
        concurrency: 1
      })
    )
    await read('acm-pca', location, (track) =>
      collectPca(track(new ACMPCAClient({ region })), location, signal)
    )
    await read('elb', location, (track) =>
      collectElb(
        {
          classic: track(new ElasticLoadBalancingClient({ region })),
          v2: track(new ElasticLoadBalancingV2Client({ region }))
        },
        location,
        { concurrency: 1 }
      )
    )
  }
  const global = { account, region: GLOBAL_REGION }
  await read('iam', global, (track) =>
    collectIam(track(new IAMClient({ region: options.homeRegion })), global, signal)
  )
  await read('cloudfront', global, (track) =>
    collectCloudFront(track(new CloudFrontClient({ region: options.homeRegion })), global, signal)
  )
  return { services, coverage }
}
