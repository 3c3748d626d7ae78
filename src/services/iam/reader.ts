/** IAM in one account: every server certificate's metadata (its dates are all the checks need). */
import {
  paginateListServerCertificates,
  type IAMClient,
  type ServerCertificateMetadata
} from '@aws-sdk/client-iam'
import { isoDate } from '../../aws/iso-date.js'
import { allItems } from '../../aws/pages.js'
import type { Location } from '../../model/index.js'
import type { IamInventory, ServerCertificateRecord } from './records.js'

/** ListServerCertificates' largest page (MaxItems). */
const PAGE_SIZE = 1000

export async function collectIam(
  client: IAMClient,
  location: Location,
  signal: AbortSignal
): Promise<IamInventory> {
  const metadata = await allItems(
    paginateListServerCertificates({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: signal }),
    (page) => page.ServerCertificateMetadataList
  )
  return { ...location, serverCertificates: metadata.map((m) => record(m, location)) }
}

function record(m: ServerCertificateMetadata, location: Location): ServerCertificateRecord {
  return {
    ...location,
    name: m.ServerCertificateName ?? '',
    id: m.ServerCertificateId ?? '',
    arn: m.Arn ?? '',
    path: m.Path ?? '/',
    uploadDate: isoDate(m.UploadDate),
    expiration: isoDate(m.Expiration)
  }
}
