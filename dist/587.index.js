export const id = 587;
export const ids = [587];
export const modules = {

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* reexport */ evaluate_findings/* compareFindings */.Eg),
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/services/index.ts + 24 modules
var src_services = __webpack_require__(8888);
;// CONCATENATED MODULE: ./src/services/plugin.ts
/** A plug-in's own entries of an inventory, with its own type. */
function inventoriesOf(inventory, plugin) {
    return [...(inventory.services[plugin.name] ?? [])];
}

// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
;// CONCATENATED MODULE: ./src/evaluate/ignore-patterns.ts
function compileIgnorePatterns(patterns) {
    const globs = patterns
        .map((pattern) => pattern.trim())
        .filter((pattern) => pattern !== '')
        // Code points, so that `?` matches one character even outside the BMP.
        .map((pattern) => Array.from(pattern));
    if (globs.length === 0)
        return () => false;
    return (arn) => {
        const text = Array.from(arn);
        return globs.some((glob) => globMatches(glob, text));
    };
}
function globMatches(glob, text) {
    let g = 0;
    let t = 0;
    // Where the last `*` was, and how much of the text it has swallowed so far.
    let star = -1;
    let starText = 0;
    while (t < text.length) {
        const token = glob[g];
        if (token === '*') {
            star = g;
            starText = t;
            g += 1;
        }
        else if (token !== undefined && (token === '?' || token === text[t])) {
            g += 1;
            t += 1;
        }
        else if (star >= 0) {
            // Let the last `*` swallow one more character and retry what follows it.
            g = star + 1;
            starText += 1;
            t = starText;
        }
        else {
            return false;
        }
    }
    while (glob[g] === '*')
        g += 1;
    return g === glob.length;
}

;// CONCATENATED MODULE: ./src/evaluate/index.ts





function evaluate(inventory, options, services = src_services/* SERVICES */.B) {
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
    findings.sort(evaluate_findings/* compareFindings */.Eg);
    return { findings, ignored, resourcesScanned };
}


/***/ }),

/***/ 195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  eL: () => (/* binding */ maxSeverity)
});

// UNUSED EXPORTS: reportTotals

// EXTERNAL MODULE: ./src/evaluate/index.ts + 2 modules
var evaluate = __webpack_require__(4665);
// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/shared/shard.ts
var shard = __webpack_require__(6481);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/report/coverage-order.ts
/**
 * The one order of coverage rows, whatever order the scans finished or the legs were merged in:
 * by account, then region as the `regions` input lists them (a global service's `global` row
 * after them), then service in registry order.
 */

function sortCoverage(rows, regions, services) {
    const rank = (list, item) => {
        const index = list.indexOf(item);
        return index < 0 ? list.length : index;
    };
    const regionRank = (region) => region === inventory/* GLOBAL_REGION */.j ? regions.length + 1 : rank(regions, region);
    return [...rows].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0) ||
        regionRank(a.region) - regionRank(b.region) ||
        rank(services, a.service) - rank(services, b.service) ||
        (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
        (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/report/json-report.ts




/** The JSON report (`report-path`), schemaVersion 1: DESIGN.md, "JSON report". */
function buildReport(input) {
    const { evaluation } = input;
    const findings = [...evaluation.findings].sort(evaluate/* compareFindings */.E);
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
            shard: (0,shard/* shardLabel */.$_)(input.settings.shard)
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
    return (severity/* SEVERITIES */.oC.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none');
}


/***/ }),

/***/ 5587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scan: () => (/* binding */ scan)
});

// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/client-options.ts
var client_options = __webpack_require__(1869);
;// CONCATENATED MODULE: ./src/aws/quotas.ts
/**
 * AWS's published request-rate quotas for the calls a scan makes, per account and region.
 * Each is a token bucket on AWS's side: `burst` requests at once, refilled at `perSecond`.
 * Calls absent here have no published rate: they are sent unpaced.
 */
/**
 * Keyed by the SDK client's name (`context.clientName`).
 * - ACM, https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html ("API rate quotas"):
 *   DescribeCertificate 10 requests/s, ListCertificates 1 request/s.
 * - RDS, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-api-throttling.html:
 *   "up to 300 requests in a burst and a sustained 12 requests per second" per account and
 *   region; shared by every RDS call here, the safe reading.
 * - ELB, https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/elb-api-throttling.html:
 *   non-mutating (Describe*) calls share a bucket of 40 refilled at 10/s, and each API version
 *   (Classic, v2) has its own.
 */
