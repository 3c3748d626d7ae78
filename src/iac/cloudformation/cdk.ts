/**
 * What CDK output adds to plain CloudFormation: `cdk synth` writes the templates as
 * `*.template.json` (nested stacks `*.nested.template.json`, stages in `assembly-<stage>`
 * folders) next to files that are no templates (manifest.json, tree.json, asset bundles), and
 * names the construct of each resource in its `aws:cdk:path` metadata.
 * https://docs.aws.amazon.com/cdk/v2/guide/ref-cli-cmd-synth.html
 */
import { entryOf, stringOf, type TemplateNode } from './template.js'

/** True for a file in a cloud assembly (`cdk.out/`) that is not a template. */
export function isCdkNonTemplate(file: string): boolean {
  return /(^|\/)cdk\.out\//.test(file) && !file.endsWith('.template.json')
}

/** The resource's construct path, when CDK wrote one. */
export function constructPathOf(resource: TemplateNode): string | undefined {
  return stringOf(entryOf(entryOf(resource, 'Metadata')?.value, 'aws:cdk:path')?.value)
}
