export const id = 927;
export const ids = [927];
export const modules = {

/***/ 8927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkValidationRecords: () => (/* binding */ checkValidationRecords)
/* harmony export */ });
/* unused harmony export needsDnsCheck */
/* harmony import */ var _shared_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _shared_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5135);
/* harmony import */ var _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2264);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9163);




/** Questions in flight at once, per account and region. */
const DNS_CONCURRENCY = 8;
/** Whether the certificate's validation records are worth asking about now. */
function needsDnsCheck(cert, now, thresholds) {
    if (cert.type !== 'AMAZON_ISSUED' || cert.status !== 'ISSUED')
        return false;
    if ((0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .renewerOf */ .Ky)(cert) !== 'acm')
        return false;
    const starts = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .windowsOf */ .R5)(cert, thresholds).renewalStartsDays;
    const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(cert.notAfter);
    if (starts === null || ms === null)
        return false;
    return !(0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .hasPassed */ .Pc)(ms, now) && (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysLeft */ .H_)(ms, now) <= starts + _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .DNS_CHECK_MARGIN_DAYS */ .Wy;
}
/** Asks DNS for the validation CNAMEs of the certificates that `needsDnsCheck`. */
async function checkValidationRecords(inventory, dns, context) {
    const due = inventory.certificates.filter((cert) => cert.described && needsDnsCheck(cert, context.now, context.thresholds));
    const questions = due.flatMap((cert) => cert.domainValidations.flatMap((validation) => {
        const record = validation.resourceRecord;
        return validation.validationMethod === 'DNS' && record !== null && record.name !== ''
            ? [{ cert, domainName: validation.domainName, record }]
            : [];
    }));
    const unique = [...new Set(questions.map((q) => q.record.name.toLowerCase()))];
    const answers = await (0,_shared_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .mapWithConcurrency */ .W)(unique, DNS_CONCURRENCY, (name) => dns.resolveCname(name, context.signal));
    const byName = new Map(unique.map((name, index) => [name, answers[index]]));
    const checks = new Map();
    for (const { cert, domainName, record } of questions) {
        const answer = byName.get(record.name.toLowerCase());
        if (answer === undefined)
            continue;
        const list = checks.get(cert) ?? [];
        list.push({ domainName, record, answer });
        checks.set(cert, list);
    }
    const checked = {
        ...inventory,
        certificates: inventory.certificates.map((cert) => {
            const list = checks.get(cert);
            return list === undefined ? cert : { ...cert, validationDns: list };
        })
    };
    const note = unansweredNote(checked, dns.servers);
    return note === null ? checked : { ...checked, dnsNote: note };
}
/** The coverage note for records DNS did not answer for (a timeout is not a finding). */
function unansweredNote(inventory, servers) {
    const unknown = inventory.certificates.flatMap((cert) => cert.validationDns.filter((check) => check.answer.kind === 'unknown'));
    if (unknown.length === 0)
        return null;
    const first = unknown[0]?.answer;
    const why = first?.kind === 'unknown' ? first.detail : '';
    return `DNS: ${unknown.length} validation record${unknown.length === 1 ? '' : 's'} not checked (${why}; servers: ${servers})`;
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