const QUOTAS = {
    ACMClient: {
        operations: {
            DescribeCertificate: { perSecond: 10, burst: 10 },
            ListCertificates: { perSecond: 1, burst: 1 }
        }
    },
    RDSClient: { shared: { perSecond: 12, burst: 300 } },
    ElasticLoadBalancingClient: { shared: { perSecond: 10, burst: 40 } },
    ElasticLoadBalancingV2Client: { shared: { perSecond: 10, burst: 40 } }
};
/** The bucket a call of `operation` through `client` draws from, or undefined: unpaced. */
function quotaBucket(client, operation) {
    const quotas = QUOTAS[client];
    if (quotas === undefined)
        return undefined;
    const own = quotas.operations?.[operation];
    if (own !== undefined)
        return { name: operation, quota: own };
    return quotas.shared === undefined ? undefined : { name: '*', quota: quotas.shared };
}

;// CONCATENATED MODULE: ./src/aws/pacer.ts
/**
 * Client-side pacing at AWS's published quotas (quotas.ts): every call of a scan to one
 * account x region x quota bucket waits for its turn in one shared bucket, so that AWS's own
 * bucket is never found empty and throttling becomes the exception. A call that is throttled
 * all the same is sent again as soon as the next token is due (AWS's bucket is empty at that
 * moment), instead of after the SDK's random backoff of up to a second and more.
 *
 * The SDK's adaptive retry mode does something else: it starts limiting only after throttling,
 * at a rate derived from a measured send rate that lags far behind the real one, which leaves a
 * region's last calls trickling out well under the quota.
 */


const SYSTEM_PACER_CLOCK = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
/**
 * How much later than the call before it a call may reach AWS (an event loop busy parsing
 * between the pacer's go and the socket write, a slower connection): AWS's bucket is filled by
 * arrival times, ours by send times. The pacer keeps this much of AWS's bucket in reserve, and
 * a quarter of the interval where that is more (ListCertificates' 1/s: the first call of a
 * fresh client is the slowest to leave), so such jitter is never a throttle. On two busy cores
 * it passes 100 ms: with a reserve of 100 ms, the bundled CLI's default bench scan had 0-6
 * DescribeCertificate calls throttled per run (calls a busy endpoint stamped late, then on
 * time); with 200 ms, none in 6 runs, at the cost of one call less in each region's first burst.
 */
const ARRIVAL_JITTER_MS = 200;
/**
 * How far below the published quota a bucket slows when AWS keeps throttling it (other tools
 * spend the same account's quota, or the account's quota is lower): a throttle within
 * LONE_THROTTLE_INTERVALS of the one before halves its rate, down to 1/64 of it, and each
 * answered call wins back a tenth of the way. A lone throttle is arrival jitter, not a lower
 * quota: it only costs the call its wait for the next token.
 */
const LONE_THROTTLE_INTERVALS = 10;
const MAX_SLOWDOWN = 64;
const RECOVERY = 0.9;
/**
 * One AWS bucket seen from the client, as a virtual schedule (GCRA): `due` is when the bucket
 * would be full again if nothing more were sent. A call may go once `due - tolerance` has
 * passed, and moves `due` on by one interval. Calls take their turns in the order they asked.
 */
