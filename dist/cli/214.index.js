export const id = 214;
export const ids = [214];
export const modules = {

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

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectPca: () => (/* binding */ collectPca)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3265);
/* harmony import */ var _aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1521);
/* harmony import */ var _aws_pages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(701);
/** AWS Private CA in one account and region: every CA the account owns, with its dates and status. */



/** ListCertificateAuthorities returns at most 100 CAs a page, whatever MaxResults says. */
const PAGE_SIZE = 100;
async function collectPca(client, location, signal) {
    const cas = await (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .allItems */ .a)(
    // SELF (the default): a CA shared from another account is read in that account's scan.
    (0,_aws_sdk_client_acm_pca__WEBPACK_IMPORTED_MODULE_1__.paginateListCertificateAuthorities)({ client, pageSize: PAGE_SIZE }, { ResourceOwner: 'SELF' }, { abortSignal: signal }), (page) => page.CertificateAuthorities);
    return { ...location, certificateAuthorities: cas.map((ca) => record(ca, location)) };
}
function record(ca, location) {
    const arn = ca.Arn ?? '';
    const configuration = ca.CertificateAuthorityConfiguration;
    return {
        ...location,
        arn,
        id: arn.slice(arn.lastIndexOf('/') + 1),
        commonName: configuration?.Subject?.CommonName ?? null,
        type: ca.Type ?? null,
        status: ca.Status ?? '',
        notBefore: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDate */ ._)(ca.NotBefore),
        notAfter: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDate */ ._)(ca.NotAfter),
        failureReason: ca.FailureReason ?? null,
        restorableUntil: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDate */ ._)(ca.RestorableUntil),
        signingAlgorithm: configuration?.SigningAlgorithm ?? null
    };
}


/***/ })

};
