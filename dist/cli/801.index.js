export const id = 801;
export const ids = [801];
export const modules = {

/***/ 2801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTerraform: () => (/* binding */ readTerraform)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/iac/terraform/hcl-expression.ts
function namedChildren(node) {
    return node.namedChildren.filter((child) => child !== null);
}
function toExpr(expression, source) {
    const parts = namedChildren(expression);
    const [first, ...rest] = parts;
    const text = expression.text;
    if (first === undefined)
        return { kind: 'other', text };
    if (rest.length === 0) {
        if (first.type === 'expression')
            return toExpr(first, source);
        const literal = first.type === 'literal_value' ? namedChildren(first)[0] : undefined;
        if (literal?.type === 'null_lit')
            return { kind: 'null' };
        if (literal?.type === 'string_lit')
            return quoted(literal, source);
        const template = first.type === 'template_expr' ? namedChildren(first)[0] : undefined;
        if (template?.type === 'quoted_template')
            return quoted(template, source);
        if (template?.type === 'heredoc_template')
            return heredoc(template, source);
        if (first.type === 'function_call')
            return call(first, source);
    }
    const [attr] = rest;
    if (first.type === 'variable_expr' && rest.length === 1 && attr?.type === 'get_attr') {
        const name = namedChildren(attr)[0]?.text ?? '';
        return { kind: 'reference', root: first.text, name, text };
    }
    return { kind: 'other', text };
}
function call(node, source) {
    const [name, args] = namedChildren(node);
    const argNodes = args === undefined ? [] : namedChildren(args).filter((n) => n.type === 'expression');
    return {
        kind: 'call',
        name: name?.text ?? '',
        args: argNodes.map((arg) => toExpr(arg, source)),
        text: node.text
    };
}
/** A `"..."` string or template; a template with a directive (`%{ if }`) stays source text. */
function quoted(node, source) {
    const parts = [];
    for (const child of namedChildren(node)) {
        if (child.type === 'template_literal') {
            parts.push({ kind: 'text', value: unescapeQuoted(child.text) });
        }
        else if (child.type === 'template_interpolation') {
            const inner = namedChildren(child).find((n) => n.type === 'expression');
            if (inner === undefined)
                return { kind: 'other', text: node.text };
            parts.push({ kind: 'interpolation', expr: toExpr(inner, source) });
        }
        else if (child.type !== 'quoted_template_start' && child.type !== 'quoted_template_end') {
            return { kind: 'other', text: node.text };
        }
    }
    if (parts.every((part) => part.kind === 'text')) {
        return {
            kind: 'string',
            value: parts.map((part) => part.value).join(''),
            line: source.lineOf(node)
        };
    }
    return { kind: 'template', parts, text: node.text };
}
/**
 * A heredoc's text is its lines between the two markers, each with its newline; `<<-` removes
 * the smallest indentation of its non-blank lines. One with interpolations stays source text:
 * resolution never needs its parts.
 */
function heredoc(node, source) {
    const children = namedChildren(node);
    if (children.some((n) => n.type === 'template_interpolation' || n.type === 'template_directive')) {
        return { kind: 'other', text: node.text };
    }
    const [open, close] = children.filter((n) => n.type === 'heredoc_identifier');
    if (open === undefined || close === undefined)
        return { kind: 'other', text: node.text };
    const body = source.lines.slice(open.startPosition.row + 1, close.startPosition.row);
    const flush = children.some((n) => n.type === 'heredoc_start' && n.text === '<<-');
    const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
    const indent = flush && indents.length > 0 ? Math.min(...indents) : 0;
    const value = body.map((l) => `${l.slice(indent)}\n`).join('');
    return { kind: 'string', value: unescapeTemplate(value), line: source.lineOf(open) + 1 };
}
const QUOTED_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g;
const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
function unescapeQuoted(text) {
    const unquoted = text.replace(QUOTED_ESCAPE, (match, u4, u8, ch) => {
        const hex = u4 ?? u8;
        if (hex !== undefined)
            return String.fromCodePoint(parseInt(hex, 16));
        return SIMPLE_ESCAPES[ch ?? ''] ?? match;
    });
    return unescapeTemplate(unquoted);
}
/** `$${` and `%%{` are how HCL writes a literal `${` and `%{`. */
function unescapeTemplate(text) {
    return text.replace(/([$%])\1\{/g, '$1{');
}

// EXTERNAL MODULE: ./src/iac/terraform/tree-sitter.cjs
var tree_sitter = __webpack_require__(7829);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/iac/terraform/wasm-files.ts
/**
 * Where the tree-sitter runtime and the Terraform grammar (WebAssembly) are. The bundle script
 * copies both beside the bundled module; from source (tsx, jest) they are in node_modules.
 */



function locateWasmFiles() {
    return {
        runtime: besideOrInPackage('tree-sitter.wasm', 'web-tree-sitter'),
        terraform: besideOrInPackage('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl')
    };
}
function besideOrInPackage(file, packageName) {
    // Both specifiers are built at run time so that the bundler leaves them alone instead of
    // trying to inline the WebAssembly or resolve it at build time.
    const beside = (0,external_node_url_.fileURLToPath)(new URL(`./${file}`, import.meta.url));
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    return (0,external_node_module_.createRequire)(import.meta.url).resolve([packageName, file].join('/'));
}

;// CONCATENATED MODULE: ./src/iac/terraform/hcl-parser.ts




let loading;
function terraformParser() {
    loading ??= (async () => {
        const wasm = locateWasmFiles();
        await tree_sitter.Parser.init({ locateFile: () => wasm.runtime });
        const parser = new tree_sitter.Parser();
        parser.setLanguage(await tree_sitter.Language.load(wasm.terraform));
        return parser;
    })();
    return loading;
}
async function parseHcl(text) {
    const parser = await terraformParser();
    const tree = parser.parse(text);
    if (tree === null)
        return { ok: false, line: 1, detail: 'line 1: tree-sitter gave no tree' };
    try {
        const error = firstError(tree.rootNode);
        if (error !== null)
            return { ok: false, ...error };
        const source = { lines: text.split('\n'), lineOf: lineOf };
        const body = namedChildren(tree.rootNode).find((n) => n.type === 'body');
        return { ok: true, blocks: body === undefined ? [] : toBody(body, source).blocks };
    }
    finally {
        tree.delete();
    }
}
/**
 * One expression written on its own (the inside of a `.tf.json` string's `${...}`), every part
 * of it reported at `line`; null when it is not one valid expression.
 */
async function parseHclExpression(text, line) {
    const parser = await terraformParser();
    const tree = parser.parse(`value = ${text}\n`);
    if (tree === null)
        return null;
    try {
        if (tree.rootNode.hasError)
            return null;
        const attributes = tree.rootNode.descendantsOfType('attribute');
        const node = attributes.length === 1
            ? attributes[0]?.namedChildren.find((n) => n?.type === 'expression')
            : null;
        if (node === undefined || node === null)
            return null;
        return toExpr(node, { lines: text.split('\n'), lineOf: () => line });
    }
    finally {
        tree.delete();
    }
}
function lineOf(node) {
    return node.startPosition.row + 1;
}
function toBody(body, source) {
    const attributes = new Map();
    const blocks = [];
    for (const child of namedChildren(body)) {
        const [name, ...rest] = namedChildren(child);
        if (name === undefined)
            continue;
        if (child.type === 'attribute') {
            const value = rest.find((n) => n.type === 'expression');
            if (value !== undefined) {
                attributes.set(name.text, {
                    name: name.text,
                    line: lineOf(child),
                    value: toExpr(value, source)
                });
            }
        }
        else if (child.type === 'block') {
            const inner = rest.find((n) => n.type === 'body');
            blocks.push({
                type: name.text,
                labels: rest.filter((n) => n.type === 'string_lit' || n.type === 'identifier').map(label),
                line: lineOf(child),
                ...(inner === undefined ? { attributes: new Map(), blocks: [] } : toBody(inner, source))
            });
        }
    }
    return { attributes, blocks };
}
/** A block label: `"aws_db_instance"` or a bare identifier. Labels take no escapes but `$${`. */
function label(node) {
    if (node.type === 'identifier')
        return node.text;
    return unescapeTemplate(namedChildren(node).find((n) => n.type === 'template_literal')?.text ?? '');
}
/** The first ERROR or MISSING node in document order, as `line N: ...`. */
function firstError(root) {
    if (!root.hasError)
        return null;
    let node = root;
    for (;;) {
        if (node.isMissing)
            return describe(node, `missing ${JSON.stringify(node.type)}`);
        if (node.isError)
            return describe(node, `unexpected ${JSON.stringify(excerpt(node.text))}`);
        const next = node.children.find((child) => child !== null && (child.hasError || child.isMissing));
        if (next === undefined || next === null)
            return describe(node, 'syntax error');
        node = next;
    }
}
function describe(node, what) {
    return { line: lineOf(node), detail: `line ${lineOf(node)}: ${what}` };
}
function excerpt(text) {
    const line = (0,shared_text/* oneLine */.TN)(text);
    return line.length > 40 ? `${line.slice(0, 40)}...` : line;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/iac/terraform/json-reader.ts
/**
 * Terraform's JSON syntax (`.tf.json`) -> blocks, as
 * https://developer.hashicorp.com/terraform/language/syntax/json describes it: each label of a
 * block is one more level of object, any level may instead be an array of objects, `"//"` is a
 * comment, and a string is a template (`"${var.ca}"`), except a variable's `default`, which is
 * a literal value. JSON is YAML, so the `yaml` package parses it with every node's position.
 */




/** How many labels each block type takes; other block types take none. */
const LABELS = {
    resource: 2,
    data: 2,
    module: 1,
    variable: 1,
    output: 1,
    provider: 1
};
const COMMENT_KEY = '//';
async function parseTerraformJson(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // HCL's JSON parser keeps every property of a repeated name; so does this.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const error = doc.errors[0] ?? notJson(text);
    if (error !== undefined) {
        const line = lineCounter.linePos(error.pos[0]).line;
        return {
            ok: false,
            line,
            detail: `line ${line}: ${(0,shared_text/* oneLine */.TN)(error.message.split('\n')[0] ?? '')}`
        };
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        return { ok: false, line: 1, detail: 'line 1: a .tf.json file must hold one JSON object' };
    }
    const reader = new JsonBlocks(text, (node) => lineCounter.linePos(node.range?.[0] ?? 0).line);
    const blocks = [];
    for (const pair of doc.contents.items) {
        const type = keyOf(pair);
        if (type === COMMENT_KEY)
            continue;
        blocks.push(...(await reader.blocks(type, [], pair.value, LABELS[type] ?? 0, pair)));
    }
    return { ok: true, blocks };
}
/**
 * YAML also accepts what JSON and Terraform do not (a trailing comma, a comment, a bare key):
 * JSON.parse judges, and its message's position gives the line.
 */
function notJson(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /at position (\d+)/.exec(message)?.[1];
        return {
            pos: [Number(position ?? 0)],
            message: message.replace(/ in JSON at position .*$/, '')
        };
    }
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
}
class JsonBlocks {
    text;
    lineOf;
    constructor(text, lineOf) {
        this.text = text;
        this.lineOf = lineOf;
    }
    /** The blocks under `value` once `labelsLeft` more labels are read; `at` gives the first line. */
    async blocks(type, labels, value, labelsLeft, at) {
        if ((0,dist/* isSeq */.oP)(value)) {
            const all = await Promise.all(value.items.map((item) => this.blocks(type, labels, item, labelsLeft, at)));
            return all.flat();
        }
        if (!(0,dist/* isMap */.jh)(value))
            return [];
        if (labelsLeft > 0) {
            const all = [];
            for (const pair of value.items) {
                const name = keyOf(pair);
                if (name === COMMENT_KEY)
                    continue;
                all.push(...(await this.blocks(type, [...labels, name], pair.value, labelsLeft - 1, pair)));
            }
            return all;
        }
        const attributes = new Map();
        for (const pair of value.items) {
            const name = keyOf(pair);
            if (name === COMMENT_KEY)
                continue;
            const node = pair.value;
            const line = this.lineOf(pair.key);
            const expr = type === 'variable' && name === 'default' ? this.literal(node) : await this.expression(node);
            attributes.set(name, { name, line, value: expr });
        }
        return [{ type, labels, line: this.lineOf(at.key), attributes, blocks: [] }];
    }
    literal(node) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            return { kind: 'string', value: node.value, line: this.lineOf(node) };
        }
        return this.other(node);
    }
    /**
     * A string is a template: without `${` or `%{` it is its text; one whole `${...}` is the
     * expression inside; anything else (text around interpolations, directives) stays text.
     */
    async expression(node) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
            return (0,dist/* isScalar */.jn)(node) && node.value === null ? { kind: 'null' } : this.other(node);
        }
        const template = node.value;
        const line = this.lineOf(node);
        if (!/[$%]\{/.test(template.replace(/([$%])\1\{/g, ''))) {
            return { kind: 'string', value: unescapeTemplate(template), line };
        }
        const whole = /^\$\{([\s\S]*)\}$/.exec(template);
        const inner = whole?.[1] === undefined ? null : await parseHclExpression(whole[1], line);
        return inner ?? { kind: 'other', text: template };
    }
    other(node) {
        const range = node?.range;
        return {
            kind: 'other',
            text: range === undefined || range === null ? '' : this.text.slice(range[0], range[1])
        };
    }
}

