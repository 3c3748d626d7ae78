export const id = 933;
export const ids = [933];
export const modules = {

/***/ 5933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCloudFormation: () => (/* binding */ readCloudFormation)
});

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/iac/cloudformation/template.ts
/** The entry `key` of a mapping; undefined when the node is not a mapping or has no such key. */
function entryOf(node, key) {
    return node?.kind === 'map' ? node.entries.find((entry) => entry.key === key) : undefined;
}
/** The node's text when it is a string scalar. */
function stringOf(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/cdk.ts
/**
 * What CDK output adds to plain CloudFormation: `cdk synth` writes the templates as
 * `*.template.json` (nested stacks `*.nested.template.json`, stages in `assembly-<stage>`
 * folders) next to files that are no templates (manifest.json, tree.json, asset bundles), and
 * names the construct of each resource in its `aws:cdk:path` metadata.
 * https://docs.aws.amazon.com/cdk/v2/guide/ref-cli-cmd-synth.html
 */

/** True for a file in a cloud assembly (`cdk.out/`) that is not a template. */
function isCdkNonTemplate(file) {
    return /(^|\/)cdk\.out\//.test(file) && !file.endsWith('.template.json');
}
/** The resource's construct path, when CDK wrote one. */
function constructPathOf(resource) {
    return stringOf(entryOf(entryOf(resource, 'Metadata')?.value, 'aws:cdk:path')?.value);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/iac/cloudformation/yaml-tags.ts
/**
 * CloudFormation's short-form intrinsic functions as YAML tags (`!Ref Db`, `!If [c, a, b]`), so
 * that a template parses without a warning for each. The tags only mark the node: what it means
 * is read from the tag by template.ts, with the node's position kept.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */

/** Each short form and the long-form key it stands for (`!Sub` is `Fn::Sub`). */
const SHORT_FORM_INTRINSICS = new Map([
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
].map((name) => [`!${name}`, name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]));
/** A short form may take a scalar, a sequence or a mapping (`!GetAtt Db.Endpoint.Address`, `!Sub [..]`). */
const intrinsicTags = [
    ...SHORT_FORM_INTRINSICS.keys()
].flatMap((tag) => [
    { tag, resolve: (text) => text },
    { tag, collection: 'seq', nodeClass: dist/* YAMLSeq */.Rw, resolve: (node) => node },
    { tag, collection: 'map', nodeClass: dist/* YAMLMap */.CA, resolve: (node) => node }
]);

;// CONCATENATED MODULE: ./src/iac/cloudformation/yaml-nodes.ts
/**
 * The yaml library's nodes -> TemplateNode: lines from the LineCounter, both spellings of an
 * intrinsic as one kind, aliases followed.
 */


function templateNodeOf(document, lines) {
    const lineAt = (offset) => lines.linePos(offset ?? 0).line;
    const nullAt = (line) => ({
        kind: 'scalar',
        value: null,
        line,
        textLine: line
    });
    // The anchors being expanded: an alias inside its own anchor would never end.
    const expanding = new Set();
    const toNode = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(document);
            if (!target || expanding.has(target))
                return nullAt(lineAt(node.range?.[0]));
            expanding.add(target);
            const expanded = toNode(target);
            expanding.delete(target);
            return expanded;
        }
        const line = lineAt(node?.range?.[0]);
        const content = contentOf(node, line);
        const tag = node?.tag;
        const shortForm = tag ? SHORT_FORM_INTRINSICS.get(tag) : undefined;
        if (shortForm) {
            return { kind: 'intrinsic', name: shortForm, spelling: 'short', argument: content, line };
        }
        const [only, ...more] = content.kind === 'map' ? content.entries : [];
        if (only && more.length === 0 && (only.key === 'Ref' || only.key.startsWith('Fn::'))) {
            return { kind: 'intrinsic', name: only.key, spelling: 'long', argument: only.value, line };
        }
        return content;
    };
    /** The node as data, its own tag aside. */
    const contentOf = (node, line) => {
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = node.items.map((pair) => {
                const keyLine = lineAt(pair.key?.range?.[0]);
                const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
                return {
                    key,
                    line: keyLine,
                    value: pair.value === null ? nullAt(keyLine) : toNode(pair.value)
                };
            });
            return { kind: 'map', entries, line };
        }
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'seq', items: node.items.map(toNode), line };
        if (!(0,dist/* isScalar */.jn)(node))
            return nullAt(line);
        const value = node.value;
        const text = typeof value === 'string' ? value : null;
        const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
        // A block scalar's text starts after its header line, and after any blank lines it keeps.
        const textLine = block ? line + 1 + (text?.match(/^\n*/)?.[0].length ?? 0) : line;
        return {
            kind: 'scalar',
            value: typeof value === 'number' || typeof value === 'boolean' ? value : text,
            line,
            textLine
        };
    };
    return toNode(document.contents);
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/parse-template.ts
/**
 * Template text -> a positioned Template, with the `yaml` package for both languages (JSON is
 * YAML 1.2). A file that is YAML or JSON but no template (a workflow, package.json, a
 * Kubernetes manifest) is `other`; one that looks like a template and does not parse is
 * `broken`, with the line of the first error.
 */





