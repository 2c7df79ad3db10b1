export const id = 905;
export const ids = [905];
export const modules = {

/***/ 4905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateOffThread: () => (/* binding */ evaluateOffThread),
/* harmony export */   isGateWorker: () => (/* binding */ isGateWorker),
/* harmony export */   runGateWorker: () => (/* binding */ runGateWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var _policy_remote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4853);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1225);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9863);
/* harmony import */ var _threads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6334);
/**
 * The whole gate on a worker thread. The Action runs it there so that its main thread keeps its
 * event loop while systems are checked: the HTTP client sees connections the server closes,
 * timers run, and the first post after a long check does not go down a dead socket. The CLI
 * runs it there on Node 22 and later, whose V8 lets the main thread's young generation grow to
 * some 130 MB (Node 20: about 34 MB) and which only a thread's creator can size: a 10,000-system
 * check peaked at 432 MB on Node 24, 278 MB on this thread. The worker runs
 * `evaluateGateListingAhead` (which starts its own system workers) with the remote packs fetched
 * before the run, or read from the local clones the CLI was given, and sends back the report and
 * what the report writers need of the policy; a usage error comes back as one.
 */






/** Whether this thread was started by evaluateOffThread. */
function isGateWorker() {
    return Boolean(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.modelgateGate);
}
/** The worker's whole life: run the gate once (listing or walking the files as the CLI does), send the outcome. */
async function runGateWorker() {
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    let outcome;
    try {
        const remote = data.clones ? (0,_policy_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .remotePacksFromClones */ .f)(new Map(data.clones)) : _policy_remote_js__WEBPACK_IMPORTED_MODULE_1__/* .FetchedPacks */ .k.from(data.fetched);
        const { report, policy, threads } = await (0,_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateGateListingAhead */ .q6)({ ...data.options, remote });
        outcome = { ok: true, report, known: policy.known, exclusions: policy.resolved.exclusions, threads };
    }
    catch (error) {
        if (error instanceof _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb) {
            const prefix = error.location ? `${error.location.file}:${error.location.line}:${error.location.column}: ` : '';
            outcome = { ok: false, usage: { message: error.message.slice(prefix.length), ...(error.location ? { location: error.location } : {}) } };
        }
        else
            outcome = { ok: false, error: (0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .toThreadError */ .iz)(error) };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(outcome);
}
/** The gate on a worker thread started from `script` (the Action's or the CLI's own bundle). */
function evaluateOffThread(options, packs, script) {
    const { remote: _remote, ...plain } = options;
    const data = 'clones' in packs
        ? { modelgateGate: true, options: plain, fetched: [], clones: [...packs.clones] }
        : { modelgateGate: true, options: plain, fetched: packs.fetched.entries() };
    return new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { argv: [_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .GATE_WORKER_ARG */ .s0], workerData: data, resourceLimits: { maxYoungGenerationSizeMb: _threads_js__WEBPACK_IMPORTED_MODULE_5__/* .YOUNG_GENERATION_MB */ .OE } });
        let settled = false;
        worker.once('message', (outcome) => {
            settled = true;
            void worker.terminate();
            if (outcome.ok)
                resolve({ report: outcome.report, policy: { known: outcome.known, resolved: { exclusions: outcome.exclusions } }, threads: outcome.threads });
            else if (outcome.usage)
                reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(outcome.usage.message, outcome.usage.location));
            else
                reject((0,_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .fromThreadError */ .tk)(outcome.error ?? { message: 'the gate thread failed without saying why' }));
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`the gate's worker thread stopped (exit code ${code}) without a result`));
        });
    });
}


/***/ })

};