;// CONCATENATED MODULE: ./src/iac/terraform/modules.ts
/**
 * A directory's Terraform files read as one module: Terraform merges every `.tf` and `.tf.json`
 * file of a directory, so a variable, local or module call may sit in any of them. Each file is
 * read and parsed once per run, whichever module or caller asks for it.
 */



function isTerraformFile(file) {
    return file.endsWith('.tf') || file.endsWith('.tf.json');
}
/** A repository-relative path (`''` for the root directory); null when it leaves the repository. */
function repositoryPath(path) {
    const normal = external_node_path_.posix.normalize(path).replace(/\/$/, '');
    if (normal === '.')
        return '';
    return normal === '..' || normal.startsWith('../') || normal.startsWith('/') ? null : normal;
}
function dirOf(file) {
    return repositoryPath(external_node_path_.posix.dirname(file)) ?? '';
}
class ModuleLoader {
    repository;
    parses = new Map();
    modules = new Map();
    constructor(repository) {
        this.repository = repository;
    }
    /** The file's blocks or its syntax error; null when the repository has no such file. */
    parse(file) {
        let parse = this.parses.get(file);
        if (parse === undefined) {
            parse = this.repository.readText(file).then((text) => {
                if (text === null)
                    return null;
                return file.endsWith('.tf.json') ? parseTerraformJson(text) : parseHcl(text);
            });
            this.parses.set(file, parse);
        }
        return parse;
    }
    module(dir) {
        let module = this.modules.get(dir);
        if (module === undefined) {
            module = this.load(dir);
            this.modules.set(dir, module);
        }
        return module;
    }
    async load(dir) {
        const module = {
            dir,
            variables: new Map(),
            locals: new Map(),
            calls: [],
            resources: []
        };
        // listDir gives the directory's files; names and repository-relative paths both work here.
        const files = (await this.repository.listDir(dir))
            .map((entry) => (entry.includes('/') ? entry : external_node_path_.posix.join(dir, entry)))
            .filter(isTerraformFile)
            .sort();
        for (const file of files) {
            const parse = await this.parse(file);
            // A file that does not parse contributes nothing; it is a failure only if it was asked for.
            if (parse?.ok !== true)
                continue;
            for (const block of parse.blocks)
                addBlock(module, file, block);
        }
        return module;
    }
}
function addBlock(module, file, block) {
    const [first, second] = block.labels;
    if (block.type === 'resource' && first !== undefined && second !== undefined) {
        module.resources.push({ file, block });
    }
    else if (block.type === 'variable' && first !== undefined) {
        const value = block.attributes.get('default');
        module.variables.set(first, { value: value?.value, file, line: value?.line ?? block.line });
    }
    else if (block.type === 'locals') {
        for (const [name, attribute] of block.attributes) {
            module.locals.set(name, { value: attribute.value, file, line: attribute.line });
        }
    }
    else if (block.type === 'module' && first !== undefined) {
        const source = block.attributes.get('source')?.value;
        const local = source?.kind === 'string' && /^\.\.?\//.test(source.value);
        const dir = local ? repositoryPath(external_node_path_.posix.join(module.dir, source.value)) : null;
        if (dir !== null)
            module.calls.push({ name: first, file, block, dir });
    }
}

