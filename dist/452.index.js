export const id = 452;
export const ids = [452];
export const modules = {

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ isThrottled),
/* harmony export */   H0: () => (/* binding */ formatAwsError),
/* harmony export */   Nh: () => (/* binding */ summarizeAwsError),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   kB: () => (/* binding */ NonAwsResponseError),
/* harmony export */   pJ: () => (/* binding */ isCredentialsRejected),
/* harmony export */   r_: () => (/* binding */ isExpiredToken),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4646);

/**
 * An answer that is not an AWS API response: an HTML page from a proxy, or a body the SDK could
 * not parse. Its message says so in words a person can act on; the SDK's own parser message
 * (`XML parse error ... inspect the hidden field {error}.$response`) helps nobody.
 */
class NonAwsResponseError extends Error {
    status;
    name = 'NonAwsResponse';
    /** Read by the SDK's retry strategy: a 5xx from a proxy is as transient as AWS's own. */
    $metadata;
    constructor(status) {
        super(nonAwsMessage(status));
        this.status = status;
        this.$metadata = { httpStatusCode: status };
    }
}
function nonAwsMessage(status) {
    return status >= 400
        ? `HTTP ${status} from the endpoint, not an AWS error response`
        : `HTTP ${status} from the endpoint, not an AWS response`;
}
/**
 * The SDK keeps the raw response on errors it could not make sense of: a body that did not
 * parse (`SyntaxError`, "Deserialization error") or an error without an AWS error code
 * (`Unknown`). A service error with a code carries `$response` too, so the name decides.
 */
function isUnreadableAnswer(e) {
    if (!Object.prototype.hasOwnProperty.call(e, '$response'))
        return false;
    const message = typeof e.message === 'string' ? e.message : '';
    return (e.name === 'SyntaxError' ||
        e.name === 'Unknown' ||
        e.name === 'UnknownError' ||
        message.includes('Deserialization error'));
}
function summarizeAwsError(err) {
    const e = typeof err === 'object' && err !== null ? err : {};
    // The HTTP handler keeps an abort signal's reason (a watchdog's IdleTimeout) as the cause.
    if (e.name === 'AbortError' && e.cause instanceof Error)
        return summarizeAwsError(e.cause);
    const status = e.$metadata?.httpStatusCode;
    const httpStatus = typeof status === 'number' ? status : null;
    if (err instanceof NonAwsResponseError || (httpStatus !== null && isUnreadableAnswer(e))) {
        return { code: 'NonAwsResponse', message: nonAwsMessage(httpStatus ?? 0), httpStatus };
    }
    // The SDK names service errors after their code; plain Errors keep `Error` as name and carry
    // a Node `code` when the network failed.
    const name = typeof e.name === 'string' && e.name !== 'Error' ? e.name : undefined;
    const code = name ?? (typeof e.code === 'string' ? e.code : 'Error');
    const message = typeof e.message === 'string' ? e.message : String(err);
    return { code, message: (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(message), httpStatus };
}
/** `Code (HTTP 403): message`, one line; an answer that was not AWS's says just that. */
function formatAwsError(err) {
    const { code, message, httpStatus } = summarizeAwsError(err);
    // Our own words (an answer that was not AWS's, a scan given up) need no code in front.
    if (OWN_CODES.has(code))
        return message;
    const status = httpStatus === null ? '' : ` (HTTP ${httpStatus})`;
    return message === '' || message === code ? `${code}${status}` : `${code}${status}: ${message}`;
}
/**
 * The error that explains a failed call: when the call was aborted because its scan was given
 * up (an idle watchdog, a deadline), that reason, not the SDK's bare "Request aborted".
 */
function explainFailure(err, signal) {
    return signal?.aborted === true && signal.reason instanceof Error ? signal.reason : err;
}
const OWN_CODES = new Set(['NonAwsResponse', 'IdleTimeout', 'DeadlineExceeded', 'RoleNotAssumed']);
/** The caller may not make the call: another attempt (or another resource) gets the same. */
function isAccessDenied(code) {
    return ACCESS_DENIED.has(code);
}
/** The session's credentials have expired: fresh ones make the same call work. */
function isExpiredToken(code) {
    return EXPIRED_TOKEN.has(code);
}
/**
 * The endpoint does not accept the credentials at all. A disabled opt-in region answers this
 * way, but so does an enabled one to a session token from the global STS endpoint, which AWS
 * documents as not valid in opt-in regions: the code alone does not tell them apart.
 */
function isCredentialsRejected(code) {
    return CREDENTIALS_REJECTED.has(code);
}
/** AWS refused the call for the caller's request rate: the same call succeeds a little later. */
function isThrottled(code) {
    return THROTTLED.has(code);
}
const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);
const EXPIRED_TOKEN = new Set(['ExpiredToken', 'ExpiredTokenException']);
const CREDENTIALS_REJECTED = new Set([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'AuthFailure'
]);
/** The throttling codes of AWS's protocols (Query, JSON, REST), as the SDK's retry reads them. */
const THROTTLED = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'SlowDown'
]);


