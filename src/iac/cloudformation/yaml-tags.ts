/**
 * CloudFormation's short-form intrinsic functions as YAML tags (`!Ref Db`, `!If [c, a, b]`), so
 * that a template parses without a warning for each. The tags only mark the node: what it means
 * is read from the tag by template.ts, with the node's position kept.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import { YAMLMap, YAMLSeq, type CollectionTag, type ScalarTag } from 'yaml'

/** Each short form and the long-form key it stands for (`!Sub` is `Fn::Sub`). */
export const SHORT_FORM_INTRINSICS: ReadonlyMap<string, string> = new Map(
  [
    'Ref',
    'Condition',
    'Base64',
    'Cidr',
    'Equals',
    'And',
    'Or',
    'Not',
    'If',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform'
  ].map((name) => [`!${name}`, name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`])
)

/** A short form may take a scalar, a sequence or a mapping (`!GetAtt Db.Endpoint.Address`, `!Sub [..]`). */
export const intrinsicTags: (ScalarTag | CollectionTag)[] = [
  ...SHORT_FORM_INTRINSICS.keys()
].flatMap((tag): (ScalarTag | CollectionTag)[] => [
  { tag, resolve: (text) => text },
  { tag, collection: 'seq', nodeClass: YAMLSeq, resolve: (node) => node },
  { tag, collection: 'map', nodeClass: YAMLMap, resolve: (node) => node }
])
