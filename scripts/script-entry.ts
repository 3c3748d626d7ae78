/**
 * How a script of this project starts: its flags parsed by `parse` (null for --help, which
 * prints the usage; a usage mistake prints the message and the usage and exits 2), then `main`,
 * whose number is the exit code.
 */
export async function runScript<T>(
  parse: () => T | null,
  usage: string,
  main: (options: T) => Promise<number>
): Promise<void> {
  let options: T | null
  try {
    options = parse()
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    process.exit(2)
  }
  if (options === null) process.stdout.write(usage)
  else process.exitCode = await main(options)
}
