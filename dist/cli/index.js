#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7513);
/* harmony import */ var _cli_scan_thread_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5706);


const stderr = (text) => process.stderr.write(text);
const role = (0,_cli_scan_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .threadRole */ .jL)(process.env, new URL(import.meta.url), process.stdout.isTTY === true, stderr);
process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr,
    env: process.env,
    now: () => new Date(),
    ...role
});
// Done when runCli is: a request given up on at its time limit must not keep the shell waiting
// (see src/index.ts). In the scan thread this ends the thread, whose exit ends the process.
setTimeout(() => process.exit(), 1000).unref();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorLine),
/* harmony export */   W: () => (/* binding */ usageError)
/* harmony export */ });
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4646);
/** The CLI's one line for every failure: `aws-cert-watch: <what> — <hint>`, first thing read. */

function errorLine(what, hint) {
    const line = hint === undefined ? (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(what) : `${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(what).replace(/\.$/, '')} — ${hint}`;
    return `aws-cert-watch: ${line}\n`;
}
/** A usage mistake: --help has the rest. */
function usageError(problem) {
    return errorLine(problem, 'run "aws-cert-watch --help" for the options');
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   es: () => (/* binding */ EXIT_NOT_SCANNED)
/* harmony export */ });
/**
 * The CLI's exit codes, as --help and the README list them. A script that gates on findings
 * (1) must be able to tell them from a scan that never happened (3).
 */
const EXIT_OK = 0;
/** Findings at or above --fail-on. */
const EXIT_FINDINGS = 1;
/** A bad flag or value, or a leg report that cannot be merged: nothing was called. */
const EXIT_USAGE = 2;
/**
 * Could not scan: no credentials, AWS unreachable or refusing them, nothing scannable, or a
 * file asked for (--report-path, --summary-path) not written.
 */
const EXIT_NOT_SCANNED = 3;


/***/ }),

/***/ 7513:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __nccwpck_require__(3665);
// EXTERNAL MODULE: ./src/cli/error-line.ts
var error_line = __nccwpck_require__(5267);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __nccwpck_require__(8551);
;// CONCATENATED MODULE: ./src/cli/usage.ts
/** What `aws-cert-watch --help` prints (and a bare `aws-cert-watch`, on stderr). */

