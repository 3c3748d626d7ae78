/**
 * The iac bundle as the runner runs it on a pull_request event: a real git repository whose
 * pull request changes some files, the event payload naming its base commit, the annotations on
 * stdout at `file=` and `line=`, the SARIF file, the report, the outputs and the exit code.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import jestSarif from '@microsoft/jest-sarif'
import { DEFAULT_STATIC_CREDENTIAL, startAwsEmulator } from '../../emulator/aws/index.js'
import { IAC_ACTION, REPOSITORY, runAction } from './run-action.js'

expect.extend(jestSarif as unknown as Record<string, jest.CustomMatcher>)
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R
    }
  }
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'iac', 'fixtures')

const LEGACY_TF = `resource "aws_db_instance" "legacy" {
  engine             = "postgres"
  ca_cert_identifier = "rds-ca-2019"
}
`
const ORDERS_TF = `resource "aws_db_instance" "orders" {
  identifier         = "orders"
  engine             = "postgres"
  instance_class     = "db.t4g.medium"
  ca_cert_identifier = "rds-ca-2019"
}
`
const SITE_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Domain:
    Type: String
    Default: shop.example.com
Resources:
  SiteCertificate:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: !Ref Domain
`

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com'
    }
  }).trim()
}

async function put(root: string, file: string, text: string | Buffer): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true })
  await writeFile(join(root, file), text)
}

describe('the iac action on a pull request', () => {
  let repo: string
  let base: string

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'aws-cert-watch-iac-repo-'))
    git(repo, 'init', '--quiet', '--initial-branch=main')
    await put(repo, 'infra/legacy.tf', LEGACY_TF)
    await put(repo, 'README.md', '# infra\n')
    git(repo, 'add', '.')
    git(repo, 'commit', '--quiet', '-m', 'base')
    base = git(repo, 'rev-parse', 'HEAD')
    await put(repo, 'infra/orders.tf', ORDERS_TF)
    await put(repo, 'stacks/site.yaml', SITE_YAML)
    await put(
      repo,
      'certs/partner-api.pem',
      await readFile(join(FIXTURES, 'certificates', 'certs', 'partner-api.pem'))
    )
    git(repo, 'add', '.')
    git(repo, 'commit', '--quiet', '-m', 'orders database, shop certificate')
  })

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  it('annotates the changed files at their lines, writes SARIF and fails on the default warning', async () => {
    const sarifPath = join(repo, '..', `${repo.split('/').pop()}.sarif`)
    const step = await runAction({
      action: IAC_ACTION,
      eventName: 'pull_request',
      event: {
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: base, repo: { full_name: REPOSITORY } },
          head: { sha: git(repo, 'rev-parse', 'HEAD'), repo: { full_name: 'someone/fork' } }
        },
        repository: { full_name: REPOSITORY }
      },
      inputs: { 'sarif-path': sarifPath },
      env: { GITHUB_WORKSPACE: repo }
    })
    try {
      expect(
        step.annotations.map(({ command, properties }) => [
          command,
          properties.file,
          properties.line
        ])
      ).toEqual([
        ['error', 'certs/partner-api.pem', '1'],
        ['error', 'infra/orders.tf', '5'],
        ['warning', 'stacks/site.yaml', '8'],
        ['error', undefined, undefined]
      ])
      expect(step.exitCode).toBe(1)
      expect(step.annotations.at(-1)?.message).toMatch(
        /^3 resource\(s\) at or above fail-on 'warning'/
      )
      // The unchanged legacy.tf pins the same retired CA: a pull request answers for what it changes.
      expect(step.report?.findings.map((finding) => finding.id)).toEqual([
        expect.stringMatching(/^iac:certs\/partner-api\.pem:certificate:/),
        'iac:infra/orders.tf:aws_db_instance.orders',
        'iac:stacks/site.yaml:SiteCertificate'
      ])
      expect(step.outputs).toMatchObject({
        'findings-count': '3',
        'expired-count': '2',
        'warning-count': '1',
        'max-severity': 'expired',
        'sarif-path': sarifPath
      })
      expect(step.summary).toContain('Checked: 3 files that this pull request changes.')
      expect(step.summary).toContain('```hcl\nca_cert_identifier = "rds-ca-rsa2048-g1"\n```')
      const sarif = JSON.parse(await readFile(sarifPath, 'utf8'))
      expect(sarif).toBeValidSarifLog()
      expect(sarif.runs[0].results).toHaveLength(3)
    } finally {
      await rm(sarifPath, { force: true })
    }
  })

  it('checks every file on a push, and passes with fail-on none', async () => {
    const step = await runAction({
      action: IAC_ACTION,
      inputs: { 'fail-on': 'none' },
      env: { GITHUB_WORKSPACE: repo }
    })
    expect(step.exitCode).toBe(0)
    expect(step.report?.findings.map((finding) => finding.resourceId)).toContain(
      'aws_db_instance.legacy'
    )
    expect(step.summary).toContain('Checked: 4 files.')
  })

  it('asks DescribeCertificates when the job has AWS credentials, and says so', async () => {
    const aws = await startAwsEmulator({
      estate: { accounts: { '123456789012': { regions: { 'eu-west-1': {} } } } }
    })
    try {
      const step = await runAction({
        action: IAC_ACTION,
        inputs: { 'fail-on': 'none', 'aws-region': 'eu-west-1', paths: 'infra/*.tf' },
        env: {
          GITHUB_WORKSPACE: repo,
          AWS_ENDPOINT_URL: aws.url,
          AWS_ACCESS_KEY_ID: DEFAULT_STATIC_CREDENTIAL.accessKeyId,
          AWS_SECRET_ACCESS_KEY: DEFAULT_STATIC_CREDENTIAL.secretAccessKey
        }
      })
      expect(step.exitCode).toBe(0)
      expect(step.report?.findings.map((finding) => finding.reasons[0]?.message)).toEqual([
        expect.stringContaining(
          '(checked against DescribeCertificates in account 123456789012, eu-west-1)'
        ),
        expect.stringContaining(
          '(checked against DescribeCertificates in account 123456789012, eu-west-1)'
        )
      ])
      expect(step.report?.scope.accounts).toEqual(['123456789012'])
      expect(aws.calls.map((call) => call.operation).sort()).toEqual([
        'DescribeCertificates',
        'GetCallerIdentity'
      ])
    } finally {
      await aws.close()
    }
  })
})
