import type { ScanDeps } from '../../src/scan.js'

/**
 * What the CLI passes to `scan`, minus the real sleep: credentials from the default chain
 * (the environment the test set up), no OIDC, silent logs, and no DNS (the validation-record
 * check has tests of its own, against a local DNS server: pass `dns` to have it).
 */
export function testScanDeps(now: Date, overrides: Partial<ScanDeps> = {}): ScanDeps {
  return {
    now,
    log: () => {},
    credentials: {
      oidcAvailable: false,
      sleep: async () => {},
      random: () => 0.5,
      log: () => {},
      setSecret: () => {},
      env: process.env
    },
    dns: null,
    ...overrides
  }
}
