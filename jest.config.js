// With AWS_CERT_WATCH_TEST_CLOCK_OFFSET_DAYS set, this shifts jest's own clock and puts the
// preload in NODE_OPTIONS for jest's workers and what they start; setupFiles shifts each test
// file's realm, which has a Date of its own.
import './__tests__/helpers/shifted-clock.cjs'

/** ESM through ts-jest, transpile-only (tsconfig's isolatedModules); type-checking is `npm run typecheck`'s job. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/helpers/shifted-clock.cjs'],
  testTimeout: 60000
}
