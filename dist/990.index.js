export const id = 990;
export const ids = [990];
export const modules = {

/***/ 2990:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultAccountHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "account",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultAccountHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "account",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1168.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = { "authSchemes": [{ "name": "sigv4", "signingRegion": "{PartitionResult#implicitGlobalRegion}" }] }, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://account-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://account.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class AccountServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.account#AccountServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, AccountServiceException.prototype);
    }
}

class AccessDeniedException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#AccessDeniedException";
    name = "AccessDeniedException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
        this.errorType = opts.errorType;
    }
}
class ConflictException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#ConflictException";
    name = "ConflictException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.errorType = opts.errorType;
    }
}
class InternalServerException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#InternalServerException";
    name = "InternalServerException";
    $fault = "server";
    $retryable = {};
    errorType;
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
        this.errorType = opts.errorType;
    }
}
class ResourceNotFoundException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.errorType = opts.errorType;
    }
}
class TooManyRequestsException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#TooManyRequestsException";
    name = "TooManyRequestsException";
    $fault = "client";
    $retryable = {
        throttling: true,
    };
    errorType;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.errorType = opts.errorType;
    }
}
class ValidationException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#ValidationException";
    name = "ValidationException";
    $fault = "client";
    reason;
    fieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
    }
}
class ResourceUnavailableException extends AccountServiceException {
    static shapeId = "com.amazonaws.account#ResourceUnavailableException";
    name = "ResourceUnavailableException";
    $fault = "client";
    errorType;
    constructor(opts) {
        super({
            name: "ResourceUnavailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceUnavailableException.prototype);
        this.errorType = opts.errorType;
    }
}

const _AC = "AlternateContact";
const _ACD = "AccountCreatedDate";
const _ACT = "AlternateContactType";
const _ADE = "AccessDeniedException";
const _AI = "AccountId";
const _AL = "AddressLine";
const _ALd = "AddressLine1";
const _ALdd = "AddressLine2";
const _ALddr = "AddressLine3";
const _AN = "AccountName";
const _APEU = "AcceptPrimaryEmailUpdate";
const _APEUR = "AcceptPrimaryEmailUpdateRequest";
const _APEURc = "AcceptPrimaryEmailUpdateResponse";
const _AS = "AccountState";
const _C = "City";
const _CC = "CountryCode";
const _CE = "ConflictException";
const _CI = "ContactInformation";
const _CIPN = "ContactInformationPhoneNumber";
const _CN = "CompanyName";
const _DAC = "DeleteAlternateContact";
const _DACR = "DeleteAlternateContactRequest";
const _DOC = "DistrictOrCounty";
const _DR = "DisableRegion";
const _DRR = "DisableRegionRequest";
const _EA = "EmailAddress";
const _ER = "EnableRegion";
const _ERR = "EnableRegionRequest";
const _FN = "FullName";
const _GAC = "GetAlternateContact";
const _GACR = "GetAlternateContactRequest";
const _GACRe = "GetAlternateContactResponse";
const _GAI = "GetAccountInformation";
const _GAIR = "GetAccountInformationRequest";
const _GAIRe = "GetAccountInformationResponse";
const _GCAI = "GovCloudAccountId";
const _GCI = "GetContactInformation";
const _GCIR = "GetContactInformationRequest";
const _GCIRe = "GetContactInformationResponse";
const _GGCAI = "GetGovCloudAccountInformation";
const _GGCAIR = "GetGovCloudAccountInformationRequest";
const _GGCAIRe = "GetGovCloudAccountInformationResponse";
const _GPE = "GetPrimaryEmail";
const _GPER = "GetPrimaryEmailRequest";
const _GPERe = "GetPrimaryEmailResponse";
const _GPEUS = "GetPrimaryEmailUpdateStatus";
const _GPEUSR = "GetPrimaryEmailUpdateStatusRequest";
const _GPEUSRe = "GetPrimaryEmailUpdateStatusResponse";
const _GROS = "GetRegionOptStatus";
const _GROSR = "GetRegionOptStatusRequest";
const _GROSRe = "GetRegionOptStatusResponse";
const _ISE = "InternalServerException";
const _LR = "ListRegions";
const _LRR = "ListRegionsRequest";
const _LRRi = "ListRegionsResponse";
const _MR = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _O = "Otp";
const _PAC = "PutAlternateContact";
const _PACR = "PutAlternateContactRequest";
const _PAN = "PutAccountName";
const _PANR = "PutAccountNameRequest";
const _PC = "PostalCode";
const _PCI = "PutContactInformation";
const _PCIR = "PutContactInformationRequest";
const _PE = "PrimaryEmail";
const _PEA = "PrimaryEmailAddress";
const _PN = "PhoneNumber";
const _R = "Regions";
const _RN = "RegionName";
const _RNFE = "ResourceNotFoundException";
const _ROL = "RegionOptList";
const _ROS = "RegionOptStatus";
const _ROSC = "RegionOptStatusContains";
const _RUE = "ResourceUnavailableException";
const _Re = "Region";
const _S = "Status";
const _SAI = "StandardAccountId";
const _SOR = "StateOrRegion";
const _SPEU = "StartPrimaryEmailUpdate";
const _SPEUR = "StartPrimaryEmailUpdateRequest";
const _SPEURt = "StartPrimaryEmailUpdateResponse";
const _SPNV = "SendPhoneNumberVerification";
const _SPNVR = "SendPhoneNumberVerificationRequest";
const _SPNVRe = "SendPhoneNumberVerificationResponse";
const _SS = "SensitiveString";
const _T = "Title";
const _TMRE = "TooManyRequestsException";
const _UA = "UpdatedAt";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _VPN = "VerifyPhoneNumber";
const _VPNR = "VerifyPhoneNumberRequest";
const _VPNRe = "VerifyPhoneNumberResponse";
const _VS = "VerificationStatus";
const _WU = "WebsiteUrl";
const _c = "client";
const _e = "error";
const _eT = "errorType";
const _fL = "fieldList";
const _h = "http";
const _hE = "httpError";
const _hH = "httpHeader";
const _m = "message";
const _n = "name";
const _r = "reason";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.account";
const _se = "server";
const _xaE = "x-amzn-ErrorType";
const n0 = "com.amazonaws.account";
const _s_registry = new TypeRegistry(_s);
var AccountServiceException$ = [-3, _s, "AccountServiceException", 0, [], []];
_s_registry.registerError(AccountServiceException$, AccountServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceUnavailableException$ = [-3, n0, _RUE,
    { [_e]: _c, [_hE]: 424 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(ResourceUnavailableException$, ResourceUnavailableException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_m, _eT],
    [0, [0, { [_hH]: _xaE }]], 1
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _fL],
    [[() => SensitiveString, 0], 0, [() => ValidationExceptionFieldList, 0]], 1
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccountName = [0, n0, _AN, 8, 0];
var AddressLine = [0, n0, _AL, 8, 0];
var City = [0, n0, _C, 8, 0];
var CompanyName = [0, n0, _CN, 8, 0];
var ContactInformationPhoneNumber = [0, n0, _CIPN, 8, 0];
var CountryCode = [0, n0, _CC, 8, 0];
var DistrictOrCounty = [0, n0, _DOC, 8, 0];
var EmailAddress = [0, n0, _EA, 8, 0];
var FullName = [0, n0, _FN, 8, 0];
var Name = [0, n0, _N, 8, 0];
var Otp = [0, n0, _O, 8, 0];
var PhoneNumber = [0, n0, _PN, 8, 0];
var PostalCode = [0, n0, _PC, 8, 0];
var PrimaryEmailAddress = [0, n0, _PEA, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StateOrRegion = [0, n0, _SOR, 8, 0];
var Title = [0, n0, _T, 8, 0];
var WebsiteUrl = [0, n0, _WU, 8, 0];
var AcceptPrimaryEmailUpdateRequest$ = [3, n0, _APEUR,
    0,
    [_AI, _PE, _O],
    [0, [() => PrimaryEmailAddress, 0], [() => Otp, 0]], 3
];
var AcceptPrimaryEmailUpdateResponse$ = [3, n0, _APEURc,
    0,
    [_S],
    [0]
];
var AlternateContact$ = [3, n0, _AC,
    0,
    [_N, _T, _EA, _PN, _ACT],
    [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0]
];
var ContactInformation$ = [3, n0, _CI,
    0,
    [_FN, _ALd, _C, _PC, _CC, _PN, _ALdd, _ALddr, _SOR, _DOC, _CN, _WU],
    [[() => FullName, 0], [() => AddressLine, 0], [() => City, 0], [() => PostalCode, 0], [() => CountryCode, 0], [() => ContactInformationPhoneNumber, 0], [() => AddressLine, 0], [() => AddressLine, 0], [() => StateOrRegion, 0], [() => DistrictOrCounty, 0], [() => CompanyName, 0], [() => WebsiteUrl, 0]], 6
];
var DeleteAlternateContactRequest$ = [3, n0, _DACR,
    0,
    [_ACT, _AI],
    [0, 0], 1
];
var DisableRegionRequest$ = [3, n0, _DRR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
var EnableRegionRequest$ = [3, n0, _ERR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
var GetAccountInformationRequest$ = [3, n0, _GAIR,
    0,
    [_AI],
    [0]
];
var GetAccountInformationResponse$ = [3, n0, _GAIRe,
    0,
    [_AI, _AN, _ACD, _AS],
    [0, [() => AccountName, 0], 5, 0]
];
var GetAlternateContactRequest$ = [3, n0, _GACR,
    0,
    [_ACT, _AI],
    [0, 0], 1
];
var GetAlternateContactResponse$ = [3, n0, _GACRe,
    0,
    [_AC],
    [[() => AlternateContact$, 0]]
];
var GetContactInformationRequest$ = [3, n0, _GCIR,
    0,
    [_AI],
    [0]
];
var GetContactInformationResponse$ = [3, n0, _GCIRe,
    0,
    [_CI, _VS],
    [[() => ContactInformation$, 0], 0]
];
var GetGovCloudAccountInformationRequest$ = [3, n0, _GGCAIR,
    0,
    [_SAI],
    [0]
];
var GetGovCloudAccountInformationResponse$ = [3, n0, _GGCAIRe,
    0,
    [_GCAI, _AS],
    [0, 0], 2
];
var GetPrimaryEmailRequest$ = [3, n0, _GPER,
    0,
    [_AI],
    [0], 1
];
var GetPrimaryEmailResponse$ = [3, n0, _GPERe,
    0,
    [_PE],
    [[() => PrimaryEmailAddress, 0]]
];
var GetPrimaryEmailUpdateStatusRequest$ = [3, n0, _GPEUSR,
    0,
    [_AI],
    [0]
];
var GetPrimaryEmailUpdateStatusResponse$ = [3, n0, _GPEUSRe,
    0,
    [_S, _UA],
    [0, 4], 1
];
var GetRegionOptStatusRequest$ = [3, n0, _GROSR,
    0,
    [_RN, _AI],
    [0, 0], 1
];
var GetRegionOptStatusResponse$ = [3, n0, _GROSRe,
    0,
    [_RN, _ROS],
    [0, 0]
];
var ListRegionsRequest$ = [3, n0, _LRR,
    0,
    [_AI, _MR, _NT, _ROSC],
    [0, 1, 0, 64 | 0]
];
var ListRegionsResponse$ = [3, n0, _LRRi,
    0,
    [_NT, _R],
    [0, () => RegionOptList]
];
var PutAccountNameRequest$ = [3, n0, _PANR,
    0,
    [_AN, _AI],
    [[() => AccountName, 0], 0], 1
];
var PutAlternateContactRequest$ = [3, n0, _PACR,
    0,
    [_N, _T, _EA, _PN, _ACT, _AI],
    [[() => Name, 0], [() => Title, 0], [() => EmailAddress, 0], [() => PhoneNumber, 0], 0, 0], 5
];
var PutContactInformationRequest$ = [3, n0, _PCIR,
    0,
    [_CI, _AI],
    [[() => ContactInformation$, 0], 0], 1
];
var Region$ = [3, n0, _Re,
    0,
    [_RN, _ROS],
    [0, 0]
];
var SendPhoneNumberVerificationRequest$ = [3, n0, _SPNVR,
    0,
    [_AI],
    [0]
];
var SendPhoneNumberVerificationResponse$ = [3, n0, _SPNVRe,
    0,
    [_S],
    [0]
];
var StartPrimaryEmailUpdateRequest$ = [3, n0, _SPEUR,
    0,
    [_AI, _PE],
    [0, [() => PrimaryEmailAddress, 0]], 2
];
var StartPrimaryEmailUpdateResponse$ = [3, n0, _SPEURt,
    0,
    [_S],
    [0]
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, [() => SensitiveString, 0]], 2
];
var VerifyPhoneNumberRequest$ = [3, n0, _VPNR,
    0,
    [_O, _AI],
    [[() => Otp, 0], 0], 1
];
var VerifyPhoneNumberResponse$ = [3, n0, _VPNRe,
    0,
    [_S],
    [0]
];
var __Unit = "unit";
var RegionOptList = [1, n0, _ROL,
    0, () => Region$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, [() => ValidationExceptionField$,
        0]
];
var AcceptPrimaryEmailUpdate$ = [9, n0, _APEU,
    { [_h]: ["POST", "/acceptPrimaryEmailUpdate", 200] }, () => AcceptPrimaryEmailUpdateRequest$, () => AcceptPrimaryEmailUpdateResponse$
];
var DeleteAlternateContact$ = [9, n0, _DAC,
    { [_h]: ["POST", "/deleteAlternateContact", 200] }, () => DeleteAlternateContactRequest$, () => __Unit
];
var DisableRegion$ = [9, n0, _DR,
    { [_h]: ["POST", "/disableRegion", 200] }, () => DisableRegionRequest$, () => __Unit
];
var EnableRegion$ = [9, n0, _ER,
    { [_h]: ["POST", "/enableRegion", 200] }, () => EnableRegionRequest$, () => __Unit
];
var GetAccountInformation$ = [9, n0, _GAI,
    { [_h]: ["POST", "/getAccountInformation", 200] }, () => GetAccountInformationRequest$, () => GetAccountInformationResponse$
];
var GetAlternateContact$ = [9, n0, _GAC,
    { [_h]: ["POST", "/getAlternateContact", 200] }, () => GetAlternateContactRequest$, () => GetAlternateContactResponse$
];
var GetContactInformation$ = [9, n0, _GCI,
    { [_h]: ["POST", "/getContactInformation", 200] }, () => GetContactInformationRequest$, () => GetContactInformationResponse$
];
var GetGovCloudAccountInformation$ = [9, n0, _GGCAI,
    { [_h]: ["POST", "/getGovCloudAccountInformation", 200] }, () => GetGovCloudAccountInformationRequest$, () => GetGovCloudAccountInformationResponse$
];
var GetPrimaryEmail$ = [9, n0, _GPE,
    { [_h]: ["POST", "/getPrimaryEmail", 200] }, () => GetPrimaryEmailRequest$, () => GetPrimaryEmailResponse$
];
var GetPrimaryEmailUpdateStatus$ = [9, n0, _GPEUS,
    { [_h]: ["POST", "/getPrimaryEmailUpdateStatus", 200] }, () => GetPrimaryEmailUpdateStatusRequest$, () => GetPrimaryEmailUpdateStatusResponse$
];
var GetRegionOptStatus$ = [9, n0, _GROS,
    { [_h]: ["POST", "/getRegionOptStatus", 200] }, () => GetRegionOptStatusRequest$, () => GetRegionOptStatusResponse$
];
var ListRegions$ = [9, n0, _LR,
    { [_h]: ["POST", "/listRegions", 200] }, () => ListRegionsRequest$, () => ListRegionsResponse$
];
var PutAccountName$ = [9, n0, _PAN,
    { [_h]: ["POST", "/putAccountName", 200] }, () => PutAccountNameRequest$, () => __Unit
];
var PutAlternateContact$ = [9, n0, _PAC,
    { [_h]: ["POST", "/putAlternateContact", 200] }, () => PutAlternateContactRequest$, () => __Unit
];
var PutContactInformation$ = [9, n0, _PCI,
    { [_h]: ["POST", "/putContactInformation", 200] }, () => PutContactInformationRequest$, () => __Unit
];
var SendPhoneNumberVerification$ = [9, n0, _SPNV,
    { [_h]: ["POST", "/sendPhoneNumberVerification", 200] }, () => SendPhoneNumberVerificationRequest$, () => SendPhoneNumberVerificationResponse$
];
var StartPrimaryEmailUpdate$ = [9, n0, _SPEU,
    { [_h]: ["POST", "/startPrimaryEmailUpdate", 200] }, () => StartPrimaryEmailUpdateRequest$, () => StartPrimaryEmailUpdateResponse$
];
var VerifyPhoneNumber$ = [9, n0, _VPN,
    { [_h]: ["POST", "/verifyPhoneNumber", 200] }, () => VerifyPhoneNumberRequest$, () => VerifyPhoneNumberResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2021-02-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAccountHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.account",
            errorTypeRegistries,
            version: "2021-02-01",
            serviceTarget: "Account",
        },
        serviceId: config?.serviceId ?? "Account",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class AccountClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultAccountHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "Account", "AccountClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AcceptPrimaryEmailUpdateCommand extends command(_ep0, _mw0, "AcceptPrimaryEmailUpdate", AcceptPrimaryEmailUpdate$) {
}

class DeleteAlternateContactCommand extends command(_ep0, _mw0, "DeleteAlternateContact", DeleteAlternateContact$) {
}

class DisableRegionCommand extends command(_ep0, _mw0, "DisableRegion", DisableRegion$) {
}

class EnableRegionCommand extends command(_ep0, _mw0, "EnableRegion", EnableRegion$) {
}

class GetAccountInformationCommand extends command(_ep0, _mw0, "GetAccountInformation", GetAccountInformation$) {
}

class GetAlternateContactCommand extends command(_ep0, _mw0, "GetAlternateContact", GetAlternateContact$) {
}

class GetContactInformationCommand extends command(_ep0, _mw0, "GetContactInformation", GetContactInformation$) {
}

class GetGovCloudAccountInformationCommand extends command(_ep0, _mw0, "GetGovCloudAccountInformation", GetGovCloudAccountInformation$) {
}

class GetPrimaryEmailCommand extends command(_ep0, _mw0, "GetPrimaryEmail", GetPrimaryEmail$) {
}

class GetPrimaryEmailUpdateStatusCommand extends command(_ep0, _mw0, "GetPrimaryEmailUpdateStatus", GetPrimaryEmailUpdateStatus$) {
}

class GetRegionOptStatusCommand extends command(_ep0, _mw0, "GetRegionOptStatus", GetRegionOptStatus$) {
}

class ListRegionsCommand extends command(_ep0, _mw0, "ListRegions", ListRegions$) {
}

class PutAccountNameCommand extends command(_ep0, _mw0, "PutAccountName", PutAccountName$) {
}

class PutAlternateContactCommand extends command(_ep0, _mw0, "PutAlternateContact", PutAlternateContact$) {
}

class PutContactInformationCommand extends command(_ep0, _mw0, "PutContactInformation", PutContactInformation$) {
}

class SendPhoneNumberVerificationCommand extends command(_ep0, _mw0, "SendPhoneNumberVerification", SendPhoneNumberVerification$) {
}

class StartPrimaryEmailUpdateCommand extends command(_ep0, _mw0, "StartPrimaryEmailUpdate", StartPrimaryEmailUpdate$) {
}

class VerifyPhoneNumberCommand extends command(_ep0, _mw0, "VerifyPhoneNumber", VerifyPhoneNumber$) {
}

const paginateListRegions = createPaginator(AccountClient, ListRegionsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcceptPrimaryEmailUpdateCommand,
    DeleteAlternateContactCommand,
    DisableRegionCommand,
    EnableRegionCommand,
    GetAccountInformationCommand,
    GetAlternateContactCommand,
    GetContactInformationCommand,
    GetGovCloudAccountInformationCommand,
    GetPrimaryEmailCommand,
    GetPrimaryEmailUpdateStatusCommand,
    GetRegionOptStatusCommand,
    ListRegionsCommand,
    PutAccountNameCommand,
    PutAlternateContactCommand,
    PutContactInformationCommand,
    SendPhoneNumberVerificationCommand,
    StartPrimaryEmailUpdateCommand,
    VerifyPhoneNumberCommand,
};
const paginators = {
    paginateListRegions,
};
class Account extends AccountClient {
}
createAggregatedClient(commands, Account, { paginators });

const PrimaryEmailUpdateStatus = {
    ACCEPTED: "ACCEPTED",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const ValidationExceptionReason = {
    FIELD_VALIDATION_FAILED: "fieldValidationFailed",
    INVALID_REGION_OPT_TARGET: "invalidRegionOptTarget",
};
const AccountState = {
    ACTIVE: "ACTIVE",
    CLOSED: "CLOSED",
    PENDING_ACTIVATION: "PENDING_ACTIVATION",
    SUSPENDED: "SUSPENDED",
};
const AlternateContactType = {
    BILLING: "BILLING",
    OPERATIONS: "OPERATIONS",
    SECURITY: "SECURITY",
};
const AwsAccountState = {
    ACTIVE: "ACTIVE",
    CLOSED: "CLOSED",
    PENDING_ACTIVATION: "PENDING_ACTIVATION",
    SUSPENDED: "SUSPENDED",
};
const PhoneNumberVerificationStatus = {
    NOT_SUPPORTED: "NOT_SUPPORTED",
    PENDING: "PENDING",
    UNVERIFIED: "UNVERIFIED",
    VERIFIED: "VERIFIED",
};
const RegionOptStatus = {
    DISABLED: "DISABLED",
    DISABLING: "DISABLING",
    ENABLED: "ENABLED",
    ENABLED_BY_DEFAULT: "ENABLED_BY_DEFAULT",
    ENABLING: "ENABLING",
};

__webpack_unused_export__ = AcceptPrimaryEmailUpdate$;
__webpack_unused_export__ = AcceptPrimaryEmailUpdateCommand;
__webpack_unused_export__ = AcceptPrimaryEmailUpdateRequest$;
__webpack_unused_export__ = AcceptPrimaryEmailUpdateResponse$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = Account;
exports.AccountClient = AccountClient;
__webpack_unused_export__ = AccountServiceException;
__webpack_unused_export__ = AccountServiceException$;
__webpack_unused_export__ = AccountState;
__webpack_unused_export__ = AlternateContact$;
__webpack_unused_export__ = AlternateContactType;
__webpack_unused_export__ = AwsAccountState;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ContactInformation$;
__webpack_unused_export__ = DeleteAlternateContact$;
__webpack_unused_export__ = DeleteAlternateContactCommand;
__webpack_unused_export__ = DeleteAlternateContactRequest$;
__webpack_unused_export__ = DisableRegion$;
__webpack_unused_export__ = DisableRegionCommand;
__webpack_unused_export__ = DisableRegionRequest$;
__webpack_unused_export__ = EnableRegion$;
__webpack_unused_export__ = EnableRegionCommand;
__webpack_unused_export__ = EnableRegionRequest$;
__webpack_unused_export__ = GetAccountInformation$;
__webpack_unused_export__ = GetAccountInformationCommand;
__webpack_unused_export__ = GetAccountInformationRequest$;
__webpack_unused_export__ = GetAccountInformationResponse$;
__webpack_unused_export__ = GetAlternateContact$;
__webpack_unused_export__ = GetAlternateContactCommand;
__webpack_unused_export__ = GetAlternateContactRequest$;
__webpack_unused_export__ = GetAlternateContactResponse$;
__webpack_unused_export__ = GetContactInformation$;
__webpack_unused_export__ = GetContactInformationCommand;
__webpack_unused_export__ = GetContactInformationRequest$;
__webpack_unused_export__ = GetContactInformationResponse$;
__webpack_unused_export__ = GetGovCloudAccountInformation$;
__webpack_unused_export__ = GetGovCloudAccountInformationCommand;
__webpack_unused_export__ = GetGovCloudAccountInformationRequest$;
__webpack_unused_export__ = GetGovCloudAccountInformationResponse$;
__webpack_unused_export__ = GetPrimaryEmail$;
__webpack_unused_export__ = GetPrimaryEmailCommand;
__webpack_unused_export__ = GetPrimaryEmailRequest$;
__webpack_unused_export__ = GetPrimaryEmailResponse$;
__webpack_unused_export__ = GetPrimaryEmailUpdateStatus$;
__webpack_unused_export__ = GetPrimaryEmailUpdateStatusCommand;
__webpack_unused_export__ = GetPrimaryEmailUpdateStatusRequest$;
__webpack_unused_export__ = GetPrimaryEmailUpdateStatusResponse$;
__webpack_unused_export__ = GetRegionOptStatus$;
__webpack_unused_export__ = GetRegionOptStatusCommand;
__webpack_unused_export__ = GetRegionOptStatusRequest$;
__webpack_unused_export__ = GetRegionOptStatusResponse$;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = ListRegions$;
__webpack_unused_export__ = ListRegionsCommand;
__webpack_unused_export__ = ListRegionsRequest$;
__webpack_unused_export__ = ListRegionsResponse$;
__webpack_unused_export__ = PhoneNumberVerificationStatus;
__webpack_unused_export__ = PrimaryEmailUpdateStatus;
__webpack_unused_export__ = PutAccountName$;
__webpack_unused_export__ = PutAccountNameCommand;
__webpack_unused_export__ = PutAccountNameRequest$;
__webpack_unused_export__ = PutAlternateContact$;
__webpack_unused_export__ = PutAlternateContactCommand;
__webpack_unused_export__ = PutAlternateContactRequest$;
__webpack_unused_export__ = PutContactInformation$;
__webpack_unused_export__ = PutContactInformationCommand;
__webpack_unused_export__ = PutContactInformationRequest$;
__webpack_unused_export__ = Region$;
__webpack_unused_export__ = RegionOptStatus;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceUnavailableException;
__webpack_unused_export__ = ResourceUnavailableException$;
__webpack_unused_export__ = SendPhoneNumberVerification$;
__webpack_unused_export__ = SendPhoneNumberVerificationCommand;
__webpack_unused_export__ = SendPhoneNumberVerificationRequest$;
__webpack_unused_export__ = SendPhoneNumberVerificationResponse$;
__webpack_unused_export__ = StartPrimaryEmailUpdate$;
__webpack_unused_export__ = StartPrimaryEmailUpdateCommand;
__webpack_unused_export__ = StartPrimaryEmailUpdateRequest$;
__webpack_unused_export__ = StartPrimaryEmailUpdateResponse$;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = ValidationExceptionField$;
__webpack_unused_export__ = ValidationExceptionReason;
__webpack_unused_export__ = VerifyPhoneNumber$;
__webpack_unused_export__ = VerifyPhoneNumberCommand;
__webpack_unused_export__ = VerifyPhoneNumberRequest$;
__webpack_unused_export__ = VerifyPhoneNumberResponse$;
__webpack_unused_export__ = errorTypeRegistries;
exports.paginateListRegions = paginateListRegions;


/***/ })

};
