/**
 * The report's JSON Schema (schema/report.schema.json), compiled once with ajv: every report a
 * test produces is checked against the contract users and other tools rely on.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

export const REPORT_SCHEMA_PATH = fileURLToPath(
  new URL('../../schema/report.schema.json', import.meta.url)
)
export const REPORT_SCHEMA = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as Record<
  string,
  unknown
>

// Both are CommonJS: their class and plug-in are the `default` export of module.exports.
const ajv = new Ajv2020.default({ allErrors: true, strict: true })
addFormats.default(ajv)
const validate = ajv.compile(REPORT_SCHEMA)

/** What the schema says is wrong with `report`, one line per error; [] when it conforms. */
export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return []
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${
        error.params && 'additionalProperty' in error.params
          ? ` (${String(error.params.additionalProperty)})`
          : ''
      }`
  )
}

export function expectValidReport(report: unknown): void {
  expect(reportSchemaErrors(report)).toEqual([])
}
