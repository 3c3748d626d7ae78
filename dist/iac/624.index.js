export const id = 624;
export const ids = [624];
export const modules = {

/***/ 4743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _findings_js__WEBPACK_IMPORTED_MODULE_1__.Eg)
/* harmony export */ });
/* unused harmony export evaluate */
/* harmony import */ var _services_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(854);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7825);





function evaluate(inventory, options, services = SERVICES) {
    const isIgnored = compileIgnorePatterns(options.ignore);
    const context = {
        now: options.now,
        thresholds: options.thresholds,
        targetCa: options.targetCa,
        inventories: (service) => inventory.services[service] ?? [],
        coverage: inventory.coverage
    };
    const findings = [];
    const resourcesScanned = {};
    let ignored = 0;
    for (const service of services) {
        const own = inventoriesOf(inventory, service);
        resourcesScanned[service.name] = own.reduce((sum, entry) => sum + service.summarize(entry).resources, 0);
        for (const finding of service.evaluate(own, context)) {
            if (isIgnored(finding.resourceArn))
                ignored += 1;
            else
                findings.push(finding);
        }
    }
    findings.sort(compareFindings);
    return { findings, ignored, resourcesScanned };
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pemCertificates: () => (/* binding */ pemCertificates),
/* harmony export */   readCertificateFiles: () => (/* binding */ readCertificateFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Certificate files kept in the repository (`*.pem`, `*.crt`, `*.cer`): every certificate in each
 * file, parsed by node:crypto's X509Certificate (OpenSSL underneath). A PEM bundle gives one
 * entry per `BEGIN CERTIFICATE` block, at that line; a file without PEM blocks is tried as DER.
 * Private keys and CSRs in `*.pem` files are not certificates and are passed over.
 */

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const ANY_PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----/;
const readCertificateFiles = async ({ files, repository }) => {
    const records = [];
    const failures = [];
    for (const file of files) {
        const read = await readOne(file, repository);
        if ('detail' in read)
            failures.push({ file, detail: read.detail });
        else if (read.certificates.length > 0) {
            records.push({ kind: 'certificate-file', file, certificates: read.certificates });
        }
    }
    return { records, failures, filesRead: [...files] };
};
async function readOne(file, repository) {
    const bytes = await repository.readBytes(file);
    if (bytes === null)
        return { detail: 'the file could not be read' };
    const text = bytes.toString('latin1');
    if (!ANY_PEM_BLOCK.test(text)) {
        try {
            return { certificates: [certificateAt(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(bytes), 1)] };
        }
        catch {
            return { detail: 'neither PEM nor a DER certificate' };
        }
    }
    return pemCertificates(text);
}
/** Every certificate block of a PEM text, at the 1-based line of its BEGIN line. */
function pemCertificates(text, firstLine = 1) {
    const certificates = [];
    for (const match of text.matchAll(PEM_BLOCK)) {
        const line = firstLine + countNewlines(text, match.index);
        try {
            certificates.push(certificateAt(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(match[0]), line));
        }
        catch (error) {
            return { detail: `line ${line}: not a valid certificate (${error.message})` };
        }
    }
    return { certificates };
}
function certificateAt(certificate, line) {
    return {
        line,
        subject: oneLineName(certificate.subject),
        issuer: oneLineName(certificate.issuer),
        notBefore: new Date(certificate.validFrom).toISOString(),
        notAfter: new Date(certificate.validTo).toISOString(),
        fingerprint256: certificate.fingerprint256
    };
}
/** node prints a distinguished name one attribute per line: `CN=a, O=b` reads in one line. */
function oneLineName(name) {
    return name.split('\n').filter(Boolean).join(', ');
}
function countNewlines(text, end) {
    let count = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}


/***/ }),