/***/ }),

/***/ 4272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ FailureTally)
/* harmony export */ });
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/**
 * The supporting calls of one read that failed (one DescribeCertificate per certificate, one
 * DescribeListenerCertificates per listener), summed up as one coverage note: the records they
 * were for stay, with what the main list said.
 */

class FailureTally {
    operation;
    signal;
    first = null;
    failed = 0;
    denied = false;
    /**
     * @param operation the call's name in the note (`DescribeCertificate`)
     * @param signal the read's abort signal: an abort is explained as the watchdog's, not AWS's
     */
    constructor(operation, signal) {
        this.operation = operation;
        this.signal = signal;
    }
    /**
     * `call`'s answer, or `fallback` when it fails. After one refusal the rest are not sent: the
     * same role is refused the same call on every resource.
     */
    async attempt(call, fallback) {
        if (this.denied) {
            this.failed += 1;
            return fallback;
        }
        try {
            return await call();
        }
        catch (err) {
            this.first ??= err;
            this.failed += 1;
            if ((0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)((0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .summarizeAwsError */ .Nh)(err).code))
                this.denied = true;
            return fallback;
        }
    }
    /** `DescribeCertificate: AccessDenied: ... (3 of 7 certificates not described)`, or null. */
    note(attempted, missing) {
        if (this.failed === 0)
            return null;
        const error = (0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAwsError */ .H0)((0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .explainFailure */ .SP)(this.first, this.signal));
        return `${this.operation}: ${error} (${this.failed} of ${attempted} ${missing})`;
    }
}


/***/ }),

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isoDate)
/* harmony export */ });
/** An SDK timestamp as the ISO-8601 string the inventory records carry; null when absent. */
function isoDate(value) {
    if (value === undefined || Number.isNaN(value.getTime()))
        return null;
    return value.toISOString();
}


/***/ }),

/***/ 4452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DESCRIBE_CONCURRENCY: () => (/* binding */ DEFAULT_DESCRIBE_CONCURRENCY),
  collectAcm: () => (/* binding */ collectAcm)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-acm/dist-cjs/index.js
var dist_cjs = __webpack_require__(3490);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
// EXTERNAL MODULE: ./src/aws/failure-tally.ts
var failure_tally = __webpack_require__(4272);
// EXTERNAL MODULE: ./src/aws/iso-date.ts
var iso_date = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
;// CONCATENATED MODULE: ./src/services/acm/records.ts
/**
 * The fields only DescribeCertificate (and the DNS check) fill, as a summary leaves them: what
 * every record built from a ListCertificates summary starts with (fresh lists each time).
 */
function undescribed() {
    return {
        described: false,
        inUseBy: [],
        certificateAuthorityArn: null,
        renewalStatus: null,
        renewalStatusReason: null,
        domainValidations: [],
        failureReason: null,
        validationDns: []
    };
}

;// CONCATENATED MODULE: ./src/services/acm/reader.ts
/**
 * ACM in one account and region: every certificate from ListCertificates, and DescribeCertificate
 * only for those whose summary the evaluate stage flags (renewal details, validation, users).
 */






/**
 * DescribeCertificate's published quota is 10 requests/s per account and region, and the
 * clients' pacer (src/aws/pacer.ts) sends them no faster. As many in flight as the quota's
 * burst keep a far region (300 ms a call) at the quota; more would only wait in the pacer.
 */
const DEFAULT_DESCRIBE_CONCURRENCY = 10;
/**
 * ListCertificates returns only RSA_1024 and RSA_2048 certificates unless every key type is
 * asked for, and leaves out ACME certificates unless their origin is.
 */
const ALL_KEY_TYPES = Object.values(dist_cjs.KeyAlgorithm);
const ALL_KEY_PAIR_ORIGINS = Object.values(dist_cjs.CertificateKeyPairOrigin);
/** ListCertificates' largest page (MaxItems). */
const PAGE_SIZE = 1000;
/**
 * Describes start as each page arrives: ListCertificates is paced at 1 request/s, so waiting
 * for the last page would leave the DescribeCertificate quota idle for a second per page.
 */
