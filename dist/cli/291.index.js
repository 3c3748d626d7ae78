export const id = 291;
export const ids = [291];
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

/***/ 5782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ CURRENT_RDS_CAS),
/* harmony export */   gz: () => (/* binding */ RETIRED_RDS_CAS),
/* harmony export */   y3: () => (/* binding */ CURRENT_RDS_CA_PATTERN)
/* harmony export */ });
/**
 * The RDS certificate authorities, as AWS documents them (RDS user guide, "Certificate
 * authorities"): the g1 generation is current since 2021 and its CAs are valid for decades;
 * the dated CAs before it are retired and no longer listed by DescribeCertificates.
 */
/** The current CAs: one per key algorithm. */
const CURRENT_RDS_CAS = [
    'rds-ca-rsa2048-g1',
    'rds-ca-rsa4096-g1',
    'rds-ca-ecc384-g1'
];
/**
 * A CA of the current naming scheme (`rds-ca-<algorithm>-g<generation>`): a later generation
 * that AWS introduces is accepted without waiting for this list to be updated.
 */
const CURRENT_RDS_CA_PATTERN = /^rds-ca-(?:rsa2048|rsa4096|ecc384)-g[1-9]\d*$/;
/** Retired CAs and when they expired in most regions (other dates in a few regions and China). */
const RETIRED_RDS_CAS = {
    'rds-ca-2019': '2024-08-22',
    'rds-ca-2015': '2020-03-05'
};


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ isKnownRegion),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   rr: () => (/* binding */ isOptInRegion),
/* harmony export */   vD: () => (/* binding */ COMMERCIAL_REGIONS)
/* harmony export */ });
/* unused harmony exports GOVCLOUD_REGIONS, CHINA_REGIONS */
/**
 * The AWS regions the `regions` input accepts.
 *
 * Source: the `aws` partition of the endpoint metadata shipped with the installed AWS SDK
 * (`@aws-sdk/core` 3.981, `partitions.js`, which lists ap-east-2, ap-southeast-6, me-west-1 and
 * sa-west-1 beside the older regions), cross-checked against AWS's account-management guide
 * (regions launched after 2019-03-20 are opt-in). Update this list when AWS launches a region;
 * until then a new region is refused with a clear message rather than scanned blindly.
 */
/** Regions enabled in every account. */
const DEFAULT_ENABLED = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-central-1',
    'eu-north-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2'
];
/**
 * Regions an account must enable before use. In an account that has not enabled one, every call
 * fails with an authentication error, which the collect stage reports as `skipped`.
 */
const OPT_IN = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-south-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-west-1',
    'eu-central-2',
    'eu-south-1',
    'eu-south-2',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-west-1'
];
/** Every commercial (`aws` partition) region: what `regions: all` expands to. */
const COMMERCIAL_REGIONS = [...DEFAULT_ENABLED, ...OPT_IN].sort();
/** AWS GovCloud (US): accepted only when named, since they need a separate account. */
const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'];
/** AWS China: accepted only when named, since they need a separate account. */
const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];
const OPT_IN_SET = new Set(OPT_IN);
const KNOWN = new Set([
    ...COMMERCIAL_REGIONS,
    ...GOVCLOUD_REGIONS,
    ...CHINA_REGIONS
]);
/** Whether `region` is any region this tool knows, in any partition. */
function isKnownRegion(region) {
    return KNOWN.has(region);
}
/** Whether an account has to enable `region` before it can be used. */
function isOptInRegion(region) {
    return OPT_IN_SET.has(region);
}
/** The ARN partition a region belongs to: `aws`, `aws-us-gov` or `aws-cn`. */
function partitionOf(region) {
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('cn-'))
        return 'aws-cn';
    return 'aws';
}


/***/ }),

/***/ 3291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/config/config-error.ts

/**
 * A bad input value, found before any AWS call. The message is one line that names the input
 * and shows a valid example, so that the failed step says exactly what to change.
 */
class ConfigError extends Error {
    /** The input (action input name / CLI flag) that was refused. */
    input;
    /** What is wrong with its value, as it reads after the input's name. */
    problem;
    /** A valid value, which the action shows as YAML and the CLI as a flag. */
    example;
    constructor(input, problem, example) {
        super((0,shared_text/* oneLine */.TN)(`Input '${input}' ${problem}. Example: ${input}: ${example}`));
        this.name = 'ConfigError';
        this.input = input;
        this.problem = problem;
        this.example = example;
    }
}
/** Quotes a user-supplied value for an error message, kept on one line and short. */
function quote(value) {
    const flat = (0,shared_text/* oneLine */.TN)(value);
    return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}

// EXTERNAL MODULE: ./src/services/index.ts + 24 modules
var src_services = __webpack_require__(8888);
// EXTERNAL MODULE: ./src/aws/rds-cas.ts
var rds_cas = __webpack_require__(5782);
// EXTERNAL MODULE: ./src/aws/regions.ts
var aws_regions = __webpack_require__(736);
// EXTERNAL MODULE: ./src/shared/dns-server.ts
var dns_server = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/config/fields.ts





/** Splits a comma- and/or newline-separated list, trimming items and dropping empty ones. */
function splitList(value) {
    return value
        .split(/[,\n\r]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function unique(items) {
    return [...new Set(items)];
}
// core.getBooleanInput accepts exactly these spellings (YAML 1.2 core schema booleans).
const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
function parseBoolean(input, value, fallback) {
    const text = value.trim();
    if (text === '')
        return fallback;
    if (TRUE_SPELLINGS.includes(text))
        return true;
    if (FALSE_SPELLINGS.includes(text))
        return false;
    throw new ConfigError(input, `must be true or false, got ${quote(value)}`, String(fallback));
}
/** A whole number of days, at least `min`. */
function parseDays(input, value, fallback, min) {
    const text = value.trim();
    if (text === '')
        return fallback;
    const days = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(days) || days < min) {
        throw new ConfigError(input, `must be a whole number of days, at least ${min}, got ${quote(value)}`, String(fallback));
    }
    return days;
}
const FAIL_ON = ['none', 'warning', 'critical', 'expired'];
function parseFailOn(input, value) {
    const text = value.trim().toLowerCase();
    if (text === '')
        return 'none';
    const found = FAIL_ON.find((level) => level === text);
    if (found === undefined) {
        throw new ConfigError(input, `must be one of ${FAIL_ON.join(', ')}, got ${quote(value)}`, 'critical');
    }
    return found;
}
/**
 * `all` (the default, alone or among names) is every plug-in the registry knows; otherwise the
 * named ones, each a registered plug-in, in the registry's order.
 */
function parseServices(input, value) {
    const known = src_services/* SERVICES */.B.map((service) => service.name);
    const example = known.slice(0, 2).join(',');
    const items = splitList(value.toLowerCase());
    if (value.trim() === '' || items.includes('all'))
        return known;
    for (const item of items) {
        if (!known.includes(item)) {
            throw new ConfigError(input, `lists unknown service ${quote(item)} (known: ${known.join(', ')}, or all)`, example);
        }
    }
    if (items.length === 0)
        throw new ConfigError(input, 'lists no service', example);
    return known.filter((name) => items.includes(name));
}
/**
 * `all` (alone or among named regions) expands to every commercial region; GovCloud and China
 * regions count only when named, because they need credentials of a separate partition.
 */
function parseRegions(input, value) {
    const items = splitList(value.toLowerCase()).flatMap((item) => item.split(/\s+/));
    if (items.length === 0) {
        throw new ConfigError(input, 'lists no region', 'us-east-1,eu-west-1 (or all)');
    }
    const regions = items.flatMap((item) => {
        if (item === 'all')
            return aws_regions/* COMMERCIAL_REGIONS */.vD;
        if (!(0,aws_regions/* isKnownRegion */.Kk)(item)) {
            throw new ConfigError(input, `lists unknown region ${quote(item)}`, 'us-east-1,eu-west-1 (or all)');
        }
        return [item];
    });
    return unique(regions);
}
function parseHomeRegion(input, value) {
    const region = value.trim().toLowerCase() || 'us-east-1';
    if (!(0,aws_regions/* isKnownRegion */.Kk)(region)) {
        throw new ConfigError(input, `is not a known region: ${quote(value)}`, 'us-east-1');
    }
    return region;
}
// arn:<partition>:iam::<12-digit account>:role/<optional/path/>name, with IAM's name charset.
const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/((?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64})$/;
const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/aws-cert-watch';
/** Role ARNs, one per account: two roles in one account would report every finding twice. */
function parseRoleArns(input, value) {
    const seenAccounts = new Set();
    return unique(splitList(value)).map((arn) => {
        const match = ROLE_ARN.exec(arn);
        if (match === null) {
            throw new ConfigError(input, `has a malformed role ARN ${quote(arn)}`, ROLE_EXAMPLE);
        }
        const [, partition = '', account = ''] = match;
        if (seenAccounts.has(account)) {
            throw new ConfigError(input, `names two roles in account ${account}; give one role per account`, ROLE_EXAMPLE);
        }
        seenAccounts.add(account);
        return { arn, partition, account };
    });
}
/** A role's partition must match the STS home region's, or AssumeRole cannot succeed. */
function checkRolePartitions(roleInput, roles, regionInput, homeRegion) {
    const homePartition = (0,aws_regions/* partitionOf */.iQ)(homeRegion);
    const stranger = roles.find((role) => role.partition !== homePartition);
    if (stranger !== undefined) {
        const example = stranger.partition === 'aws-us-gov' ? 'us-gov-west-1' : 'cn-north-1';
        throw new ConfigError(regionInput, `is ${quote(homeRegion)} (partition ${homePartition}), but ${roleInput} ${quote(stranger.arn)} is in partition ${stranger.partition}`, stranger.partition === 'aws' ? 'us-east-1' : example);
    }
}
// STS RoleSessionName: 2-64 characters of [\w+=,.@-].
function parseSessionName(input, value) {
    const name = value.trim() || 'aws-cert-watch';
    if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
        throw new ConfigError(input, `must be 2-64 letters, digits or +=,.@_- characters, got ${quote(value)}`, 'aws-cert-watch');
    }
    return name;
}
/** GitHub refuses label names longer than 50 characters. */
function parseLabels(input, value) {
    const labels = value.trim() === '' ? ['aws-cert-watch'] : unique(splitList(value));
    const tooLong = labels.find((label) => label.length > 50);
    if (tooLong !== undefined) {
        throw new ConfigError(input, `has a label longer than 50 characters: ${quote(tooLong)}`, 'aws-cert-watch,security');
    }
    return labels;
}
/**
 * The key ends up in a hidden marker that finds the tracking issue again, so it is limited to
 * characters that cannot break out of that marker.
 */
function parseIssueKey(input, value) {
    const key = value.trim();
    if (!/^[\w.-]{0,64}$/.test(key)) {
        throw new ConfigError(input, `may hold only letters, digits, '.', '_' and '-' (up to 64), got ${quote(value)}`, 'prod');
    }
    return key;
}
/**
 * The target CA is pasted into remediation commands that users run as is: only a current CA
 * is accepted, since rotating to a retired one (`rds-ca-2019`) would break every fix.
 */
function parseTargetCa(input, value) {
    const ca = value.trim() || 'rds-ca-rsa2048-g1';
    if (rds_cas/* CURRENT_RDS_CA_PATTERN */.y3.test(ca))
        return ca;
    const retired = rds_cas/* RETIRED_RDS_CAS */.gz[ca];
    const why = retired === undefined
        ? `is not a current RDS CA identifier: ${quote(value)}`
        : `names ${quote(ca)}, which is retired (it expired on ${retired} in most regions)`;
    throw new ConfigError(input, `${why}; use one of ${rds_cas/* CURRENT_RDS_CAS */.Kc.join(', ')}`, 'rds-ca-rsa2048-g1');
}
/** ARN glob patterns, one per line or comma-separated. */
function parseIgnore(value) {
    return unique(splitList(value));
}
/** A free-text input with a default for when it is empty. */
function parseText(value, fallback) {
    return value.trim() || fallback;
}
/**
 * The legs' report files: one path or glob per line, as actions/upload-artifact takes `path`
 * (a comma may belong to a glob's `{a,b}`, so it does not separate).
 */
function parseReportPatterns(input, value) {
    const patterns = unique(value
        .split(/[\n\r]/)
        .map((line) => line.trim())
        .filter((line) => line !== ''));
    if (patterns.length === 0) {
        throw new ConfigError(input, "is empty: name the legs' JSON reports, one path or glob per line", 'reports/*.json');
    }
    return patterns;
}
/** `dns-servers`: resolver addresses (`1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`), each once. */
function parseDnsServers(input, value) {
    return unique(splitList(value)).map((server) => {
        try {
            return (0,dns_server/* parseDnsServer */.a)(server);
        }
        catch (error) {
            throw new ConfigError(input, `has ${quote(server)}: ${error.message}`, '1.1.1.1,8.8.8.8:53');
        }
    });
}

;// CONCATENATED MODULE: ./src/config/accounts.ts


const ACCOUNT_ID = /^\d{12}$/;
/** 12-digit account ids, each once, in input order. */
function parseAccountIds(input, value) {
    const ids = [...new Set(splitList(value))];
    const bad = ids.find((id) => !ACCOUNT_ID.test(id));
    if (bad !== undefined) {
        throw new ConfigError(input, `has ${quote(bad)}, which is not a 12-digit account id`, '111111111111,222222222222');
    }
    return ids;
}
/** Empty: the accounts of `role-to-assume`; `organization`; or a list of account ids. */
function parseAccounts(input, value) {
    const text = value.trim();
    if (text === '')
        return { kind: 'roles' };
    if (text.toLowerCase() === 'organization')
        return { kind: 'organization' };
    const ids = parseAccountIds(input, text);
    if (ids.length === 0)
        return { kind: 'roles' };
    return { kind: 'list', ids };
}
// IAM role names: up to 64 of [\w+=,.@-], after an optional path.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function parseRoleName(input, value) {
    const name = value.trim() || 'aws-cert-watch';
    if (!ROLE_NAME.test(name)) {
        throw new ConfigError(input, `must be an IAM role name (optionally after a path), got ${quote(value)}`, 'aws-cert-watch');
    }
    return name;
}
/** GitHub runs at most 256 jobs per workflow run, so no matrix has more legs. */
const MAX_SHARDS = 256;
/** `i/n`: this leg is the i-th of n (1-based); default `1/1`. */
function parseShard(input, value) {
    const text = value.trim();
    if (text === '')
        return { index: 1, count: 1 };
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (match === null || !(index >= 1 && index <= count && count <= MAX_SHARDS)) {
        throw new ConfigError(input, `must be i/n with 1 <= i <= n <= ${MAX_SHARDS}, got ${quote(value)}`, '3/8');
    }
    return { index, count };
}
/**
 * `accounts` other than the role list scans each account through `member-role-name`, assumed
 * from one hub: `role-to-assume` may then name that hub role, not a role per account.
 */
function checkHubRole(accountsInput, accounts, roleInput, roles) {
    if (accounts.kind !== 'roles' && roles.length > 1) {
        throw new ConfigError(roleInput, `names ${roles.length} roles, but with ${accountsInput} set it is the one hub role that assumes member-role-name in each account`, 'arn:aws:iam::111111111111:role/aws-cert-watch-hub');
    }
}
/**
 * A leg (`shard` i/n, n > 1) sees only its share of the accounts: a tracking issue it kept would
 * drop every other leg's findings as fixed. Publishing the issue is the merge action's job.
 */
function checkLegPublishing(shardInput, shard, issueInput, issue) {
    if (shard.count > 1 && issue) {
        throw new ConfigError(issueInput, `is true but ${shardInput} is ${shard.index}/${shard.count}: a leg's tracking issue would list only its own shard's accounts. Set ${issueInput}: false on the legs and keep the issue with the merge action (aws-cert-watch/merge)`, 'false');
    }
}

;// CONCATENATED MODULE: ./src/config/index.ts
/**
 * config: the action's inputs or the CLI's flags -> validated Settings. Nothing here touches AWS;
 * every bad value is refused with a ConfigError before the first call.
 */





function checkThresholds(warningDays, criticalDays) {
    if (criticalDays >= warningDays) {
        throw new ConfigError(contract/* Inputs */.G0.CriticalDays, `(${criticalDays}) must be less than ${contract/* Inputs */.G0.WarningDays} (${warningDays})`, String(Math.min(14, warningDays - 1)));
    }
}
/**
 * Reads every input through `read` (the action passes `actionInput`, the CLI its parsed
 * flags: both keyed by the kebab-case names in `Inputs`; '' means "not given") and validates it.
 * Defaults are those of action.yml, so the CLI and the action behave alike.
 */
function parseSettings(read) {
    const get = (name) => read(name) ?? '';
    const warningDays = parseDays(contract/* Inputs */.G0.WarningDays, get(contract/* Inputs */.G0.WarningDays), 45, 1);
    const criticalDays = parseDays(contract/* Inputs */.G0.CriticalDays, get(contract/* Inputs */.G0.CriticalDays), 14, 0);
    checkThresholds(warningDays, criticalDays);
    const awsRegion = parseHomeRegion(contract/* Inputs */.G0.AwsRegion, get(contract/* Inputs */.G0.AwsRegion));
    const roles = parseRoleArns(contract/* Inputs */.G0.RoleToAssume, get(contract/* Inputs */.G0.RoleToAssume));
    checkRolePartitions(contract/* Inputs */.G0.RoleToAssume, roles, contract/* Inputs */.G0.AwsRegion, awsRegion);
    const accounts = parseAccounts(contract/* Inputs */.G0.Accounts, get(contract/* Inputs */.G0.Accounts));
    checkHubRole(contract/* Inputs */.G0.Accounts, accounts, contract/* Inputs */.G0.RoleToAssume, roles.map((role) => role.arn));
    const shard = parseShard(contract/* Inputs */.G0.Shard, get(contract/* Inputs */.G0.Shard));
    const publishing = parsePublishSettings(get);
    checkLegPublishing(contract/* Inputs */.G0.Shard, shard, contract/* Inputs */.G0.Issue, publishing.issue);
    return {
        regions: parseRegions(contract/* Inputs */.G0.Regions, get(contract/* Inputs */.G0.Regions)),
        services: parseServices(contract/* Inputs */.G0.Services, get(contract/* Inputs */.G0.Services)),
        rolesToAssume: roles.map((role) => role.arn),
        accounts,
        memberRoleName: parseRoleName(contract/* Inputs */.G0.MemberRoleName, get(contract/* Inputs */.G0.MemberRoleName)),
        excludeAccounts: parseAccountIds(contract/* Inputs */.G0.ExcludeAccounts, get(contract/* Inputs */.G0.ExcludeAccounts)),
        shard,
        roleSessionName: parseSessionName(contract/* Inputs */.G0.RoleSessionName, get(contract/* Inputs */.G0.RoleSessionName)),
        audience: parseText(get(contract/* Inputs */.G0.Audience), 'sts.amazonaws.com'),
        awsRegion,
        warningDays,
        criticalDays,
        ...publishing,
        ignore: parseIgnore(get(contract/* Inputs */.G0.Ignore)),
        targetCa: parseTargetCa(contract/* Inputs */.G0.TargetCa, get(contract/* Inputs */.G0.TargetCa)),
        dnsCheck: parseBoolean(contract/* Inputs */.G0.DnsCheck, get(contract/* Inputs */.G0.DnsCheck), true),
        dnsServers: parseDnsServers(contract/* Inputs */.G0.DnsServers, get(contract/* Inputs */.G0.DnsServers))
    };
}
/** The publishing inputs, which the scan and the merge share (same names, same defaults). */
function parsePublishSettings(get) {
    return {
        failOn: parseFailOn(contract/* Inputs */.G0.FailOn, get(contract/* Inputs */.G0.FailOn)),
        githubToken: get(contract/* Inputs */.G0.GithubToken).trim(),
        issue: parseBoolean(contract/* Inputs */.G0.Issue, get(contract/* Inputs */.G0.Issue), true),
        issueTitle: parseText(get(contract/* Inputs */.G0.IssueTitle), 'AWS certificates need action'),
        issueLabels: parseLabels(contract/* Inputs */.G0.IssueLabels, get(contract/* Inputs */.G0.IssueLabels)),
        issueKey: parseIssueKey(contract/* Inputs */.G0.IssueKey, get(contract/* Inputs */.G0.IssueKey)),
        closeWhenClear: parseBoolean(contract/* Inputs */.G0.CloseWhenClear, get(contract/* Inputs */.G0.CloseWhenClear), true),
        reportPath: parseText(get(contract/* Inputs */.G0.ReportPath), 'aws-cert-watch-report.json')
    };
}
/**
 * The merge action's inputs (merge/action.yml) or `aws-cert-watch merge`'s flags, read like
 * parseSettings reads the scan's.
 */
function parseMergeSettings(read) {
    const get = (name) => read(name) ?? '';
    return {
        reports: parseReportPatterns(contract/* MergeInputs */.wW.Reports, get(contract/* MergeInputs */.wW.Reports)),
        ...parsePublishSettings(get)
    };
}
/** The default `paths`: what teams keep Terraform, CloudFormation, CDK output and certificates in. */
const DEFAULT_IAC_PATHS = [
    '**/*.tf',
    '**/*.tf.json',
    '**/*.{yaml,yml,json,template}',
    '**/*.{pem,crt,cer}'
];
/** The iac action's inputs (iac/action.yml) or `aws-cert-watch iac`'s flags. */
function parseIacSettings(read) {
    const get = (name) => read(name) ?? '';
    const warningDays = parseDays(contract/* IacInputs */.ZW.WarningDays, get(contract/* IacInputs */.ZW.WarningDays), 45, 1);
    const criticalDays = parseDays(contract/* IacInputs */.ZW.CriticalDays, get(contract/* IacInputs */.ZW.CriticalDays), 14, 0);
    checkThresholds(warningDays, criticalDays);
    const changedOnly = get(contract/* IacInputs */.ZW.ChangedOnly).trim().toLowerCase();
    const paths = get(contract/* IacInputs */.ZW.Paths).trim();
    return {
        paths: paths === '' ? [...DEFAULT_IAC_PATHS] : parseReportPatterns(contract/* IacInputs */.ZW.Paths, paths),
        changedOnly: changedOnly === '' || changedOnly === 'auto'
            ? 'auto'
            : parseBoolean(contract/* IacInputs */.ZW.ChangedOnly, changedOnly, false),
        failOn: get(contract/* IacInputs */.ZW.FailOn).trim() === ''
            ? 'warning'
            : parseFailOn(contract/* IacInputs */.ZW.FailOn, get(contract/* IacInputs */.ZW.FailOn)),
        targetCa: parseTargetCa(contract/* IacInputs */.ZW.TargetCa, get(contract/* IacInputs */.ZW.TargetCa)),
        sarifPath: get(contract/* IacInputs */.ZW.SarifPath).trim(),
        thresholds: { warningDays, criticalDays },
        awsRegion: parseHomeRegion(contract/* IacInputs */.ZW.AwsRegion, get(contract/* IacInputs */.ZW.AwsRegion)),
        reportPath: parseText(get(contract/* IacInputs */.ZW.ReportPath), 'aws-cert-watch-iac-report.json')
    };
}