/***/ 6845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ pullRequestRange),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   uM: () => (/* binding */ gitIn)
/* harmony export */ });
/** The range of a pull_request / pull_request_target event's payload; null for other events. */
function pullRequestRange(eventName, payload) {
    if (eventName !== 'pull_request' && eventName !== 'pull_request_target')
        return null;
    const pull = payload
        ?.pull_request;
    const base = pull?.base?.sha;
    if (typeof base !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(base))
        return null;
    return { base, number: typeof pull?.number === 'number' ? pull.number : null };
}
async function changedFiles(range, git) {
    const hasBase = () => git(['cat-file', '-e', `${range.base}^{commit}`]).then(() => true, () => false);
    if (!(await hasBase())) {
        await git(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', range.base]).catch(() => undefined);
        if (!(await hasBase())) {
            return {
                problem: `the pull request's base commit ${range.base.slice(0, 12)} is not in the checkout and could not be fetched`
            };
        }
    }
    try {
        const out = await git([
            'diff',
            '--name-only',
            '--no-renames',
            '--diff-filter=d',
            '-z',
            range.base,
            'HEAD'
        ]);
        return {
            files: out
                .split('\0')
                .filter((file) => file !== '')
                .sort()
        };
    }
    catch (error) {
        return { problem: `git diff failed: ${error.message}` };
    }
}
/** git in `root`, within `timeoutMs`, without a terminal prompt for credentials. */
function gitIn(root, timeoutMs) {
    return async (args) => {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', [...args], {
                cwd: root,
                timeout: timeoutMs,
                maxBuffer: 64 * 1024 * 1024,
                env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
            }, (error, stdout, stderr) => {
                if (error)
                    reject(new Error(stderr.trim().split('\n')[0] || error.message));
                else
                    resolve(stdout);
            });
        });
    };
}


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ KNOWN_CA_CATALOG),
/* harmony export */   V0: () => (/* binding */ catalogSource),
/* harmony export */   tO: () => (/* binding */ caStanding)
/* harmony export */ });
/* harmony import */ var _aws_rds_cas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5782);
/**
 * What is known of the RDS certificate authorities when infrastructure code is checked: the
 * live DescribeCertificates list when AWS credentials are at hand (the truth, per account and
 * region), otherwise this release's list (src/aws/rds-cas.ts). Findings say which it was.
 */

const KNOWN_CA_CATALOG = { kind: 'known' };
function caStanding(catalog, identifier) {
    if (catalog.kind === 'live') {
        if (!catalog.cas.has(identifier))
            return { kind: 'retired', expiredOn: _aws_rds_cas_js__WEBPACK_IMPORTED_MODULE_0__/* .RETIRED_RDS_CAS */ .gz[identifier] ?? null };
        return { kind: 'current', validTill: catalog.cas.get(identifier) ?? null };
    }
    const retired = _aws_rds_cas_js__WEBPACK_IMPORTED_MODULE_0__/* .RETIRED_RDS_CAS */ .gz[identifier];
    if (retired !== undefined)
        return { kind: 'retired', expiredOn: retired };
    if (_aws_rds_cas_js__WEBPACK_IMPORTED_MODULE_0__/* .CURRENT_RDS_CA_PATTERN */ .y3.test(identifier))
        return { kind: 'current', validTill: null };
    return { kind: 'unknown' };
}
/** "checked against DescribeCertificates in 123456789012 us-east-1" / "per the known list". */
function catalogSource(catalog) {
    return catalog.kind === 'live'
        ? `checked against DescribeCertificates in account ${catalog.account}, ${catalog.region}`
        : `per aws-cert-watch's list of RDS CAs (${_aws_rds_cas_js__WEBPACK_IMPORTED_MODULE_0__/* .CURRENT_RDS_CAS */ .Kc.join(', ')} are current); no AWS credentials here to ask DescribeCertificates`;
}


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IAC_SCOPE: () => (/* binding */ IAC_SCOPE),
  checkIac: () => (/* binding */ checkIac)
});

// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/iac/checks/ca-catalog.ts
var ca_catalog = __webpack_require__(7463);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/iac/certificate-files/reader.ts
var reader = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/iac/checks/acm-validation.ts
function acmValidationReason(record) {
    if (!record.requested)
        return null;
    const { value } = record;
    const method = value.kind === 'literal' ? value.value : value.kind === 'absent' ? record.defaultValue : null;
    if (method === null || method.toUpperCase() !== 'EMAIL')
        return null;
    const domain = record.domainName === null ? 'The certificate' : `The certificate for ${record.domainName}`;
    const how = value.kind === 'absent'
        ? `leaves ${record.attribute} out, and its default is EMAIL`
        : `sets ${record.attribute} to EMAIL${record.resolvedFrom === undefined ? '' : ` (from ${record.resolvedFrom})`}`;
    return {
        code: 'iac-acm-email-validation',
        severity: 'warning',
        message: `${domain} ${how}: issuing it, and every renewal after, waits for someone to click an approval mail sent to the domain's admin addresses.`
    };
}

// EXTERNAL MODULE: ./src/shared/dates.ts
var dates = __webpack_require__(228);
;// CONCATENATED MODULE: ./src/iac/checks/certificate-expiry.ts

function certificateExpiryReason(certificate, what, context) {
    const severity = (0,dates/* severityOfDate */.R$)(certificate.notAfter, context.now, context.thresholds);
    if (severity === null)
        return null;
    return {
        code: severity === 'expired' ? 'iac-certificate-file-expired' : 'iac-certificate-file-expiring',
        severity,
        message: `${what} (${certificate.subject}, issued by ${certificate.issuer}) ${(0,dates/* expiryClause */.Zz)(certificate.notAfter, context.now)}.`
    };
}

;// CONCATENATED MODULE: ./src/iac/checks/rds-ca.ts


function rdsCaReason(record, context) {
    const { value } = record;
    if (value.kind === 'expression')
        return null;
    if (value.kind === 'absent')
        return unsetReason(record, context);
    const pinned = value.value;
    const via = record.resolvedFrom === undefined ? '' : ` (from ${record.resolvedFrom})`;
    const standing = (0,ca_catalog/* caStanding */.tO)(context.cas, pinned);
    const source = (0,ca_catalog/* catalogSource */.V0)(context.cas);
    switch (standing.kind) {
        case 'retired': {
            // Not listed, and not a CA known to have been retired: a typo is as likely as a retirement.
            const what = standing.expiredOn === null
                ? 'a CA that DescribeCertificates does not list (retired, or not an RDS CA at all)'
                : `a retired CA (it expired on ${standing.expiredOn} in most regions)`;
            return reason('expired', `${record.attribute} pins ${pinned}${via}, ${what}: TLS clients that verify the server fail, and RDS refuses it for new instances (${source}).`);
        }
        case 'unknown':
            return reason('warning', `${record.attribute} pins ${pinned}${via}, which is not a current RDS CA (${source}).`);
        case 'current': {
            const severity = (0,dates/* severityOfDate */.R$)(standing.validTill, context.now, context.thresholds);
            if (severity === null || standing.validTill === null)
                return null;
            return reason(severity, `${record.attribute} pins ${pinned}${via}, which ${(0,dates/* expiryClause */.Zz)(standing.validTill, context.now)} (${source}).`);
        }
    }
}
function unsetReason(record, context) {
    const { cas } = context;
    if (cas.kind !== 'live' || cas.defaultCa === null)
        return null;
    const standing = (0,ca_catalog/* caStanding */.tO)(cas, cas.defaultCa);
    const unset = `${record.attribute} is not set, so RDS gives the instance the account's default CA, ${cas.defaultCa}`;
    if (standing.kind === 'retired') {
        return reason('expired', `${unset}, which is retired (${(0,ca_catalog/* catalogSource */.V0)(cas)}).`);
    }
    if (standing.kind !== 'current' || standing.validTill === null)
        return null;
    const severity = (0,dates/* severityOfDate */.R$)(standing.validTill, context.now, context.thresholds);
    if (severity === null)
        return null;
    return reason(severity, `${unset}, which ${(0,dates/* expiryClause */.Zz)(standing.validTill, context.now)} (${(0,ca_catalog/* catalogSource */.V0)(cas)}).`);
}
function reason(severity, message) {
    return { code: 'iac-rds-ca-outdated', severity, message };
}

