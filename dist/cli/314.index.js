export const id = 314;
export const ids = [314];
export const modules = {

/***/ 9314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunTiming: () => (/* binding */ RunTiming)
/* harmony export */ });
/**
 * Where a check's time goes (`modelgate check --timing`), in the manner of ESLint's TIMING: the
 * milliseconds each rule took over every system, and those of the steps every system takes
 * before its rules (loading its manifest and card). Rules read evidence when they first ask for
 * it, so a rule's time includes reading and parsing the files it is the first to ask for.
 * Measured on one thread (the gate checks every system on its own thread when timing), so the
 * figures add up to the run's checking time.
 */
class RunTiming {
    /** Milliseconds by rule id, in the order the rules first ran. */
    rules = new Map();
    /** Milliseconds of each system's steps before its rules, by step. */
    steps = new Map();
    systems = 0;
    /** Runs `work`, adding its time to `key` of `into`. */
    measure(into, key, work) {
        const start = performance.now();
        try {
            return work();
        }
        finally {
            into.set(key, (into.get(key) ?? 0) + performance.now() - start);
        }
    }
}


/***/ })

};
