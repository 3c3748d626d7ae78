/**
 * The RDS certificate authorities, as AWS documents them (RDS user guide, "Certificate
 * authorities"): the g1 generation is current since 2021 and its CAs are valid for decades;
 * the dated CAs before it are retired and no longer listed by DescribeCertificates.
 */

/** The current CAs: one per key algorithm. */
export const CURRENT_RDS_CAS: readonly string[] = [
  'rds-ca-rsa2048-g1',
  'rds-ca-rsa4096-g1',
  'rds-ca-ecc384-g1'
]

/**
 * A CA of the current naming scheme (`rds-ca-<algorithm>-g<generation>`): a later generation
 * that AWS introduces is accepted without waiting for this list to be updated.
 */
export const CURRENT_RDS_CA_PATTERN = /^rds-ca-(?:rsa2048|rsa4096|ecc384)-g[1-9]\d*$/

/** Retired CAs and when they expired in most regions (other dates in a few regions and China). */
export const RETIRED_RDS_CAS: Readonly<Record<string, string>> = {
  'rds-ca-2019': '2024-08-22',
  'rds-ca-2015': '2020-03-05'
}
