import { readFile } from 'node:fs/promises'
import { readCertificateFiles } from '../../src/iac/certificate-files/reader.js'
import { fileRepository } from '../../src/iac/repository.js'
import { fixtureDir, fixtureFiles } from './fixture-repository.js'

const dir = fixtureDir('certificates')

async function lineOf(file: string, text: string, occurrence = 1): Promise<number> {
  const lines = (await readFile(`${dir}/${file}`, 'utf8')).split('\n')
  let seen = 0
  const index = lines.findIndex((line) => line.includes(text) && ++seen === occurrence)
  if (index === -1) throw new Error(`${text} is not in ${file}`)
  return index + 1
}

describe('certificate files', () => {
  it('reads every certificate of every file at its BEGIN line, DER too, and passes keys over', async () => {
    const files = await fixtureFiles(dir)
    const result = await readCertificateFiles({ files, repository: fileRepository(dir) })
    const summary = result.records.map((record) =>
      record.kind === 'certificate-file'
        ? {
            file: record.file,
            certificates: record.certificates.map(({ line, subject, notAfter }) => ({
              line,
              subject,
              notAfter
            }))
          }
        : record
    )
    expect(summary).toEqual([
      {
        file: 'certs/chain.pem',
        certificates: [
          {
            line: await lineOf('certs/chain.pem', 'BEGIN CERTIFICATE', 1),
            subject: 'CN=www.example.com, O=Example Corp',
            notAfter: '2027-05-20T00:00:00.000Z'
          },
          {
            line: await lineOf('certs/chain.pem', 'BEGIN CERTIFICATE', 2),
            subject: 'CN=Example Issuing CA, O=Example Corp',
            notAfter: '2027-01-10T00:00:00.000Z'
          },
          {
            line: await lineOf('certs/chain.pem', 'BEGIN CERTIFICATE', 3),
            subject: 'CN=Example Root CA, O=Example Corp',
            notAfter: '2036-01-01T00:00:00.000Z'
          }
        ]
      },
      {
        file: 'certs/legacy.cer',
        certificates: [
          {
            line: 1,
            subject: 'CN=legacy.example.com, O=Example Corp',
            notAfter: '2036-01-01T00:00:00.000Z'
          }
        ]
      },
      {
        file: 'certs/mtls-client.crt',
        certificates: [
          {
            line: 1,
            subject: 'CN=mtls.internal.example.com, O=Example Corp',
            notAfter: '2026-12-13T12:00:00.000Z'
          }
        ]
      },
      {
        file: 'certs/partner-api.pem',
        certificates: [
          {
            line: 1,
            subject: 'CN=partner-api.example.com, O=Example Corp',
            notAfter: '2021-03-01T00:00:00.000Z'
          }
        ]
      }
    ])
    expect(await lineOf('certs/chain.pem', 'BEGIN CERTIFICATE', 1)).toBe(2)
    expect(result.failures).toEqual([
      {
        file: 'certs/broken.pem',
        detail: expect.stringMatching(/^line 1: not a valid certificate/)
      }
    ])
    expect(result.filesRead).toEqual(files)
  })

  it('never reads outside the repository', async () => {
    const repository = fileRepository(dir)
    expect(await repository.readText('../certificates/certs/partner-api.pem')).toBeNull()
    expect(await repository.readText('/etc/hostname')).toBeNull()
    expect(await repository.readText('certs/../certs/partner-api.pem')).toContain(
      'BEGIN CERTIFICATE'
    )
  })
})
