export const id = 546;
export const ids = [546];
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

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ allItems)
/* harmony export */ });
/** Drains an SDK paginator into one array of the items each page carries. */
async function allItems(pages, itemsOf) {
    const items = [];
    for await (const page of pages)
        items.push(...(itemsOf(page) ?? []));
    return items;
}


/***/ }),

/***/ 7546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LC: () => (/* binding */ resolveAccounts),
  workstationCredentialDeps: () => (/* binding */ workstationCredentialDeps)
});

// UNUSED EXPORTS: OIDC_MISSING_MESSAGE, RoleNotAssumedError, makeStsClient

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/client-options.ts
var client_options = __webpack_require__(1869);
// EXTERNAL MODULE: ./src/shared/budget.ts
var budget = __webpack_require__(544);
// EXTERNAL MODULE: ./src/aws/regions.ts
var regions = __webpack_require__(736);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/shared/shard.ts
var shared_shard = __webpack_require__(6481);
;// CONCATENATED MODULE: ./src/credentials/backoff.ts
/** Retrying a flaky call with exponential backoff and jitter, clock and randomness injected. */
/**
 * The delay before retry number `retry` (1-based): uniformly drawn from the upper half of an
 * exponentially growing bound, so that retries spread out ("equal jitter") without ever
 * collapsing to zero.
 */
function backoffDelay(retry, options) {
    const bound = Math.min(options.maxMs, options.baseMs * 2 ** (retry - 1));
    return Math.round(bound / 2 + options.random() * (bound / 2));
}
/** Calls `attempt` until it resolves or `options.attempts` calls have failed (then rethrows). */
async function withBackoff(attempt, options) {
    for (let tried = 1;; tried += 1) {
        try {
            return await attempt();
        }
        catch (err) {
            if (tried >= options.attempts)
                throw err;
            const delay = backoffDelay(tried, options);
            options.onRetry?.(err, tried, delay);
            await options.sleep(delay);
        }
    }
}

// EXTERNAL MODULE: ./src/aws/pages.ts
var pages = __webpack_require__(701);
// EXTERNAL MODULE: ./src/shared/idle-watchdog.ts
var idle_watchdog = __webpack_require__(5627);
;// CONCATENATED MODULE: ./src/credentials/organization.ts





/**
 * What the hub credentials call beyond the scan's read-only policy, for the hub's permissions
 * policy (iam/hub-permissions-policy.json, generated from this): the listing, and the member
 * role in every account.
 */
const HUB_IAM_ACTIONS = {
    organization: ['organizations:ListAccounts'],
    assumeMemberRole: ['sts:AssumeRole']
};
/** ListAccounts' largest page. */
const PAGE_SIZE = 20;
/** Organizations is global: one endpoint per partition, in this region. */
const ORGANIZATIONS_REGION = {
    aws: 'us-east-1',
    'aws-us-gov': 'us-gov-west-1',
    'aws-cn': 'cn-northwest-1'
};
/**
 * The account `Status` field was retired on 2026-09-09 (DESIGN.md, "AWS facts"): `State` says
 * whether an account is ACTIVE; `Status` is read only where `State` is absent.
 */
