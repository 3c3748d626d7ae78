/**
 * Whether the table is coloured. --no-color wins; then FORCE_COLOR (set: colour even into a
 * pipe, unless it is 0 or false), before NO_COLOR (any non-empty value: none,
 * https://no-color.org) as Node orders them; otherwise only on a terminal.
 */
export function wantsColor(env: NodeJS.ProcessEnv, isTty: boolean, noColorFlag: boolean): boolean {
  if (noColorFlag) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTty
}
