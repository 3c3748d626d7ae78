/** An ActionIo for tests: every call recorded in order, nothing printed. */
import type { ActionIo } from '../../src/publish/action-io.js'

type Call = { kind: keyof ActionIo; args: unknown[] }

/** An ActionIo that keeps what the step would have printed, written and set. */
export function recordingIo() {
  const calls: Call[] = []
  const record =
    (kind: keyof ActionIo) =>
    (...args: unknown[]) => {
      calls.push({ kind, args })
    }
  const io: ActionIo = {
    debug: record('debug'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
    notice: record('notice'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    setSecret: record('setSecret'),
    group: async (name, fn) => {
      calls.push({ kind: 'group', args: [name] })
      return fn()
    },
    appendSummary: async (markdown) => {
      calls.push({ kind: 'appendSummary', args: [markdown] })
    },
    replaceSummary: async (markdown) => {
      calls.push({ kind: 'replaceSummary', args: [markdown] })
    }
  }
  const of = (kind: keyof ActionIo) => calls.filter((call) => call.kind === kind)
  return {
    io,
    calls,
    of,
    outputs: () => Object.fromEntries(of('setOutput').map((call) => call.args as [string, string])),
    /** The step's summary file as the runner would have it at the end. */
    summary: () =>
      calls.reduce(
        (file, call) =>
          call.kind === 'appendSummary'
            ? file + (call.args[0] as string)
            : call.kind === 'replaceSummary'
              ? (call.args[0] as string)
              : file,
        ''
      ),
    infoLines: () => of('info').map((call) => call.args[0] as string)
  }
}