function accountState(account) {
    return account.State ?? account.Status ?? 'UNKNOWN';
}
/** `homeRegion` (`aws-region`) says the partition, and so which endpoint answers. */
async function organizationAccounts(credentials, homeRegion, budget) {
    const { OrganizationsClient, paginateListAccounts } = await __webpack_require__.e(/* import() */ 884).then(__webpack_require__.t.bind(__webpack_require__, 4884, 19));
    const client = new OrganizationsClient({
        ...(0,client_options/* awsClientOptions */.BE)(budget),
        region: ORGANIZATIONS_REGION[(0,regions/* partitionOf */.iQ)(homeRegion)],
        credentials
    });
    // A page may come back empty while NextToken is set: the paginator keeps going, and the
    // watchdog gives up only on an endpoint that stops answering, not on a long listing.
    const watchdog = new idle_watchdog/* IdleWatchdog */.A(budget.idleMs, 'AWS Organizations');
    (0,client_options/* watchAttempts */.k0)(client, watchdog);
    try {
        const accounts = await (0,pages/* allItems */.a)(paginateListAccounts({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: watchdog.signal }), (page) => page.Accounts);
        const result = { active: [], skipped: [] };
        for (const account of accounts) {
            const id = account.Id ?? '';
            const state = accountState(account);
            if (state === 'ACTIVE')
                result.active.push(id);
            else
                result.skipped.push({ id, state });
        }
        return result;
    }
    catch (err) {
        throw new Error(`Could not list the AWS Organization's accounts (organizations:ListAccounts): ` +
            `${(0,aws_error/* formatAwsError */.H0)((0,aws_error/* explainFailure */.SP)(err, watchdog.signal))}. The hub credentials must ` +
            "belong to the organization's management account or a delegated administrator.", { cause: err });
    }
    finally {
        watchdog.stop();
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./src/credentials/selection.ts

function selectAccounts(ids, settings) {
    const excluded = new Set(settings.excludeAccounts);
    return [...new Set(ids)].filter((id) => !excluded.has(id) && (0,shared_shard/* inShard */.Iw)(id, settings.shard)).sort();
}

;// CONCATENATED MODULE: ./src/credentials/index.ts
/**
 * credentials: Settings -> one set of AWS credentials per account to scan.
 *
 * - role ARNs + GitHub OIDC: one ID token (retried), then STS AssumeRoleWithWebIdentity per role;
 * - role ARNs without OIDC: an error inside GitHub Actions (the workflow lacks the permission),
 *   STS AssumeRole from the default chain elsewhere (the CLI on a workstation);
 * - no role: the SDK's default chain, with GetCallerIdentity to learn the account.
 *
 * `AWS_ENDPOINT_URL*` is left to the SDK, which is how tests point STS at the emulator.
 */










/**
 * Off a GitHub runner (the CLI, the benchmark): no OIDC token to ask for, real waits between
 * retries, and no job log to mask secrets in.
 */
function workstationCredentialDeps(log, env) {
    return {
        oidcAvailable: false,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
        log,
        setSecret: () => { },
        env
    };
}
/** The STS client used unless a test injects another. */
function makeStsClient(region, credentials, budget) {
    return new dist_cjs.STSClient({
        ...(0,client_options/* awsClientOptions */.BE)(budget),
        region,
        ...(credentials === undefined ? {} : { credentials })
    });
}
/** Attempts to fetch the OIDC token: a few, since the token service has transient 5xx. */
const ID_TOKEN_ATTEMPTS = 4;
/**
 * An assumed role's session: an hour, the most AWS allows a chained session (a member role
 * assumed from the hub); a longer scan renews each one RENEW_BEFORE_MS before it runs out.
 */
const SESSION_SECONDS = 3600;
const RENEW_BEFORE_MS = 5 * 60_000;
/** AssumeRole calls in flight at once: STS allows hundreds a second, a runner needs no more. */
const ASSUME_CONCURRENCY = 16;
const OIDC_MISSING_MESSAGE = 'role-to-assume is set but this job cannot request a GitHub OIDC token: add ' +
    '`permissions: id-token: write` to the workflow (or job). Pull requests from forks never ' +
    'get a token; run the scan on push, schedule or workflow_dispatch instead.';
async function resolveAccounts(settings, deps) {
    const stsFor = deps.makeStsClient ?? makeStsClient;
    const budgets = deps.budgets ?? budget/* DEFAULT_BUDGETS */.Dm;
    const context = {
        settings,
        deps,
        budgets,
        sts: (credentials) => stsFor(settings.awsRegion, credentials, budgets.aws)
    };
    if (settings.accounts.kind === 'roles') {
        if (settings.rolesToAssume.length === 0) {
            const own = await fromDefaultChain(context);
            return choose(context, [own.account]).length > 0 ? [own] : [];
        }
        const chosen = new Set(choose(context, settings.rolesToAssume.map(accountOfRole)));
        return assumeRoles(context, settings.rolesToAssume.filter((arn) => chosen.has(accountOfRole(arn))));
    }
    return fromHub(context, settings.accounts);
}
/**
 * `accounts: organization` or a list: the hub's credentials (`role-to-assume`, or the default
 * chain) list the Organization if asked, and assume `member-role-name` in every other chosen
 * account; the hub's own account is scanned with its own credentials.
 */
async function fromHub(context, selection) {
    const { settings, deps } = context;
    const [hub] = settings.rolesToAssume.length === 0
        ? [await fromDefaultChain(context)]
        : await assumeRoles(context, settings.rolesToAssume);
    if (hub === undefined)
        throw new Error('role-to-assume names no hub role');
    let ids;
    if (selection.kind === 'organization') {
        const listed = await organizationAccounts(hub.credentials, settings.awsRegion, context.budgets.aws);
        for (const { id, state } of listed.skipped)
            deps.log(`Skipping account ${id}: ${state}`);
        deps.log(`The Organization lists ${listed.active.length} ACTIVE accounts (${listed.skipped.length} others skipped)`);
        ids = listed.active;
    }
    else {
        ids = selection.ids;
    }
    const chosen = choose(context, ids);
    const partition = (0,regions/* partitionOf */.iQ)(settings.awsRegion);
    const roleArns = chosen
        .filter((id) => id !== hub.account)
        .map((id) => `arn:${partition}:iam::${id}:role/${settings.memberRoleName}`);
    // Every AssumeRole of the run is signed by the hub, whose own session renews itself.
    const sts = context.sts(hubProvider(hub));
    const members = await assumeRolesWith(context, sts, roleArns, 'member-role', `check that the role exists in that account and that its trust policy allows the hub ` +
        `(account ${hub.account})`);
    const byAccount = new Map(members.map((member) => [member.account, member]));
    return chosen.flatMap((id) => {
        const credentials = id === hub.account ? hub : byAccount.get(id);
        return credentials === undefined ? [] : [credentials];
    });
}
/** The accounts this leg scans, logged when a shard or exclude-accounts leaves some out. */
function choose({ settings, deps }, ids) {
    const chosen = selectAccounts(ids, settings);
    const all = new Set(ids).size;
    if (chosen.length < all) {
        const shard = settings.shard.count > 1 ? `shard ${(0,shared_shard/* shardLabel */.$_)(settings.shard)}` : 'this scan';
        deps.log(`Accounts: ${chosen.length} of ${all} are in ${shard}`);
    }
    return chosen;
}
/** The hub's credentials as a provider, for the STS client that signs the member AssumeRoles. */
function hubProvider(hub) {
    const { credentials } = hub;
    return typeof credentials === 'function' ? credentials : async () => credentials;
}
function accountOfRole(roleArn) {
    return roleArn.split(':')[4] ?? '';
}
/** `role-to-assume`'s roles: through OIDC on a runner that may ask for a token, else AssumeRole. */
async function assumeRoles(context, roleArns) {
    const { deps } = context;
    if (deps.oidcAvailable && deps.getIdToken !== undefined) {
        return assumeWithOidc(context, roleArns, deps.getIdToken);
    }
    if (deps.env.GITHUB_ACTIONS === 'true') {
        throw new Error(OIDC_MISSING_MESSAGE);
    }
    return assumeFromDefaultChain(context, roleArns);
}
/**
 * Every STS call gets the idle budget as its deadline (one call, one answer). A call it cuts
 * off fails with the reason, so that the message says STS did not answer, not "Request aborted".
 */
async function stsSend(context, send) {
    const deadline = (0,budget/* deadlineSignal */.R)(context.budgets.aws.idleMs, 'STS');
    try {
        return await send({ abortSignal: deadline });
    }
    catch (err) {
        throw (0,aws_error/* explainFailure */.SP)(err, deadline);
    }
}
async function fromDefaultChain(context) {
    const { deps } = context;
    const sts = context.sts();
    try {
        const identity = await stsSend(context, (options) => sts.send(new dist_cjs.GetCallerIdentityCommand({}), options));
        if (identity.Account === undefined)
            throw new Error('GetCallerIdentity returned no account');
        deps.log(`Using the default credential chain: account ${identity.Account}`);
        // The client's resolved provider is the SDK's default chain, memoized and refreshed on
        // expiry, so every RDS/ACM client shares one lookup of environment, profile, SSO or IMDS.
        // The client stays open: a chain that assumes a role (profile role_arn, web identity file)
        // refreshes through its HTTP handler.
        const chain = sts.config.credentials;
        return {
            account: identity.Account,
            credentials: chain,
            source: 'default-chain',
            refresh: async () => {
                await chain({ forceRefresh: true });
            }
        };
    }
    catch (err) {
        sts.destroy();
        throw new Error(`No usable AWS credentials from the default chain (${(0,aws_error/* formatAwsError */.H0)(err)}). Set ` +
            'role-to-assume, or configure credentials before this step ' +
            '(e.g. aws-actions/configure-aws-credentials).', { cause: err });
    }
}
async function assumeWithOidc(context, roleArns, getIdToken) {
    const { settings, deps } = context;
    const fetchToken = async () => {
        const token = await fetchIdToken(context, getIdToken);
        deps.setSecret(token);
        return token;
    };
    // One token for the first round of every role; a refresh asks for a new one, since a token
    // lives minutes and a refresh comes when a session of an hour has run out.
    const firstToken = await fetchToken();
    return assumeEach(roleArns, context, {
        source: 'oidc',
        hint: "check that the role's trust policy allows token.actions.githubusercontent.com with " +
            `audience ${settings.audience} and this repository's subject`,
        // AssumeRoleWithWebIdentity is an unsigned call: the token is the proof.
        assume: async (roleArn, first) => {
            const token = first ? firstToken : await fetchToken();
            const sts = context.sts();
            try {
                const out = await stsSend(context, (options) => sts.send(new dist_cjs.AssumeRoleWithWebIdentityCommand({
                    RoleArn: roleArn,
                    RoleSessionName: settings.roleSessionName,
                    WebIdentityToken: token,
                    DurationSeconds: SESSION_SECONDS
                }), options));
                return out.Credentials;
            }
            finally {
                sts.destroy();
            }
        }
    });
}
/** The GitHub OIDC token, retried with backoff, each attempt within the OIDC budget. */
async function fetchIdToken(context, getIdToken) {
    const { settings, deps, budgets } = context;
    return withBackoff(() => (0,budget/* withDeadline */.NE)(getIdToken(settings.audience), budgets.oidcMs, "GitHub's OIDC token service"), {
        attempts: ID_TOKEN_ATTEMPTS,
        baseMs: 1000,
        maxMs: 8000,
        sleep: deps.sleep,
        random: deps.random,
        onRetry: (err, attempt, delayMs) => deps.log(`Getting the GitHub OIDC token failed (attempt ${attempt} of ${ID_TOKEN_ATTEMPTS}: ` +
            `${(0,aws_error/* formatAwsError */.H0)(err)}); retrying in ${delayMs} ms`)
    }).catch((err) => {
        throw new Error(`Could not get a GitHub OIDC token for audience ${settings.audience} after ` +
            `${ID_TOKEN_ATTEMPTS} attempts: ${(0,aws_error/* formatAwsError */.H0)(err)}`, { cause: err });
    });
}
function assumeFromDefaultChain(context, roleArns) {
    // One client signed by the default chain for every AssumeRole of the run, refreshes included.
    return assumeRolesWith(context, context.sts(), roleArns, 'assume-role', 'check that your default credentials may call sts:AssumeRole on it and that ' +
        "the role's trust policy allows them");
}
/**
 * AssumeRole of each role through one STS client, whose credentials (the default chain's, or the
 * hub's) sign every call of the run, refreshes included.
 */
function assumeRolesWith(context, sts, roleArns, source, hint) {
    return assumeEach(roleArns, context, {
        source,
        hint,
        assume: async (roleArn) => {
            const out = await stsSend(context, (options) => sts.send(new dist_cjs.AssumeRoleCommand({
                RoleArn: roleArn,
                RoleSessionName: context.settings.roleSessionName,
                DurationSeconds: SESSION_SECONDS
            }), options));
            return out.Credentials;
        }
    });
}
/**
 * A role that could not be assumed, as every scan of its account reports it: the role, what
 * STS said (or that it did not answer), and what to check.
 */
class RoleNotAssumedError extends Error {
    name = 'RoleNotAssumed';
}
/**
 * Assumes every role, a few at a time. A role that cannot be assumed does not stop the others:
 * its account gets a provider that fails with a RoleNotAssumedError, so each of its
 * region/service scans becomes a failed coverage row that says why. Even when no role works, the
 * run goes on to a report whose every row says so (and fails the step as "nothing could be
 * scanned"), so that the summary shows which account failed how.
 *
 * Each account's credentials are a provider over the latest session: a refresh (a new
 * assumption after ExpiredToken, or one a few minutes before the session runs out) reaches every
 * client built after it, and every request of the ones built before.
 */
async function assumeEach(roleArns, context, { source, hint, assume }) {
    const { deps } = context;
    const clock = deps.clock ?? Date.now;
    const session = async (roleArn, first) => {
        const identity = toIdentity(roleArn, await assume(roleArn, first));
        for (const secret of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
            if (secret)
                deps.setSecret(secret);
        }
        return identity;
    };
    const outcomes = await (0,pool/* mapWithConcurrency */.W)(roleArns, ASSUME_CONCURRENCY, (roleArn) => session(roleArn, true).then((identity) => ({ ok: true, identity }), (reason) => ({ ok: false, reason })));
    return outcomes.map((outcome, index) => {
        const roleArn = roleArns[index] ?? '';
        const account = roleArn.split(':')[4] ?? '';
        if (outcome.ok) {
            deps.log(`Assumed ${roleArn} (${source}): account ${account}`);
            let current = outcome.identity;
            let renewing = null;
            // Scans of one account that need a new session together share one.
            const refresh = () => {
                renewing ??= session(roleArn, false)
                    .then((identity) => {
                    current = identity;
                    deps.log(`Assumed ${roleArn} again (${source}): fresh credentials for account ${account}`);
                })
                    .finally(() => {
                    renewing = null;
                });
                return renewing;
            };
            return {
                account,
                credentials: async () => {
                    const expires = current.expiration?.getTime();
                    if (expires !== undefined && expires - clock() < RENEW_BEFORE_MS)
                        await refresh();
                    return current;
                },
                source,
                refresh
            };
        }
        // The hint is about what STS said; when STS did not answer at all, it would mislead.
        const answered = (0,aws_error/* summarizeAwsError */.Nh)(outcome.reason).httpStatus !== null;
        const error = new RoleNotAssumedError(`Could not assume ${roleArn}: ${(0,aws_error/* formatAwsError */.H0)(outcome.reason)}${answered ? `; ${hint}` : ''}`, { cause: outcome.reason });
        deps.log(error.message);
        return { account, credentials: () => Promise.reject(error), source };
    });
}
function toIdentity(roleArn, credentials) {
    if (credentials?.AccessKeyId === undefined ||
        credentials.SecretAccessKey === undefined ||
        credentials.SessionToken === undefined) {
        throw new Error(`STS returned no credentials for ${roleArn}`);
    }
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        sessionToken: credentials.SessionToken,
        ...(credentials.Expiration === undefined ? {} : { expiration: credentials.Expiration })
    };
}


/***/ }),

