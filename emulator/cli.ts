/**
 * `npm run emulator -- --estate estates/demo.json [--port N] [--now ISO]`: serves an estate on
 * 127.0.0.1 until Ctrl-C and prints the environment lines that point the AWS SDK or CLI at it.
 */
import { parseArgs } from 'node:util'
import { DEFAULT_STATIC_CREDENTIAL, loadEstate, startAwsEmulator } from './aws/index.js'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      estate: { type: 'string', default: 'estates/demo.json' },
      port: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    console.log('usage: npm run emulator -- --estate estates/demo.json [--port N] [--now ISO-DATE]')
    return
  }
  const estatePath = values.estate as string
  const estate = loadEstate(estatePath)
  const port = values.port === undefined ? undefined : Number(values.port)
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port ${values.port}: not a port number`)
  }
  const now = values.now === undefined ? undefined : new Date(values.now)
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now ${values.now}: not a date`)
  const aws = await startAwsEmulator({ estate, port, now })
  const credential = estate.credentials?.[0] ?? DEFAULT_STATIC_CREDENTIAL
  const accounts = Object.entries(estate.accounts)
  const homeRegion = Object.keys(accounts[0]?.[1].regions ?? {})[0] ?? 'us-east-1'
  console.log(`AWS emulator serving ${estatePath} at ${aws.url}`)
  for (const [id, account] of accounts) {
    console.log(
      `  account ${id} (${account.name ?? id}): ${Object.keys(account.regions).join(', ')}`
    )
  }
  console.log('\nPaste into another shell:\n')
  console.log(
    `export AWS_ENDPOINT_URL=${aws.url} AWS_ACCESS_KEY_ID=${credential.accessKeyId} ` +
      `AWS_SECRET_ACCESS_KEY=${credential.secretAccessKey} AWS_REGION=${homeRegion} ` +
      `AWS_DEFAULT_REGION=${homeRegion}`
  )
  console.log('\nCtrl-C to stop.')
  const stop = () => {
    console.log(`\n${aws.calls.length} calls served.`)
    aws.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