async function collectAcm(client, location, opts) {
    const call = { abortSignal: opts.signal };
    const failures = new failure_tally/* FailureTally */.N('DescribeCertificate', opts.signal);
    const pages = [];
    let wanted = 0;
    try {
        for await (const page of (0,dist_cjs.paginateListCertificates)({ client, pageSize: PAGE_SIZE }, { Includes: { keyTypes: ALL_KEY_TYPES }, CertificateKeyPairOrigins: ALL_KEY_PAIR_ORIGINS }, call)) {
            const listed = (page.CertificateSummaryList ?? []).map((s) => summaryRecord(s, location));
            const flagged = new Set(listed.filter(opts.needsDescribe));
            wanted += flagged.size;
            pages.push((0,pool/* mapWithConcurrency */.W)(listed, opts.concurrency, (record) => flagged.has(record)
                ? // The summary alone still proves expiry, imported and ineligible: keep it, undescribed.
                    failures.attempt(() => describe(client, record, call), record)
                : Promise.resolve(record)));
            if (pages.length === 1)
                opts.listed?.();
        }
    }
    catch (err) {
        // No describe may outlive the client the engine closes when this read fails.
        await Promise.allSettled(pages);
        throw err;
    }
    const certificates = (await Promise.all(pages)).flat();
    const inventory = {
        ...location,
        certificates: certificates.filter((c) => c !== null)
    };
    const note = failures.note(wanted, 'certificates not described');
    if (note !== null)
        inventory.incomplete = [note];
    return inventory;
}
function summaryRecord(s, location) {
    return {
        ...location,
        arn: s.CertificateArn ?? '',
        domainName: s.DomainName ?? '',
        subjectAlternativeNames: s.SubjectAlternativeNameSummaries ?? [],
        type: s.Type ?? '',
        status: s.Status ?? '',
        notBefore: (0,iso_date/* isoDate */._)(s.NotBefore),
        notAfter: (0,iso_date/* isoDate */._)(s.NotAfter),
        inUse: s.InUse ?? false,
        renewalEligibility: s.RenewalEligibility ?? null,
        keyAlgorithm: s.KeyAlgorithm ?? null,
        keyPairOrigin: s.CertificateKeyPairOrigin ?? null,
        extendedKeyUsages: s.ExtendedKeyUsages ?? [],
        exported: s.Exported ?? false,
        ...undescribed()
    };
}
/**
 * Adds DescribeCertificate's details. A certificate deleted between the list and this call is
 * gone (null); any other error is the caller's to record.
 */
async function describe(client, record, call) {
    let detail;
    try {
        const out = await client.send(new dist_cjs.DescribeCertificateCommand({ CertificateArn: record.arn }), call);
        detail = out.Certificate;
    }
    catch (err) {
        if ((0,aws_error/* summarizeAwsError */.Nh)(err).code === 'ResourceNotFoundException')
            return null;
        throw err;
    }
    if (detail === undefined)
        return record;
    const renewal = detail.RenewalSummary;
    return {
        ...record,
        // The summary lists at most 100 names; the detail has them all.
        subjectAlternativeNames: detail.SubjectAlternativeNames ?? record.subjectAlternativeNames,
        status: detail.Status ?? record.status,
        notBefore: (0,iso_date/* isoDate */._)(detail.NotBefore) ?? record.notBefore,
        notAfter: (0,iso_date/* isoDate */._)(detail.NotAfter) ?? record.notAfter,
        renewalEligibility: detail.RenewalEligibility ?? record.renewalEligibility,
        described: true,
        inUseBy: detail.InUseBy ?? [],
        certificateAuthorityArn: detail.CertificateAuthorityArn ?? null,
        renewalStatus: renewal?.RenewalStatus ?? null,
        renewalStatusReason: renewal?.RenewalStatusReason ?? null,
        domainValidations: (renewal?.DomainValidationOptions ??
            detail.DomainValidationOptions ??
            []).map(domainValidation),
        failureReason: detail.FailureReason ?? null
    };
}
function domainValidation(v) {
    const record = v.ResourceRecord;
    return {
        domainName: v.DomainName ?? '',
        validationMethod: v.ValidationMethod ?? null,
        validationStatus: v.ValidationStatus ?? null,
        validationEmails: v.ValidationEmails ?? [],
        resourceRecord: record === undefined
            ? null
            : { name: record.Name ?? '', type: record.Type ?? '', value: record.Value ?? '' }
    };
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