;// CONCATENATED MODULE: ./src/iac/terraform/resolve.ts
/**
 * What a setting's value is, as far as the code alone says: a literal written there, or one
 * reached through variables (their defaults, or the arguments of the module call that made the
 * instance) and locals. Anything else is an expression only a plan knows.
 */


/** More hops than any real configuration needs: only a cycle (`local.a = local.b = local.a`) gets here. */
const MAX_HOPS = 32;
function resolve(expr, file, scope, hops = 0) {
    const found = (value, textAt = null) => ({
        value,
        from: [],
        textAt,
        arguments: [],
        file: null
    });
    if (expr === undefined || expr.kind === 'null')
        return found({ kind: 'absent' });
    if (expr.kind === 'string')
        return found({ kind: 'literal', value: expr.value }, { file, line: expr.line });
    const expression = found({ kind: 'expression', text: expr.text });
    if (hops > MAX_HOPS)
        return expression;
    if (expr.kind === 'call' && expr.name === 'file' && expr.args.length === 1 && expr.args[0]) {
        return { ...expression, file: filePath(expr.args[0], file, scope, hops) };
    }
    if (expr.kind !== 'reference')
        return expression;
    if (expr.root === 'local') {
        const local = scope.module.locals.get(expr.name);
        if (local === undefined)
            return expression;
        return via(`local.${expr.name} (${local.file}:${local.line})`, resolve(local.value, local.file, scope, hops + 1));
    }
    if (expr.root !== 'var')
        return expression;
    const argument = scope.caller?.call.block.attributes.get(expr.name);
    if (scope.caller && argument) {
        const { call, scope: callerScope } = scope.caller;
        const resolved = resolve(argument.value, call.file, callerScope, hops + 1);
        return via(`module "${call.name}" argument ${expr.name} (${call.file}:${argument.line})`, {
            ...resolved,
            arguments: [{ scope, line: argument.line }, ...resolved.arguments]
        });
    }
    const variable = scope.module.variables.get(expr.name);
    if (variable?.value === undefined)
        return expression;
    return via(`variable "${expr.name}" default (${variable.file}:${variable.line})`, resolve(variable.value, variable.file, scope, hops + 1));
}
function via(hop, resolved) {
    return { ...resolved, from: [hop, ...resolved.from] };
}
/**
 * A path as Terraform reads it: relative to the root module's directory, `path.module` being
 * the module's directory and `path.root` (`path.cwd`) the root's. Null when the code alone
 * does not say, or when it leaves the repository (an absolute path, `../` past the root).
 */