// EXTERNAL MODULE: ./src/shared/budget.ts
var budget = __webpack_require__(544);
// EXTERNAL MODULE: ./src/shared/lazy-builtins.ts
var lazy_builtins = __webpack_require__(6608);
// EXTERNAL MODULE: ./src/shared/glob-patterns.ts
var glob_patterns = __webpack_require__(3695);
;// CONCATENATED MODULE: ./src/config/leg-reports.ts
/**
 * The merge's input: the matrix legs' JSON reports that `reports` names (paths or globs), read
 * and checked before anything is published, so that a wrong file costs one line naming it.
 */





/** A leg's report is a few MB at most; anything this big is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * Expands the patterns (`*`, `**`, `?`, `[...]`, `{a,b}`; a leading `!` excludes, as
 * actions/upload-artifact takes them) and reads every file they match, each once, in path order.
 */
async function readLegReports(input, patterns, timeoutMs = budget/* DEFAULT_BUDGETS */.Dm.fileMs) {
    const { glob } = await __webpack_require__.e(/* import() */ 448).then(__webpack_require__.bind(__webpack_require__, 6448));
    const files = new Set();
    const unmatched = [];
    const { includes, excludes } = (0,glob_patterns/* splitGlobPatterns */.w)(patterns);
    for (const pattern of includes) {
        const matched = await (0,budget/* withDeadline */.NE)(glob(pattern, {
            absolute: true,
            ignore: excludes,
            expandDirectories: false,
            onlyFiles: true,
            dot: true,
            signal: AbortSignal.timeout(timeoutMs)
        }), timeoutMs, 'the file system');
        if (matched.length === 0)
            unmatched.push(pattern);
        for (const file of matched)
            files.add(file);
    }
    if (files.size === 0) {
        throw new ConfigError(input, `matches no file (${patterns.join(', ')}): did the legs upload their reports, and were they downloaded here?`, 'reports/*.json');
    }
    const legs = [];
    for (const file of [...files].sort()) {
        // As the user wrote it when under the working directory (reports/leg-3.json), else whole.
        const near = (0,external_node_path_.relative)(process.cwd(), file);
        const source = near === '' || near.startsWith('..') ? file : near;
        const report = await (0,budget/* withDeadline */.NE)(readReport(input, file, source), timeoutMs, 'the file system');
        legs.push({ source, report });
    }
    return { legs, unmatched };
}
async function readReport(input, file, source) {
    const refuse = (problem) => {
        throw new ConfigError(input, `names ${source}, which ${problem}`, 'reports/*.json');
    };
    let text;
    try {
        const { size } = await (0,lazy_builtins/* fsPromises */.GY)().stat(file);
        if (size > MAX_REPORT_BYTES)
            refuse(`is ${size} bytes: not a leg's report`);
        text = await (0,lazy_builtins/* fsPromises */.GY)().readFile(file, 'utf8');
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        return refuse(`cannot be read (${error.message})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return refuse(`is not JSON (${error.message})`);
    }
    const problem = reportShapeProblem(parsed);
    if (problem !== null)
        refuse(`is not an aws-cert-watch report: ${problem}`);
    return parsed;
}
/**
 * What the merge relies on of a report, checked: the first thing that is missing or of the wrong
 * type, or null. (The full contract is the report's schema; this guards the merge's arithmetic.)
 */
function reportShapeProblem(value) {
    if (!isObject(value))
        return 'not a JSON object';
    if (value.schemaVersion !== 1) {
        return typeof value.schemaVersion === 'number'
            ? `schemaVersion ${value.schemaVersion}, and this version of aws-cert-watch reads 1`
            : 'no schemaVersion';
    }
    if (typeof value.generatedAt !== 'string')
        return 'no generatedAt';
    const { thresholds, scope, totals } = value;
    if (!isObject(thresholds) ||
        typeof thresholds.warningDays !== 'number' ||
        typeof thresholds.criticalDays !== 'number') {
        return 'no thresholds';
    }
    if (!isObject(scope))
        return 'no scope';
    for (const list of ['accounts', 'regions', 'services']) {
        if (!isStringArray(scope[list]))
            return `scope.${list} is not a list of strings`;
    }
    if (typeof scope.shard !== 'string')
        return 'no scope.shard (written before shards existed?)';
    if (!Array.isArray(value.coverage) || !value.coverage.every(isObject)) {
        return 'coverage is not a list of rows';
    }
    if (!Array.isArray(value.findings) ||
        !value.findings.every((f) => isObject(f) && typeof f.id === 'string' && typeof f.severity === 'string')) {
        return 'findings is not a list of findings with an id and a severity';
    }
    if (!isObject(totals) ||
        !isObject(totals.resourcesScanned) ||
        !Object.values(totals.resourcesScanned).every((n) => typeof n === 'number') ||
        typeof totals.ignored !== 'number') {
        return 'totals lack resourcesScanned or ignored';
    }
    return null;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/report/finding-text.ts
var finding_text = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/publish/fail-on.ts
/**
 * Whether the step fails, and the one line that says why. Pure: the caller calls setFailed.
 */



/** How many of the worst resources the failure line names before "and N more". */
const NAMED_IN_MESSAGE = 3;
function describe(finding, now) {
    return `${(0,shared_text/* oneLine */.TN)((0,finding_text/* resourceLabel */.bP)(finding))} (${finding.account}/${finding.region}, ${(0,finding_text/* daysLeftText */.oZ)(finding, now)})`;
}
/** Every account/region/service failed and no resource was seen: a scan that did not happen. */
function nothingScanned(report) {
    const sawNothing = Object.values(report.totals.resourcesScanned).every((count) => count === 0);
    return (sawNothing && report.coverage.length > 0 && report.coverage.every((r) => r.status === 'failed'));
}
function failureMessage(report, failOn) {
    if (nothingScanned(report)) {
        const codes = [...new Set(report.coverage.map((row) => (0,shared_text/* oneLine */.TN)(row.detail)))].slice(0, 2);
        return `Nothing could be scanned: every account/region/service failed (${codes.join('; ')}). Check the role's permissions and the regions input.`;
    }
    if (failOn === 'none')
        return null;
    const limit = model_severity/* SEVERITIES */.oC.indexOf(failOn);
    const failing = report.findings.filter((f) => model_severity/* SEVERITIES */.oC.indexOf(f.severity) <= limit);
    if (failing.length === 0)
        return null;
    const named = failing
        .slice(0, NAMED_IN_MESSAGE)
        .map((finding) => describe(finding, new Date(report.generatedAt)))
        .join(', ');
    const more = failing.length > NAMED_IN_MESSAGE ? ` and ${failing.length - NAMED_IN_MESSAGE} more` : '';
    return `${failing.length} resource(s) at or above fail-on '${failOn}': ${named}${more}. See the job summary for the commands that fix them.`;
}

;// CONCATENATED MODULE: ./src/publish/report-file.ts
/**
 * The files a run writes (the JSON report, the CLI's summary file): checked before any AWS call
 * and written within a time limit, so that a bad path costs one clear line up front instead of
 * the whole scan's results at the end.
 */




/**
 * Makes sure `path` can be written: missing parent folders are created one level at a time
 * (Node's recursive mkdir never returns under /proc), an existing file must be a file, and a new
 * one is created and removed again, which is the only test that special file systems answer
 * truthfully (root may "access" /proc for writing and still not create anything there).
 * Returns the absolute path; throws a ConfigError naming `input`.
 */
async function prepareOutputFile(input, path, example, timeoutMs = budget/* DEFAULT_BUDGETS */.Dm.fileMs) {
    const absolute = (0,external_node_path_.resolve)(path);
    const refuse = (problem) => {
        throw new ConfigError(input, `${problem} (path ${absolute})`, example);
    };
    const check = async () => {
        const existing = await statOrNull(absolute);
        if (existing?.isDirectory())
            refuse('is a directory, not a file');
        await makeParents((0,external_node_path_.dirname)(absolute), refuse);
        if (existing !== null) {
            const file = await (0,lazy_builtins/* fsPromises */.GY)()
                .open(absolute, 'r+')
                .catch((err) => refuse(`names a file that cannot be written${errorCode(err)}`));
            await file.close();
            return;
        }
        const probe = await (0,lazy_builtins/* fsPromises */.GY)()
            .open(absolute, 'wx')
            .catch((err) => refuse(`names a file that cannot be created${errorCode(err)}`));
        await probe.close();
        await (0,lazy_builtins/* fsPromises */.GY)().unlink(absolute);
    };
    await (0,budget/* withDeadline */.NE)(check(), timeoutMs, 'the file system').catch((err) => {
        if (err instanceof ConfigError)
            throw err;
        return refuse(`cannot be checked: ${String(err.message)}`);
    });
    return absolute;
}
/** Writes the JSON report and returns its absolute path (the `report-path` output). */
async function writeReportFile(report, path, timeoutMs = budget/* DEFAULT_BUDGETS */.Dm.fileMs) {
    return writeOutputFile(path, `${JSON.stringify(report, null, 2)}\n`, timeoutMs);
}
/** Writes a text file (creating its folders) within the time limit; returns its absolute path. */
async function writeOutputFile(path, text, timeoutMs = budget/* DEFAULT_BUDGETS */.Dm.fileMs) {
    const absolute = (0,external_node_path_.resolve)(path);
    const write = async () => {
        await makeParents((0,external_node_path_.dirname)(absolute), (problem) => {
            throw new Error(`${problem} (${absolute})`);
        });
        await (0,lazy_builtins/* fsPromises */.GY)().writeFile(absolute, text, 'utf8');
    };
    await (0,budget/* withDeadline */.NE)(write(), timeoutMs, `the file system writing ${absolute}`);
    return absolute;
}
/** Creates the missing folders above a file, outermost first, without recursive mkdir. */
async function makeParents(folder, refuse) {
    const missing = [];
    let current = folder;
    for (;;) {
        const found = await statOrNull(current);
        if (found !== null) {
            if (!found.isDirectory())
                refuse(`has a parent that is not a folder: ${current}`);
            break;
        }
        missing.push(current);
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,lazy_builtins/* fsPromises */.GY)()
            .mkdir(dir)
            .catch((err) => {
            if (err.code !== 'EEXIST') {
                refuse(`needs the folder ${dir}, which cannot be created${errorCode(err)}`);
            }
        });
    }
}
async function statOrNull(path) {
    try {
        return await (0,lazy_builtins/* fsPromises */.GY)().stat(path);
    }
    catch {
        return null;
    }
}
/** `: ENOENT`, or '' when the error has no system code. */
function errorCode(err) {
    const code = err.code;
    return typeof code === 'string' ? `: ${code}` : '';
}

// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/report/coverage-order.ts
var coverage_order = __webpack_require__(3123);
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
        coverage: (0,coverage_order/* sortCoverage */.H)(legs.flatMap((leg) => leg.report.coverage), regions, services),
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

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/shared/dates.ts
var dates = __webpack_require__(228);
// EXTERNAL MODULE: ./src/report/command-block.ts
var command_block = __webpack_require__(5875);
;// CONCATENATED MODULE: ./src/report/mermaid-gantt.ts
/**
 * A Mermaid gantt of upcoming expiries for the job summary. Mermaid has its own grammar: in a
 * gantt line `:` ends the task name, `;` and newlines end the statement, `#` and `%%` start
 * comments, and a line starting with a keyword (`section`, `title`, `click`, ...) is not a task.
 * Task names are therefore reduced to a safe alphabet and always start with the service name.
 */



/** Bars beyond this make the chart unreadable; the tables list everything. */
const MAX_GANTT_TASKS = 25;
const TAGS = {
    expired: 'crit, ',
    critical: 'crit, ',
    warning: 'active, ',
    notice: ''
};
/** Letters, digits, space and `. _ / -` survive; anything else becomes a space. */
function mermaidTaskName(text) {
    const safe = text
        .replace(/[^A-Za-z0-9 ._/-]+/g, ' ')
        .replace(/ +/g, ' ')
        .trim();
    return safe.length > 60 ? `${safe.slice(0, 57)}...` : safe;
}
/**
 * The chart's source inside a ```mermaid fence, or '' when nothing is upcoming. Bars run from the
 * scan day to the expiry day; expired findings and findings without a date have no bar.
 */
