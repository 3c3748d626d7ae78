/** What the Private CA plug-in reads: one account and region's certificate authorities. */
import type { Location } from '../../model/index.js'

export interface CertificateAuthorityRecord extends Location {
  arn: string
  /** The UUID at the end of the ARN. */
  id: string
  /** The subject's common name: how people name the CA. */
  commonName: string | null
  /** `ROOT` | `SUBORDINATE`. */
  type: string | null
  /** `ACTIVE`, `CREATING`, `PENDING_CERTIFICATE`, `DISABLED`, `EXPIRED`, `FAILED`, `DELETED`. */
  status: string
  notBefore: string | null
  notAfter: string | null
  failureReason: string | null
  /** Until when a DELETED CA can be restored. */
  restorableUntil: string | null
  /** `SHA256WITHRSA`, ...: what the CA signs its own renewal with. */
  signingAlgorithm: string | null
}

export interface PcaInventory extends Location {
  certificateAuthorities: CertificateAuthorityRecord[]
}
