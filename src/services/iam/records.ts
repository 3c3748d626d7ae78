/** What the IAM plug-in reads: one account's server certificates (IAM is global). */
import type { Location } from '../../model/index.js'

/** An IAM server certificate, as ListServerCertificates describes it. */
export interface ServerCertificateRecord extends Location {
  /** Unique in the account, whatever the path. */
  name: string
  /** `ASCA...`: what CloudFront names it by. */
  id: string
  arn: string
  path: string
  uploadDate: string | null
  expiration: string | null
}

export interface IamInventory extends Location {
  serverCertificates: ServerCertificateRecord[]
}