class PacedBucket {
    clock;
    /** The share of AWS's bucket kept for arrival jitter, in ms of its refill. */
    reserveMs;
    baseIntervalMs;
    burstToleranceMs;
    slowdown = 1;
    slowedAt = Number.NEGATIVE_INFINITY;
    throttledAt = Number.NEGATIVE_INFINITY;
    due = Number.NEGATIVE_INFINITY;
    queue = Promise.resolve();
    constructor(quota, clock) {
        this.clock = clock;
        this.baseIntervalMs = 1000 / quota.perSecond;
        this.reserveMs = Math.max(ARRIVAL_JITTER_MS, this.baseIntervalMs / 4);
        this.burstToleranceMs = (quota.burst - 1) * this.baseIntervalMs - this.reserveMs;
    }
    get intervalMs() {
        return this.baseIntervalMs * this.slowdown;
    }
    /** A bucket slowed by throttling sends evenly: its burst is what AWS just refused. */
    get toleranceMs() {
        return this.slowdown > 1 ? -this.reserveMs : this.burstToleranceMs;
    }
    /**
     * Resolves when the caller may send. `signal` ends the wait early with its reason; a turn
     * given up that way is still used (the next caller's wait is already computed from it),
     * which costs one interval and only after an abort.
     */
    take(signal) {
        const turn = this.queue.then(async () => {
            if (signal?.aborted)
                return;
            const now = this.clock.now();
            const at = Math.max(now, this.due - this.toleranceMs);
            this.due = Math.max(this.due, at) + this.intervalMs;
            if (at <= now)
                return;
            await this.clock.sleep(at - now);
            // A timer that fired late sends late. Up to half the reserve is left to absorb that (the
            // other half is the network's); beyond it, the calls after it keep their distance from
            // it. Moving the schedule by every late millisecond would slow a busy process's pace.
            this.due += Math.max(0, this.clock.now() - at - this.reserveMs / 2);
        });
        this.queue = turn;
        return signal === undefined ? turn : untilAborted(turn, signal);
    }
    /**
     * AWS said its bucket is empty now: the schedule starts again from an empty bucket, the next
     * call a full interval (and the reserve) away, at half the rate unless the throttle is a lone
     * one. The throttles of calls sent together (within one interval of the last halving) halve
     * it once.
     */
    throttled() {
        const now = this.clock.now();
        const lone = now - this.throttledAt > LONE_THROTTLE_INTERVALS * this.intervalMs;
        this.throttledAt = now;
        if (!lone && now - this.slowedAt >= this.intervalMs) {
            this.slowdown = Math.min(MAX_SLOWDOWN, this.slowdown * 2);
            this.slowedAt = now;
        }
        this.due = now + this.intervalMs + this.reserveMs + this.toleranceMs;
    }
    /** A call was answered (not throttled): the rate creeps back towards the quota. */
    answered() {
        this.slowdown = Math.max(1, this.slowdown * RECOVERY);
    }
}
/** Every bucket of a run, by account, region and quota bucket: one for all the run's clients. */
class Pacer {
    clock;
    buckets = new Map();
    constructor(clock = SYSTEM_PACER_CLOCK) {
        this.clock = clock;
    }
    bucket(account, region, client, operation) {
        const found = quotaBucket(client, operation);
        if (found === undefined)
            return null;
        const key = `${account}|${region}|${client}|${found.name}`;
        let bucket = this.buckets.get(key);
        if (bucket === undefined) {
            bucket = new PacedBucket(found.quota, this.clock);
            this.buckets.set(key, bucket);
        }
        return bucket;
    }
}
/**
 * Throttled sends of one call the pacer retries itself, each when the next token is due; past
 * them the error goes to the SDK's retry, as any other.
 */
const PACED_THROTTLE_RETRIES = 4;
/**
 * Paces every call of `client` through `pacer`. It sits inside the SDK's retry loop (after
 * signing), so each attempt waits for its token, and a throttled attempt is sent again when the
 * next token is due.
 */
function paceCalls(client, pacer, scope) {
    const stack = client.middlewareStack;
    if (stack === undefined)
        return;
    stack.add((next, context) => {
        const operation = context.commandName?.replace(/Command$/, '') ?? '';
        const bucket = pacer.bucket(scope.account, scope.region, context.clientName ?? '', operation);
        if (bucket === null)
            return next;
        return async (args) => {
            for (let retries = 0;; retries++) {
                await bucket.take(scope.signal);
                try {
                    const out = await next(args);
                    bucket.answered();
                    return out;
                }
                catch (err) {
                    if (retries >= PACED_THROTTLE_RETRIES || !(0,aws_error/* isThrottled */.B5)((0,aws_error/* summarizeAwsError */.Nh)(err).code)) {
                        throw err;
                    }
                    bucket.throttled();
                }
            }
        };
    }, { step: 'finalizeRequest', priority: 'low', name: 'awsCertWatchPacer' });
}
/** `work`, or the signal's reason as soon as it aborts. */
function untilAborted(work, signal) {
    return Promise.race([work, abortOf(signal)]);
}
/**
 * One promise per signal that rejects when it aborts: one abort listener for all the calls
 * waiting on it (a listener per waiting call makes Node warn of a leak past ten).
 */