function renderExpiryGantt(findings, now) {
    // Calendar days: one that expired earlier today has 0 days left yet has passed.
    const upcoming = findings
        .filter((finding) => {
        const ms = (0,dates/* parseInstant */.nV)(finding.expiresAt);
        return ms !== null && !(0,dates/* hasPassed */.Pc)(ms, now);
    })
        .sort((a, b) => Date.parse(a.expiresAt ?? '') - Date.parse(b.expiresAt ?? ''));
    if (upcoming.length === 0)
        return '';
    // The soonest bars, then grouped into one section per severity.
    const shown = upcoming
        .slice(0, MAX_GANTT_TASKS)
        .sort((a, b) => model_severity/* SEVERITIES */.oC.indexOf(a.severity) - model_severity/* SEVERITIES */.oC.indexOf(b.severity));
    const start = now.toISOString().slice(0, 10);
    const lines = ['```mermaid', 'gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d'];
    let section = null;
    shown.forEach((finding, index) => {
        if (finding.severity !== section) {
            section = finding.severity;
            lines.push(`    section ${finding_text/* SEVERITY_TITLES */.Ix[finding.severity]}`);
        }
        const name = mermaidTaskName(`${finding.service} ${(0,finding_text/* resourceLabel */.bP)(finding)}`);
        const days = Math.max(1, finding.daysLeft ?? 1);
        lines.push(`    ${name} :${TAGS[finding.severity]}t${index + 1}, ${start}, ${days}d`);
    });
    lines.push('```');
    const more = upcoming.length - shown.length;
    if (more > 0)
        lines.push('', `The chart shows the ${shown.length} soonest; ${more} more are in the tables.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/service-labels.ts


/** `12 RDS resources and 4 ACM certificates`: each scanned service's count, in the report's order. */
function scannedResources(totals, services = src_services/* SERVICES */.B) {
    return joinAnd(scannedCounts(totals).map(([name, count]) => (0,finding_text/* plural */.LS)(count, find(name, services)?.label.resource ?? `${name} resource`)));
}
/** `12 RDS and 4 ACM`: the counts by service, the resources named once after them. */
function scannedByService(totals, services = SERVICES) {
    return joinAnd(scannedCounts(totals).map(([name, count]) => `${count} ${find(name, services)?.label.short ?? name}`));
}
function scannedCounts({ resourcesScanned, scanned }) {
    return Object.entries(resourcesScanned).filter(([name]) => scanned.includes(name));
}
/** How people name a kind of resource (`DB instance`); the type itself when unknown. */
function resourceTypeLabel(service, resourceType, services = SERVICES) {
    return find(service, services)?.resourceTypes[resourceType] ?? resourceType;
}
/**
 * Who serves a finding's certificate, as people name them (`load balancer listener shop-alb
 * (shop-alb-1.eu-west-1.elb.amazonaws.com) HTTPS :443`): plain text, each renderer escapes it.
 */
function consumerLabels(finding, services = src_services/* SERVICES */.B) {
    return (finding.usedBy ?? []).map((consumer) => {
        const type = find(consumer.service, services)?.resourceTypes[consumer.resourceType];
        return type ? `${type} ${consumer.name}` : consumer.name;
    });
}
/** `Used by a, b and 3 more.`, at most `limit` named; '' when nothing uses it. Plain text. */
function usedBySentence(finding, limit, services = src_services/* SERVICES */.B) {
    const labels = consumerLabels(finding, services);
    if (labels.length === 0)
        return '';
    const shown = labels.slice(0, limit);
    const more = labels.length - shown.length;
    return `Used by ${joinAnd(more > 0 ? [...shown, `${more} more`] : shown)}.`;
}
function find(name, services) {
    return services.find((service) => service.name === name);
}
/** `a`, `a and b`, `a, b and c`. */
function joinAnd(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The GitHub job summary (Markdown + HTML, the raw text core.summary receives), laid out for
 * GitHub's ~1,012 px content column: the headline with the tracking issue's link, a warning
 * callout for what could not be scanned, then per severity a three-column table (resource with
 * its account and region, what is wrong, days left) and under it the fixes as fenced code
 * blocks (which wrap nowhere and have a copy button), coverage, and a gantt of upcoming
 * expiries. GitHub renders raw HTML and Markdown here and core.summary escapes nothing, so
 * every AWS-supplied string goes through escape.ts. The whole text stays under a byte budget by
 * leaving out the least urgent findings first.
 */







/** GitHub's limit is 1 MiB per step; the margin leaves room for what else the step appends. */
const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 32 * 1024;
/** Sections longer than this fold into <details>. */
const LONG_LIST = 10;
function renderSummary(report, options) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const fits = (text) => Buffer.byteLength(text, 'utf8') <= maxBytes;
    const all = report.findings;
    const full = compose(report, all, options, 'full');
    if (fits(full))
        return full;
    // Findings are most urgent first: keep the longest prefix that fits.
    let low = 0;
    let high = all.length - 1;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(compose(report, all.slice(0, mid), options, 'full')))
            low = mid;
        else
            high = mid - 1;
    }
    const trimmed = compose(report, all.slice(0, low), options, 'full');
    if (low > 0 || fits(trimmed))
        return trimmed;
    // Not even the headline and coverage fit: drop the coverage rows that report no problem.
    const compact = compose(report, [], options, 'failures-only');
    return fits(compact) ? compact : truncateUtf8(compact, maxBytes);
}
function compose(report, shown, options, coverage) {
    const parts = [headline(report, options)];
    const warnings = warningCallout(report, options);
    if (warnings !== '')
        parts.push(warnings);
    const omitted = report.findings.slice(shown.length);
    if (omitted.length > 0)
        parts.push(omittedNote(omitted));
    if (report.findings.length === 0)
        parts.push('Nothing needs action.');
    const now = new Date(report.generatedAt);
    for (const severity of model_severity/* SEVERITIES */.oC) {
        const rows = shown.filter((finding) => finding.severity === severity);
        if (rows.length > 0)
            parts.push(severitySection(severity, rows, now, options.services));
    }
    const gantt = renderExpiryGantt(shown, now);
    if (gantt !== '')
        parts.push('### Upcoming expiries', gantt);
    parts.push(coverageSection(report.coverage, coverage));
    return `${parts.join('\n\n')}\n`;
}
function headline(report, { runUrl, services, issue }) {
    const { totals, scope } = report;
    const counts = model_severity/* SEVERITIES */.oC.map((severity) => `${totals[severity]} ${severity}`).join(' · ');
    const tracking = issue !== undefined && 'url' in issue && /^https?:\/\//i.test(issue.url)
        ? ` · Tracking issue <a href="${(0,report_escape/* escapeHtml */.ZD)(issue.url)}">#${issue.number}</a>`
        : '';
    const scanned = `Scanned ${(0,report_escape/* escapeMarkdown */.FV)(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: scope.services }, services))} in ${(0,finding_text/* plural */.LS)(scope.accounts.length, 'account')} × ${(0,finding_text/* plural */.LS)(scope.regions.length, 'region')} (${scope.services.join(', ')}), critical within ${report.thresholds.criticalDays} days, warning within ${report.thresholds.warningDays}.`;
    const ignored = totals.ignored > 0 ? ` ${(0,finding_text/* plural */.LS)(totals.ignored, 'finding')} hidden by \`ignore\` patterns.` : '';
    const link = runUrl && /^https?:\/\//i.test(runUrl)
        ? ` <a href="${(0,report_escape/* escapeHtml */.ZD)(runUrl)}">Workflow run</a>.`
        : '';
    return `## aws-cert-watch\n\n**${counts}**${tracking}\n\n${scanned}${ignored}${link}`;
}
/**
 * Right under the headline, what makes this report incomplete: failed scans (whose resources
 * are missing), shards that did not report, and what publishing could not do. Failed scans are
 * always listed, whatever the size budget.
 */
function warningCallout(report, options) {
    const failed = report.coverage.filter((row) => row.status === 'failed');
    const paragraphs = [];
    if (failed.length > 0) {
        paragraphs.push([
            `**${failed.length} of ${(0,finding_text/* plural */.LS)(report.coverage.length, 'scan')} failed**; their resources are missing from this report:`,
            ...failed.map((row) => `- ${(0,report_escape/* escapeMarkdown */.FV)(row.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(row.region)} · ${(0,report_escape/* escapeMarkdown */.FV)(row.service)}: ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)}`)
        ]);
    }
    const gap = (0,finding_text/* missingShardsText */.Xf)(report.scope.missingShards);
    const issueProblem = options.issue !== undefined && 'problem' in options.issue ? [options.issue.problem] : [];
    for (const text of [gap, ...(options.problems ?? []), ...issueProblem]) {
        if (text !== '')
            paragraphs.push([(0,report_escape/* escapeMarkdown */.FV)(text)]);
    }
    if (paragraphs.length === 0)
        return '';
    const quoted = paragraphs.map((lines) => lines.map((line) => `> ${line}`).join('\n'));
    return `> [!WARNING]\n${quoted.join('\n>\n')}`;
}
function omittedNote(omitted) {
    const counts = (0,finding_text/* countBySeverity */.Ot)(omitted);
    const detail = model_severity/* SEVERITIES */.oC.filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    return `> **Note:** ${omitted.length} less urgent ${omitted.length === 1 ? 'finding is' : 'findings are'} not shown (${detail}): the job summary is limited to 1 MiB. The JSON report lists every finding.`;
}
function severitySection(severity, rows, now, services) {
    const title = `### ${finding_text/* SEVERITY_TITLES */.Ix[severity]} (${rows.length})`;
    const table = [
        '| Resource | What is wrong | Days left |',
        '| --- | --- | --- |',
        ...rows.map((row) => findingRow(row, now, services))
    ].join('\n');
    const fixes = rows
        .map(fixBlock)
        .filter((fix) => fix !== '')
        .join('\n\n');
    const body = fixes === '' ? table : `${table}\n\n**How to fix**\n\n${fixes}`;
    if (rows.length <= LONG_LIST)
        return `${title}\n\n${body}`;
    const open = severity === 'expired' || severity === 'critical' ? ' open' : '';
    return `${title}\n\n<details${open}><summary>${rows.length} findings</summary>\n\n${body}\n\n</details>`;
}
/** Consumers named in a row: the rest are counted (the JSON report and the issue list them). */
const CONSUMERS_IN_ROW = 3;
function findingRow(finding, now, services) {
    const usedBy = usedBySentence(finding, CONSUMERS_IN_ROW, services);
    const where = `${(0,report_escape/* escapeMarkdown */.FV)(finding.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.region)}`;
    const resource = `${(0,report_escape/* codeSpan */.SS)((0,finding_text/* resourceLabel */.bP)(finding))}<br>${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceType)}<br>${where}${usedBy ? `<br>${(0,report_escape/* escapeMarkdown */.FV)(usedBy)}` : ''}`;
    const wrong = finding.reasons
        .map((reason) => `**${(0,report_escape/* escapeMarkdown */.FV)(reason.severity)}** ${(0,report_escape/* escapeMarkdown */.FV)(reason.message)}`)
        .join('<br>');
    const due = (0,finding_text/* dueOf */.IH)(finding, now);
    const date = due.at === null ? '' : `<br>${(0,dates/* formatDay */.im)(due.at)}`;
    // No break inside "6 days left": the column stays as wide as its longest phrase.
    const days = (0,report_escape/* escapeMarkdown */.FV)((0,finding_text/* daysLeftText */.oZ)(finding, now)).replace(/ /g, '&nbsp;');
    return `| ${resource} | ${wrong} | ${days}${date} |`;
}
/**
 * Under the table, the step that fixes each finding with its command in a fenced block; every
 * other step, preparation included, one click away.
 */
function fixBlock(finding) {
    const main = (0,finding_text/* mainStep */.Uq)(finding);
    if (main === undefined)
        return '';
    const step = (summary, command) => `${(0,report_escape/* escapeMarkdown */.FV)(summary)}${command !== '' ? `\n\n${(0,command_block/* commandBlock */.L)(command)}` : ''}`;
    const where = `${(0,report_escape/* escapeMarkdown */.FV)(finding.account)} · ${(0,report_escape/* escapeMarkdown */.FV)(finding.region)}`;
    const inView = `${(0,report_escape/* codeSpan */.SS)((0,finding_text/* resourceLabel */.bP)(finding))} (${where}): ${step(main.summary, main.command)}`;
    if (finding.remediation.length === 1)
        return inView;
    // A list item's lines continue under its text, past the `1. ` marker.
    const item = (marker, text) => `${marker}${text.replace(/\n(?!\n)/g, `\n${' '.repeat(marker.length)}`)}`;
    const all = finding.remediation
        .map((s, index) => item(`${index + 1}. `, step(s.summary, s.command)))
        .join('\n');
    return `${inView}\n\n<details><summary>All ${finding.remediation.length} steps</summary>\n\n${all}\n\n</details>`;
}
/** Which scans ran; the failed ones are listed in the callout at the top. */
function coverageSection(rows, mode) {
    const header = [
        '| Account | Region | Service | Status | Detail |',
        '| --- | --- | --- | --- | --- |'
    ];
    const line = (row) => `| ${(0,report_escape/* escapeMarkdown */.FV)(row.account)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.region)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.service)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.status)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)} |`;
    const failed = rows.filter((row) => row.status === 'failed');
    const rest = rows.filter((row) => row.status !== 'failed');
    const parts = ['### Coverage'];
    if (rows.length === 0)
        parts.push('Nothing was scanned.');
    else if (failed.length > 0) {
        parts.push(`${failed.length} of ${rows.length} scans failed (listed at the top).`);
    }
    else
        parts.push(`All ${rows.length} account × region × service scans succeeded.`);
    if (rest.length > 0) {
        parts.push(mode === 'full'
            ? `<details><summary>${rest.length} scanned without errors</summary>\n\n${[...header, ...rest.map(line)].join('\n')}\n\n</details>`
            : `${rest.length} scans without errors (details left out to fit the size limit).`);
    }
    return parts.join('\n\n');
}
/** Cuts at a byte budget without splitting a UTF-8 sequence; the last resort only. */
function truncateUtf8(text, maxBytes) {
    const note = '\n\n_(truncated to fit the job summary size limit)_\n';
    const budget = Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8'));
    const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
    return `${bytes.toString('utf8').replace(/\uFFFD+$/, '')}${note}`;
}

;// CONCATENATED MODULE: ./src/report/iac-summary.ts



const ORDER = ['expired', 'critical', 'warning', 'notice'];
function renderIacSummary(report, context) {
    const maxBytes = context.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    const now = new Date(report.generatedAt);
    const head = [iac_summary_headline(report, checkedText(context)), failures(report, context.problems ?? [])]
        .filter(Boolean)
        .join('\n\n');
    const parts = [head];
    let size = Buffer.byteLength(head);
    let shown = 0;
    for (const finding of report.findings) {
        const block = findingBlock(finding, now);
        // Room is kept for the closing note on what was left out.
        if (size + Buffer.byteLength(block) + 400 > maxBytes)
            break;
        parts.push(block);
        size += Buffer.byteLength(block) + 2;
        shown += 1;
    }
    const left = report.findings.length - shown;
    if (left > 0) {
        parts.push(`> **Note:** ${(0,finding_text/* plural */.LS)(left, 'less urgent finding')} ${left === 1 ? 'is' : 'are'} not shown: the job summary is limited to 1 MiB. The JSON report and the SARIF file list every finding.`);
    }
    return `${parts.join('\n\n')}\n`;
}
/** `3 files that this pull request changes`, `12 files`. */
function checkedText(context) {
    const files = (0,finding_text/* plural */.LS)(context.filesChecked, 'file');
    return context.changedOnly ? `${files} that this pull request changes` : files;
}
function iac_summary_headline(report, scope) {
    const counts = (0,finding_text/* countBySeverity */.Ot)(report.findings);
    const files = new Set(report.findings.map((finding) => finding.location?.file)).size;
    const bySeverity = ORDER.filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    const result = report.findings.length === 0
        ? 'Nothing to fix in the certificate settings of the infrastructure code.'
        : `**${(0,finding_text/* plural */.LS)(report.findings.length, 'finding')}** in ${(0,finding_text/* plural */.LS)(files, 'file')} (${bySeverity}).`;
    return `## aws-cert-watch: infrastructure code\n\n${result} Checked: ${(0,report_escape/* escapeMarkdown */.FV)(scope)}.`;
}
function failures(report, problems) {
    const failed = report.coverage.filter((row) => row.status === 'failed');
    if (failed.length === 0 && problems.length === 0)
        return '';
    const lines = [
        ...(failed.length === 0 ? [] : [`> ${(0,finding_text/* plural */.LS)(failed.length, 'part')} could not be checked:`]),
        ...failed.map((row) => `> - ${(0,report_escape/* escapeMarkdown */.FV)(row.service)}: ${(0,report_escape/* escapeMarkdown */.FV)(row.detail)}`),
        ...problems.map((problem) => `> ${(0,report_escape/* escapeMarkdown */.FV)(problem)}`)
    ];
    return ['> [!WARNING]', ...lines].join('\n');
}
function findingBlock(finding, now) {
    const where = finding.location === null ? '' : `${finding.location.file} line ${finding.location.line}`;
    const dated = finding.daysLeft === null ? '' : ` · ${(0,finding_text/* daysLeftText */.oZ)(finding, now)}`;
    const lines = [
        `### ${finding.severity}: ${(0,report_escape/* escapeMarkdown */.FV)(where)}${dated}`,
        `${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceType)} ${(0,report_escape/* escapeMarkdown */.FV)(finding.resourceName ?? finding.resourceId)}`,
        '',
        ...finding.reasons.map((reason) => `- ${(0,report_escape/* escapeMarkdown */.FV)(reason.message)}`)
    ];
    for (const step of finding.remediation) {
        lines.push('', `**Fix:** ${(0,report_escape/* escapeMarkdown */.FV)(step.summary)}`);
        if (step.command !== '')
            lines.push('', (0,report_escape/* codeBlock */.DV)(step.command, fenceLanguage(finding, step.command)));
    }
    return lines.join('\n');
}
/** The fence's language for highlighting: the file's, or shell for a command. */
function fenceLanguage(finding, command) {
    if ((0,finding_text/* isShellCommand */.g2)(command))
        return 'sh';
    const file = finding.location?.file ?? '';
    if (/cdk\.out\//.test(file))
        return 'ts';
    if (file.endsWith('.tf'))
        return 'hcl';
    if (file.endsWith('.json'))
        return 'json';
    return /\.ya?ml$/.test(file) ? 'yaml' : '';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/iac/checks/reasons.ts
const IAC_REASONS = [
    {
        code: 'iac-rds-ca-outdated',
        severity: 'expired',
        meaning: 'a DB instance or cluster pins a retired CA, or one that is not current (warning when only the known list says so; with AWS credentials DescribeCertificates decides), or leaves it unset where the account default is known to be bad'
    },
    {
        code: 'iac-acm-email-validation',
        severity: 'warning',
        meaning: 'an ACM certificate validated by e-mail (CloudFormation’s default when `ValidationMethod` is omitted): every renewal waits for someone to click an approval mail'
    },
    {
        code: 'iac-certificate-file-expired',
        severity: 'expired',
        meaning: 'a certificate in a repository file, or the body of an IAM server certificate, has expired'
    },
    {
        code: 'iac-certificate-file-expiring',
        severity: 'warning',
        meaning: 'a certificate in a repository file, or the body of an IAM server certificate, expires within `warning-days` (critical within `critical-days`); nobody renews it'
    }
];

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * Infrastructure-code findings as SARIF 2.1.0, for github/codeql-action/upload-sarif: one rule
 * per reason code, one result per reason of a finding, each at its file and line. GitHub's
 * limits (docs.github.com, "SARIF support for code scanning"): at most 25,000 results per run
 * and 10 MB gzip-compressed per upload; the most urgent are kept and the run says how many were
 * left out. A finding without a file location is never emitted (code scanning would reject it).
 */




const SARIF_RESULT_LIMIT = 25_000;
const SARIF_GZIP_BYTES_LIMIT = 10 * 1024 * 1024;
const LEVEL = {
    expired: 'error',
    critical: 'error',
    warning: 'warning',
    notice: 'note'
};
/** Code scanning ranks security alerts by this score (critical >= 9.0, high >= 7.0, medium >= 4.0). */
const SECURITY_SEVERITY = {
    expired: '9.0',
    critical: '8.0',
    warning: '5.0',
    notice: '2.0'
};
/** The iac check's SARIF, as the action's `sarif-path` and the CLI's `--sarif-path` write it. */
function renderIacSarif(report) {
    return renderSarif(report, { rules: IAC_REASONS, informationUri: contract/* PROJECT_URL */.w5 });
}
function renderSarif(report, options) {
    const rules = [...options.rules].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]));
    const all = report.findings.flatMap((finding) => results(finding, ruleIndex));
    const limit = options.gzipBytesLimit ?? SARIF_GZIP_BYTES_LIMIT;
    let kept = Math.min(all.length, SARIF_RESULT_LIMIT);
    for (;;) {
        const text = `${JSON.stringify(log(rules, all.slice(0, kept), all.length - kept, options), null, 2)}\n`;
        if (kept === 0 || (0,external_node_zlib_.gzipSync)(text).length <= limit)
            return text;
        kept = Math.floor(kept / 2);
    }
}
function log(rules, kept, leftOut, options) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'aws-cert-watch',
                        informationUri: options.informationUri,
                        rules: rules.map((rule) => descriptor(rule, options.informationUri))
                    }
                },
                automationDetails: { id: 'aws-cert-watch/iac/' },
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(leftOut > 0
                            ? {
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${leftOut} less urgent results were left out to stay within GitHub's limits; the JSON report has them all.`
                                        }
                                    }
                                ]
                            }
                            : {})
                    }
                ],
                results: kept
            }
        ]
    };
}
function descriptor(rule, informationUri) {
    const text = sentence(rule.meaning);
    return {
        id: rule.code,
        name: rule.code.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c) => c.toUpperCase()),
        shortDescription: { text },
        fullDescription: { text },
        helpUri: `${informationUri}#infrastructure-code-on-pull-requests`,
        help: { text, markdown: text },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: {
            tags: ['security', 'tls', 'certificates'],
            precision: 'very-high',
            'security-severity': SECURITY_SEVERITY[rule.severity]
        }
    };
}
function results(finding, ruleIndex) {
    const location = finding.location;
    if (location === null)
        return [];
    const fix = finding.remediation[0];
    const fixText = fix === undefined ? '' : ` Fix: ${fix.summary}${fix.command === '' ? '' : ` ${fix.command}`}`;
    return finding.reasons.map((reason) => ({
        ruleId: reason.code,
        ruleIndex: ruleIndex.get(reason.code) ?? -1,
        level: LEVEL[reason.severity],
        message: { text: `${reason.message}${fixText}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: fileUri(location.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: location.line }
                }
            }
        ],
        partialFingerprints: {
            'awsCertWatchFinding/v1': (0,external_node_crypto_.createHash)('sha256')
                .update(`${finding.id}\u0000${reason.code}`)
                .digest('hex')
        },
        properties: { severity: reason.severity, resource: finding.resourceId }
    }));
}
/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function sentence(text) {
    const first = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?]$/.test(first) ? first : `${first}.`;
}

;// CONCATENATED MODULE: ./src/report/table.ts
/**
 * The CLI's terminal rendering: one block per finding, then coverage failures, then totals.
 * Every AWS-supplied string passes through `oneLine`, so none can move the cursor, recolour the
 * terminal or start a line of its own.
 */




const COLORS = {
    expired: '\u001b[1;31m',
    critical: '\u001b[31m',
    warning: '\u001b[33m',
    notice: '\u001b[36m',
    dim: '\u001b[2m',
    bold: '\u001b[1m'
};
const RESET = '\u001b[0m';
function renderTable(report, options = {}) {
    const paint = (style, text) => options.color ? `${COLORS[style]}${text}${RESET}` : text;
    const lines = [];
    const { totals } = report;
    lines.push(paint('bold', `aws-cert-watch: ${model_severity/* SEVERITIES */.oC.map((severity) => `${totals[severity]} ${severity}`).join(', ')}`));
    if (report.findings.length === 0)
        lines.push('', 'Nothing needs action.');
    const now = new Date(report.generatedAt);
    for (const finding of report.findings) {
        lines.push('', ...table_findingBlock(finding, now, paint, options.services));
    }
    const failures = report.coverage.filter((row) => row.status === 'failed');
    if (failures.length > 0) {
        lines.push('', paint('bold', 'Not scanned (errors):'));
        for (const row of failures) {
            lines.push(`  ✗ ${(0,shared_text/* oneLine */.TN)((0,finding_text/* coverageRowPlace */.y8)(row))}: ${(0,shared_text/* oneLine */.TN)(row.detail)}`);
        }
    }
    const gap = (0,finding_text/* missingShardsText */.Xf)(report.scope.missingShards);
    if (gap !== '')
        lines.push('', paint('bold', (0,shared_text/* oneLine */.TN)(gap)));
    const ignored = totals.ignored > 0 ? `; ${totals.ignored} ignored by pattern` : '';
    if (report.scope.accounts.length === 0 && report.scope.regions.length === 0) {
        // Infrastructure code: files read, not accounts and regions.
        const read = report.coverage
            .filter((row) => row.status === 'ok')
            .map((row) => `${row.service}: ${(0,shared_text/* oneLine */.TN)(row.detail)}`);
        lines.push('', `Checked ${read.length === 0 ? 'no file' : read.join('; ')}.`);
        return `${lines.join('\n')}\n`;
    }
    lines.push('', `Scanned ${(0,shared_text/* oneLine */.TN)(scannedResources({ resourcesScanned: totals.resourcesScanned, scanned: report.scope.services }, options.services))} in ${(0,finding_text/* plural */.LS)(report.scope.accounts.length, 'account')} x ${(0,finding_text/* plural */.LS)(report.scope.regions.length, 'region')}${ignored}.`);
    return `${lines.join('\n')}\n`;
}
function table_findingBlock(finding, now, paint, services) {
    const severity = paint(finding.severity, finding.severity.toUpperCase().padEnd(8));
    const where = finding.location === null
        ? `${(0,shared_text/* oneLine */.TN)(finding.account)} / ${(0,shared_text/* oneLine */.TN)(finding.region)}`
        : `${(0,shared_text/* oneLine */.TN)(finding.location.file)}:${finding.location.line}`;
    const lines = [
        `${severity} ${paint('bold', (0,shared_text/* oneLine */.TN)((0,finding_text/* resourceLabel */.bP)(finding)))}  (${(0,shared_text/* oneLine */.TN)(finding.resourceType)}, ${where})  ${(0,finding_text/* daysLeftText */.oZ)(finding, now)}`
    ];
    if (finding.resourceArn !== '')
        lines.push(paint('dim', `         ${(0,shared_text/* oneLine */.TN)(finding.resourceArn)}`));
    for (const consumer of consumerLabels(finding, services)) {
        lines.push(`  Used by ${(0,shared_text/* oneLine */.TN)(consumer)}`);
    }
    for (const reason of finding.reasons) {
        lines.push(`  - [${reason.severity}] ${reason.code}: ${(0,shared_text/* oneLine */.TN)(reason.message)}`);
    }
    if (finding.remediation.length > 0)
        lines.push('  Fix:');
    finding.remediation.forEach((step, index) => {
        lines.push(`    ${index + 1}. ${(0,shared_text/* oneLine */.TN)(step.summary)}`);
        // Infrastructure code's fix is a line to write in the file, not a command to run.
        const prompt = finding.location === null || (0,finding_text/* isShellCommand */.g2)(step.command) ? '$' : '>';
        if (step.command !== '')
            lines.push(`       ${prompt} ${(0,shared_text/* oneLine */.TN)(step.command)}`);
    });
    return lines;
}

// EXTERNAL MODULE: ./src/shared/shell-quote.ts
var shell_quote = __webpack_require__(2286);
;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Whether the table is coloured. --no-color wins; then FORCE_COLOR (set: colour even into a
 * pipe, unless it is 0 or false), before NO_COLOR (any non-empty value: none,
 * https://no-color.org) as Node orders them; otherwise only on a terminal.
 */
function wantsColor(env, isTty, noColorFlag) {
    if (noColorFlag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return isTty;
}

// EXTERNAL MODULE: ./src/cli/error-line.ts
var error_line = __webpack_require__(5267);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/aws/aws-error.ts
var aws_error = __webpack_require__(4931);
;// CONCATENATED MODULE: ./src/cli/scan-failure.ts
/**
 * Why a scan could not start, told to a person at a workstation: what failed, and what to try
 * there (a profile, `aws sso login`, the network). The SDK's error names and Node's network
 * codes decide, never the wording of a message.
 */


/** The SDK's default chain found no credentials (or an SSO profile's token is missing or stale). */
const NO_CREDENTIALS = new Set(['CredentialsProviderError', 'TokenProviderError']);
/** No connection was made: refused, no such host, no route. */
const UNREACHABLE = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ECONNRESET',
    'EPIPE'
]);
/**
 * A connection that never answered: the HTTP handler's connect or socket time limit
 * (`TimeoutError`, `ETIMEDOUT`), or the scan's own deadlines.
 */
const NO_ANSWER = new Set(['TimeoutError', 'ETIMEDOUT', 'IdleTimeout', 'DeadlineExceeded']);
/** Codes with which AWS answered that it does not accept the credentials it was sent. */
const REFUSED = new Set(['SignatureDoesNotMatch', 'InvalidAccessKeyId']);
const PROFILE_HINT = 'set AWS_PROFILE to a profile of ~/.aws/config (for an SSO profile, run "aws sso login" first) ' +
    'or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; --role-to-assume ARN then assumes a role with them';
const NETWORK_HINT = 'check the network connection (and AWS_ENDPOINT_URL, if it is set); nothing says the credentials are wrong';
function explainScanFailure(error) {
    for (const cause of causes(error)) {
        const { code, httpStatus } = (0,aws_error/* summarizeAwsError */.Nh)(cause);
        const said = (0,aws_error/* formatAwsError */.H0)(cause);
        if (NO_CREDENTIALS.has(code)) {
            return { what: `no AWS credentials found (${said})`, hint: PROFILE_HINT };
        }
        if (UNREACHABLE.has(code))
            return { what: `could not reach AWS (${said})`, hint: NETWORK_HINT };
        if (NO_ANSWER.has(code))
            return { what: `AWS did not answer (${said})`, hint: NETWORK_HINT };
        if (httpStatus !== null && (0,aws_error/* isExpiredToken */.r_)(code)) {
            return {
                what: `the AWS credentials have expired (${said})`,
                hint: 'run "aws sso login" (or get new credentials) and try again'
            };
        }
        if (httpStatus !== null && ((0,aws_error/* isCredentialsRejected */.pJ)(code) || REFUSED.has(code))) {
            return {
                what: `AWS refused the credentials (${said})`,
                hint: 'check which ones are in use (AWS_PROFILE, AWS_ACCESS_KEY_ID) and that the keys are current'
            };
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    return { what: (0,shared_text/* oneLine */.TN)(message), hint: 'run it again with --debug for the details' };
}
/** The error and what caused it, outermost first: the SDK's own error sits under our wording. */
function causes(error) {
    const chain = [];
    for (let current = error; current !== undefined && !chain.includes(current);) {
        chain.push(current);
        current = current instanceof Error ? current.cause : undefined;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/cli/command.ts
/**
 * A command (scan or merge) over the same stages as the actions: config -> scan (or the merge of
 * matrix legs' reports) -> a rendering on stdout, and optionally the JSON report and the
 * job-summary Markdown as files. Credentials come from the SDK's default chain (or AssumeRole
 * with --role-to-assume). Every failure is one line on stderr; the exit code says which kind
 * (src/cli/exit-codes.ts).
 */



















/** A refused value, with its example as the flag it is on the command line. */
function configErrorLine(error) {
    const example = /\s/.test(error.example) ? error.example : (0,shell_quote/* shellQuote */.Z)(error.example);
    return (0,error_line/* errorLine */.B)(`--${error.input} ${error.problem}`, `example: --${error.input} ${example}`);
}
async function runCommand(line, io) {
    const { command, operands, flags, format, debug } = line;
    const verbose = (message) => io.stderr(`${message}\n`);
    const summaryPath = flags['summary-path'];
    let produce;
    let settings;
    // The job summary's Markdown (--format markdown, --summary-path) for the report.
    let markdown = (report) => renderSummary(report, {});
    // --sarif-path of the iac command; '' for none.
    let sarifPath = '';
    try {
        if (command === 'iac') {
            const paths = await operandPatterns(operands, io.env.GITHUB_WORKSPACE || process.cwd());
            const iacSettings = parseIacSettings((name) => name === contract/* IacInputs */.ZW.Paths ? [flags[name] ?? '', ...paths].join('\n') : (flags[name] ?? ''));
            settings = iacSettings;
            sarifPath = iacSettings.sarifPath;
            let checked = { filesChecked: 0, changedOnly: false };
            markdown = (report) => renderIacSummary(report, checked);
            produce = async () => {
                const [{ checkIac }, { iacRunFromEnvironment }] = [
                    await __webpack_require__.e(/* import() */ 780).then(__webpack_require__.bind(__webpack_require__, 2780)),
                    await __webpack_require__.e(/* import() */ 503).then(__webpack_require__.bind(__webpack_require__, 2503))
                ];
                const outcome = await checkIac(await iacRunFromEnvironment(iacSettings, io.env, io.now(), verbose));
                checked = outcome;
                return outcome.report;
            };
        }
        else if (command === 'scan') {
            const scanSettings = parseSettings((name) => {
                if (name === contract/* Inputs */.G0.Regions) {
                    return flags[name] ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1';
                }
                // The CLI keeps no tracking issue (it prints); a shard leg is no exception.
                if (name === contract/* Inputs */.G0.Issue)
                    return 'false';
                return flags[name] ?? '';
            });
            settings = scanSettings;
            produce = async () => {
                // The AWS SDK loads only for a scan whose values are good, and files writable.
                const { scan } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(546), __webpack_require__.e(587)]).then(__webpack_require__.bind(__webpack_require__, 5587));
                // Loaded with the scan already; one after the other, since jest's ESM loader fails
                // two imports at once that share a module not loaded yet.
                const { workstationCredentialDeps } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 7546));
                const result = await scan(scanSettings, {
                    now: io.now(),
                    log: verbose,
                    ...(debug ? { debug: verbose } : {}),
                    credentials: workstationCredentialDeps(verbose, io.env)
                });
                return result.report;
            };
        }
        else {
            const mergeSettings = parseMergeSettings((name) => name === contract/* MergeInputs */.wW.Reports
                ? [flags[name] ?? '', ...operands].join('\n')
                : (flags[name] ?? ''));
            settings = mergeSettings;
            const { legs, unmatched } = await readLegReports(contract/* MergeInputs */.wW.Reports, mergeSettings.reports);
            for (const pattern of unmatched)
                verbose(`No report matches ${pattern}`);
            const merged = mergeReports(legs);
            verbose(describeMerge(legs, merged));
            produce = async () => merged;
        }
        // Files that cannot be written are refused before any AWS call, like any other bad option.
        await prepareFiles(flags, settings, summaryPath);
        if (sarifPath !== '') {
            await prepareOutputFile(contract/* IacInputs */.ZW.SarifPath, sarifPath, 'aws-cert-watch.sarif');
        }
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr(configErrorLine(error));
            return exit_codes/* EXIT_USAGE */.Ri;
        }
        if (error instanceof MergeError) {
            io.stderr((0,error_line/* errorLine */.B)(error.message));
            return exit_codes/* EXIT_USAGE */.Ri;
        }
        return notScanned(error, io, debug);
    }
    let report;
    try {
        report = await produce();
    }
    catch (error) {
        return notScanned(error, io, debug);
    }
    if (format === 'json')
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'markdown')
        io.stdout(`${markdown(report)}\n`);
    else {
        const color = wantsColor(io.env, io.isTty, line.noColor);
        io.stdout(`${renderTable(report, { color })}\n`);
    }
    const problems = [];
    const written = async (what, write) => {
        try {
            verbose(`${what} written to ${await write()}`);
        }
        catch (error) {
            problems.push((0,shared_text/* oneLine */.TN)(`The ${what} could not be written: ${error.message}.`));
        }
    };
    if (flags[contract/* Inputs */.G0.ReportPath] !== undefined) {
        await written('JSON report', () => writeReportFile(report, settings.reportPath));
    }
    if (summaryPath !== undefined) {
        await written('Job summary Markdown', () => writeOutputFile(summaryPath, markdown(report)));
    }
    if (sarifPath !== '') {
        await written('SARIF file', () => writeOutputFile(sarifPath, renderIacSarif(report)));
    }
    const failure = failureMessage(report, settings.failOn);
    for (const line of [...problems, ...(failure === null ? [] : [failure])])
        io.stderr(`${line}\n`);
    if (problems.length > 0 || nothingScanned(report))
        return exit_codes/* EXIT_NOT_SCANNED */.es;
    return failure !== null ? exit_codes/* EXIT_FINDINGS */.cB : exit_codes/* EXIT_OK */.Ij;
}
/** No credentials, no network, or a bug: one line that says what to do, not a stack trace. */
function notScanned(error, io, debug) {
    const { what, hint } = explainScanFailure(error);
    io.stderr((0,error_line/* errorLine */.B)(what, hint));
    if (debug)
        io.stderr(`${(0,external_node_util_.inspect)(error)}\n`);
    return exit_codes/* EXIT_NOT_SCANNED */.es;
}
/**
 * `aws-cert-watch iac infra/ stacks/site.yaml`: a directory means the default patterns under
 * it, anything else is a path or glob as `--paths` takes it, both made relative to the checked
 * directory (the working directory, or GITHUB_WORKSPACE), which findings' files are named from.
 */
async function operandPatterns(operands, root) {
    const patterns = [];
    for (const operand of operands) {
        const inRoot = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(operand));
        if (inRoot === '..' || inRoot.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inRoot)) {
            throw new ConfigError(contract/* IacInputs */.ZW.Paths, `names ${JSON.stringify(operand)}, outside the directory checked (${root}): run aws-cert-watch iac from the repository's root`, 'infra/');
        }
        const path = inRoot.split(external_node_path_.sep).join('/');
        const isDirectory = await (0,promises_.stat)(operand).then((found) => found.isDirectory(), () => false);
        if (!isDirectory)
            patterns.push(path);
        else
            patterns.push(...DEFAULT_IAC_PATHS.map((p) => (path === '' ? p : `${path}/${p}`)));
    }
    return patterns;
}
/** --report-path and --summary-path, when given, must be writable before the work starts. */
async function prepareFiles(flags, settings, summaryPath) {
    if (flags[contract/* Inputs */.G0.ReportPath] !== undefined) {
        await prepareOutputFile(contract/* Inputs */.G0.ReportPath, settings.reportPath, 'report.json');
    }
    if (summaryPath !== undefined) {
        await prepareOutputFile('summary-path', summaryPath, 'summary.md');
    }
}


/***/ }),