// EXTERNAL MODULE: ./src/shared/shell-quote.ts
var shell_quote = __webpack_require__(2286);
;// CONCATENATED MODULE: ./src/iac/checks/setting-syntax.ts
function settingLine(language, attribute, value) {
    switch (language) {
        case 'terraform':
            return `${attribute} = ${JSON.stringify(value)}`;
        case 'cloudformation-yaml':
            return `${attribute}: ${value}`;
        case 'terraform-json':
        case 'cloudformation-json':
            return `${JSON.stringify(attribute)}: ${JSON.stringify(value)}`;
    }
}
/** Where a setting lives for people: `main.tf line 12`. */
function at(location) {
    return `${location.file} line ${location.line}`;
}
/** Synthesized CDK output is regenerated by `cdk synth`: the fix belongs in the CDK app. */
function isCdkOutput(file) {
    return /(^|\/)cdk\.out\//.test(file);
}

;// CONCATENATED MODULE: ./src/iac/checks/remediation.ts


function rdsCaFix(record, targetCa) {
    if (isCdkOutput(record.location.file)) {
        return [
            cdkStep(record, `caCertificate: rds.CaCertificate.of('${targetCa}')`, 'the DB instance')
        ];
    }
    const where = record.resolvedFrom === undefined
        ? at(record.location)
        : `${at(record.location)}, or where its value comes from (${record.resolvedFrom})`;
    return [
        {
            summary: `In ${where}, set ${record.attribute} to ${targetCa}. RDS applies a CA change in the next maintenance window unless it is applied immediately, and restarts the instance unless its engine rotates certificates without a restart.`,
            command: settingLine(record.language, record.attribute, targetCa)
        }
    ];
}
function acmValidationFix(record) {
    if (isCdkOutput(record.location.file)) {
        return [
            cdkStep(record, 'validation: acm.CertificateValidation.fromDns(hostedZone)', 'the Certificate')
        ];
    }
    const records = record.language === 'terraform' || record.language === 'terraform-json'
        ? 'publish each of its domain_validation_options as a CNAME (aws_route53_record with for_each) and wait for it with aws_acm_certificate_validation'
        : 'give DomainValidationOptions with each domain’s HostedZoneId, so that CloudFormation creates the validation CNAMEs in Route 53';
    return [
        {
            summary: `In ${at(record.location)}, set ${record.attribute} to DNS and ${records}. Changing the method replaces the certificate: create the new one before the old is deleted (Terraform: create_before_destroy).`,
            command: settingLine(record.language, record.attribute, 'DNS')
        }
    ];
}
function serverCertificateFix(record) {
    return [
        {
            summary: `IAM never renews a server certificate: get a renewed certificate from its issuer, upload it under a new name (${record.language.startsWith('terraform') ? 'name_prefix with create_before_destroy' : 'a new ServerCertificateName'}) and point what serves it there, or request the certificate from ACM, which renews it (${at(record.location)}).`,
            command: ''
        }
    ];
}
function certificateFileFix(file, line, issuer) {
    return [
        {
            summary: `Replace the certificate at ${file} line ${line} with a renewed one from its issuer (${issuer}) and deploy it where the file is used; then check the dates:`,
            command: `openssl x509 -noout -subject -enddate -in ${(0,shell_quote/* shellQuote */.Z)(file)}`
        }
    ];
}
function cdkStep(record, property, construct) {
    return {
        summary: `${at(record.location)} is synthesized by the AWS CDK (cdk synth writes it again): set it on ${construct} in the CDK app instead, then synthesize and deploy. The template's ${record.attribute} then changes accordingly.`,
        command: property
    };
}

;// CONCATENATED MODULE: ./src/iac/checks/index.ts
/**
 * The infrastructure-code checks: records -> findings, one per resource (or certificate) with
 * every reason, in the order every report uses. Pure: the CA catalog, clock and thresholds come
 * in the context.
 */