const aborts = new WeakMap();
function abortOf(signal) {
    let aborted = aborts.get(signal);
    if (aborted === undefined) {
        aborted = new Promise((_, reject) => {
            if (signal.aborted)
                reject(signal.reason);
            else
                signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
        // Rejecting when no call waits is no error.
        aborted.catch(() => { });
        aborts.set(signal, aborted);
    }
    return aborted;
}

// EXTERNAL MODULE: ./src/aws/regions.ts
var regions = __webpack_require__(736);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/shared/budget.ts
var shared_budget = __webpack_require__(544);
// EXTERNAL MODULE: ./src/shared/idle-watchdog.ts
var idle_watchdog = __webpack_require__(5627);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/collect/region-status.ts



/** What the engine itself calls, beside the plug-ins: the permissions policy includes it. */
const REGION_STATUS_IAM_ACTIONS = (/* unused pure expression or super */ null && (['account:ListRegions']));
/** Statuses in which the region does not serve the account: its scan is skipped, not failed. */
function isRegionOff(status) {
    return status === 'DISABLED' || status === 'DISABLING';
}
/** The Account API is global; its endpoint is in us-east-1. */
const ACCOUNT_API_REGION = 'us-east-1';
/**
 * One ListRegions per account for the whole scan, shared by every region that asks (the promise
 * is kept, so concurrent scans share one call). The client is loaded only when first needed.
 */
function accountApiRegionStatus(budget) {
    const byAccount = new Map();
    return async (account, region) => {
        let statuses = byAccount.get(account.account);
        if (statuses === undefined) {
            statuses = listRegions(account.credentials, budget);
            byAccount.set(account.account, statuses);
        }
        return (await statuses).get(region);
    };
}
async function listRegions(credentials, budget) {
    const { AccountClient, paginateListRegions } = await __webpack_require__.e(/* import() */ 990).then(__webpack_require__.t.bind(__webpack_require__, 2990, 19));
    const client = new AccountClient({
        ...(0,client_options/* awsClientOptions */.BE)(budget),
        region: ACCOUNT_API_REGION,
        credentials
    });
    const abortSignal = (0,shared_budget/* deadlineSignal */.R)(budget.idleMs, 'the Account API');
    try {
        const statuses = new Map();
        const pages = paginateListRegions({ client, pageSize: 50 }, {}, { abortSignal });
        for await (const page of pages) {
            for (const entry of page.Regions ?? []) {
                if (entry.RegionName !== undefined && entry.RegionOptStatus !== undefined) {
                    statuses.set(entry.RegionName, entry.RegionOptStatus);
                }
            }
        }
        return statuses;
    }
    catch (err) {
        throw (0,aws_error/* explainFailure */.SP)(err, abortSignal);
    }
    finally {
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./src/collect/index.ts
/**
 * The collect engine: every account x plug-in (x region, for a regional one) -> the plug-in's
 * records and one coverage row each. A scan that fails becomes a `failed` row with AWS's error
 * code and the others go on; a failed scan contributes no records, so nothing unread can look
 * expired or clean. A scan that read its resources but not every supporting call (RDS's CA
 * list, ACM's DescribeCertificate) is `failed` too, naming the calls, and keeps what it read:
 * the checks that did run stand. A global plug-in (IAM, CloudFront) is read once per account,
 * whatever `regions` says, and its rows say `global`.
 *
 * Every scan has an idle watchdog: an endpoint that stops answering gives the scan up after
 * the budget's idle time, and the run goes on with what the other scans read.
 */










/**
 * Each scan has AWS quotas of its own (they are per account and region), so the bound is about
 * the runner: 16 scans make at most ~60 requests in flight (RDS pages four lists at once), which
 * two cores parse comfortably (the work, hence the CPU time, is the same at any concurrency),
 * and `regions: all` (36 regions x 2 services) takes five rounds. Measured with `npm run bench`
 * (16 regions, 5,000 certificates, 2,000 DB instances): 16 instead of 8 cut wall time by a
 * third to a half at 30-300 ms per call, at the same CPU time and peak memory.
 */
const DEFAULT_SCAN_CONCURRENCY = 16;
/**
 * Quota-bound scans (ACM) run beside those slots, this many at once: they spend most of their
 * time waiting for the pacer's next token, which costs neither a socket nor CPU, and each
 * account x region has its own quota, so holding them to the slots would only queue work that
 * AWS would accept at once (10 accounts x 4 regions are 40 such scans).
 */
const QUOTA_BOUND_CONCURRENCY = 64;
/**
 * Latency-bound scans wait this long at most for the first quota-bound scans' lists (a region
 * that does not answer its ListCertificates must not hold the rest of the run back).
 */
const HEAD_START_MS = 3_000;
async function collectInventory(targets, deps) {
    const regional = targets.services.filter((service) => service.scope === 'regional');
    const global = targets.services.filter((service) => service.scope === 'global');
    const scans = targets.accounts.flatMap((account) => [
        ...targets.regions.flatMap((region) => regional.map((service) => ({ account, region, service }))),
        ...global.map((service) => ({ account, region: inventory/* GLOBAL_REGION */.j, service }))
    ]);
    const budget = deps.budget ?? shared_budget/* DEFAULT_BUDGETS */.Dm.aws;
    const engine = {
        deps,
        budget,
        homeRegion: targets.homeRegion,
        regionStatus: deps.regionStatus ?? accountApiRegionStatus(budget),
        pacer: deps.pacer ?? new Pacer()
    };
    const results = await runScheduled(scans, engine);
    const services = {};
    for (const service of targets.services)
        services[service.name] = [];
    results.forEach((result, index) => {
        const scan = scans[index];
        if (result.records !== undefined)
            services[scan.service.name]?.push(result.records);
    });
    return { services, coverage: results.map((r) => r.row) };
}
/**
 * Quota-bound scans start first, in a pool of their own; latency-bound ones (RDS: round trips
 * and CPU-heavy XML) take the slots once the first round of quota-bound scans has its lists in
 * (or HEAD_START_MS has passed), so that their parsing does not delay the lists that every
 * paced describe waits for. Results keep the scans' order.
 */
async function runScheduled(scans, engine) {
    const quotaBound = scans.filter((scan) => scan.service.bound === 'quota');
    const latencyBound = scans.filter((scan) => scan.service.bound !== 'quota');
    const firstRound = Math.min(quotaBound.length, QUOTA_BOUND_CONCURRENCY);
    let listed = 0;
    let headStart = () => { };
    const headStartOver = new Promise((resolve) => {
        headStart = resolve;
        if (firstRound === 0)
            resolve();
        else
            setTimeout(resolve, HEAD_START_MS).unref();
    });
    const [quotaResults, latencyResults] = await Promise.all([
        (0,pool/* mapWithConcurrency */.W)(quotaBound, QUOTA_BOUND_CONCURRENCY, async (scan, index) => {
            let told = false;
            const tell = () => {
                if (told || index >= firstRound)
                    return;
                told = true;
                listed += 1;
                if (listed === firstRound)
                    headStart();
            };
            try {
                return await runScan(scan, engine, tell);
            }
            finally {
                tell();
            }
        }),
        headStartOver.then(() => (0,pool/* mapWithConcurrency */.W)(latencyBound, engine.deps.concurrency ?? DEFAULT_SCAN_CONCURRENCY, (scan) => runScan(scan, engine, () => { })))
    ]);
    const byScan = new Map();
    quotaBound.forEach((scan, i) => byScan.set(scan, quotaResults[i]));
    latencyBound.forEach((scan, i) => byScan.set(scan, latencyResults[i]));
    return scans.map((scan) => byScan.get(scan));
}
async function runScan(scan, engine, listed) {
    const { deps } = engine;
    const row = (status, detail) => ({
        account: scan.account.account,
        region: scan.region,
        service: scan.service.name,
        status,
        detail
    });
    const label = `${scan.service.name} ${scan.account.account} ${scan.region}`;
    try {
        const records = await readWithFreshCredentials(scan, engine, label, listed);
        const { detail, incomplete } = scan.service.summarize(records);
        if (incomplete.length > 0) {
            // Failed, because checks are missing; the records read still count (and are reported).
            const partial = `${incomplete.join('; ')} (read anyway: ${detail}; the checks needing the failed calls are missing)`;
            deps.log(`${label}: incomplete: ${partial}`);
            return { row: row('failed', partial), records };
        }
        deps.log(`${label}: ${detail}`);
        return { row: row('ok', detail), records };
    }
    catch (err) {
        const { status, detail } = await failedRow(scan, err, engine);
        deps.log(`${label}: ${status}: ${detail}`);
        return { row: row(status, detail) };
    }
}
/**
 * Credentials can expire mid-scan (a long scan, a session that was already old): one
 * ExpiredToken gets the account fresh credentials and the scan one more try.
 */
async function readWithFreshCredentials(scan, engine, label, listed) {
    try {
        return await readOnce(scan, engine, listed);
    }
    catch (err) {
        const refresh = scan.account.refresh;
        if (refresh === undefined || !(0,aws_error/* isExpiredToken */.r_)((0,aws_error/* summarizeAwsError */.Nh)(err).code))
            throw err;
        engine.deps.log(`${label}: ${(0,aws_error/* formatAwsError */.H0)(err)}; retrying once with fresh credentials`);
        await refresh();
        return await readOnce(scan, engine, listed);
    }
}
async function readOnce(scan, engine, listed) {
    const { deps, budget } = engine;
    const { service } = scan;
    const location = { account: scan.account.account, region: scan.region };
    const clientRegion = service.scope === 'global' ? engine.homeRegion : scan.region;
    const watchdog = new idle_watchdog/* IdleWatchdog */.A(budget.idleMs, 'AWS');
    const clients = [];
    const context = {
        account: scan.account,
        region: scan.region,
        location,
        clientRegion,
        now: deps.now,
        thresholds: deps.thresholds,
        signal: watchdog.signal,
        budget,
        client: (make) => {
            const config = {
                ...(0,client_options/* awsClientOptions */.BE)(budget, 'standard'),
                region: clientRegion,
                credentials: scan.account.credentials,
                ...deps.clientConfig?.(service.name)
            };
            const client = make(config);
            (0,client_options/* dropIdleLogger */.mR)(client, config);
            paceCalls(client, engine.pacer, {
                account: location.account,
                region: clientRegion,
                signal: watchdog.signal
            });
            (0,client_options/* watchAttempts */.k0)(client, {
                sent: (operation) => watchdog.sent(operation),
                answered: (operation) => watchdog.answered(operation),
                failed: (operation) => watchdog.failed(operation),
                notAws: (operation, status, preview) => deps.debug?.(`${service.name} ${location.account} ${location.region}: ${operation} got HTTP ${status}, not from AWS; it began with: ${(0,shared_text/* oneLine */.TN)(preview)}`)
            });
            clients.push(client);
            return client;
        },
        dns: deps.dns,
        log: deps.log,
        listed
    };
    try {
        return await service.read(context);
    }
    catch (err) {
        throw (0,aws_error/* explainFailure */.SP)(err, watchdog.signal);
    }
    finally {
        watchdog.stop();
        for (const client of clients)
            client.destroy();
    }
}
/**
 * A failed scan's row. An opt-in region is `skipped` only when AWS says it is not enabled for
 * this account, through the documented OptInRequired or the account's own region list: a
 * refusal of the credentials alone is not proof (see region-status.ts), and reading it as "not
 * enabled" would turn the region's findings into fixed ones.
 */
async function failedRow(scan, err, engine) {
    const error = (0,aws_error/* formatAwsError */.H0)(err);
    const { code } = (0,aws_error/* summarizeAwsError */.Nh)(err);
    if (!(0,regions/* isOptInRegion */.rr)(scan.region))
        return { status: 'failed', detail: error };
    if (code === 'OptInRequired') {
        return { status: 'skipped', detail: `opt-in region not enabled for this account (${error})` };
    }
    if (!(0,aws_error/* isCredentialsRejected */.pJ)(code))
        return { status: 'failed', detail: error };
    let status;
    try {
        status = await engine.regionStatus(scan.account, scan.region);
    }
    catch (lookupError) {
        return {
            status: 'failed',
            detail: `${error}; whether the opt-in region is enabled for this account is unknown: ` +
                `account:ListRegions failed (${(0,aws_error/* formatAwsError */.H0)(lookupError)}); allow it so that a ` +
                'disabled region is reported as skipped'
        };
    }
    if (isRegionOff(status)) {
        return {
            status: 'skipped',
            detail: `opt-in region not enabled for this account (account:ListRegions says ${status})`
        };
    }
    return {
        status: 'failed',
        detail: `${error}; the opt-in region is ${status ?? 'not listed'} for this account ` +
            '(account:ListRegions), so the credentials themselves were refused: session tokens from ' +
            'the global STS endpoint (sts.amazonaws.com) are not valid in opt-in regions; use a ' +
            'regional STS endpoint'
    };
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./src/shared/dns-server.ts
var dns_server = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/collect/dns-resolver.ts
/**
 * Asks DNS for the CNAME at a name, for the check that an ACM certificate's DNS-validation
 * records still resolve (renewal fails without them). Only says what DNS answered; whether the
 * answer is the value ACM expects is the caller's comparison.
 *
 * An answer is `missing` only when a server said so (NXDOMAIN, or NOERROR without a CNAME), and
 * `unknown` whenever no server gave a usable answer: a lookup that could not be made must never
 * read as a record that is gone.
 */


function withoutTrailingDot(name) {
    return name.replace(/\.+$/, '');
}
/** Node's words for the failures a server can give, as a person would say them. */
const FAILURE_WORDS = {
    ESERVFAIL: 'SERVFAIL',
    EREFUSED: 'REFUSED',
    ECONNREFUSED: 'connection refused (nothing listening)',
    EFORMERR: 'FORMERR (the server could not read the query)',
    EBADRESP: 'malformed answer',
    ENOTIMP: 'NOTIMP',
    EBADNAME: 'not a valid DNS name',
    ECANCELLED: 'lookup cancelled'
};
/**
 * One query to one server, given exactly `timeoutMs`. A fresh Resolver each time: cancel() ends
 * every query on its resolver, so a shared one would cut short the other lookups in flight.
 */
function ask(server, name, timeoutMs, signal) {
    signal?.throwIfAborted();
    const resolver = new promises_.Resolver({ timeout: timeoutMs, tries: 1 });
    resolver.setServers([server]);
    return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (settle) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            // Closes c-ares' socket for this query; its promise then rejects with ECANCELLED, which
            // the handlers below ignore as the attempt is already settled.
            resolver.cancel();
            settle();
        };
        const onAbort = () => finish(() => reject(signal?.reason));
        // Node notices c-ares' own timeout only on its next timer tick, up to one `timeoutMs` (at
        // most a second) late: this timer holds the attempt to what was configured.
        const timer = setTimeout(() => finish(() => resolve({ failure: 'ETIMEOUT' })), timeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        resolver.resolveCname(name).then((targets) => {
            const values = targets.map((target) => withoutTrailingDot(target).toLowerCase());
            const answer = values.length > 0
                ? { kind: 'present', values }
                : { kind: 'missing', detail: 'no CNAME record' };
            finish(() => resolve({ answer }));
        }, (error) => {
            const raw = error?.code;
            const code = typeof raw === 'string' ? raw : 'EUNKNOWN';
            // Only a server's own answer says the record is gone; anything else is a failure to ask.
            const attempt = code === 'ENOTFOUND'
                ? { answer: { kind: 'missing', detail: 'NXDOMAIN' } }
                : code === 'ENODATA'
                    ? { answer: { kind: 'missing', detail: 'no CNAME record' } }
                    : { failure: code };
            finish(() => resolve(attempt));
        });
    });
}
function createDnsResolver(options) {
    const { timeoutMs, tries } = options;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
        throw new RangeError(`DNS timeout must be a whole number of milliseconds >= 1: ${timeoutMs}`);
    }
    if (!Number.isInteger(tries) || tries < 1) {
        throw new RangeError(`DNS tries must be a whole number >= 1: ${tries}`);
    }
    const configured = options.servers.map(dns_server/* parseDnsServer */.a);
    // The system's list as c-ares read it (resolv.conf), so that they are asked one by one too.
    const servers = configured.length > 0 ? configured : new promises_.Resolver().getServers();
    if (servers.length === 0)
        throw new Error('No DNS servers configured on this system');
    // Fails now, on a list Node would refuse, instead of on every lookup.
    new promises_.Resolver().setServers(servers);
    const label = configured.length === 0 ? 'system' : configured.join(', ');
    // c-ares would do the retries and the moving on to the next server itself, but its wait
    // doubles with each round (200, 400, 800 ms...) and Node 20 has no `maxTimeout` to cap it.
    // Doing them here keeps every attempt to timeoutMs, so this bound holds by construction.
    const deadlineMs = timeoutMs * tries * servers.length;
    // Same outcome, same words (no measured times), so that a report renders the same bytes.
    const describe = (failures, timeouts) => {
        const groups = [];
        for (const [server, code] of failures) {
            const timedOut = timeouts.get(server) ?? 0;
            const what = code === 'ETIMEOUT'
                ? `no answer within ${timeoutMs} ms${timedOut > 1 ? ` x ${timedOut} tries` : ''}`
                : (FAILURE_WORDS[code] ?? 'lookup failed');
            const group = groups.find((g) => g.what === what && g.code === code);
            if (group)
                group.from.push(server);
            else
                groups.push({ what, code, from: [server] });
        }
        return groups
            .map(({ what, code, from }) => `${what} from ${from.join(', ')} (${code})`)
            .join('; ');
    };
    const resolveCname = async (name, signal) => {
        signal?.throwIfAborted();
        const query = withoutTrailingDot(name);
        // c-ares would ask for the root zone's CNAME, which tells nothing about this certificate.
        if (query === '')
            return { kind: 'unknown', detail: 'empty name, not asked (EBADNAME)' };
        const failures = new Map();
        const timeouts = new Map();
        // In c-ares' order: each round asks every server once, and the first that answers decides.
        for (let round = 0; round < tries; round += 1) {
            for (const server of servers) {
                const attempt = await ask(server, query, timeoutMs, signal);
                if ('answer' in attempt)
                    return attempt.answer;
                failures.set(server, attempt.failure);
                if (attempt.failure === 'ETIMEOUT') {
                    timeouts.set(server, (timeouts.get(server) ?? 0) + 1);
                }
            }
        }
        return { kind: 'unknown', detail: describe(failures, timeouts) };
    };
    return { servers: label, deadlineMs, resolveCname };
}

// EXTERNAL MODULE: ./src/credentials/index.ts + 3 modules
var credentials = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/evaluate/index.ts + 2 modules
var evaluate = __webpack_require__(4665);
// EXTERNAL MODULE: ./src/report/json-report.ts + 1 modules
var json_report = __webpack_require__(195);
// EXTERNAL MODULE: ./src/services/index.ts + 24 modules
var services = __webpack_require__(8888);
;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The scan engine that both entry points share: credentials -> collect -> evaluate -> report,
 * over the service plug-ins `services` names. Everything with a side effect (clock, credential
 * sources, AWS clients, log) comes in `deps`.
 */







/** A DNS question's time limit and tries, per server: a validation record answers in ms. */
const DNS_TIMEOUT_MS = 2000;
const DNS_TRIES = 2;
async function scan(settings, deps) {
    const { now } = deps;
    const thresholds = {
        warningDays: settings.warningDays,
        criticalDays: settings.criticalDays
    };
    const registry = deps.services ?? services/* SERVICES */.B;
    const chosen = registry.filter((service) => settings.services.includes(service.name));
    const budgets = deps.budgets ?? shared_budget/* DEFAULT_BUDGETS */.Dm;
    // Sessions expire by AWS's clock, which runs on from the scan's instant.
    const started = performance.now();
    const clock = () => now.getTime() + (performance.now() - started);
    const accounts = await (0,credentials.resolveAccounts)(settings, { budgets, clock, ...deps.credentials });
    const dns = settings.dnsCheck ? dnsResolver(settings, deps.dns) : undefined;
    const inventory = await collectInventory({ accounts, regions: settings.regions, services: chosen, homeRegion: settings.awsRegion }, {
        now,
        thresholds,
        budget: budgets.aws,
        log: deps.log,
        ...(deps.debug === undefined ? {} : { debug: deps.debug }),
        ...(dns === undefined ? {} : { dns }),
        ...deps.collect
    });
    const evaluation = (0,evaluate/* evaluate */._)(inventory, {
        now,
        thresholds,
        ignore: settings.ignore,
        targetCa: settings.targetCa
    }, registry);
    const report = (0,json_report/* buildReport */.FK)({
        evaluation,
        inventory,
        settings,
        thresholds,
        now,
        accounts: accounts.map((account) => account.account)
    });
    return { report, inventory };
}
function dnsResolver(settings, injected) {
    if (injected !== undefined)
        return injected ?? undefined;
    return createDnsResolver({
        servers: settings.dnsServers,
        timeoutMs: DNS_TIMEOUT_MS,
        tries: DNS_TRIES
    });
}


/***/ })

};