/***/ 7825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   c_: () => (/* binding */ assembleFinding)
/* harmony export */ });
/* unused harmony exports findingId, sortReasons */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _shared_dates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);


/**
 * One finding from a resource's reasons (at least one). The id is built from fields that do not
 * change between runs, because it keys the tracking issue's checkboxes.
 */
function assembleFinding(subject, reasons, expiresAt, remediation, now) {
    const sorted = sortReasons(reasons);
    const severity = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mostUrgent */ .tH)(...sorted.map((reason) => reason.severity));
    if (severity === null)
        throw new Error(`no reason for ${subject.resourceArn}`);
    const expiresMs = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(expiresAt);
    const finding = {
        id: findingId(subject),
        source: subject.location === undefined ? 'aws' : 'iac',
        service: subject.service,
        resourceType: subject.resourceType,
        resourceId: subject.resourceId,
        resourceArn: subject.resourceArn,
        account: subject.account,
        region: subject.region,
        severity,
        expiresAt: expiresMs === null ? null : new Date(expiresMs).toISOString(),
        daysLeft: expiresMs === null ? null : (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .daysLeft */ .H_)(expiresMs, now),
        reasons: sorted,
        remediation: dedupeSteps(remediation),
        location: subject.location === undefined ? null : { ...subject.location }
    };
    if (subject.resourceName !== undefined && subject.resourceName !== subject.resourceId) {
        finding.resourceName = subject.resourceName;
    }
    return finding;
}
function findingId(subject) {
    if (subject.location !== undefined)
        return `iac:${subject.location.file}:${subject.resourceId}`;
    return `${subject.service}:${subject.account}:${subject.region}:${subject.resourceId}`;
}
/** Most urgent first; equal severities keep the rules' order (a stable sort). */
function sortReasons(reasons) {
    return [...reasons].sort((a, b) => (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) - (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity));
}
/** Severity, then expiry (soonest first, no date last), then id: a total, stable order. */
function compareFindings(a, b) {
    const bySeverity = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) - (0,_model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity);
    if (bySeverity !== 0)
        return bySeverity;
    const aMs = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(a.expiresAt);
    const bMs = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInstant */ .nV)(b.expiresAt);
    if (aMs !== bMs) {
        if (aMs === null)
            return 1;
        if (bMs === null)
            return -1;
        return aMs - bMs;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function dedupeSteps(steps) {
    const seen = new Set();
    return steps.filter((step) => {
        const key = `${step.summary}\u0000${step.command}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

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

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ GLOBAL_REGION)
/* harmony export */ });
/** The region of a global service's records and coverage rows (IAM, CloudFront). */
const GLOBAL_REGION = 'global';


/***/ }),

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   tH: () => (/* binding */ mostUrgent)
/* harmony export */ });
/** How soon something breaks if nobody acts, and the order every stage sorts by. */
/** Severities from most to least urgent; index order is rank order. */
const SEVERITIES = ['expired', 'critical', 'warning', 'notice'];
/** Rank of a severity: 0 is the most urgent. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** The most urgent of the given severities (nulls ignored), or null when there are none. */
function mostUrgent(...severities) {
    let best = null;
    for (const severity of severities) {
        if (severity !== null && (best === null || severityRank(severity) < severityRank(best))) {
            best = severity;
        }
    }
    return best;
}
/** `floor` raised to the date's own severity when that is more urgent ("warning at least"). */
function atLeast(floor, dateSeverity) {
    return mostUrgent(floor, dateSeverity) ?? floor;
}


/***/ }),

/***/ 5875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ commandBlock)
/* harmony export */ });
/* unused harmony exports COMMAND_LINE_WIDTH, layoutCommand */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _finding_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11);
/**
 * A remediation command as a fenced code block (GitHub gives those a copy button), laid out for
 * GitHub's ~1,012 px content column: a long AWS CLI command gets one `--flag value` per line
 * with shell line continuations, a JSON argument is pretty-printed inside its quotes, and a
 * long SQL query starts each clause on a line of its own. What is pasted runs the same as the
 * one-line command.
 */


/**
 * Longer commands are broken up. A fenced block shows about 115 monospace characters across
 * the column once indented in a list; a longer line scrolls. Lines are kept to this where a
 * word allows (an ARN is never split).
 */
const COMMAND_LINE_WIDTH = 100;
function commandBlock(command) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(layoutCommand(command), (0,_finding_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isSql */ .VT)(command) ? 'sql' : 'shell');
}
/** The command as it is shown: unchanged when it is short or already spans several lines. */
function layoutCommand(command) {
    if (command.length <= COMMAND_LINE_WIDTH || command.includes('\n'))
        return command;
    const words = splitWords(command);
    if (words === null)
        return command;
    return (0,_finding_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isSql */ .VT)(command) ? sqlLines(words) : shellLines(words);
}
/** Words split at unquoted spaces, quotes kept; null when a quote is left open. */
function splitWords(command) {
    const words = [];
    let word = '';
    let quote = null;
    for (let index = 0; index < command.length; index += 1) {
        const ch = command.charAt(index);
        if (quote === null && ch === ' ') {
            if (word !== '')
                words.push(word);
            word = '';
            continue;
        }
        word += ch;
        if (ch === '\\' && quote !== "'" && index + 1 < command.length) {
            index += 1;
            word += command.charAt(index);
        }
        else if (quote === null && (ch === '"' || ch === "'"))
            quote = ch;
        else if (ch === quote)
            quote = null;
    }
    if (quote !== null)
        return null;
    if (word !== '')
        words.push(word);
    return words;
}
/**
 * `aws service op` on the first line, then each `--flag` and its values on a line of their own;
 * a line still too long continues on the next at a word boundary, indented further.
 */
function shellLines(words) {
    const groups = [[]];
    for (const word of words) {
        if (word.startsWith('--') && groups.at(-1).length > 0)
            groups.push([]);
        groups.at(-1).push(prettyJsonArgument(word));
    }
    const lines = groups.flatMap((group, index) => wrapWords(group, index === 0 ? 0 : 2));
    return lines.join(' \\\n');
}
/** Words filled into lines of COMMAND_LINE_WIDTH, the first indented by `indent`, the rest by 2 more. */
function wrapWords(words, indent) {
    const lines = [];
    let line = '';
    for (const word of words) {
        const pad = ' '.repeat(lines.length === 0 ? indent : indent + 2);
        // A pretty-printed JSON argument spans lines: its first line is what has to fit.
        const lastLine = line.length - (line.lastIndexOf('\n') + 1);
        const firstOfWord = word.split('\n')[0];
        if (line === '')
            line = `${pad}${word}`;
        else if (lastLine + 1 + firstOfWord.length <= COMMAND_LINE_WIDTH)
            line += ` ${word}`;
        else {
            lines.push(line);
            line = `${' '.repeat(indent + 2)}${word}`;
        }
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
/**
 * A single-quoted JSON argument, indented: a line break is JSON whitespace and stays literal
 * inside single quotes, so the argument is the same JSON document.
 */
function prettyJsonArgument(word) {
    if (word.length <= COMMAND_LINE_WIDTH || !/^'[[{].*'$/s.test(word))
        return word;
    try {
        const json = JSON.stringify(JSON.parse(word.slice(1, -1)), null, 2);
        // Indented under its flag: whitespace between JSON tokens means nothing.
        return `'${json.replace(/\n/g, '\n  ')}'`;
    }
    catch {
        return word;
    }
}
const SQL_CLAUSES = new Set([
    'FROM',
    'WHERE',
    'INNER',
    'LEFT',
    'RIGHT',
    'JOIN',
    'ON',
    'GROUP',
    'ORDER'
]);
/** A new line before each clause keyword (JOIN only when no INNER/LEFT/RIGHT precedes it). */
function sqlLines(words) {
    const lines = [[]];
    words.forEach((word, index) => {
        const keyword = word.toUpperCase();
        const joined = keyword === 'JOIN' && SQL_CLAUSES.has((words[index - 1] ?? '').toUpperCase());
        if (SQL_CLAUSES.has(keyword) && !joined && index > 0)
            lines.push([]);
        lines.at(-1).push(word);
    });
    return lines.map((line) => line.join(' ')).join('\n  ');
}


/***/ }),

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sortCoverage)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1621);
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
    const regionRank = (region) => region === _model_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_REGION */ .j ? regions.length + 1 : rank(regions, region);
    return [...rows].sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : 0) ||
        regionRank(a.region) - regionRank(b.region) ||
        rank(services, a.service) - rank(services, b.service) ||
        (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
        (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4646);
/**
 * Every AWS- or user-supplied string passes through one of these before it is rendered.
 * GitHub renders Markdown *and* raw HTML in summaries and issues, links `@user` and `#123`,
 * and the runner executes any log line that starts with `::`; each helper neutralises all of
 * that for its own context.
 */

const ZERO_WIDTH_SPACE = '&#8203;';
/** For text between HTML tags or in attribute values. */
function escapeHtml(value) {
    return (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * For inline Markdown text, including table cells: one line, HTML inert, inline Markdown
 * punctuation backslash-escaped, `|` safe inside tables, and `@mention` / `#123` references
 * broken with a zero-width space so that nobody is pinged or cross-referenced. Only what can be
 * syntax where the text lands is escaped, so that names stay readable in the raw text people
 * edit and copy: `(`, `)` and `!` make links and images only next to `[` `]`, which are
 * escaped; `'` and `"` only quote link titles and attributes, which cannot start here; `-`,
 * `+` and `1.` are list syntax only at the start of a line, so only a leading one is escaped;
 * `@` mentions only at the start of a word (GitHub's words are ASCII letters, digits and `_`),
 * so `ops@example.com` keeps no invisible character.
 */
function escapeMarkdown(value) {
    // One pass, so that no replacement is itself re-escaped by a later one.
    return (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value)
        .replace(/[&<>|#\\`*_[\]~]|(?<![A-Za-z0-9_])@/g, (ch) => MARKDOWN_REPLACEMENTS[ch] ?? `\\${ch}`)
        .replace(/^([-+]|\d+(?=[.)]))/, (lead) => (/\d/.test(lead) ? `${lead}\\` : `\\${lead}`));
}
const MARKDOWN_REPLACEMENTS = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '#': `#${ZERO_WIDTH_SPACE}`,
    '@': `@${ZERO_WIDTH_SPACE}`
};
/**
 * Inline code (`<code>`) for commands and identifiers: shown literally, safe in table cells.
 * GitHub parses Markdown *inside* inline HTML such as `<code>`, so `[a](b)` there would still
 * become a link and `**x**` bold: every character that Markdown or HTML could act on becomes a
 * numeric entity, which renders (and copies) as the character itself but is never syntax.
 * Quotes stay literal: in element content they are text.
 */
function codeSpan(value) {
    return `<code>${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value).replace(/[&<>|[\]()*_`~!\\#@]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</code>`;
}
/**
 * A fenced code block whose fence is longer than any backtick run in the content, so that the
 * content cannot close it. Content keeps its line breaks; it is not HTML-escaped because a
 * fenced block shows it literally. A line that would start with an HTML comment is indented by
 * one space: the tracking issue's markers start their lines, and some are looked for without
 * regard to code blocks (so that a fence someone left open cannot hide them).
 */
function codeBlock(value, language = '') {
    const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const body = (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(value)
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
        .replace(/^(?=<!--)/gm, ' ');
    return `${fence}${language}\n${body}\n${fence}`;
}


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ dueOf),
/* harmony export */   Ix: () => (/* binding */ SEVERITY_TITLES),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Uq: () => (/* binding */ mainStep),
/* harmony export */   VT: () => (/* binding */ isSql),
/* harmony export */   Xf: () => (/* binding */ missingShardsText),
/* harmony export */   bP: () => (/* binding */ resourceLabel),
/* harmony export */   g2: () => (/* binding */ isShellCommand),
/* harmony export */   oZ: () => (/* binding */ daysLeftText),
/* harmony export */   y8: () => (/* binding */ coverageRowPlace)
/* harmony export */ });
/* unused harmony export resourceTitle */
/* harmony import */ var _shared_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(228);

const SEVERITY_TITLES = {
    expired: 'Expired',
    critical: 'Critical',
    warning: 'Warning',
    notice: 'Notice'
};
/** "1 region", "3 regions". */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function dueOf(finding, now) {
    const candidates = [
        { iso: finding.expiresAt, kind: 'expiry' },
        ...finding.reasons
            .filter((reason) => reason.severity === finding.severity && reason.dueAt !== undefined)
            .map((reason) => ({ iso: reason.dueAt ?? null, kind: 'due' }))
    ];
    let best = { at: null, days: null, passed: false, kind: 'expiry' };
    let bestMs = Infinity;
    for (const { iso, kind } of candidates) {
        const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(iso);
        if (ms === null || ms >= bestMs)
            continue;
        bestMs = ms;
        best = {
            at: new Date(ms).toISOString(),
            days: (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(ms, now),
            passed: (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPassed */ .Pc)(ms, now),
            kind
        };
    }
    return best;
}
/**
 * "6 days left", "expires tomorrow", "expires today", "expired yesterday", "expired 20 days
 * ago" ("due ..." for a reason's date); without a date, "already expired" for what is broken
 * (a retired CA) and "no expiry date" otherwise. Days are calendar days (`daysLeft`).
 */
function daysLeftText(finding, now) {
    const due = dueOf(finding, now);
    if (due.days === null)
        return finding.severity === 'expired' ? 'already expired' : 'no expiry date';
    const verb = due.kind === 'due' ? 'due' : due.passed ? 'expired' : 'expires';
    if (!due.passed && due.days > 1)
        return `${due.days} days left`;
    return `${verb} ${(0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysPhrase */ .PU)(due.days)}`;
}
/** The name people know a resource by: the domain for ACM, the identifier for RDS. */
function resourceLabel(finding) {
    return finding.resourceName ?? finding.resourceId;
}
/** "db-instance orders-db", "acm-certificate shop.example.com". */
function resourceTitle(finding) {
    return `${finding.resourceType} ${resourceLabel(finding)}`;
}
/** Count of each severity in a list of findings. */
function countBySeverity(findings) {
    const counts = { expired: 0, critical: 0, warning: 0, notice: 0 };
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/**
 * The step that fixes something: the first AWS command that changes state. Preparatory steps
 * (TLS query, CA bundle) and read-only checks (`describe-*`, `get-*`, `list-*`) come first in
 * the list but are the fallback only when there is nothing else.
 */
function mainStep(finding) {
    const aws = finding.remediation.filter((step) => step.command.startsWith('aws '));
    return (aws.find((step) => !/^aws \S+ (describe|get|list)-/.test(step.command)) ??
        aws[0] ??
        finding.remediation[0]);
}
/**
 * A command a shell runs (the AWS CLI, openssl), as opposed to a line of infrastructure code to
 * write in a file or SQL.
 */
function isShellCommand(command) {
    return /^(aws|openssl) /.test(command);
}
/** A SQL step: run on the database, and shown as a block by its plug-in's issue section. */
function isSql(command) {
    return /^\s*(select|with)\b/i.test(command);
}
/**
 * `Shard 3/8 is missing: ...`, for a merged report whose legs did not all report; '' when none
 * is missing. Plain text.
 */
function missingShardsText(missing) {
    if (missing === undefined || missing.length === 0)
        return '';
    const which = missing.length === 1
        ? `Shard ${missing[0]} is`
        : `Shards ${missing.slice(0, -1).join(', ')} and ${missing.at(-1)} are`;
    return `${which} missing: no report of ${missing.length === 1 ? 'that leg' : 'those legs'} was merged, so ${missing.length === 1 ? 'its' : 'their'} accounts were not scanned and what the tracking issue listed for them is kept, not re-checked.`;
}
/**
 * Where a coverage row's read was, as logs and the table name it: `account / region / service`,
 * or for an iac reader's row, which has no account or region, the reader alone.
 */
function coverageRowPlace(row) {
    return row.account === '' ? row.service : `${row.account} / ${row.region} / ${row.service}`;
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   qC: () => (/* binding */ reportTotals)
/* harmony export */ });
/* unused harmony export maxSeverity */
/* harmony import */ var _evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4665);
/* harmony import */ var _shared_shard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6481);
/* harmony import */ var _coverage_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3123);




/** The JSON report (`report-path`), schemaVersion 1: DESIGN.md, "JSON report". */
function buildReport(input) {
    const { evaluation } = input;
    const findings = [...evaluation.findings].sort(_evaluate_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E);
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
            shard: (0,_shared_shard_js__WEBPACK_IMPORTED_MODULE_1__/* .shardLabel */ .$_)(input.settings.shard)
        },
        coverage: (0,_coverage_order_js__WEBPACK_IMPORTED_MODULE_2__/* .sortCoverage */ .H)(input.inventory.coverage.map((row) => ({ ...row })), input.settings.regions, input.settings.services),
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
    return (SEVERITIES.find((severity) => report.findings.some((f) => f.severity === severity)) ?? 'none');
}


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ renewalWindows),
/* harmony export */   Wy: () => (/* binding */ DNS_CHECK_MARGIN_DAYS),
/* harmony export */   yO: () => (/* binding */ ACM_RENEWAL_LEAD_DAYS)
/* harmony export */ });
/* unused harmony export ACME_LIFETIME_DAYS */
/** ACM starts managed renewal this many days before expiry (DESIGN.md, "AWS facts"). */
const ACM_RENEWAL_LEAD_DAYS = 60;
/**
 * The validation records of a certificate are checked this long before its renewal starts, so
 * that a missing one can be re-created in time (the DNS check).
 */
const DNS_CHECK_MARGIN_DAYS = 14;
/** ACM's certificates issued through ACME live this long (DESIGN.md, "AWS facts"). */
const ACME_LIFETIME_DAYS = 45;
function renewalWindows(lifetimeDays, renewer, ceilings) {
    const life = lifetimeDays !== null && lifetimeDays > 0 ? lifetimeDays : null;
    const windows = (starts, warning, critical) => {
        const warningDays = Math.min(ceilings.warningDays, Math.max(1, warning));
        const criticalDays = Math.min(ceilings.criticalDays, Math.max(0, critical), warningDays - 1);
        return { renewer, lifetimeDays: life, renewalStartsDays: starts, warningDays, criticalDays };
    };
    if (renewer === 'acm') {
        const starts = life === null ? ACM_RENEWAL_LEAD_DAYS : Math.min(ACM_RENEWAL_LEAD_DAYS, Math.floor(life / 2));
        return windows(starts, Math.round((starts * 3) / 4), Math.round(starts / 4));
    }
    if (renewer === 'acme-client') {
        const starts = Math.round((life ?? ACME_LIFETIME_DAYS) / 3);
        return windows(starts, starts, Math.round((starts * 2) / 3));
    }
    if (life === null)
        return windows(null, ceilings.warningDays, ceilings.criticalDays);
    return windows(null, Math.round(life / 3), Math.round(life / 6));
}


/***/ }),

