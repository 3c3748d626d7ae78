export const id = 932;
export const ids = [932];
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

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LISTENER_CONCURRENCY: () => (/* binding */ DEFAULT_LISTENER_CONCURRENCY),
  collectElb: () => (/* binding */ collectElb),
  holdsCertificates: () => (/* binding */ holdsCertificates),
  listensForTls: () => (/* binding */ listensForTls)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing/dist-cjs/index.js
var dist_cjs = __webpack_require__(9165);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/aws/failure-tally.ts
var failure_tally = __webpack_require__(4272);
// EXTERNAL MODULE: ./src/aws/pages.ts
var pages = __webpack_require__(701);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
// EXTERNAL MODULE: ./src/shared/shell-quote.ts
var shell_quote = __webpack_require__(2286);
// EXTERNAL MODULE: ./src/services/certificate-uses.ts
var certificate_uses = __webpack_require__(9652);
;// CONCATENATED MODULE: ./src/services/elb/uses.ts


/** ALB/NLB states that serve traffic (`provisioning` does not yet, `failed` never). */
const LIVE_STATES = new Set(['active', 'active_impaired']);
function listenerUses(lb) {
    const live = lb.state === null || LIVE_STATES.has(lb.state);
    return lb.listeners.flatMap((listener) => listener.certificates.map((certificate) => ({
        account: lb.account,
        region: lb.region,
        certificate: certificate.arn,
        endpoint: lb.arn,
        live,
        consumer: consumer(lb, listener, certificate),
        switchSteps: switchSteps(lb, listener, certificate)
    })));
}
function consumer(lb, listener, certificate) {
    const notes = [
        ...(certificate.isDefault ? [] : ['SNI']),
        ...(lb.state !== null && !LIVE_STATES.has(lb.state) ? [lb.state] : [])
    ];
    const dns = lb.dnsName ? ` (${lb.dnsName})` : '';
    const name = `${lb.name}${dns} ${listener.protocol} :${listener.port}`;
    return {
        service: 'elb',
        resourceType: listener.arn === null ? 'classic-load-balancer-listener' : 'load-balancer-listener',
        // A Classic listener has no ARN of its own: its load balancer's and its port name it.
        id: listener.arn ?? `${lb.arn}#${listener.port}`,
        name: notes.length > 0 ? `${name}, ${notes.join(', ')}` : name
    };
}
function switchSteps(lb, listener, certificate) {
    const region = ['--region', lb.region];
    const where = `${lb.name} :${listener.port}`;
    if (listener.arn === null) {
        return [
            {
                summary: `Switch Classic Load Balancer listener ${where} to the new certificate.`,
                command: (0,shell_quote/* command */.G)('aws elb set-load-balancer-listener-ssl-certificate', ['--load-balancer-name', lb.name], ['--load-balancer-port', String(listener.port)], ['--ssl-certificate-id', certificate_uses/* NEW_CERTIFICATE */.X9], region)
            }
        ];
    }
    const arn = ['--listener-arn', listener.arn];
    if (certificate.isDefault) {
        return [
            {
                summary: `Make the new certificate listener ${where}'s default.`,
                command: (0,shell_quote/* command */.G)('aws elbv2 modify-listener', arn, ['--certificates', `CertificateArn=${certificate_uses/* NEW_CERTIFICATE */.X9}`], region)
            }
        ];
    }
    return [
        {
            summary: `Add the new certificate to listener ${where}'s SNI certificates.`,
            command: (0,shell_quote/* command */.G)('aws elbv2 add-listener-certificates', arn, ['--certificates', `CertificateArn=${certificate_uses/* NEW_CERTIFICATE */.X9}`], region)
        },
        {
            summary: `Then take the old one off listener ${where}.`,
            command: (0,shell_quote/* command */.G)('aws elbv2 remove-listener-certificates', arn, ['--certificates', `CertificateArn=${certificate.arn}`], region)
        }
    ];
}

;// CONCATENATED MODULE: ./src/services/elb/reader.ts
/**
 * ELB in one account and region: Classic Load Balancers (their listeners name the certificate in
 * `SSLCertificateId`), then each Application and Network Load Balancer's listeners, and for each
 * HTTPS or TLS listener every certificate it serves (DescribeListenerCertificates: the default
 * and the SNI ones; DescribeListeners gives only the default).
 */






/**
 * ELB's Describe* calls share one bucket per API version, account and region (40, refilled at
 * 10/s), which the clients' pacer (src/aws/pacer.ts) holds them to. A few calls in flight keep
 * a region with hundreds of listeners moving at that pace.
 */