const USAGE = `Usage: aws-cert-watch scan [options]
       aws-cert-watch iac [options] [PATH...]
       aws-cert-watch merge [options] REPORT...
       aws-cert-watch --help | --version

scan: scans AWS for RDS/Aurora/DocumentDB/Neptune, ACM, IAM server and Private CA certificates
that need action. Options (the action's input names):
  --regions LIST          comma-separated regions, or "all" (default: $AWS_REGION, else us-east-1)
  --services LIST         rds,acm,... or all (default all)
  --warning-days N        default 45
  --critical-days N       default 14
  --ignore PATTERNS       comma-separated ARN patterns (* and ?) to leave out
  --target-ca ID          CA that the fix commands rotate to (default rds-ca-rsa2048-g1)
  --role-to-assume ARNS   assume these roles (AssumeRole from the default chain), one per account;
                          with --accounts, the hub role
  --accounts WHICH        "organization" (every ACTIVE account of the AWS Organization) or
                          12-digit account ids; each assumed as --member-role-name
  --member-role-name R    default aws-cert-watch
  --exclude-accounts IDS  accounts to leave out
  --shard I/N             scan a stable 1/N share of the accounts (default 1/1)
  --role-session-name S   default aws-cert-watch
  --aws-region R          home region for STS (default us-east-1)
  --dns-check BOOL        resolve the DNS validation records of ACM certificates about to renew
                          (default true)
  --dns-servers LIST      resolvers for that, IP[:port] (default: the system's)
Credentials come from the SDK's default chain: AWS_PROFILE (after "aws sso login" for an SSO
profile), AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an instance role.

iac: checks infrastructure code in this directory (no AWS credentials needed): Terraform,
CloudFormation/SAM templates, CDK output and certificate files. PATH: a directory (its usual
files) or a file or glob; default the whole directory. Options:
  --paths GLOBS           one per line, ! excludes (instead of PATH)
  --changed-only WHEN     auto (on a pull_request event: the files it changes), true or false
  --sarif-path FILE       also write the findings as SARIF 2.1.0
  --target-ca, --warning-days, --critical-days as for scan; --aws-region R: where the live CA
                          list is asked when AWS credentials are in the environment
  --fail-on defaults to warning here

merge: merges matrix legs' JSON reports (files or globs; or --reports) into the report one scan
of all their accounts would give; a missing leg is named as a gap.

Both:
  --fail-on LEVEL         none|warning|critical|expired: exit ${exit_codes/* EXIT_FINDINGS */.cB} at or above it (default none)
  --format FORMAT         table|json|markdown on stdout (default table)
  --report-path FILE      also write the JSON report to FILE
  --summary-path FILE     also write the job summary Markdown to FILE
  --no-color              plain text even on a terminal (also NO_COLOR=1; FORCE_COLOR=1 colours
                          a pipe)
  --debug                 on a failure, the stack trace and the SDK's error too; the scan's
                          debug lines on stderr
  -h, --help              this text
  --version               the version

Examples:
  aws-cert-watch scan --regions us-east-1,eu-west-1 --services rds,acm
  AWS_PROFILE=audit aws-cert-watch scan --regions all --fail-on critical
  aws-cert-watch scan --accounts organization --role-to-assume arn:aws:iam::111111111111:role/aws-cert-watch-hub --shard 2/4 --report-path legs/leg-2.json
  aws-cert-watch iac infra/ --sarif-path aws-cert-watch.sarif
  aws-cert-watch merge 'legs/*.json' --format markdown

Exit codes:
  ${exit_codes/* EXIT_OK */.Ij}  done, nothing at or above --fail-on
  ${exit_codes/* EXIT_FINDINGS */.cB}  findings at or above --fail-on
  ${exit_codes/* EXIT_USAGE */.Ri}  bad usage: an unknown option, a bad value, a report that cannot be merged
  ${exit_codes/* EXIT_NOT_SCANNED */.es}  could not scan: no credentials, AWS unreachable or refusing them, nothing
     scannable, or a file asked for not written`;

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.0.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts

/** The package's version; the bundler inlines it, so that --version reads no file. */
const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The command-line entry point: flags -> the command (src/cli/command.ts) over the same stages
 * as the actions. Only the flags are read here: --help, --version and a usage mistake answer
 * before config, the AWS SDK or any renderer loads.
 */






