/**
 * The Account API's ListRegions through the real @aws-sdk/client-account (restJson1): opt-in
 * statuses from the estate, the status filter, paging, the caller's own account only, and the
 * front end's signature checks, faults, quotas and call log in restJson1's own error form.
 */
import {
  AccessDeniedException,
  ListRegionsCommand,
  paginateListRegions,
  type AccountClient,
  type ListRegionsCommandInput,
  type Region
} from '@aws-sdk/client-account'
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds'
import { AssumeRoleCommand, type Credentials } from '@aws-sdk/client-sts'
import {
  ENABLED_BY_DEFAULT_REGIONS,
  OPT_IN_REGIONS,
  startAwsEmulator,
  type AwsEmulator,
  type Estate
} from '../../emulator/aws/index.js'
import { accountClient, rdsClient, stsClient } from './clients.js'

const estate: Estate = {
  defaultAccount: '111111111111',
  accounts: {
    '111111111111': {
      name: 'prod',
      regions: { 'us-east-1': {}, 'ap-east-1': {}, 'me-central-1': {} }
    },
    '222222222222': {
      name: 'staging',
      roles: ['cert-watch'],
      regions: { 'eu-central-2': {}, 'ap-northeast-1': {} }
    }
  }
}

async function listAll(client: AccountClient, input: ListRegionsCommandInput = {}) {
  const regions: Region[] = []
  for await (const page of paginateListRegions({ client }, input)) {
    regions.push(...(page.Regions ?? []))
  }
  return regions
}

const names = (regions: Region[] | undefined) => (regions ?? []).map((r) => r.RegionName)

