export const id = 846;
export const ids = [846];
export const modules = {

/***/ 9846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionIoFromCore: () => (/* binding */ actionIoFromCore)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _fail_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(494);
/**
 * The slice of the Actions runtime that publishing uses, as an interface, so that the same
 * publishing code is tested with a fake and run with @actions/core.
 */


function actionIoFromCore() {
    return {
        debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(message),
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message),
        warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message, properties),
        error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(message, properties),
        notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(message, properties),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
        setFailed: (message) => (0,_fail_step_js__WEBPACK_IMPORTED_MODULE_1__/* .failStep */ .v)(message),
        setSecret: (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret),
        group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(name, fn),
        appendSummary: async (markdown) => {
            // core.summary throws when GITHUB_STEP_SUMMARY is unset (local runs): the summary is then
            // simply not wanted, and the JSON report still carries everything.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown, true).write();
        },
        replaceSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.emptyBuffer().addRaw(markdown, true).write({ overwrite: true });
        }
    };
}


/***/ })

};