function filePath(expr, file, scope, hops) {
    const text = pathText(expr, file, scope, hops);
    if (text === null || external_node_path_.posix.isAbsolute(text))
        return null;
    return repositoryPath(external_node_path_.posix.join(scope.rootDir, text));
}
function pathText(expr, file, scope, hops) {
    if (expr.kind === 'reference' && expr.root === 'path') {
        if (expr.name === 'module')
            return external_node_path_.posix.relative(scope.rootDir, scope.module.dir) || '.';
        return expr.name === 'root' || expr.name === 'cwd' ? '.' : null;
    }
    if (expr.kind === 'template') {
        const parts = expr.parts.map((part) => part.kind === 'text' ? part.value : pathText(part.expr, file, scope, hops));
        return parts.every((part) => part !== null) ? parts.join('') : null;
    }
    const resolved = resolve(expr, file, scope, hops + 1);
    return resolved.value.kind === 'literal' ? resolved.value.value : null;
}

;// CONCATENATED MODULE: ./src/iac/terraform/resource-records.ts

/** The setting that pins a DB instance's or cluster's CA, by resource type. */
const RDS_CA_ATTRIBUTE = {
    aws_db_instance: 'ca_cert_identifier',
    aws_rds_cluster_instance: 'ca_cert_identifier',
    aws_rds_cluster: 'ca_certificate_identifier',
    aws_docdb_cluster_instance: 'ca_cert_identifier'
};
/** Any of these makes an `aws_acm_certificate` private (issued by a Private CA) or imported. */
const NOT_REQUESTED = ['certificate_authority_arn', 'certificate_body', 'private_key'];
async function resourceRecord(resource, scope, context) {
    const [type = '', name = ''] = resource.block.labels;
    const setting = (attribute) => {
        const written = resource.block.attributes.get(attribute);
        const resolved = resolve(written?.value, resource.file, scope);
        const location = locate(context.requested, scope, resource.file, written?.line ?? resource.block.line, resolved);
        if (location === null)
            return null;
        const base = {
            language: location.file.endsWith('.tf.json') ? 'terraform-json' : 'terraform',
            location,
            address: `${scope.prefix}${type}.${name}`,
            resourceType: type,
            attribute,
            value: resolved.value,
            ...(resolved.from.length > 0 ? { resolvedFrom: resolved.from.join(' -> ') } : {})
        };
        return { base, resolved };
    };
    const rdsAttribute = RDS_CA_ATTRIBUTE[type];
    if (rdsAttribute !== undefined) {
        const found = setting(rdsAttribute);
        return found && { kind: 'rds-ca', ...found.base };
    }
    if (type === 'aws_acm_certificate') {
        const found = setting('validation_method');
        if (found === null)
            return null;
        const other = (attribute) => resolve(resource.block.attributes.get(attribute)?.value, resource.file, scope).value;
        const domain = other('domain_name');
        return {
            kind: 'acm-certificate',
            ...found.base,
            domainName: domain.kind === 'literal' ? domain.value : null,
            requested: NOT_REQUESTED.every((attribute) => other(attribute).kind === 'absent'),
            defaultValue: null
        };
    }
    if (type === 'aws_iam_server_certificate') {
        const found = setting('certificate_body');
        return (found && {
            kind: 'iam-server-certificate',
            ...found.base,
            pem: await pemOf(found.resolved, context)
        });
    }
    return null;
}
/**
 * Where a record is reported: at the setting when its file is requested; else, for an instance
 * of a module, at the call in a requested file that made it (the argument the value came
 * through, or the `module` block's first line); else nowhere.
 */