/***/ 9163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ pendingEmailValidations),
/* harmony export */   Ky: () => (/* binding */ renewerOf),
/* harmony export */   R5: () => (/* binding */ windowsOf),
/* harmony export */   U8: () => (/* binding */ newerCertificates),
/* harmony export */   cz: () => (/* binding */ acmNeedsDescribe),
/* harmony export */   z7: () => (/* binding */ assessAcmCertificate)
/* harmony export */ });
/* unused harmony export lifetimeDays */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1502);
/* harmony import */ var _shared_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(228);
/* harmony import */ var _validation_answer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9756);
/* harmony import */ var _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2264);




/** ACM's name for the TLS client-authentication extended key usage. */
const CLIENT_AUTH_EKU = 'TLS_WEB_CLIENT_AUTHENTICATION';
const ISSUANCE_FAILED = new Set(['FAILED', 'VALIDATION_TIMED_OUT']);
/** Every reason for one ACM certificate. */
function assessAcmCertificate(cert, clock) {
    if (ISSUANCE_FAILED.has(cert.status))
        return [issuanceFailedReason(cert)];
    if (cert.status === 'PENDING_VALIDATION')
        return issuancePendingReasons(cert);
    if (cert.status === 'REVOKED')
        return [revokedReason(cert)];
    return issuedReasons(cert, clock);
}
/**
 * A certificate that never issued cannot be attached to anything, so nothing in use breaks: a
 * warning (someone asked for it and is waiting), not critical. Should AWS nonetheless say it is
 * in use, whatever relies on it has no valid certificate: critical.
 */
function issuanceFailedReason(cert) {
    const why = cert.failureReason ? `: ${cert.failureReason}` : '';
    const what = cert.status === 'VALIDATION_TIMED_OUT' ? 'validation timed out' : 'issuance failed';
    return {
        code: 'acm-failed',
        severity: cert.inUse ? 'critical' : 'warning',
        message: `Certificate for ${cert.domainName} was never issued (${what}${why}); it must be requested again.`
    };
}
/** A new request waiting for its approval mail: nothing in use depends on it yet. */
function issuancePendingReasons(cert) {
    const reason = emailValidationReason(cert, 'notice', 'issue');
    return reason ? [reason] : [];
}
/**
 * ACM lists a revoked certificate as REVOKED; there is no separate reason code for it (the
 * report's codes are a contract), and for whatever uses it, it is as broken as an expired one.
 */
function revokedReason(cert) {
    return {
        code: 'acm-expired',
        severity: cert.inUse ? 'expired' : 'warning',
        message: `Certificate for ${cert.domainName} was revoked${cert.inUse ? ' and is still in use' : ''}; clients reject it.`
    };
}
/** Who renews the certificate: its ACME client, ACM (eligible), or nobody. */
function renewerOf(cert) {
    if (cert.keyPairOrigin === 'ACME')
        return 'acme-client';
    const managed = cert.type === 'AMAZON_ISSUED' || cert.type === 'PRIVATE';
    return managed && cert.renewalEligibility === 'ELIGIBLE' ? 'acm' : 'nobody';
}
/** NotAfter - NotBefore in whole days, or null when a date is unknown. */
function lifetimeDays(cert) {
    const from = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notBefore);
    const to = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
    return from === null || to === null ? null : Math.round((to - from) / _shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
}
/** The certificate's windows: its lifetime and renewer, inside the user's ceilings. */
function windowsOf(cert, thresholds) {
    return (0,_renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .renewalWindows */ .Ir)(lifetimeDays(cert), renewerOf(cert), thresholds);
}
function issuedReasons(cert, clock) {
    const { now } = clock;
    const reasons = [];
    const notAfter = cert.notAfter;
    const windows = windowsOf(cert, clock.thresholds);
    const expiry = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .severityOfDate */ .R$)(notAfter, now, windows);
    const name = cert.domainName;
    const acme = windows.renewer === 'acme-client';
    if (cert.status === 'EXPIRED' || expiry === 'expired') {
        reasons.push({
            code: 'acm-expired',
            severity: 'expired',
            message: `${acme ? 'ACME certificate' : 'Certificate'} for ${name} ${notAfter ? (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .expiryClause */ .Zz)(notAfter, now) : 'has expired'}${acme ? ': its ACME client did not renew it' : ''}.`
        });
    }
    else if (expiry !== null && notAfter) {
        reasons.push({
            code: 'acm-expiring',
            severity: expiry,
            message: `${acme ? 'ACME certificate' : 'Certificate'} for ${name} ${(0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .expiryClause */ .Zz)(notAfter, now)}.`
        });
    }
    const inWindow = expiry !== null || cert.status === 'EXPIRED';
    const windowSeverity = cert.status === 'EXPIRED' ? 'expired' : expiry;
    if (acme && expiry !== null && expiry !== 'expired') {
        reasons.push(acmeLateReason(windows, expiry, clock.newer));
    }
    if (cert.type === 'IMPORTED' && inWindow) {
        reasons.push({
            code: 'acm-imported',
            severity: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)('warning', windowSeverity),
            message: 'Imported certificate: ACM never renews it; a new certificate must be imported or issued.'
        });
    }
    const amazonIssued = cert.type === 'AMAZON_ISSUED' && !acme;
    if (amazonIssued && cert.renewalEligibility === 'INELIGIBLE' && inWindow) {
        reasons.push({
            code: 'acm-ineligible',
            severity: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)('warning', windowSeverity),
            message: `Not eligible for managed renewal (${cert.inUse ? 'ACM does not consider it in use' : 'not in use by any AWS resource'}): ACM will not renew it.`
        });
    }
    const renewal = cert.described ? cert.renewalStatus : null;
    if (amazonIssued && renewal === 'FAILED') {
        const why = cert.renewalStatusReason ? `: ${cert.renewalStatusReason}` : '';
        const failedDomains = cert.domainValidations
            .filter((validation) => validation.validationStatus === 'FAILED')
            .map((validation) => validation.domainName);
        const which = failedDomains.length > 0 ? ` (validation failed for ${failedDomains.join(', ')})` : '';
        reasons.push({
            code: 'acm-renewal-failed',
            severity: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)('critical', windowSeverity),
            message: `Managed renewal failed${why}${which}.`
        });
    }
    if (amazonIssued && renewal === 'PENDING_VALIDATION') {
        reasons.push({
            code: 'acm-renewal-pending-validation',
            severity: (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)('warning', windowSeverity),
            message: `Managed renewal is waiting for domain validation${pendingDomainsClause(cert)}.`
        });
    }
    if (amazonIssued && renewal !== 'FAILED' && renewal !== 'PENDING_VALIDATION') {
        const stalled = stalledReason(cert, clock, windows);
        if (stalled)
            reasons.push(stalled);
    }
    if (amazonIssued) {
        const email = emailValidationReason(cert, (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .atLeast */ .jZ)('warning', windowSeverity), 'renew');
        if (email)
            reasons.push(email);
    }
    reasons.push(...validationRecordReasons(cert, clock, windows));
    const eku = clientAuthReason(cert);
    if (eku)
        reasons.push(eku);
    const exported = exportedRenewalReason(cert, clock, windows);
    if (exported)
        reasons.push(exported);
    return reasons;
}
/**
 * An ACME certificate inside its window: its client should have renewed it by now (a renewal is
 * a new certificate, so one still listed as the newest for its names was not renewed).
 */
function acmeLateReason(windows, severity, newer) {
    const life = windows.lifetimeDays === null ? '' : ` of its ${windows.lifetimeDays}`;
    const schedule = `ACME clients renew with about a third of the lifetime left (${windows.renewalStartsDays ?? 0}${life} days)`;
    return {
        code: 'acm-renewal-stalled',
        severity,
        message: newer
            ? `Its ACME client renewed it as ${newer.arn}, but this certificate is still in use: move what serves it to the new one.`
            : `Its ACME client has not renewed it: ${schedule}, and no newer certificate for its names exists.`
    };
}
/**
 * ACM starts renewing an eligible certificate 60 days before expiry (at half the lifetime when
 * that is shorter) and normally finishes within hours; AWS's failure notices start at 45 days. One still unrenewed
 * past three quarters of that lead is stuck even though AWS reports no failure.
 */
function stalledReason(cert, { now }, windows) {
    if (windows.renewer !== 'acm' || windows.renewalStartsDays === null)
        return null;
    const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
    if (ms === null)
        return null;
    const days = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(ms, now);
    if (days > windows.warningDays)
        return null;
    const passed = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPassed */ .Pc)(ms, now);
    const left = passed ? 'past expiry' : `${days} ${days === 1 ? 'day' : 'days'} before expiry`;
    return {
        code: 'acm-renewal-stalled',
        severity: passed ? 'expired' : days <= windows.criticalDays ? 'critical' : 'warning',
        message: `Eligible for managed renewal, yet still not renewed ${left} (ACM starts renewing ${windows.renewalStartsDays} days before and normally finishes within hours): the renewal is stuck.`
    };
}
/**
 * A DNS validation CNAME that public DNS no longer answers as ACM expects: the managed renewal
 * will fail on it. Critical once the renewal has started, a warning in the margin before.
 */
function validationRecordReasons(cert, { now }, windows) {
    const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
    const days = ms === null ? null : (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(ms, now);
    const started = days !== null && windows.renewalStartsDays !== null && days <= windows.renewalStartsDays;
    return cert.validationDns.flatMap((check) => {
        if (check.answer.kind === 'unknown' || (0,_validation_answer_js__WEBPACK_IMPORTED_MODULE_3__/* .answersExpected */ .A)(check))
            return [];
        const { name, type, value } = check.record;
        const found = check.answer.kind === 'missing'
            ? `is missing (${check.answer.detail} for ${name})`
            : `points elsewhere (${name} ${type} ${check.answer.values.join(', ')}, not ${value})`;
        return [
            {
                code: 'acm-validation-record-missing',
                severity: started ? 'critical' : 'warning',
                message: `The DNS validation record for ${check.domainName} ${found}: ACM's managed renewal ${started ? 'has started and ' : `starts ${windows.renewalStartsDays ?? _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .ACM_RENEWAL_LEAD_DAYS */ .yO} days before expiry and `}needs it to resolve in public DNS.`
            }
        ];
    });
}
/**
 * Public CAs stopped issuing server certificates with the TLS client-authentication EKU (ACM in
 * June 2025) and browsers are distrusting public certificates that carry it. Private ones are
 * the right home for client certificates and are not judged here.
 */
function clientAuthReason(cert) {
    if (cert.type !== 'AMAZON_ISSUED' && cert.type !== 'IMPORTED')
        return null;
    if (!cert.extendedKeyUsages.includes(CLIENT_AUTH_EKU))
        return null;
    return {
        code: 'acm-client-auth-eku',
        severity: 'warning',
        message: 'Carries the TLS client-authentication extended key usage, which browsers are distrusting in public certificates: replace it with a server-authentication-only certificate, and issue client certificates (mTLS) from a private CA.'
    };
}
/**
 * ACM renews an exported certificate like any other, but the copy exported from it does not
 * change: from the renewal on, it must be exported and deployed again.
 */
function exportedRenewalReason(cert, { now }, windows) {
    if (!cert.exported || windows.renewer !== 'acm' || windows.renewalStartsDays === null) {
        return null;
    }
    const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
    if (ms === null)
        return null;
    if ((0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .hasPassed */ .Pc)(ms, now) || (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(ms, now) > windows.renewalStartsDays)
        return null;
    return {
        code: 'acm-exported-renewal',
        severity: 'notice',
        message: `Exported: ACM renews it from ${windows.renewalStartsDays} days before expiry, but the exported copy does not change; export it again after the renewal and deploy it wherever the copy runs.`
    };
}
/** Domains whose approval mail nobody has clicked yet (describe data only). */
function pendingEmailValidations(cert) {
    if (!cert.described)
        return [];
    return cert.domainValidations.filter((validation) => validation.validationMethod === 'EMAIL' &&
        validation.validationStatus === 'PENDING_VALIDATION');
}
function emailValidationReason(cert, severity, purpose) {
    const pending = pendingEmailValidations(cert);
    if (pending.length === 0)
        return null;
    const domains = pending
        .map((validation) => validation.validationEmails.length > 0
        ? `${validation.domainName} (mail sent to ${validation.validationEmails.join(', ')})`
        : validation.domainName)
        .join('; ');
    return {
        code: 'acm-email-validation',
        severity,
        message: `Someone must approve the validation mail to ${purpose} it: ${domains}.`
    };
}
function pendingDomainsClause(cert) {
    const pending = cert.domainValidations
        .filter((validation) => validation.validationStatus === 'PENDING_VALIDATION')
        .map((validation) => `${validation.domainName} by ${validation.validationMethod ?? 'unknown method'}`);
    return pending.length > 0 ? ` (${pending.join(', ')})` : '';
}
/**
 * Whether the ListCertificates summary flags something that DescribeCertificate data could
 * explain, so collect spends describe calls only there: issuance failures and pending requests
 * (FailureReason, approval addresses), private certificates (their CA), and Amazon-issued
 * certificates from the moment ACM starts renewing them (RenewalSummary), or from the warning
 * window when that is wider.
 */
function acmNeedsDescribe(cert, now, thresholds, dnsCheck = false) {
    if (ISSUANCE_FAILED.has(cert.status) || cert.status === 'PENDING_VALIDATION')
        return true;
    // Only the detail names the private CA, whose expiry or status decides whether it can renew.
    if (cert.type === 'PRIVATE')
        return true;
    if (cert.type !== 'AMAZON_ISSUED')
        return false;
    const ms = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
    if (ms === null)
        return cert.status === 'EXPIRED';
    // The DNS check needs the validation records of those about to renew, a margin ahead.
    const lead = dnsCheck ? _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .ACM_RENEWAL_LEAD_DAYS */ .yO + _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .DNS_CHECK_MARGIN_DAYS */ .Wy : _renewal_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .ACM_RENEWAL_LEAD_DAYS */ .yO;
    return (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(ms, now) <= Math.max(thresholds.warningDays, lead);
}
/**
 * The latest certificate issued for exactly the same names in the same account and region, and
 * expiring later than a given one: what renewed it when renewal makes a new certificate (ACME,
 * a re-request, a new import). Built once over `all` (one pass, not one per certificate: a
 * region can hold thousands); of certificates expiring at the same instant, the first listed.
 */
function newerCertificates(all) {
    const latest = new Map();
    for (const cert of all) {
        const until = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
        if (cert.status !== 'ISSUED' || until === null)
            continue;
        const key = sameNames(cert);
        const found = latest.get(key);
        if (found === undefined || until > found.until)
            latest.set(key, { cert, until });
    }
    return (cert) => {
        const until = (0,_shared_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInstant */ .nV)(cert.notAfter);
        if (until === null)
            return undefined;
        const found = latest.get(sameNames(cert));
        return found !== undefined && found.cert !== cert && found.until > until
            ? found.cert
            : undefined;
    };
}
function sameNames(cert) {
    return `${cert.account} ${cert.region} ${nameSet(cert)}`;
}
function nameSet(cert) {
    return [
        ...new Set([cert.domainName, ...cert.subjectAlternativeNames].map((n) => n.toLowerCase()))
    ]
        .sort()
        .join(' ');
}


/***/ }),

/***/ 9756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ answersExpected)
/* harmony export */ });
/** Whether DNS answered the value ACM expects (case and the trailing dot do not matter). */
function answersExpected(check) {
    if (check.answer.kind !== 'present')
        return false;
    const expected = canonical(check.record.value);
    return check.answer.values.some((value) => canonical(value) === expected);
}
function canonical(name) {
    return name.toLowerCase().replace(/\.+$/, '');
}


/***/ }),

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X9: () => (/* binding */ NEW_CERTIFICATE),
/* harmony export */   d$: () => (/* binding */ consumersOf),
/* harmony export */   q_: () => (/* binding */ unreadEndpoints),
/* harmony export */   qb: () => (/* binding */ withConsumers),
/* harmony export */   wN: () => (/* binding */ CertificateUses)
/* harmony export */ });
/** The placeholder switch commands name the replacement certificate by. */
const NEW_CERTIFICATE = 'NEW_CERTIFICATE_ARN';
/** Every use the endpoint plug-ins read, by certificate and by endpoint. */
class CertificateUses {
    byCertificate = new Map();
    byEndpoint = new Map();
    constructor(uses) {
        for (const use of uses) {
            push(this.byCertificate, use.certificate, use);
            push(this.byEndpoint, use.endpoint, use);
        }
    }
    /** The uses of `endpoints`' inventories (the plug-ins a certificate plug-in `reads`). */
    static read(context, endpoints) {
        return new CertificateUses(endpoints.flatMap((service) => context.inventories(service).flatMap((i) => i.uses)));
    }
    /** Uses, in `account`, of the certificate any of `keys` names (its ARN, its id). */
    of(account, ...keys) {
        return keys.flatMap((key) => (this.byCertificate.get(key) ?? []).filter((use) => use.account === account));
    }
    /** Uses at an endpoint (an `InUseBy` ARN), of one certificate. */
    at(endpoint, certificate) {
        return (this.byEndpoint.get(endpoint) ?? []).filter((use) => use.certificate === certificate);
    }
    /** Whether the endpoint plug-ins read that endpoint at all. */
    knows(endpoint) {
        return this.byEndpoint.has(endpoint);
    }
    /**
     * Certificates that endpoints serve but no certificate list holds: `owned` says which keys
     * are the caller's (an IAM ARN of an account it read), `listed` which of those exist.
     */
    unlisted(owned, listed) {
        const missing = new Map();
        for (const [certificate, uses] of this.byCertificate) {
            const mine = uses.filter(owned);
            if (mine.length > 0 && !listed(certificate))
                missing.set(certificate, mine);
        }
        return missing;
    }
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** The consumers of some uses, each once, in id order. */
function consumersOf(uses) {
    const byId = new Map();
    for (const use of uses)
        if (!byId.has(use.consumer.id))
            byId.set(use.consumer.id, use.consumer);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** The finding with `usedBy` set when anything serves the certificate. */
function withConsumers(finding, consumers) {
    return consumers.length > 0 ? { ...finding, usedBy: [...consumers] } : finding;
}
/**
 * What of `reach` was not read for `account` ([] when everything was): a region counts as read
 * when its scan was `ok`, or `skipped` because the account has not enabled it (nothing can be
 * there). Only when nothing is missing may "no consumer found" mean unused.
 */
function unreadEndpoints(coverage, account, reach) {
    const missing = [];
    for (const { name, label, regions } of reach) {
        const read = new Set(coverage
            .filter((row) => row.account === account &&
            row.service === name &&
            (row.status === 'ok' || row.status === 'skipped'))
            .map((row) => row.region));
        const unread = regions.filter((region) => !read.has(region));
        if (unread.length === 0)
            continue;
        missing.push(regions.length === 1
            ? `${label} were not read`
            : `${label} were not read in ${unread.length} of ${regions.length} regions`);
    }
    return missing;
}


/***/ }),

/***/ 8888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ SERVICES)
});

// UNUSED EXPORTS: serviceNamed

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/shared/dates.ts
var shared_dates = __webpack_require__(228);
// EXTERNAL MODULE: ./src/services/certificate-uses.ts
var certificate_uses = __webpack_require__(9652);
;// CONCATENATED MODULE: ./src/services/acm/consumers.ts

function servedBy(cert, uses) {
    const found = [
        ...uses.of(cert.account, cert.arn),
        ...cert.inUseBy.flatMap((endpoint) => uses.at(endpoint, cert.arn))
    ];
    const unread = cert.inUseBy.filter((endpoint) => !uses.knows(endpoint)).map(arnConsumer);
    const consumers = [...(0,certificate_uses/* consumersOf */.d$)(found), ...unread].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
        uses: found,
        consumers: consumers.filter((c, i) => i === 0 || consumers[i - 1]?.id !== c.id),
        inUse: cert.inUse || found.some((use) => use.live)
    };
}
/** `arn:aws:apigateway:eu-west-1::/domainnames/api.example.com` as a consumer. */
function arnConsumer(arn) {
    const [, , service = '', , , resource = ''] = arn.split(':');
    const type = resource.split(/[/:]/).find((part) => part !== '') ?? 'resource';
    return { service, resourceType: type, id: arn, name: arn };
}

// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
;// CONCATENATED MODULE: ./src/services/acm-pca/rules.ts

/** Not active, with how urgent that is: nothing it signed can renew while it stays so. */
const INACTIVE = {
    DISABLED: { severity: 'warning', state: 'is DISABLED' },
    DELETED: { severity: 'warning', state: 'is scheduled for deletion' },
    // Never active: it signed nothing yet, so nothing depends on it.
    FAILED: { severity: 'notice', state: 'failed to be created' },
    PENDING_CERTIFICATE: { severity: 'notice', state: 'has no CA certificate installed' }
};
function caTroubles(ca, clock) {
    const troubles = [];
    const window = (0,shared_dates/* severityOfDate */.R$)(ca.notAfter, clock.now, clock.thresholds);
    if (ca.status === 'EXPIRED' || window === 'expired') {
        troubles.push({
            code: 'pca-ca-expired',
            severity: 'expired',
            state: ca.notAfter ? (0,shared_dates/* expiryClause */.Zz)(ca.notAfter, clock.now) : 'has expired',
            breaksAt: ca.notAfter
        });
    }
    else if (window !== null && ca.notAfter !== null) {
        troubles.push({
            code: 'pca-ca-expiring',
            severity: window,
            state: (0,shared_dates/* expiryClause */.Zz)(ca.notAfter, clock.now),
            breaksAt: ca.notAfter
        });
    }
    const inactive = INACTIVE[ca.status];
    if (inactive) {
        const detail = ca.status === 'DELETED' && ca.restorableUntil
            ? ` (restorable until ${(0,shared_dates/* formatDay */.im)(ca.restorableUntil)})`
            : ca.status === 'FAILED' && ca.failureReason
                ? ` (${ca.failureReason})`
                : '';
        troubles.push({
            code: 'pca-ca-not-active',
            severity: inactive.severity,
            state: `${inactive.state}${detail}`,
            breaksAt: null
        });
    }
    return troubles;
}
/** How people name a CA: its common name, else its id. */
function caName(ca) {
    return ca.commonName ?? ca.id;
}
/** The CA's own reasons. */
function caReasons(ca, troubles) {
    return troubles.map((trouble) => ({
        code: trouble.code,
        severity: trouble.severity,
        message: `Private CA ${caName(ca)} ${trouble.state}: ${CONSEQUENCE[trouble.code]}.`
    }));
}
const CONSEQUENCE = {
    'pca-ca-expired': 'no certificate it signed validates any more, and it can sign no new ones',
    'pca-ca-expiring': 'every certificate it signed stops validating then, and none can be renewed past that date',
    'pca-ca-not-active': 'it issues nothing, so ACM cannot renew the private certificates it signed'
};

// EXTERNAL MODULE: ./src/shared/shell-quote.ts
var shell_quote = __webpack_require__(2286);
;// CONCATENATED MODULE: ./src/services/acm/issuer.ts
/**
 * A private certificate shares its CA's troubles: it stops validating when the CA expires, and
 * ACM cannot renew it while the CA is not active (the Private CA plug-in's rules).
 */