/** The service a resource record's finding is filed under; `iac` for a repository file. */
const SERVICE_OF = {
    'rds-ca': 'rds',
    'acm-certificate': 'acm',
    'iam-server-certificate': 'iam'
};
function evaluateIac(records, context) {
    const findings = records.flatMap((record) => record.kind === 'certificate-file'
        ? fileFindings(record, context)
        : resourceFinding(record, context));
    return mergeSameResource(findings, context).sort(evaluate_findings/* compareFindings */.Eg);
}
/**
 * A module's resource reached from two root modules with different values (prod and staging
 * passing different CAs) is one resource in the code, at one file and line: one finding, with
 * the reasons of both.
 */
function mergeSameResource(findings, context) {
    const byId = new Map();
    for (const finding of findings)
        byId.set(finding.id, [...(byId.get(finding.id) ?? []), finding]);
    return [...byId.values()].map((same) => {
        const first = same[0];
        if (same.length === 1)
            return first;
        return (0,evaluate_findings/* assembleFinding */.c_)({ ...first, location: first.location ?? undefined }, same
            .flatMap((finding) => finding.reasons)
            .filter((reason, index, all) => all.findIndex((other) => other.message === reason.message) === index), same.map((finding) => finding.expiresAt).find((date) => date !== null) ?? null, same.flatMap((finding) => finding.remediation), context.now);
    });
}
function resourceFinding(record, context) {
    const judged = judge(record, context);
    if (judged === null)
        return [];
    return [
        build({
            service: SERVICE_OF[record.kind],
            resourceType: record.resourceType,
            resourceId: record.address
        }, record.location, judged, context)
    ];
}
function judge(record, context) {
    switch (record.kind) {
        case 'rds-ca': {
            const reason = rdsCaReason(record, context);
            return (reason && {
                reasons: [reason],
                expiresAt: null,
                remediation: rdsCaFix(record, context.targetCa)
            });
        }
        case 'acm-certificate': {
            const reason = acmValidationReason(record);
            return reason && { reasons: [reason], expiresAt: null, remediation: acmValidationFix(record) };
        }
        case 'iam-server-certificate': {
            if (record.pem === null)
                return null;
            const read = (0,reader.pemCertificates)(record.pem.text, record.pem.location.line);
            if ('detail' in read)
                return null;
            const judged = read.certificates
                .map((certificate) => ({
                certificate,
                reason: certificateExpiryReason(certificate, 'The server certificate body', context)
            }))
                .filter((entry) => entry.reason !== null);
            if (judged.length === 0)
                return null;
            return {
                reasons: judged.map((entry) => entry.reason),
                expiresAt: judged.map((entry) => entry.certificate.notAfter).sort()[0] ?? null,
                remediation: serverCertificateFix(record)
            };
        }
    }
}
function fileFindings(record, context) {
    const several = record.certificates.length > 1;
    return record.certificates.flatMap((certificate, index) => {
        const what = several
            ? `Certificate ${index + 1} of ${record.certificates.length} in ${record.file}`
            : `The certificate in ${record.file}`;
        const reason = certificateExpiryReason(certificate, what, context);
        if (reason === null)
            return [];
        return [
            build({
                service: 'iac',
                resourceType: 'certificate-file',
                resourceId: `certificate:${certificate.fingerprint256.replaceAll(':', '').slice(0, 16).toLowerCase()}`,
                resourceName: `${record.file}: ${certificate.subject}`
            }, { file: record.file, line: certificate.line }, {
                reasons: [reason],
                expiresAt: certificate.notAfter,
                remediation: certificateFileFix(record.file, certificate.line, certificate.issuer)
            }, context)
        ];
    });
}
function build(subject, location, judged, context) {
    return (0,evaluate_findings/* assembleFinding */.c_)({ ...subject, resourceArn: '', account: '', region: '', location }, judged.reasons, judged.expiresAt, judged.remediation, context.now);
}