/**
 * Seen in a file that failed to parse, these make it a template rather than some other YAML:
 * the format version key, or a resource type (`Type: AWS::RDS::DBInstance`).
 */
const TEMPLATE_MARKERS = [
    /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m,
    /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/
];
function parseTemplate(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, {
        customTags: intrinsicTags,
        lineCounter: lines,
        prettyErrors: false
    });
    const looksLikeTemplate = TEMPLATE_MARKERS.some((marker) => marker.test(text));
    const errors = Array.from(documents, (document) => document.errors)
        .flat()
        .sort((a, b) => a.pos[0] - b.pos[0]);
    const [first] = errors;
    if (first) {
        return looksLikeTemplate
            ? { kind: 'broken', line: lines.linePos(first.pos[0]).line, message: (0,shared_text/* oneLine */.TN)(first.message) }
            : { kind: 'other' };
    }
    const [document, second] = Array.from(documents);
    if (!document)
        return { kind: 'other' };
    if (second) {
        // CloudFormation reads one document; a second one in a template is a mistake to point at.
        if (!looksLikeTemplate)
            return { kind: 'other' };
        const line = lines.linePos(second.range[0]).line;
        return { kind: 'broken', line, message: 'a template is one YAML document; another starts here' };
    }
    const root = templateNodeOf(document, lines);
    if (root.kind !== 'map' || !isTemplateRoot(root))
        return { kind: 'other' };
    const language = text.trimStart().startsWith('{') ? 'cloudformation-json' : 'cloudformation-yaml';
    return { kind: 'template', template: { file, language, root } };
}
/** A format version, or a Resources mapping with at least one `AWS::` resource type. */
function isTemplateRoot(root) {
    if (entryOf(root, 'AWSTemplateFormatVersion'))
        return true;
    const resources = entryOf(root, 'Resources')?.value;
    return (resources?.kind === 'map' &&
        resources.entries.some((resource) => stringOf(entryOf(resource.value, 'Type')?.value)?.startsWith('AWS::')));
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/expression-text.ts
/** Long enough for a typical `!If` or `!Sub`, short enough for one line of a message. */
const MAX_EXPRESSION_LENGTH = 120;
function expressionText(node) {
    const text = render(node).replace(/\s+/g, ' ').trim();
    return text.length > MAX_EXPRESSION_LENGTH ? `${text.slice(0, MAX_EXPRESSION_LENGTH - 1)}…` : text;
}
function render(node) {
    switch (node.kind) {
        case 'scalar':
            return String(node.value);
        case 'seq':
            return `[${node.items.map(render).join(', ')}]`;
        case 'map':
            return `{${node.entries.map((entry) => `${entry.key}: ${render(entry.value)}`).join(', ')}}`;
        case 'intrinsic': {
            const name = node.spelling === 'short' ? `!${node.name.replace(/^Fn::/, '')}` : node.name;
            return `${name} ${render(node.argument)}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/resolve-value.ts


const ABSENT = { value: { kind: 'absent' } };
/**
 * `{{resolve:ssm:/db/ca}}`: CloudFormation substitutes it at deployment, so the string is no
 * literal. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
const DYNAMIC_REFERENCE = /\{\{resolve:/;
function resolveValue(template, node) {
    if (node.kind === 'scalar')
        return literalOf(node, node);
    if (node.kind === 'intrinsic' && node.name === 'Ref') {
        const name = stringOf(node.argument);
        // Ref AWS::NoValue removes the property: the setting is as good as not written.
        if (name === 'AWS::NoValue')
            return ABSENT;
        const defaultEntry = name
            ? entryOf(section(template, 'Parameters', name), 'Default')
            : undefined;
        if (name && defaultEntry?.value.kind === 'scalar' && defaultEntry.value.value !== null) {
            const from = `Parameters.${name} Default (${template.file}:${defaultEntry.line})`;
            return literalOf(defaultEntry.value, node, from);
        }
    }
    if (node.kind === 'intrinsic' && node.name === 'Fn::FindInMap' && node.argument.kind === 'seq') {
        const [mapName, topKey, secondKey] = node.argument.items.map(stringOf);
        if (mapName && topKey && secondKey) {
            const found = entryOf(entryOf(section(template, 'Mappings', mapName), topKey)?.value, secondKey);
            if (found?.value.kind === 'scalar') {
                const from = `Mappings.${mapName}.${topKey}.${secondKey} (${template.file}:${found.line})`;
                return literalOf(found.value, node, from);
            }
        }
    }
    return { value: { kind: 'expression', text: expressionText(node) } };
}
/** A top-level section's entry: `Parameters.CaIdentifier`, `Mappings.CaByEnv`. */
function section(template, name, key) {
    return entryOf(entryOf(template.root, name)?.value, key)?.value;
}
/** A scalar as a literal; `written` is what the setting says, for the expression text. */
function literalOf(scalar, written, resolvedFrom) {
    if (scalar.value === null)
        return ABSENT;
    const value = String(scalar.value);
    if (DYNAMIC_REFERENCE.test(value)) {
        return { value: { kind: 'expression', text: expressionText(written) } };
    }
    return {
        value: { kind: 'literal', value },
        source: scalar,
        ...(resolvedFrom ? { resolvedFrom } : {})
    };
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/resource-records.ts




const rdsCa = (template, resource) => ({
    kind: 'rds-ca',
    ...base(template, resource, 'CACertificateIdentifier')
});
/**
 * CloudFormation's ValidationMethod: "If not specified, this property defaults to email
 * validation."
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html#cfn-certificatemanager-certificate-validationmethod
 */
const acmCertificate = (template, resource) => {
    const domainName = settingOf(template, resource, 'DomainName').value;
    return {
        kind: 'acm-certificate',
        ...base(template, resource, 'ValidationMethod'),
        domainName: domainName.kind === 'literal' ? domainName.value : null,
        // A certificate a Private CA issues has no domain validation at all.
        requested: settingOf(template, resource, 'CertificateAuthorityArn').value.kind === 'absent',
        defaultValue: 'EMAIL'
    };
};
const iamServerCertificate = (template, resource) => {
    const setting = settingOf(template, resource, 'CertificateBody');
    return {
        kind: 'iam-server-certificate',
        ...base(template, resource, 'CertificateBody', setting),
        pem: setting.value.kind === 'literal' && setting.source
            ? {
                text: setting.value.value,
                location: { file: template.file, line: setting.source.textLine }
            }
            : null
    };
};
/**
 * The resource types a check judges. AWS::RDS::DBCluster is not among them: CloudFormation
 * gives it no CA property (its syntax has none, unlike AWS::RDS::DBInstance's
 * CACertificateIdentifier), so a cluster's CA is only ever set on its instances.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbcluster.html
 */
const RECORDS_BY_TYPE = new Map([
    ['AWS::RDS::DBInstance', rdsCa],
    ['AWS::DocDB::DBInstance', rdsCa],
    ['AWS::CertificateManager::Certificate', acmCertificate],
    ['AWS::IAM::ServerCertificate', iamServerCertificate]
]);
function resourceRecords(template) {
    const resources = entryOf(template.root, 'Resources')?.value;
    if (resources?.kind !== 'map')
        return [];
    return resources.entries.flatMap(({ key, line, value }) => {
        const typeEntry = entryOf(value, 'Type');
        const type = stringOf(typeEntry?.value);
        const recordOf = type ? RECORDS_BY_TYPE.get(type) : undefined;
        if (!type || !recordOf)
            return [];
        const resource = {
            logicalId: key,
            type,
            typeLine: typeEntry?.line ?? line,
            properties: entryOf(value, 'Properties'),
            constructPath: constructPathOf(value)
        };
        return [recordOf(template, resource)];
    });
}
function base(template, resource, attribute, setting = settingOf(template, resource, attribute)) {
    return {
        language: template.language,
        location: { file: template.file, line: setting.line },
        address: resource.logicalId,
        resourceType: resource.type,
        attribute,
        value: setting.value,
        ...(setting.resolvedFrom ? { resolvedFrom: setting.resolvedFrom } : {}),
        ...(resource.constructPath ? { constructPath: resource.constructPath } : {})
    };
}
function settingOf(template, resource, attribute) {
    const properties = resource.properties;
    // `Properties: !If [...]`: which properties the resource has, only the deployment decides.
    if (properties?.value.kind === 'intrinsic') {
        return {
            line: properties.line,
            value: { kind: 'expression', text: expressionText(properties.value) }
        };
    }
    const entry = entryOf(properties?.value, attribute);
    if (!entry)
        return { line: resource.typeLine, value: { kind: 'absent' } };
    const resolved = resolveValue(template, entry.value);
    return { ...resolved, line: resolved.value.kind === 'absent' ? resource.typeLine : entry.line };
}

;// CONCATENATED MODULE: ./src/iac/cloudformation/reader.ts
/**
 * The CloudFormation reader: YAML and JSON templates, SAM templates (CloudFormation with a
 * transform) and CDK output (plain CloudFormation JSON) -> records. Files of the list that are
 * no template are skipped without a word; a template that does not parse is one failure, and
 * the other files still count.
 */




/** The extensions CloudFormation templates are written with (`.template` in AWS's samples). */
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;
const readCloudFormation = async ({ files, repository }) => {
    const candidates = files.filter((file) => TEMPLATE_EXTENSIONS.test(file) && !isCdkNonTemplate(file));
    const outcomes = await Promise.all(candidates.map((file) => readFile(file, repository).catch(
    // One file that breaks the reader must not take the others with it.
    (error) => ({
        kind: 'failed',
        failure: { file, detail: `could not be read: ${(0,shared_text/* oneLine */.TN)(String(error))}` }
    }))));
    const read = outcomes.flatMap((outcome) => (outcome.kind === 'read' ? [outcome] : []));
    return {
        records: read.flatMap((outcome) => outcome.records).sort(compareRecords),
        failures: outcomes
            .flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.failure] : []))
            .sort((a, b) => compareText(a.file, b.file)),
        filesRead: read.map((outcome) => outcome.file).sort(compareText)
    };
};
async function readFile(file, repository) {
    const text = await repository.readText(file);
    if (text === null) {
        return { kind: 'failed', failure: { file, detail: 'cannot be read from the repository' } };
    }
    const parsed = parseTemplate(file, text);
    if (parsed.kind === 'other')
        return { kind: 'skipped' };
    if (parsed.kind === 'broken') {
        return { kind: 'failed', failure: { file, detail: `line ${parsed.line}: ${parsed.message}` } };
    }
    return { kind: 'read', file, records: resourceRecords(parsed.template) };
}
/** File, line, address: the order a reviewer reads a change in. */
function compareRecords(a, b) {
    return (compareText(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        compareText(a.address, b.address));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