/** Every CA the Private CA plug-in read, by ARN. */
function certificateAuthorities(context) {
    const byArn = new Map();
    for (const pca of context.inventories('acm-pca')) {
        for (const ca of pca.certificateAuthorities)
            byArn.set(ca.arn, ca);
    }
    return byArn;
}
function issuerTrouble(cert, ca, clock, served) {
    if (ca === undefined)
        return null;
    const troubles = caTroubles(ca, clock);
    if (troubles.length === 0)
        return null;
    return {
        reasons: troubles.map((trouble) => ({
            code: trouble.code,
            severity: issuer_severity(trouble, served),
            message: `Signed by private CA ${caName(ca)}, which ${trouble.state}: ${EFFECT[trouble.code]}.`
        })),
        breaksAt: troubles.map((trouble) => trouble.breaksAt),
        steps: [
            {
                summary: `Fix private CA ${caName(ca)} first (its own finding has the steps), then renew this certificate from it.`,
                command: (0,shell_quote/* command */.G)('aws acm renew-certificate', ['--certificate-arn', cert.arn], ['--region', cert.region])
            }
        ]
    };
}
/**
 * An expired CA breaks what is served now; one that expires breaks it on that date; one that is
 * not active matters once ACM has to renew (the certificate's own window).
 */
function issuer_severity(trouble, served) {
    if (trouble.code === 'pca-ca-expired')
        return served.inUse ? 'expired' : 'warning';
    if (trouble.code === 'pca-ca-expiring')
        return trouble.severity;
    return served.window === null ? 'notice' : (0,severity/* atLeast */.jZ)('warning', served.window);
}
const EFFECT = {
    'pca-ca-expired': 'this certificate no longer validates',
    'pca-ca-expiring': 'this certificate stops validating then and cannot renew past it',
    'pca-ca-not-active': 'ACM cannot renew this certificate'
};

// EXTERNAL MODULE: ./src/services/acm/rules.ts
var rules = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/services/acm/validation-answer.ts
var validation_answer = __webpack_require__(9756);
;// CONCATENATED MODULE: ./src/services/acm/remediation.ts



/**
 * Steps for one ACM certificate, chosen by the reasons the rules gave. `switchSteps` move the
 * endpoints that serve it to a new certificate, where the steps request one.
 */
function acmRemediation(cert, reasons, switchSteps = []) {
    const codes = new Set(reasons.map((reason) => reason.code));
    const steps = [];
    const region = ['--region', cert.region];
    const arn = ['--certificate-arn', cert.arn];
    if (codes.has('acm-email-validation')) {
        for (const validation of (0,rules/* pendingEmailValidations */.Il)(cert)) {
            steps.push({
                summary: `Resend the approval mail for ${validation.domainName}, then have someone at ${validation.validationEmails.join(', ') || 'the domain contacts'} click "I Approve".`,
                command: (0,shell_quote/* command */.G)('aws acm resend-validation-email', arn, ['--domain', validation.domainName], ['--validation-domain', validationDomain(validation)], region)
            });
        }
    }
    const acme = cert.keyPairOrigin === 'ACME';
    if (acme && (codes.has('acm-renewal-stalled') || codes.has('acm-expired'))) {
        steps.push(...acmeSteps(cert, switchSteps));
    }
    const renewalTrouble = codes.has('acm-renewal-failed') ||
        codes.has('acm-renewal-pending-validation') ||
        codes.has('acm-renewal-stalled');
    if (renewalTrouble && !acme) {
        steps.push({
            summary: 'See why the managed renewal is not going through (status, reason, per-domain validation).',
            command: (0,shell_quote/* command */.G)('aws acm describe-certificate', arn, ['--query', 'Certificate.RenewalSummary'], region)
        });
        steps.push(...dnsRecordSteps(cert));
        if (codes.has('acm-renewal-stalled')) {
            steps.push({
                summary: `Make sure every name on the certificate resolves in public DNS and the resources using it (${cert.inUseBy.join(', ') || 'see InUseBy'}) accept HTTPS from the internet; wildcard names need the DNS validation record.`,
                command: ''
            });
        }
    }
    if (codes.has('acm-imported')) {
        steps.push({
            summary: 'Imported certificates never renew: get a new certificate from its issuer and re-import it under the same ARN (the resources using it pick it up).',
            command: (0,shell_quote/* command */.G)('aws acm import-certificate', arn, ['--certificate', 'fileb://cert.pem'], ['--private-key', 'fileb://key.pem'], ['--certificate-chain', 'fileb://chain.pem'], region)
        });
        steps.push(requestStep(cert, 'Or replace it with an ACM-issued certificate, which renews itself'), ...switchSteps);
    }
    if (codes.has('acm-ineligible')) {
        steps.push({
            summary: 'ACM renews only certificates in use: attach it to the resource that should serve it (load balancer, CloudFront, API Gateway, ...), or delete it if nothing needs it.',
            command: (0,shell_quote/* command */.G)('aws acm delete-certificate', arn, region)
        });
    }
    if (codes.has('acm-failed')) {
        steps.push(requestStep(cert, 'Request the certificate again and complete DNS validation within 72 hours'));
        steps.push({
            summary: 'Then delete the failed request.',
            command: (0,shell_quote/* command */.G)('aws acm delete-certificate', arn, region)
        });
    }
    if (codes.has('acm-validation-record-missing'))
        steps.push(...recreateRecordSteps(cert));
    if (codes.has('acm-client-auth-eku'))
        steps.push(clientAuthStep(cert));
    if (codes.has('acm-exported-renewal')) {
        steps.push({
            summary: 'After ACM has renewed it, export it again and deploy the new certificate and chain wherever the exported copy is installed.',
            command: (0,shell_quote/* command */.G)('aws acm export-certificate', arn, ['--passphrase', 'fileb://passphrase.txt'], region)
        });
    }
    if (steps.length === 0 && (codes.has('acm-expired') || codes.has('acm-expiring'))) {
        steps.push(...expiryOnlySteps(cert, switchSteps));
    }
    return steps;
}
/**
 * The validation CNAMEs DNS does not answer as ACM expects, each with the exact record and a
 * Route 53 UPSERT (the hosted zone's id is the one thing the scan cannot know).
 */
function recreateRecordSteps(cert) {
    return cert.validationDns
        .filter((check) => check.answer.kind !== 'unknown' && !(0,validation_answer/* answersExpected */.A)(check))
        .map(({ domainName, record }) => {
        const change = {
            Comment: `ACM DNS validation for ${domainName}`,
            Changes: [
                {
                    Action: 'UPSERT',
                    ResourceRecordSet: {
                        Name: record.name,
                        Type: record.type,
                        TTL: 300,
                        ResourceRecords: [{ Value: record.value }]
                    }
                }
            ]
        };
        return {
            summary: `Re-create the DNS validation record for ${domainName} (${record.name} ${record.type} ${record.value}) in the hosted zone that serves it (HOSTED_ZONE_ID: aws route53 list-hosted-zones).`,
            command: (0,shell_quote/* command */.G)('aws route53 change-resource-record-sets', ['--hosted-zone-id', 'HOSTED_ZONE_ID'], ['--change-batch', JSON.stringify(change)])
        };
    });
}
/** ACME certificates are renewed by the client that requested them, as a new certificate. */
function acmeSteps(cert, switchSteps) {
    return [
        {
            summary: `Check the ACME client that requested ${cert.domainName}: its logs, its schedule and its access to ACM's ACME endpoint. A renewal is a new certificate (a new ARN), not this one renewed.`,
            command: ''
        },
        ...(cert.inUse ? switchSteps : [])
    ];
}
function clientAuthStep(cert) {
    const region = ['--region', cert.region];
    if (cert.type === 'IMPORTED') {
        return {
            summary: 'Get a certificate without the client-authentication EKU (server authentication only) from its issuer and re-import it under the same ARN; issue client certificates from a private CA.',
            command: (0,shell_quote/* command */.G)('aws acm import-certificate', ['--certificate-arn', cert.arn], ['--certificate', 'fileb://cert.pem'], ['--private-key', 'fileb://key.pem'], ['--certificate-chain', 'fileb://chain.pem'], region)
        };
    }
    return requestStep(cert, 'ACM has not issued the client-authentication EKU since June 2025: request a new certificate (server authentication only), move the endpoints to it, and issue client certificates from a private CA');
}
/** An expiry with no more specific cause: what to do depends on who can issue a new one. */
function expiryOnlySteps(cert, switchSteps) {
    const region = ['--region', cert.region];
    const arn = ['--certificate-arn', cert.arn];
    if (cert.type === 'PRIVATE' && cert.status !== 'REVOKED') {
        return [
            {
                summary: 'ACM renews private certificates only when it may use the Private CA (grant the ACM service principal permission); renew it now with:',
                command: (0,shell_quote/* command */.G)('aws acm renew-certificate', arn, region)
            }
        ];
    }
    const steps = [
        requestStep(cert, 'Request a new certificate and move the resources using it over'),
        ...switchSteps
    ];
    if (!cert.inUse) {
        steps.push({
            summary: 'Nothing uses this certificate: delete it.',
            command: (0,shell_quote/* command */.G)('aws acm delete-certificate', arn, region)
        });
    }
    return steps;
}
function requestStep(cert, summary) {
    const alternatives = cert.subjectAlternativeNames.filter((name) => name !== cert.domainName);
    const sans = alternatives.length > 0 ? [['--subject-alternative-names', ...alternatives]] : [];
    return {
        summary: `${summary}.`,
        command: (0,shell_quote/* command */.G)('aws acm request-certificate', ['--domain-name', cert.domainName], ['--validation-method', 'DNS'], ...sans, ['--region', cert.region])
    };
}
/** The validation CNAMEs ACM needs, when DescribeCertificate gave them. */
function dnsRecordSteps(cert) {
    const seen = new Set();
    const steps = [];
    for (const validation of cert.domainValidations) {
        const record = validation.resourceRecord;
        if (validation.validationMethod !== 'DNS' || !record)
            continue;
        const key = `${record.name} ${record.value}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        steps.push({
            summary: `Recreate the validation record for ${validation.domainName} if it is gone: ${record.name} ${record.type} ${record.value}`,
            command: ''
        });
    }
    return steps;
}
/**
 * ResendValidationEmail needs the validation domain: the domain itself or a superdomain that the
 * approval addresses were sent to. The records carry only the addresses, so the most common
 * address domain that qualifies wins; the domain itself (without a wildcard label) otherwise.
 */
function validationDomain(validation) {
    const domain = validation.domainName.replace(/^\*\./, '').toLowerCase();
    const counts = new Map();
    for (const email of validation.validationEmails) {
        const at = email.lastIndexOf('@');
        if (at < 0)
            continue;
        const candidate = email.slice(at + 1).toLowerCase();
        if (candidate === domain || domain.endsWith(`.${candidate}`)) {
            counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
        }
    }
    let best = domain;
    let bestCount = 0;
    for (const [candidate, count] of counts) {
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/services/acm/findings.ts
/**
 * The ACM plug-in's checks: a finding per certificate with reasons, naming the endpoints that
 * serve it (a served certificate counts as in use) and carrying its private CA's troubles.
 */







/** The plug-ins whose endpoints serve ACM certificates. */
const ACM_CERTIFICATE_CONSUMERS = ['elb', 'cloudfront'];
function acmFindings(inventories, context) {
    const judge = {
        context,
        clock: { now: context.now, thresholds: context.thresholds },
        uses: certificate_uses/* CertificateUses */.wN.read(context, ACM_CERTIFICATE_CONSUMERS),
        cas: certificateAuthorities(context)
    };
    return inventories.flatMap((acm) => {
        const newerOf = (0,rules/* newerCertificates */.U8)(acm.certificates);
        return acm.certificates.flatMap((cert) => certificateFinding(cert, newerOf, judge) ?? []);
    });
}
function certificateFinding(cert, newerOf, { context, clock, uses, cas }) {
    const served = servedBy(cert, uses);
    const judged = { ...cert, inUse: served.inUse };
    const newer = newerOf(cert);
    // Replaced by a later certificate for the same names and used by nothing: it just lapses.
    if (newer !== undefined && !served.inUse)
        return null;
    const own = (0,rules/* assessAcmCertificate */.z7)(judged, newer === undefined ? clock : { ...clock, newer });
    const issuer = issuerTrouble(cert, cert.certificateAuthorityArn === null ? undefined : cas.get(cert.certificateAuthorityArn), clock, {
        inUse: served.inUse,
        window: (0,shared_dates/* severityOfDate */.R$)(cert.notAfter, clock.now, (0,rules/* windowsOf */.R5)(cert, clock.thresholds))
    });
    const reasons = [...own, ...(issuer?.reasons ?? [])];
    if (reasons.length === 0)
        return null;
    const finding = (0,evaluate_findings/* assembleFinding */.c_)({
        service: 'acm',
        resourceType: 'acm-certificate',
        resourceId: certificateId(cert),
        resourceArn: cert.arn,
        account: cert.account,
        region: cert.region,
        resourceName: cert.domainName
    }, reasons, (0,shared_dates/* earliest */.Qd)(cert.notAfter, ...(issuer?.breaksAt ?? [])), remediation(issuer?.steps ?? [], acmRemediation(judged, own, switchSteps(served))), context.now);
    return (0,certificate_uses/* withConsumers */.qb)(finding, served.consumers);
}
function switchSteps(served) {
    return served.uses.flatMap((use) => use.switchSteps);
}
/** The CA's steps first; the certificate's own, less a command the CA's already run. */
function remediation(issuer, own) {
    const done = new Set(issuer.map((step) => step.command).filter((command) => command !== ''));
    return [...issuer, ...own.filter((step) => !done.has(step.command))];
}
/** The UUID at the end of `arn:aws:acm:<region>:<account>:certificate/<uuid>`. */
function certificateId(cert) {
    const slash = cert.arn.lastIndexOf('/');
    return slash >= 0 && slash < cert.arn.length - 1 ? cert.arn.slice(slash + 1) : cert.arn;
}

;// CONCATENATED MODULE: ./src/services/acm/reasons.ts
const ACM_REASONS = [
    {
        code: 'acm-expired',
        severity: 'expired',
        meaning: 'the certificate has expired (or was revoked)'
    },
    { code: 'acm-expiring', severity: 'warning', meaning: 'the certificate expires' },
    { code: 'acm-imported', severity: 'warning', meaning: 'imported: ACM never renews it' },
    {
        code: 'acm-ineligible',
        severity: 'warning',
        meaning: 'not in use (`INELIGIBLE`): ACM will not renew it'
    },
    {
        code: 'acm-renewal-stalled',
        severity: 'warning',
        meaning: 'a renewal that should have happened has not: eligible, yet unrenewed past three quarters of ACM’s renewal lead (45 of 60 days), or an ACME certificate its client has not renewed (critical nearer expiry)'
    },
    {
        code: 'acm-renewal-failed',
        severity: 'critical',
        meaning: "the managed renewal failed, with AWS's reason"
    },
    {
        code: 'acm-renewal-pending-validation',
        severity: 'warning',
        meaning: 'the managed renewal waits for domain validation'
    },
    {
        code: 'acm-email-validation',
        severity: 'warning',
        meaning: 'someone must click an approval mail (the addresses are listed)'
    },
    {
        code: 'acm-validation-record-missing',
        severity: 'warning',
        meaning: 'a DNS validation CNAME of a certificate about to renew is missing or wrong in public DNS (`dns-check`): the renewal will fail (critical once it has started)'
    },
    {
        code: 'acm-client-auth-eku',
        severity: 'warning',
        meaning: 'a public or imported certificate carries the TLS client-authentication EKU, which browsers are distrusting'
    },
    {
        code: 'acm-exported-renewal',
        severity: 'notice',
        meaning: 'exported and about to be renewed by ACM: the exported copy must be exported and deployed again'
    },
    {
        code: 'acm-failed',
        severity: 'warning',
        meaning: 'the request never issued (failed or timed out)'
    }
];

;// CONCATENATED MODULE: ./src/services/acm/index.ts
/**
 * The ACM plug-in: every certificate (all key types and origins), described only where its
 * summary calls for renewal, validation or usage details.
 */




function acmPlugin(options = {}) {
    return {
        name: 'acm',
        label: { short: 'ACM', resource: 'ACM certificate' },
        scope: 'regional',
        // One region's describes take a tenth of a second each at the quota, whatever the latency.
        bound: 'quota',
        // Who serves a certificate, and the private CA that signed it.
        reads: [...ACM_CERTIFICATE_CONSUMERS, 'acm-pca'],
        iamActions: ['acm:DescribeCertificate', 'acm:ListCertificates'],
        reasons: ACM_REASONS,
        resourceTypes: { 'acm-certificate': 'ACM certificate' },
        // Its SDK client and reader load only for a run that reads ACM (not for the merge).
        read: async (context) => {
            const [{ ACMClient }, { collectAcm, DEFAULT_DESCRIBE_CONCURRENCY }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(490)]).then(__webpack_require__.t.bind(__webpack_require__, 3490, 19)),
                Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(490), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 4452))
            ]);
            const { dns } = context;
            const inventory = await collectAcm(context.client((config) => new ACMClient(config)), context.location, {
                needsDescribe: options.needsDescribe ??
                    ((certificate) => (0,rules/* acmNeedsDescribe */.cz)(certificate, context.now, context.thresholds, dns !== undefined)),
                concurrency: options.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY,
                signal: context.signal,
                listed: () => context.listed()
            });
            if (dns === undefined)
                return inventory;
            const { checkValidationRecords } = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.bind(__webpack_require__, 8927));
            return checkValidationRecords(inventory, dns, context);
        },
        summarize: (acm) => {
            const described = acm.certificates.filter((c) => c.described).length;
            return {
                detail: `${(0,shared_text/* countOf */.pq)(acm.certificates.length, 'certificate')} (${described} described)` +
                    (acm.dnsNote === undefined ? '' : `; ${acm.dnsNote}`),
                incomplete: acm.incomplete ?? [],
                resources: acm.certificates.length
            };
        },
        evaluate: acmFindings
    };
}
const acm = acmPlugin();

;// CONCATENATED MODULE: ./src/services/acm-pca/remediation.ts

/** The template a root CA signs its own certificate with (AWS Private CA's template ARNs). */
const ROOT_TEMPLATE = 'arn:aws:acm-pca:::template/RootCACertificate/V1';
function pcaRemediation(ca, troubles, signed) {
    const codes = new Set(troubles.map((trouble) => trouble.code));
    const arn = ['--certificate-authority-arn', ca.arn];
    const region = ['--region', ca.region];
    const steps = [];
    if (ca.status === 'DISABLED') {
        steps.push({
            summary: 'Turn the CA back on.',
            command: (0,shell_quote/* command */.G)('aws acm-pca update-certificate-authority', arn, ['--status', 'ACTIVE'], region)
        });
    }
    if (ca.status === 'DELETED') {
        steps.push({
            summary: 'Restore the CA before its restore period ends, then turn it on.',
            command: (0,shell_quote/* command */.G)('aws acm-pca restore-certificate-authority', arn, region)
        });
        steps.push({
            summary: 'Turn it on again.',
            command: (0,shell_quote/* command */.G)('aws acm-pca update-certificate-authority', arn, ['--status', 'ACTIVE'], region)
        });
    }
    if (ca.status === 'FAILED') {
        steps.push({
            summary: 'A CA that failed to be created cannot be repaired: delete it and create it again.',
            command: (0,shell_quote/* command */.G)('aws acm-pca delete-certificate-authority', arn, ['--permanent-deletion-time-in-days', '7'], region)
        });
    }
    const renew = codes.has('pca-ca-expired') ||
        codes.has('pca-ca-expiring') ||
        ca.status === 'PENDING_CERTIFICATE';
    if (renew)
        steps.push(...caCertificateSteps(ca, arn, region));
    if (renew || codes.has('pca-ca-not-active')) {
        for (const certificate of signed) {
            steps.push({
                summary: 'Then renew each private certificate it signed, so that it chains to the new CA certificate.',
                command: (0,shell_quote/* command */.G)('aws acm renew-certificate', ['--certificate-arn', certificate.arn], ['--region', certificate.region])
            });
        }
    }
    return steps;
}
/** A new CA certificate over the same key: its CSR, signed, installed. */
function caCertificateSteps(ca, arn, region) {
    const steps = [
        {
            summary: "Get the CA's certificate signing request.",
            command: `${(0,shell_quote/* command */.G)('aws acm-pca get-certificate-authority-csr', arn, ['--output', 'text'], region)} > ca.csr`
        }
    ];
    if (ca.type === 'ROOT') {
        steps.push({
            summary: 'Have the root CA sign its own new certificate (choose the validity you need).',
            command: (0,shell_quote/* command */.G)('aws acm-pca issue-certificate', arn, ['--csr', 'fileb://ca.csr'], ['--signing-algorithm', ca.signingAlgorithm ?? 'SHA256WITHRSA'], ['--template-arn', ROOT_TEMPLATE], ['--validity', 'Value=10,Type=YEARS'], ['--query', 'CertificateArn'], ['--output', 'text'], region)
        }, {
            summary: 'Fetch it (ISSUED_CERTIFICATE_ARN: the ARN the last command printed).',
            command: `${(0,shell_quote/* command */.G)('aws acm-pca get-certificate', arn, ['--certificate-arn', 'ISSUED_CERTIFICATE_ARN'], ['--query', 'Certificate'], ['--output', 'text'], region)} > ca.pem`
        }, {
            summary: 'Install it as the CA certificate.',
            command: (0,shell_quote/* command */.G)('aws acm-pca import-certificate-authority-certificate', arn, ['--certificate', 'fileb://ca.pem'], region)
        });
        return steps;
    }
    steps.push({
        summary: 'Have the parent CA sign ca.csr (template SubordinateCACertificate_PathLen0/V1, or the path length you use), then install the result with its chain.',
        command: (0,shell_quote/* command */.G)('aws acm-pca import-certificate-authority-certificate', arn, ['--certificate', 'fileb://ca.pem'], ['--certificate-chain', 'fileb://chain.pem'], region)
    });
    return steps;
}

;// CONCATENATED MODULE: ./src/services/acm-pca/findings.ts
/**
 * The Private CA plug-in's checks: a finding per CA with a trouble, naming the private ACM
 * certificates it signed (from the ACM plug-in's inventories), whose own findings carry it too.
 */





function pcaFindings(inventories, context) {
    const clock = { now: context.now, thresholds: context.thresholds };
    const signedBy = signedCertificates(context.inventories('acm'));
    const findings = [];
    for (const pca of inventories) {
        for (const ca of pca.certificateAuthorities) {
            const troubles = caTroubles(ca, clock);
            if (troubles.length === 0)
                continue;
            const signed = signedBy.get(ca.arn) ?? [];
            const finding = (0,evaluate_findings/* assembleFinding */.c_)({
                service: 'acm-pca',
                resourceType: 'private-ca',
                resourceId: ca.id,
                resourceArn: ca.arn,
                account: ca.account,
                region: ca.region,
                resourceName: caName(ca)
            }, caReasons(ca, troubles), (0,shared_dates/* earliest */.Qd)(...troubles.map((trouble) => trouble.breaksAt)), pcaRemediation(ca, troubles, signed.map((s) => ({ arn: s.id, region: s.region }))), context.now);
            findings.push((0,certificate_uses/* withConsumers */.qb)(finding, signed.map((s) => s.consumer)));
        }
    }
    return findings;
}
/** The private certificates ACM read, by the CA that signed them (a CA may sign across accounts). */
function signedCertificates(inventories) {
    const byCa = new Map();
    for (const acm of inventories) {
        for (const cert of acm.certificates) {
            if (cert.certificateAuthorityArn === null)
                continue;
            const signed = byCa.get(cert.certificateAuthorityArn) ?? [];
            signed.push({
                id: cert.arn,
                region: cert.region,
                consumer: {
                    service: 'acm',
                    resourceType: 'acm-certificate',
                    id: cert.arn,
                    name: cert.domainName
                }
            });
            byCa.set(cert.certificateAuthorityArn, signed);
        }
    }
    for (const signed of byCa.values())
        signed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return byCa;
}

;// CONCATENATED MODULE: ./src/services/acm-pca/reasons.ts
const PCA_REASONS = [
    {
        code: 'pca-ca-expired',
        severity: 'expired',
        meaning: 'the private CA has expired: no certificate it signed validates any more (its private ACM certificates carry it too)'
    },
    {
        code: 'pca-ca-expiring',
        severity: 'warning',
        meaning: 'the private CA expires: every certificate it signed stops validating then, and none renews past it'
    },
    {
        code: 'pca-ca-not-active',
        severity: 'warning',
        meaning: 'the private CA is disabled, deleted, failed or waiting for its certificate: it issues nothing, so its private certificates cannot renew'
    }
];

;// CONCATENATED MODULE: ./src/services/acm-pca/index.ts
/**
 * The AWS Private CA plug-in: every CA's own expiry and status, which decide whether the private
 * certificates it signed still validate and can renew.
 */



const acmPca = {
    name: 'acm-pca',
    label: { short: 'Private CA', resource: 'private CA' },
    scope: 'regional',
    reads: ['acm'],
    iamActions: ['acm-pca:ListCertificateAuthorities'],
    reasons: PCA_REASONS,
    resourceTypes: { 'private-ca': 'private CA' },
    read: async (context) => {
        const [{ ACMPCAClient }, { collectPca }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(265)]).then(__webpack_require__.t.bind(__webpack_require__, 3265, 23)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(265), __webpack_require__.e(214)]).then(__webpack_require__.bind(__webpack_require__, 2214))
        ]);
        return collectPca(context.client((config) => new ACMPCAClient(config)), context.location, context.signal);
    },
    summarize: (inventory) => ({
        detail: (0,shared_text/* countOf */.pq)(inventory.certificateAuthorities.length, 'CA'),
        incomplete: [],
        resources: inventory.certificateAuthorities.length
    }),
    evaluate: pcaFindings
};

;// CONCATENATED MODULE: ./src/services/cloudfront/index.ts
/**
 * The CloudFront plug-in (global): which certificate every distribution serves to viewers. No
 * findings of its own: ACM and IAM name the distributions in their findings' `usedBy`.
 */

const cloudfront = {
    name: 'cloudfront',
    label: { short: 'CloudFront', resource: 'CloudFront distribution' },
    scope: 'global',
    reads: [],
    iamActions: ['cloudfront:ListDistributions'],
    reasons: [],
    resourceTypes: { 'cloudfront-distribution': 'CloudFront distribution' },
    read: async (context) => {
        const [{ CloudFrontClient }, { collectCloudFront }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(169)]).then(__webpack_require__.t.bind(__webpack_require__, 3169, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(169), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 9859))
        ]);
        return collectCloudFront(context.client((config) => new CloudFrontClient(config)), context.location, context.signal);
    },
    summarize: (inventory) => ({
        detail: `${(0,shared_text/* countOf */.pq)(inventory.distributions.length, 'distribution')} (${(0,shared_text/* countOf */.pq)(inventory.uses.length, 'custom certificate')})`,
        incomplete: [],
        resources: inventory.distributions.length
    }),
    evaluate: () => []
};

;// CONCATENATED MODULE: ./src/services/elb/index.ts
/**
 * The ELB plug-in: which certificate every Classic, Application and Network Load Balancer
 * listener serves. It has no findings of its own: the certificate plug-ins (ACM, IAM) name these
 * listeners in their findings' `usedBy` and rank a served certificate as an outage.
 */

const elb = {
    name: 'elb',
    label: { short: 'ELB', resource: 'load balancer' },
    scope: 'regional',
    reads: [],
    iamActions: [
        // One action for both APIs' DescribeLoadBalancers (Classic and v2).
        'elasticloadbalancing:DescribeListenerCertificates',
        'elasticloadbalancing:DescribeListeners',
        'elasticloadbalancing:DescribeLoadBalancers'
    ],
    reasons: [],
    resourceTypes: {
        'classic-load-balancer-listener': 'Classic Load Balancer listener',
        'load-balancer-listener': 'load balancer listener'
    },
    read: async (context) => {
        const [{ ElasticLoadBalancingClient }, { ElasticLoadBalancingV2Client }, reader] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(165)]).then(__webpack_require__.t.bind(__webpack_require__, 9165, 23)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586), __webpack_require__.e(165), __webpack_require__.e(932)]).then(__webpack_require__.bind(__webpack_require__, 8932))
        ]);
        return reader.collectElb({
            classic: context.client((config) => new ElasticLoadBalancingClient(config)),
            v2: context.client((config) => new ElasticLoadBalancingV2Client(config))
        }, context.location, { concurrency: reader.DEFAULT_LISTENER_CONCURRENCY, signal: context.signal });
    },
    summarize: (inventory) => {
        const listeners = inventory.loadBalancers.reduce((n, lb) => n + lb.listeners.length, 0);
        return {
            detail: `${(0,shared_text/* countOf */.pq)(inventory.loadBalancers.length, 'load balancer')} (${(0,shared_text/* countOf */.pq)(listeners, 'listener')}, ${(0,shared_text/* countOf */.pq)(inventory.uses.length, 'certificate use')})`,
            incomplete: inventory.incomplete ?? [],
            resources: inventory.loadBalancers.length
        };
    },
    evaluate: () => []
};

// EXTERNAL MODULE: ./src/aws/regions.ts
var regions = __webpack_require__(736);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
;// CONCATENATED MODULE: ./src/services/iam/remediation.ts


/** CloudFront takes ACM certificates from this region only. */
const CLOUDFRONT_CERTIFICATE_REGION = 'us-east-1';
function iamRemediation(subject, uses, unread) {
    const steps = [];
    const regions = [
        ...new Set(uses.map((use) => use.consumer.service === 'cloudfront' ? CLOUDFRONT_CERTIFICATE_REGION : use.region))
    ].sort();
    if (subject.name !== null && !subject.deleted && regions.length > 0) {
        steps.push({
            summary: 'See which names the certificate covers: its replacement needs the same.',
            command: `${(0,shell_quote/* command */.G)('aws iam get-server-certificate', ['--server-certificate-name', subject.name], ['--query', 'ServerCertificate.CertificateBody'], ['--output', 'text'])} | openssl x509 -noout -subject -ext subjectAltName`
        });
    }
    for (const region of regions) {
        steps.push({
            summary: `Request its replacement from ACM in ${region}, which renews what it issues: DOMAIN_NAME is the subject the step above printed, its other names go after --subject-alternative-names (or import the certificate you have with aws acm import-certificate). ${certificate_uses/* NEW_CERTIFICATE */.X9} below is the new certificate's ARN.`,
            command: (0,shell_quote/* command */.G)('aws acm request-certificate', ['--domain-name', 'DOMAIN_NAME'], ['--validation-method', 'DNS'], ['--region', region])
        });
    }
    const byConsumer = [...uses].sort((a, b) => a.consumer.id < b.consumer.id ? -1 : a.consumer.id > b.consumer.id ? 1 : 0);
    for (const use of byConsumer)
        steps.push(...use.switchSteps);
    if (unread.length > 0) {
        steps.push({
            summary: `Look for endpoints serving it where the scan did not (${unread.join('; ')}) and switch them too.`,
            command: ''
        });
    }
    if (subject.name !== null && !subject.deleted) {
        steps.push({
            summary: uses.length === 0 && unread.length === 0
                ? 'Nothing serves it: delete it.'
                : 'Once nothing serves it, delete it.',
            command: (0,shell_quote/* command */.G)('aws iam delete-server-certificate', [
                '--server-certificate-name',
                subject.name
            ])
        });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/services/iam/rules.ts

const NEVER_RENEWS = 'IAM never renews server certificates';
/** The reason for one listed certificate, or null when its expiry is not due. */
function assessServerCertificate(cert, clock, usage) {
    const window = (0,shared_dates/* severityOfDate */.R$)(cert.expiration, clock.now, clock.thresholds);
    if (window === null || cert.expiration === null)
        return null;
    const what = `IAM server certificate ${cert.name} ${(0,shared_dates/* expiryClause */.Zz)(cert.expiration, clock.now)}`;
    // Nothing live serves it, and every place something could was read: nothing breaks.
    const idle = !usage.live && usage.unread.length === 0;
    if (window === 'expired') {
        return {
            code: 'iam-server-cert-expired',
            severity: idle ? 'warning' : 'expired',
            message: `${what}; ${NEVER_RENEWS}. ${useSentence(usage, 'a clean-up: delete it')}`
        };
    }
    return {
        code: 'iam-server-cert-expiring',
        severity: idle ? 'notice' : window,
        message: `${what}; ${NEVER_RENEWS}. ${useSentence(usage, 'delete it rather than renew it')}`
    };
}
/**
 * A certificate an endpoint names that IAM no longer lists: it was deleted under a load balancer
 * or distribution, which may keep serving a stale copy or stop accepting traffic (AWS's IAM
 * guide), so it counts as broken now wherever it is live.
 */
function deletedCertificateReason(name, usage) {
    return {
        code: 'iam-server-cert-expired',
        severity: usage.live ? 'expired' : 'warning',
        message: `IAM server certificate ${name} was deleted, yet ${usage.live ? 'live endpoints still name it' : 'endpoints still name it (none of them live)'}: give them a certificate that exists.`
    };
}
function useSentence(usage, unusedAdvice) {
    if (usage.live)
        return 'A live endpoint serves it.';
    if (usage.named && usage.unread.length === 0) {
        return `Only inactive endpoints name it, and every region was read: ${unusedAdvice}, or replace it before turning them on.`;
    }
    if (usage.named) {
        return `Only inactive endpoints were found naming it, but ${usage.unread.join(' and ')}, so it counts as served.`;
    }
    if (usage.unread.length === 0) {
        return `Nothing serves it (every region's load balancers and CloudFront were read): ${unusedAdvice}.`;
    }
    return `No endpoint that serves it was found, but ${usage.unread.join(' and ')}, so it counts as served.`;
}

;// CONCATENATED MODULE: ./src/services/iam/findings.ts
/**
 * The IAM plug-in's checks: a finding per server certificate whose expiry is due, and one per
 * certificate an endpoint still names after IAM deleted it, each naming who serves it.
 */






/** The plug-ins whose endpoints serve IAM server certificates. */
const IAM_CERTIFICATE_CONSUMERS = ['elb', 'cloudfront'];
/** Where those endpoints can be: a load balancer in any region, CloudFront once per account. */
const REACH = [
    { name: 'elb', label: 'load balancers', regions: regions/* COMMERCIAL_REGIONS */.vD },
    { name: 'cloudfront', label: 'CloudFront distributions', regions: [inventory/* GLOBAL_REGION */.j] }
];
function iamFindings(inventories, context) {
    const uses = certificate_uses/* CertificateUses */.wN.read(context, IAM_CERTIFICATE_CONSUMERS);
    const clock = { now: context.now, thresholds: context.thresholds };
    const findings = [];
    for (const iam of inventories) {
        const unread = (0,certificate_uses/* unreadEndpoints */.q_)(context.coverage, iam.account, REACH);
        for (const cert of iam.serverCertificates) {
            const served = uses.of(iam.account, cert.arn, cert.id);
            const reason = assessServerCertificate(cert, clock, usage(served, unread));
            if (reason === null)
                continue;
            const finding = (0,evaluate_findings/* assembleFinding */.c_)({
                service: 'iam',
                resourceType: 'iam-server-certificate',
                resourceId: cert.name,
                resourceArn: cert.arn,
                account: iam.account,
                region: iam.region
            }, [reason], cert.expiration, iamRemediation({ name: cert.name, deleted: false }, served, unread), context.now);
            findings.push((0,certificate_uses/* withConsumers */.qb)(finding, (0,certificate_uses/* consumersOf */.d$)(served)));
        }
        findings.push(...deletedCertificateFindings(iam, uses, unread, context.now));
    }
    return findings;
}
/** Certificates of this account that endpoints name and IAM does not list. */
function deletedCertificateFindings(iam, uses, unread, now) {
    const listed = new Set(iam.serverCertificates.flatMap((cert) => [cert.arn, cert.id]));
    const missing = uses.unlisted((use) => use.account === iam.account && isIamCertificate(use, iam.account), (certificate) => listed.has(certificate));
    return [...missing].map(([certificate, served]) => {
        const name = nameInArn(certificate);
        const finding = (0,evaluate_findings/* assembleFinding */.c_)({
            service: 'iam',
            resourceType: 'iam-server-certificate',
            resourceId: name ?? certificate,
            resourceArn: certificate,
            account: iam.account,
            region: iam.region
        }, [deletedCertificateReason(name ?? certificate, usage(served, unread))], null, iamRemediation({ name, deleted: true }, served, unread), now);
        return (0,certificate_uses/* withConsumers */.qb)(finding, (0,certificate_uses/* consumersOf */.d$)(served));
    });
}
function usage(served, unread) {
    return { named: served.length > 0, live: served.some((use) => use.live), unread };
}
const IAM_ARN = /^arn:aws:iam::(\d{12}):server-certificate\/(?:.*\/)?([^/]+)$/;
/**
 * Whether a use names an IAM server certificate of `account`: by ARN (load balancers), or by
 * id (CloudFront, whose ACM certificates are ARNs).
 */
function isIamCertificate(use, account) {
    const arn = IAM_ARN.exec(use.certificate);
    if (arn)
        return arn[1] === account;
    return use.consumer.service === 'cloudfront' && !use.certificate.startsWith('arn:');
}
/** The name at the end of an IAM server certificate ARN (after its path), or null. */
function nameInArn(certificate) {
    return IAM_ARN.exec(certificate)?.[2] ?? null;
}

;// CONCATENATED MODULE: ./src/services/iam/reasons.ts
const IAM_REASONS = [
    {
        code: 'iam-server-cert-expired',
        severity: 'expired',
        meaning: 'the IAM server certificate has expired or was deleted while an endpoint still names it (a clean-up, `warning`, when every region was read and nothing serves it)'
    },
    {
        code: 'iam-server-cert-expiring',
        severity: 'warning',
        meaning: 'the IAM server certificate expires, and IAM never renews it'
    }
];

;// CONCATENATED MODULE: ./src/services/iam/index.ts
/**
 * The IAM plug-in (global): server certificates, which never renew, judged by who serves them
 * (the load balancers and CloudFront distributions the ELB and CloudFront plug-ins read).
 */



const iam = {
    name: 'iam',
    label: { short: 'IAM', resource: 'IAM server certificate' },
    scope: 'global',
    reads: IAM_CERTIFICATE_CONSUMERS,
    iamActions: ['iam:ListServerCertificates'],
    reasons: IAM_REASONS,
    resourceTypes: { 'iam-server-certificate': 'IAM server certificate' },
    // Its SDK client loads only for a run that reads it, as every plug-in's does.
    read: async (context) => {
        const [{ IAMClient }, { collectIam }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 6871))
        ]);
        return collectIam(context.client((config) => new IAMClient(config)), context.location, context.signal);
    },
    summarize: (inventory) => ({
        detail: (0,shared_text/* countOf */.pq)(inventory.serverCertificates.length, 'server certificate'),
        incomplete: [],
        resources: inventory.serverCertificates.length
    }),
    evaluate: iamFindings
};

