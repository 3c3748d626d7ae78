/**
 * iam/permissions-policy.json grants exactly what a scan calls: a full scan of the demo estate
 * (every service, both accounts, every region, with findings, so that the calls made only for
 * flagged resources happen too, plus an opt-in region the accounts have not enabled, so that
 * the region list is asked for) is run against the emulator, and the operations in its call log
 * are compared with the policy's actions in both directions.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseSettings } from '../../src/config/index.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { generateEstate, loadEstate, type GeneratedOrganization } from '../../emulator/aws/index.js'
import { startHarness, type Harness } from '../collect/emulator-harness.js'

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url))

interface PolicyDocument {
  Statement: Array<{ Effect: string; Action: string | string[]; Resource: string | string[] }>
}

async function policyActions(): Promise<string[]> {
  const policy = JSON.parse(
    await readFile(root('iam/permissions-policy.json'), 'utf8')
  ) as PolicyDocument
  return policy.Statement.filter((statement) => statement.Effect === 'Allow').flatMap(
    (statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action])
  )
}

/** IAM's prefix for the services the call log names by API: both ELB APIs share one. */
const ACTION_PREFIX: Readonly<Record<string, string>> = {
  elb: 'elasticloadbalancing',
  elbv2: 'elasticloadbalancing'
}

/** An opt-in region that no account of the demo estate has enabled. */
const NOT_ENABLED = 'af-south-1'

describe('the permissions policy', () => {
  const estate = loadEstate(root('estates/demo.json'))
  const accounts = Object.keys(estate.accounts)
  const regions = [
    ...new Set(Object.values(estate.accounts).flatMap((account) => Object.keys(account.regions)))
  ]
  let harness: Harness
  let result: ScanResult

  beforeAll(async () => {
    const now = new Date()
    harness = await startHarness(estate, now)
    const inputs: Record<string, string> = {
      regions: [...regions, NOT_ENABLED].join(','),
      services: 'all',
      'role-to-assume': accounts
        .map((account) => `arn:aws:iam::${account}:role/aws-cert-watch`)
        .join(',')
    }
    const settings = parseSettings((name) => inputs[name] ?? '')
    result = await scan(settings, {
      now,
      log: () => {},
      // DNS needs no IAM permission: the policy is about the AWS calls.
      dns: null,
      credentials: {
        oidcAvailable: false,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
        log: () => {},
        setSecret: () => {},
        // Not on a runner: the roles are assumed from the static keys (the CLI's path).
        env: {}
      }
    })
  })
  afterAll(() => harness.close())

  it('scanned everything, with findings that need the follow-up calls', () => {
    for (const row of result.report.coverage) {
      expect(row.status).toBe(row.region === NOT_ENABLED ? 'skipped' : 'ok')
    }
    expect(result.report.scope.accounts.sort()).toEqual([...accounts].sort())
    expect(result.report.findings.some((finding) => finding.service === 'acm')).toBe(true)
    expect(result.report.findings.some((finding) => finding.service === 'rds')).toBe(true)
    expect(result.report.findings.some((finding) => finding.service === 'iam')).toBe(true)
    expect(result.report.findings.some((finding) => finding.service === 'acm-pca')).toBe(true)
  })

  it('allows exactly the AWS actions the scan called, nothing missing and nothing extra', async () => {
    const called = [
      ...new Set(
        harness.emu.calls
          .filter((call) => call.service !== 'sts')
          .map((call) => `${ACTION_PREFIX[call.service] ?? call.service}:${call.operation}`)
      )
    ].sort()
    // The calls made only for flagged resources are in the log, so the comparison covers them.
    expect(called).toEqual(
      expect.arrayContaining([
        'acm:DescribeCertificate',
        'rds:DescribeDBEngineVersions',
        'account:ListRegions',
        'elasticloadbalancing:DescribeListenerCertificates'
      ])
    )
    expect((await policyActions()).sort()).toEqual(called)
  })
})

describe("the hub's permissions policy", () => {
  let harness: Harness
  let organization: GeneratedOrganization

  beforeAll(async () => {
    const now = new Date()
    const generated = generateEstate({
      accounts: ['111111111111', '222222222222', '333333333333'],
      regions: ['us-east-1'],
      instances: 3,
      certificates: 3,
      problemShare: 0.5,
      seed: 5,
      organization: {}
    })
    organization = generated.organization as GeneratedOrganization
    harness = await startHarness(generated.estate, now)
    const inputs: Record<string, string> = {
      regions: 'us-east-1',
      services: 'rds,acm',
      'role-to-assume': organization.hubRoleArn,
      accounts: 'organization'
    }
    await scan(
      parseSettings((name) => inputs[name] ?? ''),
      {
        now,
        log: () => {},
        dns: null,
        credentials: {
          oidcAvailable: true,
          getIdToken: async () => 'token',
          sleep: async () => {},
          random: Math.random,
          log: () => {},
          setSecret: () => {},
          env: { GITHUB_ACTIONS: 'true' }
        }
      }
    )
  })
  afterAll(() => harness.close())

  it('allows exactly what the hub calls beyond its own account’s scan, on the member role', async () => {
    const hub = organization.managementAccount
    const hubCalls = harness.emu.calls.filter(
      (call) => call.account === hub && (call.service === 'organizations' || call.service === 'sts')
    )
    // The OIDC call is unsigned: the trust policy allows it, not a permissions policy.
    const signed = hubCalls.filter((call) => call.operation !== 'AssumeRoleWithWebIdentity')
    const called = [...new Set(signed.map((call) => `${call.service}:${call.operation}`))].sort()
    const policy = JSON.parse(
      await readFile(root('iam/hub-permissions-policy.json'), 'utf8')
    ) as PolicyDocument
    const allowed = policy.Statement.flatMap((statement) =>
      Array.isArray(statement.Action) ? statement.Action : [statement.Action]
    ).sort()
    expect(allowed).toEqual(called)
    const assume = policy.Statement.find((statement) => statement.Action.includes('sts:AssumeRole'))
    const pattern = new RegExp(`^${String(assume?.Resource).replace(/\*/g, '[^:]*')}$`)
    const members = harness.emu.calls.filter((call) => call.operation === 'AssumeRole')
    expect(members).toHaveLength(2)
    for (const account of ['222222222222', '333333333333']) {
      expect(`arn:aws:iam::${account}:role/${organization.memberRoleName}`).toMatch(pattern)
    }
  })
})
