/**
 * An action's input as the runner passes it: `INPUT_<NAME>` (upper case, spaces as `_`), trimmed,
 * '' when unset, which is what `core.getInput` returns. Read here rather than through
 * @actions/core, whose import evaluates its HTTP stack (undici, a third of the bundle) before a
 * bad input could be refused.
 */
export function actionInput(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}
