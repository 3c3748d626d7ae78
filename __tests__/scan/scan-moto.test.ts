/**
 * The scan against a third party's AWS mock (moto_server) instead of our emulator, with
 * resources created through the SDK: what moto can represent is found, and the calls moto does
 * not implement (it answers them with an HTML 500) become coverage rows, never a crash.
 */
import { ACMClient, ImportCertificateCommand } from '@aws-sdk/client-acm'
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds'
import { parseSettings } from '../../src/config/index.js'
import { scan, type ScanResult } from '../../src/scan.js'
import { findMoto, selfSignedCertificate, startMoto, type Moto } from '../helpers/moto.js'
import { describeWithTool } from '../helpers/installed-tool.js'
import { testScanDeps } from '../helpers/scan-deps.js'
import { rdsOf } from '../collect/collect-helpers.js'
import { expectValidReport } from '../helpers/report-schema.js'

const MOTO = findMoto()
const REGION = 'us-east-1'
const KEYS = { accessKeyId: 'AKIAMOTOEXAMPLE', secretAccessKey: 'moto-secret' }
const ENV = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']

describeWithTool({ name: 'moto_server', path: MOTO }, 'scan against moto_server', (motoPath) => {
  let moto: Moto
  let result: ScanResult
  const saved = Object.fromEntries(ENV.map((key) => [key, process.env[key]]))

  beforeAll(async () => {
    moto = await startMoto(motoPath)
    const client = { endpoint: moto.url, region: REGION, credentials: KEYS }
    const rds = new RDSClient(client)
    for (const id of ['orders-db', 'legacy-db']) {
      await rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          Engine: 'postgres',
          DBInstanceClass: 'db.t3.medium',
          MasterUsername: 'admin',
          MasterUserPassword: 'password123',
          AllocatedStorage: 20,
          CACertificateIdentifier: 'rds-ca-rsa2048-g1'
        })
      )
    }
    // A 90-day certificate: judged by its own lifetime, it needs action from 30 days left.
    const pem = selfSignedCertificate('legacy.example.com', 90)
    await new ACMClient(client).send(
      new ImportCertificateCommand({ Certificate: pem.certificate, PrivateKey: pem.privateKey })
    )

    Object.assign(process.env, {
      AWS_ENDPOINT_URL: moto.url,
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      AWS_REGION: REGION
    })
    const settings = parseSettings((name) => (name === 'regions' ? REGION : ''))
    // moto_server holds the certificate on the real clock: the scan runs 80 days after the
    // instant it was made, 10 days from expiry, wherever Node's clock is.
    result = await scan(
      settings,
      testScanDeps(new Date(pem.notBefore.getTime() + 80 * 86_400_000), {
        // moto answers what it lacks with a 500, which the SDK retries as a server error; two
        // attempts keep the test short without changing what the scan does with the failure.
        collect: { clientConfig: () => ({ maxAttempts: 2 }) }
      })
    )
  }, 60_000)

  afterAll(() => {
    moto?.close()
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  it('writes a report the schema accepts', () => {
    expectValidReport(result.report)
  })

  it('reads the DB instances moto holds, and names the calls moto lacks in coverage', () => {
    expect(
      rdsOf(result.inventory)[0]
        ?.instances.map((i) => i.identifier)
        .sort()
    ).toEqual(['legacy-db', 'orders-db'])
    const row = result.report.coverage.find((r) => r.service === 'rds')
    expect(row?.status).toBe('failed')
    expect(row?.detail).toMatch(/DescribeCertificates: /)
    expect(row?.detail).toMatch(/DescribePendingMaintenanceActions: /)
    expect(row?.detail).toMatch(/read anyway: 2 DB instances/)
  })

  it('finds the imported certificate that expires in 10 days, with why and the fix', () => {
    const row = result.report.coverage.find((r) => r.service === 'acm')
    expect(row?.status).toBe('ok')
    const finding = result.report.findings.find((f) => f.service === 'acm')
    expect(finding).toMatchObject({ severity: 'critical', account: '123456789012' })
    expect(finding?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['acm-imported', 'acm-expiring'])
    )
    expect(finding?.remediation.map((r) => r.command).join('\n')).toContain(
      'aws acm import-certificate --certificate-arn'
    )
  })

  it('invents nothing about the instances whose CA facts moto cannot give', () => {
    expect(result.report.findings.filter((f) => f.service === 'rds')).toEqual([])
  })
})
