export const id = 871;
export const ids = [871];
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

/***/ 6871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectIam: () => (/* binding */ collectIam)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1521);
/* harmony import */ var _aws_pages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(701);
/** IAM in one account: every server certificate's metadata (its dates are all the checks need). */



/** ListServerCertificates' largest page (MaxItems). */
const PAGE_SIZE = 1000;
async function collectIam(client, location, signal) {
    const metadata = await (0,_aws_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .allItems */ .a)((0,_aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__.paginateListServerCertificates)({ client, pageSize: PAGE_SIZE }, {}, { abortSignal: signal }), (page) => page.ServerCertificateMetadataList);
    return { ...location, serverCertificates: metadata.map((m) => record(m, location)) };
}
function record(m, location) {
    return {
        ...location,
        name: m.ServerCertificateName ?? '',
        id: m.ServerCertificateId ?? '',
        arn: m.Arn ?? '',
        path: m.Path ?? '/',
        uploadDate: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDate */ ._)(m.UploadDate),
        expiration: (0,_aws_iso_date_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDate */ ._)(m.Expiration)
    };
}


/***/ })

};