const FORMATS = ['table', 'json', 'markdown'];
/** Flags shared by both commands that are inputs, passed to config under the same names. */
const PUBLISH_FLAGS = [contract/* Inputs */.G0.FailOn, contract/* Inputs */.G0.ReportPath];
/** Each command's input flags, passed to config under the same kebab-case names. */
const INPUT_FLAGS = {
    scan: [
        contract/* Inputs */.G0.Regions,
        contract/* Inputs */.G0.Services,
        contract/* Inputs */.G0.WarningDays,
        contract/* Inputs */.G0.CriticalDays,
        contract/* Inputs */.G0.Ignore,
        contract/* Inputs */.G0.TargetCa,
        contract/* Inputs */.G0.RoleToAssume,
        contract/* Inputs */.G0.Accounts,
        contract/* Inputs */.G0.MemberRoleName,
        contract/* Inputs */.G0.ExcludeAccounts,
        contract/* Inputs */.G0.Shard,
        contract/* Inputs */.G0.RoleSessionName,
        contract/* Inputs */.G0.AwsRegion,
        contract/* Inputs */.G0.DnsCheck,
        contract/* Inputs */.G0.DnsServers,
        ...PUBLISH_FLAGS
    ],
    merge: [contract/* MergeInputs */.wW.Reports, ...PUBLISH_FLAGS],
    iac: [
        contract/* IacInputs */.ZW.Paths,
        contract/* IacInputs */.ZW.ChangedOnly,
        contract/* IacInputs */.ZW.TargetCa,
        contract/* IacInputs */.ZW.SarifPath,
        contract/* IacInputs */.ZW.WarningDays,
        contract/* IacInputs */.ZW.CriticalDays,
        contract/* IacInputs */.ZW.AwsRegion,
        ...PUBLISH_FLAGS
    ]
};
function isCommand(value) {
    return value !== undefined && value in INPUT_FLAGS;
}
async function runCli(argv, io) {
    const allFlags = [...new Set(Object.values(INPUT_FLAGS).flat())];
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                ...Object.fromEntries(allFlags.map((flag) => [flag, { type: 'string' }])),
                format: { type: 'string' },
                'summary-path': { type: 'string' },
                'no-color': { type: 'boolean' },
                debug: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' }
            }
        });
    }
    catch (error) {
        // Node's hint about positionals starting with '-' does not apply: the CLI takes commands.
        const message = error.message.replace(/ To specify a positional argument.*$/, '');
        io.stderr((0,error_line/* usageError */.W)(message));
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(`${USAGE}\n`);
        return exit_codes/* EXIT_OK */.Ij;
    }
    if (values.version) {
        io.stdout(`aws-cert-watch ${VERSION}\n`);
        return exit_codes/* EXIT_OK */.Ij;
    }
    if (argv.length === 0) {
        io.stderr(`${USAGE}\n`);
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const [command, ...operands] = positionals;
    if (!isCommand(command)) {
        io.stderr((0,error_line/* usageError */.W)(`expected the command "scan", "iac" or "merge", not ${JSON.stringify(positionals.join(' '))}`));
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const flags = values;
    const foreign = allFlags.find((flag) => flags[flag] !== undefined && !INPUT_FLAGS[command].includes(flag));
    if (foreign !== undefined) {
        io.stderr((0,error_line/* usageError */.W)(`option --${foreign} is not an option of ${command}`));
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    if (command === 'scan' && operands.length > 0) {
        io.stderr((0,error_line/* usageError */.W)(`scan takes no operands, not ${JSON.stringify(operands.join(' '))}`));
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    const format = values.format ?? 'table';
    if (!isFormat(format)) {
        io.stderr((0,error_line/* errorLine */.B)(`--format must be table, json or markdown, not ${JSON.stringify(format)}`, 'example: --format json'));
        return exit_codes/* EXIT_USAGE */.Ri;
    }
    if (command === 'scan' && io.startScanThread !== undefined)
        return io.startScanThread(argv);
    // Config, the renderers and (for a scan) the AWS SDK load only now.
    const { runCommand } = await __nccwpck_require__.e(/* import() */ 291).then(__nccwpck_require__.bind(__nccwpck_require__, 3291));
    return runCommand({
        command,
        operands,
        flags,
        format,
        noColor: values['no-color'] === true,
        debug: values.debug === true
    }, io);
}
function isFormat(value) {
    return FORMATS.includes(value);
}


/***/ }),

/***/ 5706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jL: () => (/* binding */ threadRole)
/* harmony export */ });
/* unused harmony exports SCAN_THREAD_ENV, SCAN_THREAD_YOUNG_GENERATION_MB */
/* harmony import */ var _shared_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6608);
/* harmony import */ var _error_line_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5267);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8551);
/**
 * The CLI's scan runs in a worker thread of its own whose young generation is capped. On a
 * machine with memory to spare, V8 13 (Node 24) lets a busy heap's young generation grow to
 * two semi-spaces of 64 MiB: on the default bench estate that was 128 MiB of the bundled CLI's
 * 298 MiB peak, space that holds garbage between two scavenges. Capped, the scan scavenges more
 * often, for no CPU time the bench can see. Node's --max-semi-space-size flag would do the same
 * to the whole process, but an installed CLI cannot pass a flag portably (`env -S` in a shebang
 * is not BusyBox's), and `node dist/cli/index.js` reads no shebang.
 *
 * The thread runs the same entry file with the same flags; the marker variable tells it that it
 * is the scan thread, and whether the terminal it writes to is one (its own stdout, piped
 * through this thread, is not).
 */



