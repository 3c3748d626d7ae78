/**
 * AWS's RDS certificate authorities as DescribeCertificates lists them. Thumbprints and dates are
 * those AWS publishes (the AWS CLI's `rds describe-certificates` example output, and the RDS user
 * guide's CA table); rds-ca-2019 is kept only so that estates can name it: it expired on
 * 2024-08-22 in most regions and AWS no longer lists it, so it is not in `CURRENT_REAL_CAS`.
 */

export interface RealCa {
  identifier: string
  thumbprint: string
  validFrom: string
  validTill: string
}

export const REAL_CAS: Readonly<Record<string, RealCa>> = {
  'rds-ca-ecc384-g1': {
    identifier: 'rds-ca-ecc384-g1',
    thumbprint: '2ee3dcc06e50192559b13929e73484354f23387d',
    validFrom: '2021-05-24T22:06:59Z',
    validTill: '2121-05-24T23:06:59Z'
  },
  'rds-ca-rsa4096-g1': {
    identifier: 'rds-ca-rsa4096-g1',
    thumbprint: '19da4f2af579a8ae1f6a0fa77aa5befd874b4cab',
    validFrom: '2021-05-24T22:03:20Z',
    validTill: '2121-05-24T23:03:20Z'
  },
  'rds-ca-rsa2048-g1': {
    identifier: 'rds-ca-rsa2048-g1',
    thumbprint: '7c40cb42714b6fdb2b296f9bbd0e8bb364436a76',
    validFrom: '2021-05-24T21:59:00Z',
    validTill: '2061-05-24T22:59:00Z'
  },
  'rds-ca-2019': {
    identifier: 'rds-ca-2019',
    thumbprint: 'd40ddb29e3750dffa671c3140bbf5f478d1c8096',
    validFrom: '2019-08-22T17:08:50Z',
    validTill: '2024-08-22T17:08:50Z'
  }
}

/** What DescribeCertificates returns today, in AWS's order. */
export const CURRENT_REAL_CAS: readonly string[] = [
  'rds-ca-ecc384-g1',
  'rds-ca-rsa4096-g1',
  'rds-ca-rsa2048-g1'
]

/** AWS's default CA for new launches since January 2024. */
export const AWS_DEFAULT_CA = 'rds-ca-rsa2048-g1'
