export const id = 733;
export const ids = [733];
export const modules = {

/***/ 1733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   logScanGroups: () => (/* binding */ logScanGroups)
/* harmony export */ });
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4646);
/* harmony import */ var _report_finding_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11);
/**
 * The run log: one collapsible group per account x region x service, with what was read and
 * each finding on one line, so that a run's log reads top to bottom without the summary.
 */


async function logScanGroups(report, io) {
    for (const row of report.coverage) {
        const findings = report.findings.filter((f) => f.account === row.account && f.region === row.region && f.service === row.service);
        const title = `${row.region} · ${row.service} · ${row.account}: ${row.status}, ${(0,_report_finding_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(findings.length, 'finding')}`;
        await io.group(title, async () => {
            io.info(`${row.status}: ${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(row.detail)}`);
            for (const finding of findings) {
                const codes = finding.reasons.map((reason) => reason.code).join(', ');
                io.info(`${finding.severity.toUpperCase()} ${(0,_shared_text_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_report_finding_text_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .bP)(finding))} (${finding.resourceType}, ${(0,_report_finding_text_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeftText */ .oZ)(finding, new Date(report.generatedAt))}): ${codes}`);
            }
        });
    }
}


/***/ })

};