describe('Account API ListRegions', () => {
  let aws: AwsEmulator
  let account: AccountClient

  beforeAll(async () => {
    aws = await startAwsEmulator({ estate })
    account = accountClient(aws)
  })
  afterAll(async () => {
    account.destroy()
    await aws.close()
  })
  beforeEach(() => {
    aws.clearCalls()
    aws.setKnobs({ faults: [], quotas: { ListRegions: 0 } })
  })

  async function assumeStaging(): Promise<Credentials> {
    const sts = stsClient(aws, { region: 'us-east-1' })
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::222222222222:role/cert-watch',
        RoleSessionName: 'aws-cert-watch'
      })
    )
    sts.destroy()
    return out.Credentials as Credentials
  }

  const session = (c: Credentials) => ({
    accessKeyId: c.AccessKeyId as string,
    secretAccessKey: c.SecretAccessKey as string,
    sessionToken: c.SessionToken as string
  })

  it('lists every commercial region once, sorted, with the opt-in status the estate implies', async () => {
    const regions = await listAll(account)
    expect(regions).toHaveLength(36)
    expect(names(regions)).toEqual([...ENABLED_BY_DEFAULT_REGIONS, ...OPT_IN_REGIONS].sort())
    const byStatus = (status: string) =>
      names(regions.filter((r) => r.RegionOptStatus === status)).sort()
    expect(byStatus('ENABLED_BY_DEFAULT')).toEqual([...ENABLED_BY_DEFAULT_REGIONS].sort())
    expect(byStatus('ENABLED')).toEqual(['ap-east-1', 'me-central-1'])
    expect(byStatus('DISABLED')).toEqual(
      OPT_IN_REGIONS.filter((r) => r !== 'ap-east-1' && r !== 'me-central-1')
    )
    expect(aws.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status])).toEqual([
      ['account', 'ListRegions', '111111111111', 'us-east-1', 200],
      ['account', 'ListRegions', '111111111111', 'us-east-1', 200]
    ])
  })

  it('filters on RegionOptStatusContains and rejects a status the model does not know', async () => {
    const enabled = await account.send(
      new ListRegionsCommand({ RegionOptStatusContains: ['ENABLED'] })
    )
    expect(enabled.Regions).toEqual([
      { RegionName: 'ap-east-1', RegionOptStatus: 'ENABLED' },
      { RegionName: 'me-central-1', RegionOptStatus: 'ENABLED' }
    ])
    expect(enabled.NextToken).toBeUndefined()
    const usable = await listAll(account, {
      RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT']
    })
    expect(usable).toHaveLength(19)
    const pending = await account.send(
      new ListRegionsCommand({ RegionOptStatusContains: ['ENABLING', 'DISABLING'] })
    )
    expect(pending.Regions).toEqual([])
    await expect(
      account.send(
        new ListRegionsCommand({
          RegionOptStatusContains: ['BOGUS' as 'ENABLED']
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } })
  })

  it('pages by MaxResults (default 20) and refuses bad sizes and foreign tokens', async () => {
    const first = await account.send(new ListRegionsCommand({}))
    expect(first.Regions).toHaveLength(20)
    const small = await account.send(new ListRegionsCommand({ MaxResults: 7 }))
    expect(names(small.Regions)).toEqual(names(first.Regions).slice(0, 7))
    const next = await account.send(
      new ListRegionsCommand({ MaxResults: 7, NextToken: small.NextToken })
    )
    expect(names(next.Regions)).toEqual(names(first.Regions).slice(7, 14))
    const all = await account.send(new ListRegionsCommand({ MaxResults: 50 }))
    expect(all.Regions).toHaveLength(36)
    expect(all.NextToken).toBeUndefined()
    const refused = [
      { MaxResults: 0 },
      { MaxResults: 51 },
      { NextToken: 'not-a-token' },
      // A token is bound to the filter it was issued for.
      { NextToken: small.NextToken, RegionOptStatusContains: ['DISABLED' as const] }
    ]
    for (const input of refused) {
      await expect(account.send(new ListRegionsCommand(input))).rejects.toMatchObject({
        name: 'ValidationException',
        $metadata: { httpStatusCode: 400 }
      })
    }
  })

  it("answers for the caller's own account only; another AccountId is AccessDeniedException", async () => {
    const staging = accountClient(aws, { credentials: session(await assumeStaging()) })
    const own = await staging.send(new ListRegionsCommand({ RegionOptStatusContains: ['ENABLED'] }))
    expect(names(own.Regions)).toEqual(['eu-central-2'])
    const named = await staging.send(
      new ListRegionsCommand({ AccountId: '222222222222', RegionOptStatusContains: ['ENABLED'] })
    )
    expect(names(named.Regions)).toEqual(['eu-central-2'])
    const denied = await staging
      .send(new ListRegionsCommand({ AccountId: '111111111111' }))
      .catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(AccessDeniedException)
    expect(denied).toMatchObject({
      $metadata: { httpStatusCode: 403 },
      errorType: 'AccessDeniedException',
      message: expect.stringContaining('account:ListRegions')
    })
    await expect(staging.send(new ListRegionsCommand({ AccountId: '2222' }))).rejects.toMatchObject(
      { name: 'ValidationException' }
    )
    staging.destroy()
  })

  it('is global: it answers in an account that has no resources in the signing region', async () => {
    const credentials = session(await assumeStaging())
    const rds = rdsClient(aws, { region: 'us-east-1', credentials })
    await expect(rds.send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId'
    })
    const staging = accountClient(aws, { credentials })
    expect((await staging.send(new ListRegionsCommand({ MaxResults: 50 }))).Regions).toHaveLength(
      36
    )
    rds.destroy()
    staging.destroy()
  })

  describe('SigV4', () => {
    it('answers InvalidSignatureException (403) for a wrong secret', async () => {
      const client = accountClient(aws, {
        credentials: { accessKeyId: 'AKIAEMULATOR0EXAMPLE', secretAccessKey: 'wrong' }
      })
      await expect(client.send(new ListRegionsCommand({}))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
        $metadata: { httpStatusCode: 403 }
      })
      client.destroy()
    })

    it('answers UnrecognizedClientException (403) for an unknown key', async () => {
      const client = accountClient(aws, {
        credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }
      })
      await expect(client.send(new ListRegionsCommand({}))).rejects.toMatchObject({
        name: 'UnrecognizedClientException',
        $metadata: { httpStatusCode: 403 }
      })
      expect(aws.calls).toEqual([
        expect.objectContaining({
          service: 'account',
          operation: 'ListRegions',
          account: '',
          errorCode: 'UnrecognizedClientException'
        })
      ])
      client.destroy()
    })

    it('answers an unsigned call in restJson1 form: code in x-amzn-errortype, message in the body', async () => {
      const response = await fetch(`${aws.url}/listRegions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}'
      })
      expect(response.status).toBe(403)
      expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
      expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
      expect(await response.json()).toEqual({
        message: 'Request is missing Authentication Token'
      })
    })
  })

  describe('knobs', () => {
    it('injects AccessDenied as AccessDeniedException (403), leaving other services alone', async () => {
      aws.setKnobs({
        faults: [{ service: 'account', operation: 'ListRegions', error: 'AccessDenied' }]
      })
      const error = await account.send(new ListRegionsCommand({})).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AccessDeniedException)
      expect(error).toMatchObject({
        $metadata: { httpStatusCode: 403 },
        message: expect.stringContaining('ListRegions')
      })
      const rds = rdsClient(aws, { region: 'us-east-1' })
      await rds.send(new DescribeDBInstancesCommand({}))
      expect(aws.calls.map((c) => [c.service, c.status, c.errorCode])).toEqual([
        ['account', 403, 'AccessDeniedException'],
        ['rds', 200, undefined]
      ])
      rds.destroy()
    })

    it('answers InternalFailure as InternalServerException (500), which the SDK retries', async () => {
      aws.setKnobs({ faults: [{ service: 'account', error: 'InternalFailure', times: 1 }] })
      const out = await account.send(new ListRegionsCommand({}))
      expect(out.Regions).toHaveLength(20)
      expect(aws.calls.map((c) => [c.status, c.errorCode])).toEqual([
        [500, 'InternalServerException'],
        [200, undefined]
      ])
    })

    it('throttles above the quota with TooManyRequestsException (429)', async () => {
      aws.setKnobs({ quotas: { ListRegions: 1 } })
      const client = accountClient(aws, { maxAttempts: 1 })
      const outcomes = await Promise.allSettled([
        client.send(new ListRegionsCommand({})),
        client.send(new ListRegionsCommand({}))
      ])
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected'])
      const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
      expect(rejected.reason).toMatchObject({
        name: 'TooManyRequestsException',
        $metadata: { httpStatusCode: 429 }
      })
      client.destroy()
    })
  })
})
