export const id = 417;
export const ids = [417,798];
export const modules = {

/***/ 4931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ formatAwsError),
/* harmony export */   Nh: () => (/* binding */ summarizeAwsError),
/* harmony export */   SP: () => (/* binding */ explainFailure),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony exports NonAwsResponseError, isExpiredToken, isCredentialsRejected, isThrottled */
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

/***/ 1417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectRds: () => (/* binding */ collectRds),
/* harmony export */   describeCas: () => (/* binding */ describeCas)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4931);
/* harmony import */ var _aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1521);
/* harmony import */ var _aws_pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(701);
/* harmony import */ var _shared_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5135);
/**
 * RDS, Aurora, DocumentDB and Neptune share the RDS API: one account and region's instances,
 * Multi-AZ DB clusters, CAs and pending maintenance, plus engine-version facts only where the
 * plug-in's checks will need them.
 */





/** Largest page RDS allows for Describe* calls. */
const PAGE_SIZE = 100;
async function collectRds(client, location, opts) {
    const paging = { client, pageSize: PAGE_SIZE };
    const call = { abortSignal: opts.signal };
    const explain = (err) => (0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAwsError */ .H0)((0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .explainFailure */ .SP)(err, opts.signal));
    // Instances are what the scan is about: without them the region has failed. The other lists
    // only add checks, so a failure there (a permission missing from the role, an API a
    // look-alike endpoint lacks) costs those checks and is reported, not the whole region.
    const incomplete = [];
    const supporting = async (operation, read) => {
        try {
            return await read;
        }
        catch (err) {
            incomplete.push(`${operation}: ${explain(err)}`);
            return [];
        }
    };
    const [instances, clusters, cas, maintenance] = await (0,_shared_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .settleAll */ .j)([
        (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allItems */ .a)((0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeDBInstances)(paging, {}, call), (p) => p.DBInstances).then((list) => list.map((i) => instanceRecord(i, location))),
        supporting('DescribeDBClusters', (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allItems */ .a)((0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeDBClusters)(paging, {}, call), (p) => p.DBClusters).then((list) => list.flatMap((c) => clusterRecord(c, location)))),
        supporting('DescribeCertificates', describeCas(client, location, call)),
        supporting('DescribePendingMaintenanceActions', (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allItems */ .a)((0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.paginateDescribePendingMaintenanceActions)(paging, {}, call), (p) => p.PendingMaintenanceActions).then((list) => list.flatMap((r) => maintenanceRecords(r, location))))
    ]);
    const pairs = new Map();
    for (const instance of instances) {
        if (opts.needsEngineVersion(instance, cas, maintenance)) {
            pairs.set(engineKey(instance.engine, instance.engineVersion), instance);
        }
    }
    const engineVersions = await Promise.all([...pairs.values()].map((instance) => lookUpEngineVersion(client, location, instance, opts).catch((err) => {
        incomplete.push(`DescribeDBEngineVersions (${instance.engine} ${instance.engineVersion}): ` + explain(err));
        return null;
    })));
    return {
        ...location,
        instances,
        clusters,
        cas,
        maintenance,
        engineVersions: engineVersions.filter((v) => v !== null),
        // The calls ran concurrently: sorted, so that the coverage detail (and every rendering of
        // it) is the same whichever failed first.
        incomplete: incomplete.sort()
    };
}
async function describeCas(client, location, call) {
    let defaultCa;
    const certificates = await (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allItems */ .a)((0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.paginateDescribeCertificates)({ client, pageSize: PAGE_SIZE }, {}, call), (page) => {
        defaultCa ??= page.DefaultCertificateForNewLaunches;
        return page.Certificates;
    });
    return certificates.map((c) => ({
        ...location,
        identifier: c.CertificateIdentifier ?? '',
        validFrom: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(c.ValidFrom),
        validTill: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(c.ValidTill),
        customerOverride: c.CustomerOverride ?? false,
        customerOverrideValidTill: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(c.CustomerOverrideValidTill),
        defaultForNewLaunches: defaultCa !== undefined && c.CertificateIdentifier === defaultCa
    }));
}
function instanceRecord(i, location) {
    return {
        ...location,
        identifier: i.DBInstanceIdentifier ?? '',
        arn: i.DBInstanceArn ?? '',
        engine: i.Engine ?? '',
        engineVersion: i.EngineVersion ?? '',
        clusterIdentifier: i.DBClusterIdentifier ?? null,
        caIdentifier: i.CACertificateIdentifier ?? null,
        serverCertCa: i.CertificateDetails?.CAIdentifier ?? null,
        serverCertValidTill: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(i.CertificateDetails?.ValidTill)
    };
}
/** Only Multi-AZ DB clusters carry their own certificate; Aurora's live on its instances. */
function clusterRecord(c, location) {
    if (c.CertificateDetails === undefined)
        return [];
    return [
        {
            ...location,
            identifier: c.DBClusterIdentifier ?? '',
            arn: c.DBClusterArn ?? '',
            engine: c.Engine ?? '',
            engineVersion: c.EngineVersion ?? '',
            caIdentifier: c.CertificateDetails.CAIdentifier ?? null,
            serverCertValidTill: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(c.CertificateDetails.ValidTill)
        }
    ];
}
function maintenanceRecords(resource, location) {
    return (resource.PendingMaintenanceActionDetails ?? []).map((a) => ({
        ...location,
        resourceArn: resource.ResourceIdentifier ?? '',
        action: a.Action ?? '',
        autoAppliedAfterDate: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(a.AutoAppliedAfterDate),
        forcedApplyDate: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(a.ForcedApplyDate),
        currentApplyDate: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_4__/* .isoDate */ ._)(a.CurrentApplyDate),
        optInStatus: a.OptInStatus ?? null,
        description: a.Description ?? null
    }));
}
function engineKey(engine, version) {
    return `${engine}\u0000${version}`;
}
/**
 * One DescribeDBEngineVersions per engine/version the region's flagged instances run. Each
 * region (and account) asks for itself, although the answer is mostly the same everywhere:
 * shared between regions, a refusal would show on a region's row or not by which region asked
 * first, and the same scan would render differently run to run. A failed lookup is noted by the
 * caller: the instances themselves are still reported, only the restart facts are unknown.
 */
async function lookUpEngineVersion(client, location, instance, opts) {
    try {
        return await describeEngineVersion(client, instance.engine, instance.engineVersion, opts.signal);
    }
    catch (err) {
        opts.log?.(`rds ${location.account} ${location.region}: DescribeDBEngineVersions for ` +
            `${instance.engine} ${instance.engineVersion} failed: ${(0,_aws_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAwsError */ .H0)(err)}`);
        throw err;
    }
}
async function describeEngineVersion(client, engine, engineVersion, abortSignal) {
    // IncludeAll: the versions that need attention are often old ones AWS no longer offers.
    const out = await client.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBEngineVersionsCommand({
        Engine: engine,
        EngineVersion: engineVersion,
        IncludeAll: true
    }), { abortSignal });
    const found = (out.DBEngineVersions ?? []).find((v) => v.Engine === engine && v.EngineVersion === engineVersion);
    if (found === undefined)
        return null;
    return {
        engine,
        engineVersion,
        supportsCertificateRotationWithoutRestart: found.SupportsCertificateRotationWithoutRestart ?? null,
        supportedCaIdentifiers: found.SupportedCACertificateIdentifiers ?? []
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
