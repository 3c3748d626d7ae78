/**
 * The slice of the Actions runtime that publishing uses, as an interface, so that the same
 * publishing code is tested with a fake and run with @actions/core.
 */
import * as core from '@actions/core'
import { failStep } from './fail-step.js'

export interface AnnotationProperties {
  title?: string
  /** Repository-relative file and line the annotation is shown at. */
  file?: string
  startLine?: number
}

export interface ActionIo {
  /** Shown only when the run has debug logging on (ACTIONS_STEP_DEBUG). */
  debug(message: string): void
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  setSecret(secret: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Appends raw Markdown/HTML to the job summary; a no-op outside a runner. */
  appendSummary(markdown: string): Promise<void>
  /** Replaces what this step wrote to the job summary; a no-op outside a runner. */
  replaceSummary(markdown: string): Promise<void>
}

export function actionIoFromCore(): ActionIo {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => failStep(message),
    setSecret: (secret) => core.setSecret(secret),
    group: (name, fn) => core.group(name, fn),
    appendSummary: async (markdown) => {
      // core.summary throws when GITHUB_STEP_SUMMARY is unset (local runs): the summary is then
      // simply not wanted, and the JSON report still carries everything.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
    replaceSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.emptyBuffer().addRaw(markdown, true).write({ overwrite: true })
    }
  }
}
