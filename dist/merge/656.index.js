export const id = 656;
export const ids = [656];
export const modules = {

/***/ 4743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _findings_js__WEBPACK_IMPORTED_MODULE_1__.Eg)
/* harmony export */ });
/* unused harmony export evaluate */
/* harmony import */ var _services_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8888);
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

/***/ 6656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MergeError: () => (/* binding */ MergeError),
  describeMerge: () => (/* binding */ describeMerge),
  mergeReports: () => (/* binding */ mergeReports)
});

// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
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

// EXTERNAL MODULE: ./src/report/finding-text.ts
var finding_text = __webpack_require__(11);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * Matrix legs' reports -> the report one scan of all their accounts would have made (pure).
 * The legs must be of one run: the same schema, thresholds, regions, services and shard count;
 * a finding id is unique across legs. A leg whose report is missing is a gap the merged report
 * names (`scope.missingShards`), so that the tracking issue keeps that leg's accounts' findings
 * as "not re-checked" instead of closing them.
 */




/** Legs that cannot be merged: one line naming the files and what differs. */
class MergeError extends Error {
    name = 'MergeError';
}
function mergeReports(legs) {
    const [first] = legs;
    if (first === undefined)
        throw new MergeError('No report to merge.');
    const count = shardCount(first);
    for (const leg of legs.slice(1))
        agree(first, leg);
    const present = new Map();
    for (const leg of legs) {
        const index = shardIndex(leg);
        const other = present.get(index);
        if (other !== undefined) {
            throw new MergeError(`${other} and ${leg.source} are both shard ${leg.report.scope.shard}: each leg must scan another shard.`);
        }
        present.set(index, leg.source);
    }
    const findings = legs.flatMap((leg) => leg.report.findings);
    const seen = new Map();
    for (const leg of legs) {
        for (const finding of leg.report.findings) {
            const other = seen.get(finding.id);
            if (other !== undefined) {
                throw new MergeError(`Finding ${finding.id} is in both ${other} and ${leg.source}: the legs scanned the same account; give each leg its own shard of one count.`);
            }
            seen.set(finding.id, leg.source);
        }
    }
    findings.sort(evaluate_findings/* compareFindings */.Eg);
    const { regions, services } = first.report.scope;
    const missing = Array.from({ length: count }, (_, i) => i + 1)
        .filter((index) => !present.has(index))
        .map((index) => `${index}/${count}`);
    return {
        schemaVersion: 1,
        generatedAt: legs.map((leg) => leg.report.generatedAt).sort()[0] ?? first.report.generatedAt,
        thresholds: { ...first.report.thresholds },
        scope: {
            accounts: [...new Set(legs.flatMap((leg) => leg.report.scope.accounts))].sort(),
            regions: [...regions],
            services: [...services],
            shard: '1/1',
            ...(missing.length > 0 ? { missingShards: missing } : {})
        },
        coverage: sortCoverage(legs.flatMap((leg) => leg.report.coverage), regions, services),
        findings,
        totals: (0,json_report/* reportTotals */.qC)(findings, sumByService(legs.map((leg) => leg.report.totals.resourcesScanned)), legs.reduce((sum, leg) => sum + leg.report.totals.ignored, 0))
    };
}
/** The legs must come from one run's matrix: whatever differs would make the merge a lie. */
function agree(first, leg) {
    const differs = (what, a, b) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new MergeError(`${first.source} and ${leg.source} differ in ${what} (${JSON.stringify(a)} vs ${JSON.stringify(b)}): merge only the legs of one run.`);
        }
    };
    differs('schemaVersion', first.report.schemaVersion, leg.report.schemaVersion);
    differs('thresholds', first.report.thresholds, leg.report.thresholds);
    differs('regions', first.report.scope.regions, leg.report.scope.regions);
    differs('services', first.report.scope.services, leg.report.scope.services);
    differs('shard count', shardCount(first), shardCount(leg));
}
function shardParts(leg) {
    const match = /^(\d+)\/(\d+)$/.exec(leg.report.scope.shard);
    if (match === null) {
        throw new MergeError(`${leg.source} has no shard i/n in its scope: is it a leg's report?`);
    }
    return [Number(match[1]), Number(match[2])];
}
const shardIndex = (leg) => shardParts(leg)[0];
const shardCount = (leg) => shardParts(leg)[1];
/** Per service, the sum over the legs, in the first leg's order (the registry's). */
function sumByService(counts) {
    const sum = {};
    for (const byService of counts) {
        for (const [service, n] of Object.entries(byService))
            sum[service] = (sum[service] ?? 0) + n;
    }
    return sum;
}
/** The merge in one log line: which file was which leg, and which legs were missing. */
function describeMerge(legs, merged) {
    const read = [...legs]
        .sort((a, b) => shardIndex(a) - shardIndex(b))
        .map((leg) => `${leg.report.scope.shard} from ${leg.source}`)
        .join(', ');
    const missing = merged.scope.missingShards ?? [];
    return (`Merged ${(0,finding_text/* plural */.LS)(legs.length, 'leg report')} (${read}): ` +
        `${(0,finding_text/* plural */.LS)(merged.scope.accounts.length, 'account')}, ${(0,finding_text/* plural */.LS)(merged.findings.length, 'finding')}` +
        (missing.length > 0 ? `; missing: shard ${missing.join(', ')}` : ''));
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