function locate(requested, scope, file, line, resolved) {
    if (requested.has(file))
        return { file, line };
    for (let instance = scope; instance.caller !== null; instance = instance.caller.scope) {
        const { call } = instance.caller;
        if (requested.has(call.file)) {
            const argument = resolved.arguments.find((hop) => hop.scope === instance);
            return { file: call.file, line: argument?.line ?? call.block.line };
        }
    }
    return null;
}
async function pemOf(resolved, context) {
    if (resolved.value.kind === 'literal' && resolved.textAt !== null) {
        return pemText(resolved.value.value, resolved.textAt);
    }
    if (resolved.file === null)
        return null;
    const text = await context.repository.readText(resolved.file);
    return text === null ? null : pemText(text, { file: resolved.file, line: 1 });
}
/** PEM text is reported at its `-----BEGIN` line, whatever precedes it (a comment, a blank line). */
function pemText(text, start) {
    const begin = text.split('\n').findIndex((line) => line.includes('-----BEGIN'));
    return { text, location: { file: start.file, line: start.line + Math.max(begin, 0) } };
}

;// CONCATENATED MODULE: ./src/iac/terraform/reader.ts


const readTerraform = async ({ files, repository }) => {
    const requested = files.filter(isTerraformFile);
    const loader = new ModuleLoader(repository);
    const failures = [];
    const filesRead = [];
    const parsed = await Promise.all(requested.map(async (file) => ({ file, parse: await loader.parse(file) })));
    for (const { file, parse } of parsed) {
        if (parse === null)
            failures.push({ file, detail: 'not found in the repository' });
        else if (!parse.ok)
            failures.push({ file, detail: parse.detail });
        else
            filesRead.push(file);
    }
    const dirs = [...new Set(requested.map(dirOf))].sort();
    const called = new Set();
    for (const dir of dirs)
        await addCalledDirs(loader, dir, called, [dir]);
    const context = { repository, requested: new Set(requested) };
    const records = [];
    for (const dir of dirs.filter((d) => !called.has(d))) {
        const root = { module: await loader.module(dir), rootDir: dir, prefix: '', caller: null };
        records.push(...(await instanceRecords(root, loader, context, [dir])));
    }
    return {
        records: sortAndMerge(records),
        failures: failures.sort((a, b) => compare(a.file, b.file)),
        filesRead: filesRead.sort(compare)
    };
};
async function addCalledDirs(loader, dir, called, chain) {
    for (const call of (await loader.module(dir)).calls) {
        if (chain.includes(call.dir))
            continue;
        called.add(call.dir);
        await addCalledDirs(loader, call.dir, called, [...chain, call.dir]);
    }
}
/** The records of one module instance and of the instances its calls make; `chain` stops a module calling itself. */
async function instanceRecords(scope, loader, context, chain) {
    const records = [];
    for (const resource of scope.module.resources) {
        const record = await resourceRecord(resource, scope, context);
        if (record !== null)
            records.push(record);
    }
    for (const call of scope.module.calls) {
        if (chain.includes(call.dir))
            continue;
        const instance = {
            module: await loader.module(call.dir),
            rootDir: scope.rootDir,
            prefix: `${scope.prefix}module.${call.name}.`,
            caller: { call, scope }
        };
        records.push(...(await instanceRecords(instance, loader, context, [...chain, call.dir])));
    }
    return records;
}
/**
 * By file, line and address. Two roots calling one module give the same record at the module's
 * setting when they give it the same value (prod and staging pinning one CA): it is reported
 * once, naming every way it was reached, so that its finding id (file and address) stays unique.
 */
function sortAndMerge(records) {
    const byKey = new Map();
    for (const { resolvedFrom, ...rest } of records) {
        const key = JSON.stringify(rest);
        const entry = byKey.get(key) ?? { record: rest, from: new Set() };
        if (resolvedFrom !== undefined)
            entry.from.add(resolvedFrom);
        byKey.set(key, entry);
    }
    return [...byKey.entries()]
        .sort(([aKey, a], [bKey, b]) => compare(a.record.location.file, b.record.location.file) ||
        a.record.location.line - b.record.location.line ||
        compare(a.record.address, b.record.address) ||
        compare(aKey, bKey))
        .map(([, { record, from }]) => from.size === 0 ? record : { ...record, resolvedFrom: [...from].sort(compare).join('; ') });
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7829:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/**
 * web-tree-sitter's CommonJS build. Its ESM build reaches `createRequire` through
 * `await import('module')`, which the bundler's interop turns into a namespace without it, so
 * the bundled actions could not start the parser.
 */


// The CommonJS build reads __dirname (only to find its wasm file, which the parser is given
// anyway); in the bundle, an ES module, there is none.
if (typeof __dirname === 'undefined') globalThis.__dirname = process.cwd()

module.exports = __webpack_require__(3778)


/***/ })

};