/** Set in the scan thread's environment: `tty` or `pipe`, what the CLI's stdout is. */
const SCAN_THREAD_ENV = 'AWS_CERT_WATCH_SCAN_THREAD';
/** The young generation's cap (both semi-spaces and the new large objects), in MiB. */
const SCAN_THREAD_YOUNG_GENERATION_MB = 16;
function threadRole(env, entry, stdoutIsTty, stderr) {
    const marker = env[SCAN_THREAD_ENV];
    if (marker === 'tty' || marker === 'pipe')
        return { isTty: marker === 'tty' };
    return {
        isTty: stdoutIsTty,
        startScanThread: (argv) => runScanThread(entry, argv, env, stdoutIsTty, stderr)
    };
}
/** Runs `entry` with `argv` in the scan thread; its exit code, once its output is through. */
function runScanThread(entry, argv, env, isTty, stderr) {
    const { Worker } = (0,_shared_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .workerThreads */ .kp)();
    return new Promise((resolve) => {
        let failure;
        const thread = new Worker(entry, {
            argv,
            env: { ...env, [SCAN_THREAD_ENV]: isTty ? 'tty' : 'pipe' },
            resourceLimits: { maxYoungGenerationSizeMb: SCAN_THREAD_YOUNG_GENERATION_MB }
        });
        // An exception the scan did not turn into its own error line (a bug), or the thread running
        // out of memory: one line, and "could not scan" rather than the findings' exit code.
        thread.on('error', (error) => (failure = error));
        thread.on('exit', (code) => {
            if (failure === undefined)
                return resolve(code);
            stderr((0,_error_line_js__WEBPACK_IMPORTED_MODULE_1__/* .errorLine */ .B)(`the scan stopped: ${failure.message}`, 'run it again with --debug'));
            resolve(_exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_NOT_SCANNED */ .es);
        });
    });
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   ZW: () => (/* binding */ IacInputs),
/* harmony export */   w5: () => (/* binding */ PROJECT_URL),
/* harmony export */   wW: () => (/* binding */ MergeInputs)
/* harmony export */ });
/* unused harmony exports Outputs, IacOutputs */
/**
 * Names other tools and users rely on (DESIGN.md, "Contracts"), kept in one place so that no
 * stage spells them as loose string literals.
 */
/** Action inputs (action.yml) and, kebab-case, the CLI's long flags. */
const Inputs = {
    Regions: 'regions',
    Services: 'services',
    RoleToAssume: 'role-to-assume',
    RoleSessionName: 'role-session-name',
    Audience: 'audience',
    AwsRegion: 'aws-region',
    Accounts: 'accounts',
    MemberRoleName: 'member-role-name',
    ExcludeAccounts: 'exclude-accounts',
    Shard: 'shard',
    WarningDays: 'warning-days',
    CriticalDays: 'critical-days',
    FailOn: 'fail-on',
    GithubToken: 'github-token',
    Issue: 'issue',
    IssueTitle: 'issue-title',
    IssueLabels: 'issue-labels',
    IssueKey: 'issue-key',
    CloseWhenClear: 'close-when-clear',
    ReportPath: 'report-path',
    Ignore: 'ignore',
    TargetCa: 'target-ca',
    DnsCheck: 'dns-check',
    DnsServers: 'dns-servers'
};
/**
 * merge/action.yml's inputs and the flags of `aws-cert-watch merge`: the legs' reports, and the
 * scan's publishing inputs under the same names.
 */
const MergeInputs = {
    Reports: 'reports',
    FailOn: Inputs.FailOn,
    GithubToken: Inputs.GithubToken,
    Issue: Inputs.Issue,
    IssueTitle: Inputs.IssueTitle,
    IssueLabels: Inputs.IssueLabels,
    IssueKey: Inputs.IssueKey,
    CloseWhenClear: Inputs.CloseWhenClear,
    ReportPath: Inputs.ReportPath
};
/**
 * iac/action.yml's inputs and the flags of `aws-cert-watch iac`: which files, and the scan's
 * names where they mean the same.
 */