// EXTERNAL MODULE: ./src/iac/changed-files.ts
var changed_files = __webpack_require__(6845);
;// CONCATENATED MODULE: ./src/shared/glob-patterns.ts
/** Glob patterns as actions/upload-artifact takes them: one per entry, a leading `!` excludes. */
function splitGlobPatterns(patterns) {
    return {
        includes: patterns.filter((pattern) => !pattern.startsWith('!')),
        excludes: patterns.filter((pattern) => pattern.startsWith('!')).map((p) => p.slice(1))
    };
}

;// CONCATENATED MODULE: ./src/iac/discover.ts
/**
 * Which repository files the iac check reads (`paths`), and which reader takes each. Dependency
 * and tool folders are never code under review: `node_modules`, `.git`, and `.terraform`
 * (modules and providers `terraform init` downloads).
 */

const NEVER_READ = ['**/node_modules/**', '**/.git/**', '**/.terraform/**'];
/** The reader for a file, by its name; null for one no reader takes. */
function readerFor(file) {
    const name = file.toLowerCase();
    if (name.endsWith('.tf') || name.endsWith('.tf.json'))
        return 'terraform';
    if (/\.(pem|crt|cer)$/.test(name))
        return 'certificate-files';
    if (/\.(ya?ml|json|template)$/.test(name))
        return 'cloudformation';
    return null;
}
/** The files under root that the patterns name (`!` excludes), repository-relative, sorted. */
async function discoverFiles(root, patterns) {
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448));
    const { includes, excludes } = splitGlobPatterns(patterns);
    const files = await glob(includes, {
        cwd: root,
        ignore: [...NEVER_READ, ...excludes],
        onlyFiles: true,
        dot: true,
        expandDirectories: false
    });
    return [...new Set(files.filter((file) => readerFor(file) !== null))].sort();
}

;// CONCATENATED MODULE: ./src/iac/readers.ts
const IAC_READERS = {
    terraform: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(778), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 2801))).readTerraform,
    cloudformation: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(933)]).then(__webpack_require__.bind(__webpack_require__, 5933))).readCloudFormation,
    'certificate-files': async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6618))).readCertificateFiles
};

;// CONCATENATED MODULE: ./src/iac/index.ts







