export const id = 503;
export const ids = [503];
export const modules = {

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ awsClientOptions),
/* harmony export */   k0: () => (/* binding */ watchAttempts),
/* harmony export */   mR: () => (/* binding */ dropIdleLogger)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4931);
/**
 * What every AWS client of a scan is built with: retries, time limits on each HTTP attempt, and
 * a middleware that refuses answers that are not AWS's and reports each answer to a watchdog.
 * Endpoints are left to the SDK, which honours `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`.
 */


/**
 * Adaptive mode adds client-side rate limiting once AWS throttles, on top of backoff, for the
 * clients whose calls the pacer (pacer.ts) does not govern; each client covers one account x
 * region x service, which is exactly the scope of AWS's quotas. Paced clients retry in standard
 * mode: the pacer already holds them at the quota, and adaptive mode's limiter would only slow
 * them down after a throttle. Eight attempts ride out a burst of throttling (backoff grows to
 * ~20 s) without hanging a job on an endpoint that keeps failing.
 */
function awsClientOptions(budget, retryMode = 'adaptive') {
    return {
        retryMode,
        maxAttempts: 8,
        requestHandler: {
            connectionTimeout: budget.connectMs,
            requestTimeout: budget.attemptMs,
            // Without it the SDK only warns when an attempt runs past requestTimeout.
            throwOnRequestTimeout: true
        }
    };
}
/**
 * Takes the SDK's logger middleware off a client built without a logger: it wraps every call
 * to hand the SDK's no-op logger filtered copies of the input (and, in older clients such as
 * ACM PCA's, of every output), work that buys nothing when nobody logs.
 */
function dropIdleLogger(client, config) {
    if ('logger' in config && config.logger !== undefined)
        return;
    const stack = client
        .middlewareStack;
    stack?.remove('loggerMiddleware');
}
/**
 * Sits between the HTTP handler and the SDK's parser, once per attempt. An HTML page (a proxy,
 * a captive portal, a look-alike endpoint without the call) becomes a NonAwsResponseError with
 * its status, instead of a parser message, or worse, an empty but "successful" XML result;
 * 5xx ones stay retryable like any server error. Every attempt and answer reaches `listener`.
 *
 * The body is looked at only when the content type says HTML, and the page is recognised by
 * its start, not by the header alone: some look-alike endpoints (moto) label JSON as text/html.
 */
function watchAttempts(client, listener) {
    const stack = client.middlewareStack;
    if (stack === undefined)
        return;
    stack.add((next, context) => async (args) => {
        const operation = context.commandName?.replace(/Command$/, '') ?? 'call';
        listener.sent(operation);
        let out;
        try {
            out = await next(args);
        }
        catch (error) {
            listener.failed(operation);
            throw error;
        }
        listener.answered(operation);
        const response = out.response;
        const type = response.headers['content-type'] ?? response.headers['Content-Type'] ?? '';
        if (!/html/i.test(type))
            return out;
        const body = await readBody(response.body);
        if (/^\s*<(?:!doctype|html|head|body|title)\b/i.test(body.toString('utf8', 0, 512))) {
            listener.notAws?.(operation, response.statusCode, body.subarray(0, PREVIEW_BYTES).toString('utf8'));
            throw new _aws_error_js__WEBPACK_IMPORTED_MODULE_1__/* .NonAwsResponseError */ .kB(response.statusCode);
        }
        response.body = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([body]);
        return out;
    }, { step: 'deserialize', priority: 'low', name: 'awsCertWatchAttempts' });
}
async function readBody(body) {
    if (typeof body?.[Symbol.asyncIterator] !== 'function') {
        return Buffer.alloc(0);
    }
    const chunks = [];
    for await (const chunk of body)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
}
/** How much of a page the debug log gets. */
const PREVIEW_BYTES = 300;


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

/***/ 2503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iacRunFromEnvironment: () => (/* binding */ iacRunFromEnvironment)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/shared/budget.ts
var shared_budget = __webpack_require__(544);
// EXTERNAL MODULE: ./src/iac/changed-files.ts
var changed_files = __webpack_require__(6845);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/client-options.ts
var client_options = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/iac/checks/ca-catalog.ts
var ca_catalog = __webpack_require__(7463);
;// CONCATENATED MODULE: ./src/iac/live-cas.ts
/**
 * The live RDS CA list for the iac check, when the job has AWS credentials: the pull request
 * check needs none, so credentials are only used when the environment names them (keys, a web
 * identity token, a profile, a container endpoint), never looked for on the instance metadata
 * service, which on a GitHub-hosted runner would only cost a time-out. A failure falls back to
 * the known list, and the coverage row says why.
 */