const IacInputs = {
    Paths: 'paths',
    ChangedOnly: 'changed-only',
    FailOn: Inputs.FailOn,
    TargetCa: Inputs.TargetCa,
    SarifPath: 'sarif-path',
    WarningDays: Inputs.WarningDays,
    CriticalDays: Inputs.CriticalDays,
    AwsRegion: Inputs.AwsRegion,
    ReportPath: Inputs.ReportPath
};
/** Action outputs (the scan's and the merge's). */
const Outputs = {
    FindingsCount: 'findings-count',
    ExpiredCount: 'expired-count',
    CriticalCount: 'critical-count',
    WarningCount: 'warning-count',
    MaxSeverity: 'max-severity',
    ReportPath: 'report-path',
    IssueNumber: 'issue-number',
    IssueUrl: 'issue-url'
};
/** The iac action's outputs: the counts, the worst severity, and its files. */
const IacOutputs = {
    FindingsCount: Outputs.FindingsCount,
    ExpiredCount: Outputs.ExpiredCount,
    CriticalCount: Outputs.CriticalCount,
    WarningCount: Outputs.WarningCount,
    MaxSeverity: Outputs.MaxSeverity,
    ReportPath: Outputs.ReportPath,
    SarifPath: 'sarif-path'
};
/** The project's home, which SARIF rules and help links point at. */
const PROJECT_URL = 'https://github.com/acme/aws-cert-watch';


/***/ }),

/***/ 6608:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ fsPromises),
/* harmony export */   ei: () => (/* binding */ isIP),
/* harmony export */   kp: () => (/* binding */ workerThreads)
/* harmony export */ });
/**
 * Node built-ins loaded on first use. The entry points import the modules that need these
 * before they check their inputs, and a run refused there needs none of them: loading each up
 * front costs 2-3 ms of a 30 ms Node start (node:net, node:fs/promises, node:worker_threads),
 * spent before the refusal, `--help` or `--version` can be printed.
 */
function fsPromises() {
    return process.getBuiltinModule('node:fs/promises');
}
/** node:net's isIP: most runs give no `dns-servers` to check. */
function isIP(text) {
    return process.getBuiltinModule('node:net').isIP(text);
}
/** node:worker_threads: only a CLI scan starts a thread. */
function workerThreads() {
    return process.getBuiltinModule('node:worker_threads');
}


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hR: () => (/* binding */ revealInvisible),
/* harmony export */   pq: () => (/* binding */ countOf)
/* harmony export */ });
/* unused harmony export redactSecrets */
/**
 * Plain-text hygiene for every string that came from AWS, GitHub or a user before it reaches a
 * person: one line, and nothing invisible that could change what is read.
 */
/**
 * Characters that render as nothing yet change what a person reads: bidirectional controls
 * (U+202E turns `gpj.exe` into `exe.jpg`), zero-width characters that split or join words
 * unseen, and the byte-order mark. A name from AWS that holds one is suspicious by itself, so it
 * is shown as `<U+202E>` rather than removed: the reader sees that something is there.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Makes every invisible formatting character visible as `<U+XXXX>`. */
function revealInvisible(value) {
    return value.replace(INVISIBLE, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Collapses control characters (CR, LF, tabs, ANSI escapes, ...) to single spaces, so that a
 * value can never start a new line: in logs a new line starting with `::` would be a workflow
 * command, in Markdown a new block. Invisible formatting characters are made visible.
 */
function oneLine(value) {
    return (revealInvisible(value)
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .trim());
}
/**
 * Replaces every given secret, and anything shaped like a GitHub token or an AWS access key,
 * with `***`: for text that reaches places the job log's masking does not cover (the job
 * summary, an issue), such as an answer a proxy built from the request it received.
 */
function redactSecrets(text, secrets = []) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out
        .replace(/\b(?:gh[pousr]_[A-Za-z0-9]{8,}|github_pat_[A-Za-z0-9_]{8,})/g, '***')
        .replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}/g, '***')
        .replace(/\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***');
}
/** `1 DB instance`, `1,250 certificates`: a count for a coverage line, grouped for reading. */
function countOf(n, noun) {
    return `${groupDigits(n)} ${noun}${n === 1 ? '' : 's'}`;
}
/**
 * `1250` as `1,250`. Not Intl.NumberFormat: creating one loads ICU's locale data, 14 ms of a
 * CLI start that may print nothing but its version, and toLocaleString does that on every call.
 */
function groupDigits(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
