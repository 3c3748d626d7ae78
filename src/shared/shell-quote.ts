/**
 * Quotes one argument for a POSIX shell so that a printed command can be pasted as is: AWS
 * identifiers pass unchanged, anything else (a wildcard domain `*.example.com`, a space, a
 * quote) is single-quoted.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9@%+=:,./_-]+$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** A bare word written by us (`--apply-immediately`), or a flag and its values (quoted). */
export type CommandArg = string | readonly [flag: string, ...values: string[]]

/** Joins a command line: `literal` and bare words as written, every value shell-quoted. */
export function command(literal: string, ...args: CommandArg[]): string {
  const parts = [literal]
  for (const arg of args) {
    if (typeof arg === 'string') parts.push(arg)
    else parts.push(arg[0], ...arg.slice(1).map(shellQuote))
  }
  return parts.join(' ')
}