;// CONCATENATED MODULE: ./src/services/rds/rules.ts

/** The maintenance action that rotates an instance's CA / server certificate. */
const CA_ROTATION_ACTION = 'ca-certificate-rotation';
/**
 * Every reason for one DB instance or Multi-AZ DB cluster. Missing data never counts against
 * a resource: no CA identifier (RDS Custom) gives no CA reason, no server certificate date
 * (Neptune without CertificateDetails) gives no server certificate reason, and an empty CA list
 * (DescribeCertificates returned nothing for the region) cannot prove a CA retired.
 */
function assessRdsHolder(holder, cas, maintenance, clock) {
    const reasons = [];
    const caDates = rules_caReasons(holder, cas, clock, reasons);
    serverCertReasons(holder, clock, reasons);
    const pendingRotation = findPendingRotation(holder.arn, maintenance);
    if (pendingRotation)
        reasons.push(rotationReason(pendingRotation, clock));
    return { reasons, expiresAt: holderExpiry(holder, caDates, reasons, clock.now), pendingRotation };
}
/**
 * The earlier of the CA's and the server certificate's dates. A retired CA has no date left but
 * is already past, so a later server certificate date would read as time left: only a server
 * certificate date that has itself passed is kept then.
 */
function holderExpiry(holder, caValidTill, reasons, now) {
    if (!reasons.some((reason) => reason.code === 'rds-ca-retired')) {
        return (0,shared_dates/* earliest */.Qd)(caValidTill, holder.serverCertValidTill);
    }
    const serverMs = (0,shared_dates/* parseInstant */.nV)(holder.serverCertValidTill);
    return serverMs !== null && serverMs < now.getTime() ? holder.serverCertValidTill : null;
}
function rules_caReasons(holder, cas, { now, thresholds }, reasons) {
    const caId = holder.caIdentifier;
    if (!caId)
        return null;
    const listed = cas.filter((ca) => ca.account === holder.account && ca.region === holder.region);
    if (listed.length === 0)
        return null;
    const ca = listed.find((candidate) => candidate.identifier === caId);
    if (!ca) {
        reasons.push({
            code: 'rds-ca-retired',
            severity: 'expired',
            message: `CA ${caId} is retired: DescribeCertificates no longer lists it in ${holder.region}, so TLS clients that verify the server fail and the instance must move to a current CA.`
        });
        return null;
    }
    const severity = (0,shared_dates/* severityOfDate */.R$)(ca.validTill, now, thresholds);
    if (severity !== null && ca.validTill) {
        reasons.push({
            code: severity === 'expired' ? 'rds-ca-expired' : 'rds-ca-expiring',
            severity,
            message: `CA ${caId} ${(0,shared_dates/* expiryClause */.Zz)(ca.validTill, now)}.`
        });
    }
    return ca.validTill;
}
function serverCertReasons(holder, { now, thresholds }, reasons) {
    const validTill = holder.serverCertValidTill;
    const severity = (0,shared_dates/* severityOfDate */.R$)(validTill, now, thresholds);
    if (severity === null || !validTill)
        return;
    reasons.push({
        code: severity === 'expired' ? 'rds-server-cert-expired' : 'rds-server-cert-expiring',
        severity,
        message: `Server certificate ${(0,shared_dates/* expiryClause */.Zz)(validTill, now)}.`
    });
}
/** The pending CA rotation for a resource; the earliest one when AWS lists several. */
function findPendingRotation(arn, maintenance) {
    let found = null;
    for (const action of maintenance) {
        if (action.resourceArn !== arn || action.action !== CA_ROTATION_ACTION)
            continue;
        const applyMs = (0,shared_dates/* parseInstant */.nV)(rotationApplyDate(action)) ?? Infinity;
        const foundMs = found ? ((0,shared_dates/* parseInstant */.nV)(rotationApplyDate(found)) ?? Infinity) : Infinity;
        if (!found || applyMs < foundMs)
            found = action;
    }
    return found;
}
/**
 * When the rotation will actually happen. CurrentApplyDate already accounts for opt-in requests
 * and both dates below, so it wins; without it the earlier of the other two is the next risk.
 */
function rotationApplyDate(action) {
    return action.currentApplyDate ?? (0,shared_dates/* earliest */.Qd)(action.autoAppliedAfterDate, action.forcedApplyDate);
}
/**
 * A scheduled rotation is a notice until its apply date comes within the thresholds. A date
 * already past (the rotation is due and about to run) is critical, not expired: nothing is
 * broken by the schedule itself, but the instance may restart and clients need the new bundle.
 */
function rotationReason(action, { now, thresholds }) {
    const applyDate = rotationApplyDate(action);
    const dateSeverity = (0,shared_dates/* severityOfDate */.R$)(applyDate, now, thresholds);
    const severity = dateSeverity === null ? 'notice' : dateSeverity === 'expired' ? 'critical' : dateSeverity;
    const dates = [
        ['applies on', action.currentApplyDate],
        ['auto-applied after', action.autoAppliedAfterDate],
        ['forced on', action.forcedApplyDate]
    ]
        .filter((pair) => typeof pair[1] === 'string' && pair[1] !== '')
        .map(([label, date]) => `${label} ${(0,shared_dates/* formatDay */.im)(date)}`);
    const when = dates.length > 0 ? dates.join(', ') : 'no apply date set';
    const optIn = action.optInStatus ? `; opt-in status: ${action.optInStatus}` : '';
    const reason = {
        code: 'rds-rotation-scheduled',
        severity,
        message: `A ${CA_ROTATION_ACTION} maintenance action is pending (${when}${optIn}).`
    };
    const dueMs = (0,shared_dates/* parseInstant */.nV)(applyDate);
    if (dueMs !== null)
        reason.dueAt = new Date(dueMs).toISOString();
    return reason;
}
/**
 * New instances silently get the default CA; when it expires within the warning window every
 * new launch starts on a dying CA. With a customer override, the override's own validity counts.
 */
function assessDefaultCas(cas, { now, thresholds }) {
    const results = [];
    const seen = new Set();
    for (const ca of cas) {
        // One finding per CA and place even if a record came in twice: the id must stay unique.
        const key = `${ca.account}:${ca.region}:${ca.identifier}`;
        if (!ca.defaultForNewLaunches || seen.has(key))
            continue;
        seen.add(key);
        const validTill = ca.customerOverride && ca.customerOverrideValidTill
            ? ca.customerOverrideValidTill
            : ca.validTill;
        const severity = (0,shared_dates/* severityOfDate */.R$)(validTill, now, thresholds);
        if (severity === null || !validTill)
            continue;
        const whose = ca.customerOverride ? "the account's override" : 'the default';
        results.push({
            ca,
            validTill,
            reason: {
                code: 'rds-default-ca-expiring',
                severity,
                message: `New DB instances in ${ca.region} get CA ${ca.identifier} (${whose}), which ${(0,shared_dates/* expiryClause */.Zz)(validTill, now)}.`
            }
        });
    }
    return results;
}

;// CONCATENATED MODULE: ./src/services/rds/remediation.ts


/**
 * From the seed article: the sessions open right now, and whether each uses TLS. MySQL-family
 * engines expose it per thread, PostgreSQL per backend (rdsadmin is RDS's own monitoring user).
 */
const MYSQL_TLS_QUERY = 'SELECT id, user, host, connection_type FROM performance_schema.threads pst INNER JOIN information_schema.processlist isp ON pst.processlist_id = isp.id;';
const POSTGRES_TLS_QUERY = "SELECT datname, usename, ssl, client_addr FROM pg_stat_ssl INNER JOIN pg_stat_activity ON pg_stat_ssl.pid = pg_stat_activity.pid WHERE ssl IS TRUE AND usename <> 'rdsadmin';";
const MYSQL_ENGINES = new Set(['mysql', 'mariadb', 'aurora-mysql', 'aurora']);
const POSTGRES_ENGINES = new Set(['postgres', 'aurora-postgresql']);
/**
 * DocumentDB and Neptune instances come back from the RDS API, but their own CLIs are the
 * documented way to modify them (the calls are the same).
 */
