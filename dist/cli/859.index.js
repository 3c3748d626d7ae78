export const id = 859;
export const ids = [859];
export const modules = {

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

/***/ 9859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectCloudFront: () => (/* binding */ collectCloudFront)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-cjs/index.js
var dist_cjs = __webpack_require__(3169);
// EXTERNAL MODULE: ./src/aws/pages.ts
var pages = __webpack_require__(701);
// EXTERNAL MODULE: ./src/shared/shell-quote.ts
var shell_quote = __webpack_require__(2286);
// EXTERNAL MODULE: ./src/services/certificate-uses.ts
var certificate_uses = __webpack_require__(9652);
;// CONCATENATED MODULE: ./src/services/cloudfront/uses.ts


function distributionUses(d) {
    const certificate = d.acmCertificateArn ?? d.iamCertificateId;
    if (certificate === null)
        return [];
    const names = [...d.aliases, ...(d.domainName ? [d.domainName] : [])].join(', ');
    return [
        {
            account: d.account,
            region: d.region,
            certificate,
            endpoint: d.arn,
            live: d.enabled,
            consumer: {
                service: 'cloudfront',
                resourceType: 'cloudfront-distribution',
                id: d.arn || d.id,
                name: `${d.id}${names ? ` (${names})` : ''}${d.enabled ? '' : ', disabled'}`
            },
            switchSteps: switchSteps(d)
        }
    ];
}
/**
 * UpdateDistribution takes the whole configuration and the ETag it was read with: save both,
 * swap the viewer certificate for the ACM one (jq is on GitHub's runners), send it back.
 */
function switchSteps(d) {
    const id = (0,shell_quote/* shellQuote */.Z)(d.id);
    const saved = (0,shell_quote/* shellQuote */.Z)(`${d.id}.json`);
    const edited = (0,shell_quote/* shellQuote */.Z)(`${d.id}-config.json`);
    const swap = '.DistributionConfig | .ViewerCertificate |= (del(.IAMCertificateId, .Certificate, .CertificateSource)' +
        ` + {ACMCertificateArn: "${certificate_uses/* NEW_CERTIFICATE */.X9}", CloudFrontDefaultCertificate: false})`;
    return [
        {
            summary: `Save distribution ${d.id}'s configuration and its ETag.`,
            command: `aws cloudfront get-distribution-config --id ${id} --output json > ${saved}`
        },
        {
            summary: 'Point its viewer certificate at the new ACM certificate (which must be in us-east-1).',
            command: `jq ${(0,shell_quote/* shellQuote */.Z)(swap)} ${saved} > ${edited}`
        },
        {
            summary: `Send distribution ${d.id} its new configuration.`,
            command: `aws cloudfront update-distribution --id ${id} --if-match "$(jq -r .ETag ${saved})" --distribution-config ${(0,shell_quote/* shellQuote */.Z)(`file://${d.id}-config.json`)}`
        }
    ];
}

;// CONCATENATED MODULE: ./src/services/cloudfront/reader.ts
/** CloudFront in one account: every distribution's viewer certificate and aliases. */



/** ListDistributions' largest page (MaxItems: "the maximum and default values are both 100"). */
const PAGE_SIZE = 100;
async function collectCloudFront(client, location, signal) {
    const summaries = await (0,pages/* allItems */.a)((0,dist_cjs.paginateListDistributions)({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: signal }), (page) => page.DistributionList?.Items);
    const distributions = summaries.map((d) => distributionRecord(d, location));
    return { ...location, distributions, uses: distributions.flatMap(distributionUses) };
}
function distributionRecord(d, location) {
    const viewer = d.ViewerCertificate;
    return {
        ...location,
        id: d.Id ?? '',
        arn: d.ARN ?? '',
        domainName: d.DomainName ?? '',
        aliases: d.Aliases?.Items ?? [],
        enabled: d.Enabled ?? false,
        status: d.Status ?? null,
        acmCertificateArn: viewer?.ACMCertificateArn || null,
        iamCertificateId: viewer?.IAMCertificateId || null
    };
}


/***/ })

};
