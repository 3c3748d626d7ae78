/**
 * The readers, one per kind of file, registered here and loaded only when a run has files for
 * them: the Terraform grammar is WebAssembly that a run without `.tf` files never compiles.
 */
import type { IacReaderName } from './discover.js'
import type { IacReader } from './reader.js'

export const IAC_READERS: Record<IacReaderName, () => Promise<IacReader>> = {
  terraform: async () => (await import('./terraform/reader.js')).readTerraform,
  cloudformation: async () => (await import('./cloudformation/reader.js')).readCloudFormation,
  'certificate-files': async () =>
    (await import('./certificate-files/reader.js')).readCertificateFiles
}