function cliService(engine) {
    if (engine === 'docdb')
        return 'docdb';
    if (engine === 'neptune')
        return 'neptune';
    return 'rds';
}
/** The regional CA bundle that clients must trust before the rotation. */
function trustStoreBundleUrl(region) {
    return `https://truststore.pki.rds.amazonaws.com/${region}/${region}-bundle.pem`;
}
/**
 * Steps in the order AWS recommends: find the TLS clients, give them the new CA bundle, then
 * rotate (knowing whether the database restarts), or apply the rotation AWS already scheduled.
 */
function rdsRemediation(input) {
    const steps = [tlsClientsStep(input.engine), trustStoreStep(input.region)];
    const restart = restartKnowledge(input);
    if (restart.kind === 'unknown')
        steps.push(restartCheckStep(input));
    // Already on the target CA, a modify would change nothing: only a rotation renews the
    // server certificate then.
    const rotates = input.caIdentifier !== null && input.caIdentifier !== input.targetCa;
    if (rotates)
        steps.push(rotateStep(input, restart));
    if (input.pendingRotation)
        steps.push(applyPendingStep(input, restart, rotates));
    else if (input.caIdentifier === input.targetCa)
        steps.push(findRotationStep(input));
    return steps;
}
function tlsClientsStep(engine) {
    const caveat = 'an empty result only covers the connections open at that moment';
    if (MYSQL_ENGINES.has(engine)) {
        return {
            summary: `Check which clients use TLS: run this on the database (${caveat}).`,
            command: MYSQL_TLS_QUERY
        };
    }
    if (POSTGRES_ENGINES.has(engine)) {
        return {
            summary: `Check which clients use TLS: run this on the database (${caveat}).`,
            command: POSTGRES_TLS_QUERY
        };
    }
    return {
        summary: `Check which clients connect with TLS and verify the server certificate (${engine}).`,
        command: ''
    };
}
function trustStoreStep(region) {
    const url = trustStoreBundleUrl(region);
    return {
        summary: `Add the new CA bundle to every client's trust store before rotating (${url}).`,
        command: (0,shell_quote/* command */.G)('curl -fsSL', ['-o', `${region}-bundle.pem`], (0,shell_quote/* shellQuote */.Z)(url))
    };
}
function findEngineVersion(input) {
    return input.engineVersions.find((record) => record.engine === input.engine && record.engineVersion === input.engineVersion);
}
function restartKnowledge(input) {
    const supports = findEngineVersion(input)?.supportsCertificateRotationWithoutRestart;
    if (supports === true)
        return { kind: 'no-restart' };
    if (supports === false)
        return { kind: 'restart' };
    return { kind: 'unknown' };
}
function restartClause(input, restart) {
    const version = `${input.engine} ${input.engineVersion}`;
    switch (restart.kind) {
        case 'no-restart':
            return `${version} rotates the certificate without a restart.`;
        case 'restart':
            return `The database RESTARTS: ${version} cannot rotate the certificate without a restart, so do it in a maintenance window.`;
        case 'unknown':
            return `The database may restart: whether ${version} can rotate without a restart is unknown (check with describe-db-engine-versions first).`;
    }
}
function restartCheckStep(input) {
    return {
        summary: `Check whether ${input.engine} ${input.engineVersion} rotates the certificate without restarting (True: no restart).`,
        command: (0,shell_quote/* command */.G)(`aws ${cliService(input.engine)} describe-db-engine-versions`, ['--engine', input.engine], ['--engine-version', input.engineVersion], ['--query', 'DBEngineVersions[].SupportsCertificateRotationWithoutRestart'], ['--output', 'text'], ['--region', input.region])
    };
}
function rotateStep(input, restart) {
    const supported = findEngineVersion(input)?.supportedCaIdentifiers ?? [];
    const unsupported = supported.length > 0 && !supported.includes(input.targetCa)
        ? ` Note: ${input.engine} ${input.engineVersion} lists only ${supported.join(', ')}; pick one of those if ${input.targetCa} is refused.`
        : '';
    const service = cliService(input.engine);
    const target = ['--ca-certificate-identifier', input.targetCa];
    const region = ['--region', input.region];
    const { noun, operation, idFlag } = input.kind === 'db-cluster'
        ? {
            noun: 'the Multi-AZ DB cluster',
            operation: 'modify-db-cluster',
            idFlag: '--db-cluster-identifier'
        }
        : {
            noun: 'the instance',
            operation: 'modify-db-instance',
            idFlag: '--db-instance-identifier'
        };
    return {
        summary: `Rotate ${noun} to ${input.targetCa}. ${restartClause(input, restart)}${unsupported}`,
        command: (0,shell_quote/* command */.G)(`aws ${service} ${operation}`, [idFlag, input.identifier], target, '--apply-immediately', region)
    };
}
function applyPendingStep(input, restart, alternative) {
    const verb = alternative ? 'Or apply' : 'Apply';
    return {
        summary: `${verb} the scheduled ${CA_ROTATION_ACTION} now instead of waiting for it. ${restartClause(input, restart)}`,
        command: (0,shell_quote/* command */.G)(`aws ${cliService(input.engine)} apply-pending-maintenance-action`, ['--resource-identifier', input.arn], ['--apply-action', CA_ROTATION_ACTION], ['--opt-in-type', 'immediate'], ['--region', input.region])
    };
}
/** Already on the target CA: only a scheduled rotation renews the server certificate. */
function findRotationStep(input) {
    return {
        summary: `Already on ${input.targetCa}: the server certificate is renewed by a ${CA_ROTATION_ACTION} maintenance action; look for it.`,
        command: (0,shell_quote/* command */.G)(`aws ${cliService(input.engine)} describe-pending-maintenance-actions`, ['--resource-identifier', input.arn], ['--region', input.region])
    };
}
/**
 * Moves the account's default CA for new launches. When the target CA is itself the one
 * expiring, the listed CA that stays valid longest is the better suggestion.
 */
function defaultCaRemediation(expiring, cas, targetCa) {
    let replacement = targetCa;
    if (targetCa === expiring.identifier) {
        const longest = [...cas]
            .filter((ca) => ca.identifier !== expiring.identifier && ca.validTill)
            .sort((a, b) => Date.parse(b.validTill ?? '') - Date.parse(a.validTill ?? ''))[0];
        if (longest)
            replacement = longest.identifier;
    }
    return [
        {
            summary: `Make new DB instances in ${expiring.region} start on ${replacement} (an account-level override of the default CA).`,
            command: (0,shell_quote/* command */.G)('aws rds modify-certificates', ['--certificate-identifier', replacement], ['--region', expiring.region])
        }
    ];
}

;// CONCATENATED MODULE: ./src/services/rds/findings.ts
/** The RDS plug-in's checks over one account and region: a finding per resource with reasons. */




/**
 * Whether a DB instance (or a Multi-AZ DB cluster, checked the same way) has any reason at all,
 * so that the reader fetches engine-version details (restart behaviour) only for those: the
 * same rules as the checks, not a copy of them.
 */
function rdsInstanceNeedsAction(instance, cas, maintenance, now, thresholds) {
    return assessRdsHolder(instance, cas, maintenance, { now, thresholds }).reasons.length > 0;
}
function rdsFindings(inventory, options) {
    const clock = { now: options.now, thresholds: options.thresholds };
    const findings = [];
    // In a Multi-AZ DB cluster the CA is set on the cluster and its member instances cannot be
    // modified: the cluster's finding covers them. (Aurora clusters carry no certificate, so their
    // instances are reported one by one: that is where their CA is set.)
    const certifiedClusters = new Set(inventory.clusters.filter((cluster) => cluster.caIdentifier !== null).map((c) => c.identifier));
    const holders = [
        ...inventory.instances
            .filter((instance) => !certifiedClusters.has(instance.clusterIdentifier ?? ''))
            .map((instance) => ({ kind: 'db-instance', record: instance })),
        ...inventory.clusters.map((cluster) => ({ kind: 'db-cluster', record: cluster }))
    ];
    for (const { kind, record } of holders) {
        const assessment = assessRdsHolder(record, inventory.cas, inventory.maintenance, clock);
        if (assessment.reasons.length === 0)
            continue;
        const remediation = rdsRemediation({
            kind,
            identifier: record.identifier,
            arn: record.arn,
            region: record.region,
            engine: record.engine,
            engineVersion: record.engineVersion,
            caIdentifier: record.caIdentifier,
            pendingRotation: assessment.pendingRotation,
            engineVersions: inventory.engineVersions,
            targetCa: options.targetCa
        });
        findings.push((0,evaluate_findings/* assembleFinding */.c_)({
            service: 'rds',
            resourceType: kind,
            resourceId: record.identifier,
            resourceArn: record.arn,
            account: record.account,
            region: record.region
        }, assessment.reasons, assessment.expiresAt, remediation, options.now));
    }
    for (const due of assessDefaultCas(inventory.cas, clock)) {
        findings.push((0,evaluate_findings/* assembleFinding */.c_)({
            service: 'rds',
            resourceType: 'rds-default-ca',
            resourceId: due.ca.identifier,
            resourceArn: `arn:${(0,regions/* partitionOf */.iQ)(due.ca.region)}:rds:${due.ca.region}:${due.ca.account}:cert:${due.ca.identifier}`,
            account: due.ca.account,
            region: due.ca.region
        }, [due.reason], due.validTill, defaultCaRemediation(due.ca, inventory.cas, options.targetCa), options.now));
    }
    return findings;
}

// EXTERNAL MODULE: ./src/report/command-block.ts
var command_block = __webpack_require__(5875);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/finding-text.ts
var finding_text = __webpack_require__(11);
;// CONCATENATED MODULE: ./src/services/rds/issue-section.ts



/**
 * The RDS findings' TLS queries, from their own remediation steps (one source for the SQL);
 * without them, the section names the views to look at.
 */
function renderTlsGuidance(findings) {
    if (findings.length === 0)
        return '';
    const queries = new Map();
    for (const finding of findings) {
        for (const step of finding.remediation) {
            if (!(0,finding_text/* isSql */.VT)(step.command))
                continue;
            const query = queries.get(step.command) ?? { summary: step.summary, users: [] };
            query.users.push(finding);
            queries.set(step.command, query);
        }
    }
    const intro = '### Which clients use TLS?\n\n' +
        'Rotating the CA replaces the server certificate: clients that verify it need the new CA ' +
        'in their trust store first. Check which connections use TLS before rotating; a result ' +
        'only covers the connections open at that moment.';
    if (queries.size === 0) {
        return (`${intro}\n\n` +
            '- MySQL, MariaDB, Aurora MySQL: `performance_schema.threads` (`connection_type`) joined ' +
            'with `information_schema.processlist`.\n' +
            '- PostgreSQL, Aurora PostgreSQL: `pg_stat_ssl` joined with `pg_stat_activity` on `pid`.');
    }
    const blocks = [...queries].map(([command, { summary, users }]) => {
        const [first] = users;
        const example = first ? `, e.g. ${(0,report_escape/* escapeMarkdown */.FV)(first.resourceName ?? first.resourceId)}` : '';
        const scope = `For ${(0,finding_text/* plural */.LS)(users.length, 'resource')} above${example}`;
        return `${scope}: ${(0,report_escape/* escapeMarkdown */.FV)(summary)}\n\n${(0,command_block/* commandBlock */.L)(command)}`;
    });
    return `${intro}\n\n${blocks.join('\n\n')}`;
}

;// CONCATENATED MODULE: ./src/services/rds/reasons.ts
const RDS_REASONS = [
    {
        code: 'rds-ca-retired',
        severity: 'expired',
        meaning: "the instance's CA is no longer listed by `DescribeCertificates` (e.g. `rds-ca-2019`): expired"
    },
    {
        code: 'rds-ca-expired',
        severity: 'expired',
        meaning: "the instance's CA has expired"
    },
    {
        code: 'rds-ca-expiring',
        severity: 'warning',
        meaning: "the instance's CA expires (the earlier of CA and server certificate counts)"
    },
    {
        code: 'rds-server-cert-expired',
        severity: 'expired',
        meaning: "the instance's own server certificate (`CertificateDetails.ValidTill`) has expired, even on a healthy CA"
    },
    {
        code: 'rds-server-cert-expiring',
        severity: 'warning',
        meaning: "the instance's own server certificate (`CertificateDetails.ValidTill`) expires, even on a healthy CA"
    },
    {
        code: 'rds-rotation-scheduled',
        severity: 'notice',
        meaning: 'a `ca-certificate-rotation` maintenance action is pending, with its apply dates'
    },
    {
        code: 'rds-default-ca-expiring',
        severity: 'warning',
        meaning: "the account's default CA for new launches (or its override) expires"
    }
];

;// CONCATENATED MODULE: ./src/services/rds/index.ts
/**
 * The RDS plug-in: RDS, Aurora, DocumentDB and Neptune DB instances and Multi-AZ DB clusters,
 * the region's CAs and the account's default CA for new launches (one RDS API for all four).
 */




function rdsPlugin(options = {}) {
    return {
        name: 'rds',
        label: { short: 'RDS', resource: 'RDS resource' },
        scope: 'regional',
        reads: [],
        iamActions: [
            'rds:DescribeCertificates',
            'rds:DescribeDBClusters',
            'rds:DescribeDBEngineVersions',
            'rds:DescribeDBInstances',
            'rds:DescribePendingMaintenanceActions'
        ],
        reasons: RDS_REASONS,
        resourceTypes: {
            'db-instance': 'DB instance',
            'db-cluster': 'DB cluster',
            'rds-default-ca': 'default CA for new DB instances'
        },
        // Its SDK client and reader load only for a run that reads RDS (not for the merge).
        read: async (context) => {
            const [{ RDSClient }, { collectRds }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19)),
                Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 1417))
            ]);
            return collectRds(context.client((config) => new RDSClient(config)), context.location, {
                needsEngineVersion: options.needsEngineVersion ??
                    ((instance, cas, maintenance) => rdsInstanceNeedsAction(instance, cas, maintenance, context.now, context.thresholds)),
                log: (message) => context.log(message),
                signal: context.signal
            });
        },
        summarize: (rds) => ({
            detail: `${(0,shared_text/* countOf */.pq)(rds.instances.length, 'DB instance')}, ` +
                `${(0,shared_text/* countOf */.pq)(rds.clusters.length, 'Multi-AZ DB cluster')}, ${(0,shared_text/* countOf */.pq)(rds.cas.length, 'CA')}, ` +
                `${(0,shared_text/* countOf */.pq)(rds.maintenance.length, 'pending maintenance action')}`,
            incomplete: rds.incomplete ?? [],
            resources: rds.instances.length + rds.clusters.length
        }),
        evaluate: (inventories, context) => inventories.flatMap((rds) => rdsFindings(rds, context)),
        issueSection: renderTlsGuidance
    };
}
const rds = rdsPlugin();

;// CONCATENATED MODULE: ./src/services/index.ts
/**
 * The registry: every service plug-in the scan knows, in the order reports list them. A new
 * service is a folder beside these and one line here.
 */






const SERVICES = [rds, acm, acmPca, iam, elb, cloudfront];
/** The plug-in of that name among `services`, if any. */
function serviceNamed(name, services = SERVICES) {
    return services.find((service) => service.name === name);
}


/***/ }),

/***/ 544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DEFAULT_BUDGETS),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   R: () => (/* binding */ deadlineSignal),
/* harmony export */   Xo: () => (/* binding */ formatSeconds)
/* harmony export */ });
/* unused harmony export DeadlineExceeded */
/**
 * AWS's describe and list calls answer within a second or two from a runner; 20 s per attempt
 * is far beyond a slow one. The idle limit outlasts the SDK's longest backoff (20 s) plus a
 * slow attempt, so only an endpoint that has stopped answering reaches it. GitHub's API answers
 * in well under a second; its total covers a run's listing, writes (paced one per second) and
 * a short rate-limit wait.
 */
const DEFAULT_BUDGETS = {
    aws: { connectMs: 5_000, attemptMs: 20_000, idleMs: 60_000 },
    github: { requestMs: 15_000, totalMs: 90_000, longestWaitSeconds: 30 },
    oidcMs: 20_000,
    fileMs: 10_000
};
/** Thrown by `withDeadline` when the limit passes first. */
class DeadlineExceeded extends Error {
    what;
    ms;
    name = 'DeadlineExceeded';
    constructor(
    /** What was waited for, as it reads after "no answer from": `the GitHub API`. */
    what, ms) {
        super(`no answer from ${what} within ${formatSeconds(ms)}`);
        this.what = what;
        this.ms = ms;
    }
}
/**
 * Resolves or rejects like `work`, or rejects with DeadlineExceeded after `ms`; `onTimeout`
 * runs first (to abort what `work` started). The timer never keeps the process alive.
 */
async function withDeadline(work, ms, what, onTimeout) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout?.();
            reject(new DeadlineExceeded(what, ms));
        }, ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * A signal that aborts after `ms` with DeadlineExceeded as its reason (AbortSignal.timeout's
 * reason says only "timeout"); its timer never keeps the process alive.
 */
function deadlineSignal(ms, what) {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DeadlineExceeded(what, ms)), ms).unref();
    return controller.signal;
}
/** `60 s`, `1.5 s`, `250 ms`. */
function formatSeconds(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   PU: () => (/* binding */ daysPhrase),
/* harmony export */   Pc: () => (/* binding */ hasPassed),
/* harmony export */   Qd: () => (/* binding */ earliest),
/* harmony export */   R$: () => (/* binding */ severityOfDate),
/* harmony export */   Zz: () => (/* binding */ expiryClause),
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** Milliseconds since the epoch, or null for a missing or unparseable date: never "expired". */
function parseInstant(value) {
    if (value === null || value === undefined || value === '')
        return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
}
/**
 * Days left as a person counts them on a calendar: the expiry's UTC date minus the scan's UTC
 * date. 0 is "today" (before or after the instant), 1 "tomorrow", -1 "yesterday". Counting
 * 24-hour periods instead would call a date six calendar days ahead "5 days left" whenever it
 * falls earlier in the day than the scan, and one 20 days back "21 days ago". Every severity
 * window, message, render and the report's `daysLeft` use this one count; whether the instant
 * itself has passed is `hasPassed`. UTC, because the dates are shown as UTC dates.
 */
function daysLeft(expiresAtMs, now) {
    return Math.floor(expiresAtMs / DAY_MS) - Math.floor(now.getTime() / DAY_MS);
}
/**
 * Whether an expiry instant is behind `now`. X.509 (RFC 5280 4.1.2.5) makes notAfter
 * inclusive: a certificate is still valid AT its expiry instant, expired from the next ms on.
 */
function hasPassed(expiresAtMs, now) {
    return expiresAtMs < now.getTime();
}
/**
 * How urgent a date is: `expired` once its instant has passed (`hasPassed`), then `critical`
 * when daysLeft <= criticalDays, `warning` when daysLeft <= warningDays, and null (nothing due)
 * beyond, in calendar days, as the reports print them. A missing date gives null.
 */
function severityOfDate(expiresAt, now, thresholds) {
    const ms = parseInstant(expiresAt);
    if (ms === null)
        return null;
    if (hasPassed(ms, now))
        return 'expired';
    const days = daysLeft(ms, now);
    if (days <= thresholds.criticalDays)
        return 'critical';
    if (days <= thresholds.warningDays)
        return 'warning';
    return null;
}
/** The earlier of several ISO dates (missing ones ignored), as given, or null. */
function earliest(...dates) {
    let best = null;
    for (const iso of dates) {
        const ms = parseInstant(iso);
        if (iso && ms !== null && (best === null || ms < best.ms))
            best = { iso, ms };
    }
    return best === null ? null : best.iso;
}
/** An ISO date as `YYYY-MM-DD` (UTC) for messages; the raw value when unparseable. */
function formatDay(iso) {
    const ms = parseInstant(iso);
    return ms === null ? iso : new Date(ms).toISOString().slice(0, 10);
}
/** "in 3 days", "tomorrow", "today", "yesterday", "3 days ago": a `daysLeft` in a sentence. */
function daysPhrase(days) {
    if (days === 0)
        return 'today';
    if (days === 1)
        return 'tomorrow';
    if (days === -1)
        return 'yesterday';
    if (days > 0)
        return `in ${days} days`;
    return `${-days} days ago`;
}
/** "expired on 2026-01-02 (3 days ago)" / "expires on 2026-01-02 (in 3 days)". */
function expiryClause(iso, now) {
    const ms = parseInstant(iso);
    if (ms === null)
        return `expires on ${iso}`;
    const verb = hasPassed(ms, now) ? 'expired' : 'expires';
    return `${verb} on ${formatDay(iso)} (${daysPhrase(daysLeft(ms, now))})`;
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseDnsServer)
/* harmony export */ });
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6608);
/**
 * The `dns-servers` entries as Node's resolver takes them. Apart from the resolver itself, so
 * that checking the inputs does not load node:dns (the input check runs before anything else
 * loads: src/main.ts).
 */

/**
 * One `dns-servers` entry as `Resolver#setServers` takes it; throws a TypeError naming the entry
 * otherwise. Checked here rather than left to Node: setServers takes only IP addresses (no host
 * names), wraps a port above 65535 silently, and on Node 20 aborts the process on port 0.
 */
function parseDnsServer(entry) {
    const text = entry.trim();
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
    const [host, port] = bracketed
        ? [bracketed[1] ?? '', bracketed[2]]
        : (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .isIP */ .ei)(text) === 6
            ? [text, undefined]
            : [text.replace(/:\d*$/, ''), /:(\d*)$/.exec(text)?.[1]];
    const family = (0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_0__/* .isIP */ .ei)(host);
    if (family === 0 || (bracketed && family !== 6)) {
        throw new TypeError(`DNS server "${entry}" is not host[:port] or [v6]:port with the host an IP address`);
    }
    if (port === undefined)
        return host;
    const number = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
    if (!(number >= 1 && number <= 65535)) {
        throw new TypeError(`DNS server "${entry}" has a port outside 1-65535`);
    }
    return family === 6 ? `[${host}]:${number}` : `${host}:${number}`;
}


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ splitGlobPatterns)
/* harmony export */ });
/** Glob patterns as actions/upload-artifact takes them: one per entry, a leading `!` excludes. */
function splitGlobPatterns(patterns) {
    return {
        includes: patterns.filter((pattern) => !pattern.startsWith('!')),
        excludes: patterns.filter((pattern) => pattern.startsWith('!')).map((p) => p.slice(1))
    };
}


/***/ }),

/***/ 6481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   Iw: () => (/* binding */ inShard)
/* harmony export */ });
/* unused harmony export shardOf */
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


/***/ }),

/***/ 2286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ command),
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/**
 * Quotes one argument for a POSIX shell so that a printed command can be pasted as is: AWS
 * identifiers pass unchanged, anything else (a wildcard domain `*.example.com`, a space, a
 * quote) is single-quoted.
 */
function shellQuote(value) {
    if (/^[A-Za-z0-9@%+=:,./_-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** Joins a command line: `literal` and bare words as written, every value shell-quoted. */
function command(literal, ...args) {
    const parts = [literal];
    for (const arg of args) {
        if (typeof arg === 'string')
            parts.push(arg);
        else
            parts.push(arg[0], ...arg.slice(1).map(shellQuote));
    }
    return parts.join(' ');
}


/***/ })

};