/***/ 5627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ IdleWatchdog)
/* harmony export */ });
/* unused harmony export IdleTimeout */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(544);


/**
 * Aborts a piece of work that has stopped hearing back: it counts the time since the last
 * answer while a request is out, or since the work began. Work that keeps getting answers (a
 * large, slow scan) is never cut short, nor is the client's own bounded backoff after an
 * answer (a throttling error, a 502); an endpoint that accepts requests and never answers, or
 * never lets them connect, is given up `idleMs` after its last answer.
 */
class IdleWatchdog {
    idleMs;
    peer;
    controller = new AbortController();
    inFlight = new Map();
    timer;
    gaveUp = null;
    constructor(idleMs, 
    /** Who is not answering, as it reads after "no answer from": `AWS`. */
    peer) {
        this.idleMs = idleMs;
        this.peer = peer;
        // Every call in flight listens to the signal (ACM: ten describes and a list at once);
        // Node warns of a leak past ten listeners.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(CALLS_IN_FLIGHT, this.controller.signal);
        this.arm();
    }
    /** Pass to every call of the work: aborted when the watchdog gives up. */
    get signal() {
        return this.controller.signal;
    }
    /** Why the work was given up, or null while it was not. */
    get expired() {
        return this.gaveUp;
    }
    sent(operation) {
        this.inFlight.set(operation, (this.inFlight.get(operation) ?? 0) + 1);
        if (this.timer === undefined)
            this.arm();
    }
    answered(operation) {
        this.settle(operation);
        if (this.inFlight.size === 0)
            this.stop();
        else
            this.arm();
    }
    /** A request that ended without an answer (a timeout, a refused connection): no reset. */
    failed(operation) {
        this.settle(operation);
    }
    stop() {
        clearTimeout(this.timer);
        this.timer = undefined;
    }
    settle(operation) {
        const left = (this.inFlight.get(operation) ?? 1) - 1;
        if (left > 0)
            this.inFlight.set(operation, left);
        else
            this.inFlight.delete(operation);
    }
    arm() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.gaveUp = new IdleTimeout(this.peer, this.idleMs, [...this.inFlight.keys()].sort());
            this.controller.abort(this.gaveUp);
        }, this.idleMs);
        this.timer.unref();
    }
}
/** The most calls of one piece of work expected in flight at once, with room to spare. */
const CALLS_IN_FLIGHT = 64;
/** Why a watchdog gave up: nothing answered for its whole idle time. */
class IdleTimeout extends Error {
    name = 'IdleTimeout';
    constructor(peer, idleMs, waitingFor) {
        const calls = waitingFor.length > 0 ? ` to ${waitingFor.join(', ')}` : '';
        super(`no answer from ${peer}${calls} for ${(0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(idleMs)}; given up`);
    }
}


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency),
/* harmony export */   j: () => (/* binding */ settleAll)
/* harmony export */ });
/**
 * Runs `task` over `items` with at most `limit` running at once and returns the results in the
 * items' order. After the first rejection no new task starts; the map waits for the tasks
 * already running (so that none outlives the client it uses) and then rejects with that first
 * error. Callers that must survive a failing item catch inside `task`.
 */
async function mapWithConcurrency(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next;
            next += 1;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}
/**
 * Like Promise.all, but waits for every promise to settle before rejecting with the first
 * failure (in argument order), so that no call is still running when the caller closes its
 * client.
 */
async function settleAll(promises) {
    const settled = await Promise.allSettled(promises);
    const values = [];
    for (const outcome of settled) {
        if (outcome.status === 'rejected')
            throw outcome.reason;
        values.push(outcome.value);
    }
    return values;
}


/***/ })

};