const DEFAULT_LISTENER_CONCURRENCY = 3;
/** The largest page of every ELB Describe* call (PageSize). */
const PAGE_SIZE = 400;
const SECURE_PROTOCOLS = new Set(['HTTPS', 'TLS', 'SSL']);
/** Whether a listener of this protocol holds certificates (DescribeListenerCertificates). */
function holdsCertificates(protocol) {
    return SECURE_PROTOCOLS.has(protocol ?? '');
}
/** Whether a v2 load balancer has TLS listeners to list (a Gateway Load Balancer has none). */
function listensForTls(type) {
    return type === 'application' || type === 'network';
}
async function collectElb(clients, location, opts) {
    const call = { abortSignal: opts.signal };
    // Both lists are needed: without either, the region's listeners are not known.
    const [classic, current] = await (0,pool/* settleAll */.j)([
        (0,pages/* allItems */.a)((0,dist_cjs.paginateDescribeLoadBalancers)({ client: clients.classic }, { PageSize: PAGE_SIZE }, call), (page) => page.LoadBalancerDescriptions),
        (0,pages/* allItems */.a)((0,client_elastic_load_balancing_v2_dist_cjs.paginateDescribeLoadBalancers)({ client: clients.v2 }, { PageSize: PAGE_SIZE }, call), (page) => page.LoadBalancers)
    ]);
    const listing = new failure_tally/* FailureTally */.N('DescribeListeners', opts.signal);
    const certificates = new failure_tally/* FailureTally */.N('DescribeListenerCertificates', opts.signal);
    const withListeners = current.filter((lb) => listensForTls(lb.Type));
    const listened = await (0,pool/* mapWithConcurrency */.W)(withListeners, opts.concurrency, (lb) => listing.attempt(() => (0,pages/* allItems */.a)((0,client_elastic_load_balancing_v2_dist_cjs.paginateDescribeListeners)({ client: clients.v2 }, { LoadBalancerArn: lb.LoadBalancerArn, PageSize: PAGE_SIZE }, call), (page) => page.Listeners), []));
    const listeners = listened.flat();
    const secure = listeners.filter((l) => holdsCertificates(l.Protocol));
    const served = await (0,pool/* mapWithConcurrency */.W)(secure, opts.concurrency, (listener) => 
    // The default certificate that DescribeListeners gave stays when this fails.
    certificates.attempt(() => listenerCertificates(clients.v2, listener, call), null));
    const sni = new Map(secure.map((listener, i) => [listener.ListenerArn, served[i] ?? null]));
    const loadBalancers = [
        ...classic.map((lb) => classicRecord(lb, location)),
        ...current.map((lb) => currentRecord(lb, listeners
            .filter((l) => l.LoadBalancerArn === lb.LoadBalancerArn)
            .map((l) => listenerRecord(l, sni.get(l.ListenerArn) ?? null)), location))
    ];
    const inventory = {
        ...location,
        loadBalancers,
        uses: loadBalancers.flatMap(listenerUses)
    };
    const incomplete = [
        listing.note(withListeners.length, "load balancers' listeners not read"),
        certificates.note(secure.length, "listeners' SNI certificates not read")
    ].filter((note) => note !== null);
    if (incomplete.length > 0)
        inventory.incomplete = incomplete;
    return inventory;
}
async function listenerCertificates(client, listener, call) {
    const certificates = await (0,pages/* allItems */.a)((0,client_elastic_load_balancing_v2_dist_cjs.paginateDescribeListenerCertificates)({ client }, { ListenerArn: listener.ListenerArn, PageSize: PAGE_SIZE }, call), (page) => page.Certificates);
    return certificates.map((c) => ({ arn: c.CertificateArn ?? '', isDefault: c.IsDefault ?? false }));
}
/**
 * A Classic Load Balancer's ARN, which its API never shows but ACM's InUseBy uses. The regions
 * this tool scans are all in the `aws` partition (src/aws/regions.ts).
 */
function classicArn(name, location) {
    return `arn:aws:elasticloadbalancing:${location.region}:${location.account}:loadbalancer/${name}`;
}
function classicRecord(lb, location) {
    const name = lb.LoadBalancerName ?? '';
    return {
        ...location,
        arn: classicArn(name, location),
        name,
        dnsName: lb.DNSName ?? '',
        type: 'classic',
        scheme: lb.Scheme ?? null,
        state: null,
        listeners: (lb.ListenerDescriptions ?? []).map(({ Listener: l }) => ({
            arn: null,
            protocol: l?.Protocol?.toUpperCase() ?? '',
            port: l?.LoadBalancerPort ?? 0,
            certificates: l?.SSLCertificateId ? [{ arn: l.SSLCertificateId, isDefault: true }] : []
        }))
    };
}
function currentRecord(lb, listeners, location) {
    return {
        ...location,
        arn: lb.LoadBalancerArn ?? '',
        name: lb.LoadBalancerName ?? '',
        dnsName: lb.DNSName ?? '',
        type: lb.Type ?? '',
        scheme: lb.Scheme ?? null,
        state: lb.State?.Code ?? null,
        listeners: listeners.sort((a, b) => a.port - b.port)
    };
}
/** A listener with its certificates: the default first, each ARN once. */
function listenerRecord(l, all) {
    const listed = [
        ...(l.Certificates ?? []).map((c) => ({ arn: c.CertificateArn ?? '', isDefault: true })),
        ...(all ?? [])
    ];
    const certificates = [];
    for (const certificate of listed) {
        if (certificate.arn !== '' && !certificates.some((c) => c.arn === certificate.arn)) {
            certificates.push(certificate);
        }
    }
    certificates.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    return {
        arn: l.ListenerArn ?? null,
        protocol: l.Protocol ?? '',
        port: l.Port ?? 0,
        certificates
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