const CREDENTIAL_VARIABLES = [
    'AWS_ACCESS_KEY_ID',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_PROFILE',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'
];
function awsCredentialsNamed(env) {
    return CREDENTIAL_VARIABLES.some((name) => (env[name] ?? '') !== '');
}
async function liveCaCatalog(region, budget) {
    const [{ RDSClient }, { STSClient, GetCallerIdentityCommand }, { describeCas }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)),
        Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 1417))
    ]);
    const signal = (0,shared_budget/* deadlineSignal */.R)(budget.idleMs, 'AWS');
    const options = { ...(0,client_options/* awsClientOptions */.BE)(budget), region };
    const sts = new STSClient(options);
    const rds = new RDSClient(options);
    try {
        const identity = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
        const account = identity.Account ?? '';
        const cas = await describeCas(rds, { account, region }, { abortSignal: signal });
        return {
            catalog: {
                kind: 'live',
                account,
                region,
                cas: new Map(cas.map((ca) => [ca.identifier, ca.validTill])),
                defaultCa: cas.find((ca) => ca.defaultForNewLaunches)?.identifier ?? null
            },
            coverage: {
                account,
                region,
                service: 'rds',
                status: 'ok',
                detail: `DescribeCertificates: ${cas.length} CAs, the truth for the pinned CAs`
            }
        };
    }
    catch (error) {
        return {
            catalog: ca_catalog/* KNOWN_CA_CATALOG */.Dx,
            coverage: {
                account: '',
                region,
                service: 'rds',
                status: 'failed',
                detail: `DescribeCertificates could not be read, so pinned CAs were judged by the known list: ${(0,aws_error/* formatAwsError */.H0)((0,aws_error/* explainFailure */.SP)(error, signal))}`
            }
        };
    }
    finally {
        sts.destroy();
        rds.destroy();
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/iac/repository.ts
/**
 * The repository as the readers see it: files under one root directory, addressed by
 * repository-relative POSIX paths. A path that leaves the root (`../../etc/passwd` in a
 * `file(...)` call of a pull request) reads as absent, so code under review cannot make the
 * check read, and print, files outside the checkout.
 */


function fileRepository(root) {
    const rootPromise = (0,promises_.realpath)(root);
    const inside = async (file) => {
        const normal = external_node_path_default().posix.normalize(file);
        if (external_node_path_default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
            return null;
        const base = await rootPromise;
        try {
            const real = await (0,promises_.realpath)(external_node_path_default().join(base, normal));
            return real === base || real.startsWith(base + (external_node_path_default()).sep) ? real : null;
        }
        catch {
            return null;
        }
    };
    const bytes = async (file) => {
        const full = await inside(file);
        if (full === null)
            return null;
        try {
            return await (0,promises_.readFile)(full);
        }
        catch {
            return null;
        }
    };
    return {
        readBytes: bytes,
        readText: async (file) => (await bytes(file))?.toString('utf8') ?? null,
        listDir: async (dir) => {
            const full = await inside(dir === '' ? '.' : dir);
            if (full === null)
                return [];
            try {
                const entries = await (0,promises_.readdir)(full, { withFileTypes: true });
                return entries
                    .filter((entry) => entry.isFile())
                    .map((entry) => (dir === '' ? entry.name : external_node_path_default().posix.join(dir, entry.name)))
                    .sort();
            }
            catch {
                return [];
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/iac/environment.ts
/**
 * The iac check's run as the environment gives it, for the action and the CLI alike: the
 * workspace (GITHUB_WORKSPACE, else the working directory), the event's pull request
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH), git there, and the live CA list when the environment
 * names AWS credentials.
 */





/** git diff, and fetching a shallow checkout's base commit, within this. */
const GIT_MS = 60_000;
async function iacRunFromEnvironment(settings, env, now, log) {
    const root = env.GITHUB_WORKSPACE || process.cwd();
    return {
        root,
        repository: fileRepository(root),
        settings,
        now,
        pullRequest: (0,changed_files/* pullRequestRange */.Mt)(env.GITHUB_EVENT_NAME, await eventPayload(env)),
        git: (0,changed_files/* gitIn */.uM)(root, GIT_MS),
        liveCas: async () => awsCredentialsNamed(env) ? liveCaCatalog(settings.awsRegion, shared_budget/* DEFAULT_BUDGETS */.Dm.aws) : null,
        log
    };
}
/** The event's payload, read directly: @actions/github would load Octokit for it. */
async function eventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        return JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return null;
    }
}


/***/ })

};
