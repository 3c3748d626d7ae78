import packageJson from '../../package.json' with { type: 'json' }

/** The package's version; the bundler inlines it, so that --version reads no file. */
export const VERSION: string = packageJson.version