/** The report's `scope.services` and the service of its coverage rows' readers. */
const IAC_SCOPE = 'iac';
async function checkIac(run) {
    const coverage = [];
    const { files, changedOnly } = await filesToCheck(run, coverage);
    const byReader = new Map();
    for (const file of files) {
        const name = readerFor(file);
        if (name !== null)
            byReader.set(name, [...(byReader.get(name) ?? []), file]);
    }
    const records = [];
    const resourcesScanned = {};
    for (const name of Object.keys(IAC_READERS).sort()) {
        const mine = byReader.get(name) ?? [];
        resourcesScanned[name] = 0;
        if (mine.length === 0)
            continue;
        const read = await (await IAC_READERS[name]())({ files: mine, repository: run.repository });
        records.push(...read.records);
        resourcesScanned[name] = read.records.length;
        coverage.push(readerRow(name, read.filesRead.length, read.records.length));
        for (const failure of read.failures) {
            coverage.push({
                ...IAC_ROW,
                service: name,
                status: 'failed',
                detail: `${failure.file}: ${failure.detail}`
            });
        }
    }
    const cas = await caCatalog(run, records, coverage);
    const findings = evaluateIac(records, {
        now: run.now,
        thresholds: run.settings.thresholds,
        targetCa: run.settings.targetCa,
        cas
    });
    const report = {
        schemaVersion: 1,
        generatedAt: run.now.toISOString(),
        thresholds: { ...run.settings.thresholds },
        scope: {
            accounts: cas.kind === 'live' && cas.account !== '' ? [cas.account] : [],
            regions: [],
            services: [IAC_SCOPE],
            shard: '1/1'
        },
        coverage,
        findings,
        totals: (0,json_report/* reportTotals */.qC)(findings, resourcesScanned, 0)
    };
    return { report, filesChecked: files.length, changedOnly };
}
const IAC_ROW = { account: '', region: '' };
function readerRow(name, files, records) {
    return {
        ...IAC_ROW,
        service: name,
        status: 'ok',
        detail: `${(0,shared_text/* countOf */.pq)(files, 'file')} read, ${(0,shared_text/* countOf */.pq)(records, name === 'certificate-files' ? 'certificate file' : 'setting')} to check`
    };
}
async function filesToCheck(run, coverage) {
    const all = await discoverFiles(run.root, run.settings.paths);
    const every = { files: all, changedOnly: false };
    const wanted = run.settings.changedOnly === 'auto' ? run.pullRequest !== null : run.settings.changedOnly;
    if (!wanted)
        return every;
    if (run.pullRequest === null) {
        run.log('changed-only: this is not a pull request event, so every file is checked.');
        return every;
    }
    const changed = await (0,changed_files/* changedFiles */.Y_)(run.pullRequest, run.git);
    if ('problem' in changed) {
        coverage.push({
            ...IAC_ROW,
            service: 'changed-files',
            status: 'failed',
            detail: `${changed.problem}: every file was checked instead (fetch-depth: 0 on actions/checkout avoids it)`
        });
        return every;
    }
    const set = new Set(changed.files);
    const chosen = all.filter((file) => set.has(file));
    run.log(`changed-only: ${(0,shared_text/* countOf */.pq)(changed.files.length, 'file')} changed, ${chosen.length} of them checked.`);
    return { files: chosen, changedOnly: true };
}
/** Live only when a check needs it: a pinned or unset CA was read. */
async function caCatalog(run, records, coverage) {
    const needed = records.some((record) => record.kind === 'rds-ca' && record.value.kind !== 'expression');
    if (!needed)
        return ca_catalog/* KNOWN_CA_CATALOG */.Dx;
    const live = await run.liveCas();
    if (live === null)
        return ca_catalog/* KNOWN_CA_CATALOG */.Dx;
    coverage.push(live.coverage);
    return live.catalog;
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   qC: () => (/* binding */ reportTotals)
/* harmony export */ });
/* unused harmony export buildReport */
/* harmony import */ var _evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4743);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1502);
/* harmony import */ var _shared_shard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6481);




/** The JSON report (`report-path`), schemaVersion 1: DESIGN.md, "JSON report". */
function buildReport(input) {
    const { evaluation } = input;
    const findings = [...evaluation.findings].sort(compareFindings);
    return {
        schemaVersion: 1,
        generatedAt: input.now.toISOString(),
        thresholds: {
            warningDays: input.thresholds.warningDays,
            criticalDays: input.thresholds.criticalDays
        },
        scope: {
            accounts: [...input.accounts].sort(),
            regions: [...input.settings.regions],
            services: [...input.settings.services],
            shard: shardLabel(input.settings.shard)
        },
        coverage: sortCoverage(input.inventory.coverage.map((row) => ({ ...row })), input.settings.regions, input.settings.services),
        findings,
        totals: reportTotals(findings, evaluation.resourcesScanned, evaluation.ignored)
    };
}
/** The totals of sorted findings: a count per severity, with what was scanned and ignored. */
function reportTotals(findings, resourcesScanned, ignored) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        expired: count('expired'),
        critical: count('critical'),
        warning: count('warning'),
        notice: count('notice'),
        resourcesScanned: { ...resourcesScanned },
        ignored
    };
}
/** The worst severity among the findings (`max-severity` output), `none` without findings. */
function maxSeverity(report) {
    return (_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none');
}


/***/ }),

/***/ 6481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ shardOf)
/* harmony export */ });
/* unused harmony exports inShard, shardLabel */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which matrix leg scans an account: a hash of its id, so that the same account always lands
 * in the same shard whatever order the accounts were listed in, and the merge can tell which
 * accounts a missing leg would have scanned.
 */

/** The shard (1-based, of `count`) that scans `account`. */
function shardOf(account, count) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(account).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(account, shard) {
    return shard.count === 1 || shardOf(account, shard.count) === shard.index;
}
/** `3/8`, as the `shard` input and the report write it. */
function shardLabel(shard) {
    return `${shard.index}/${shard.count}`;
}


/***/ })

};
