export const id = 463;
export const ids = [463];
export const modules = {

/***/ 4463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RETRY: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   explainFailure: () => (/* binding */ explainFailure)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/**
 * The GitHub client every post goes through: @actions/github's Octokit, plus bounded retries.
 * A gate runs on every pull request, so a 502 or a secondary rate limit must not lose the
 * annotations, and a GitHub outage must not hold the job for long: at most `maxAttempts` tries
 * and `budgetMs` of waiting per request, each try aborted after `timeoutMs`. A secondary rate
 * limit without retry-after asks for a minute or more: that is not retried within the budget.
 */


const DEFAULT_RETRY = { maxAttempts: 3, budgetMs: 60_000, baseDelayMs: 1_000, timeoutMs: 30_000 };
function createClient(token, apiUrl, retry = DEFAULT_RETRY) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, apiUrl ? { baseUrl: apiUrl } : {});
    octokit.hook.wrap('request', async (request, options) => {
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            try {
                return await request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(retry.timeoutMs) } });
            }
            catch (error) {
                const wait = retryDelay(error, attempt, retry, options.method === 'GET');
                const waited = Date.now() - started;
                if (wait === undefined || attempt >= retry.maxAttempts || waited + wait > retry.budgetMs)
                    throw error;
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`modelgate: GitHub answered ${describeStatus(error)} to ${options.method} ${String(options.url).replace(/^https?:\/\/[^/]+/, '')}; ` +
                    `trying again in ${Math.ceil(wait / 1000)}s (attempt ${attempt + 1} of ${retry.maxAttempts})`);
                await new Promise((resolve) => setTimeout(resolve, wait));
            }
        }
    });
    return octokit;
}
/**
 * How long to wait before trying again, or undefined when trying again cannot help, or could do
 * harm: a write (creating a check run or a comment) that timed out or got a 500 may have been
 * done, so it is repeated only after answers that say it was not (a gateway error, a rate limit).
 */
function retryDelay(error, attempt, retry, idempotent) {
    const status = error.status;
    const headers = error.response?.headers ?? {};
    const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
    if (status === undefined || status === 500)
        return idempotent ? backoff : undefined; // network error, timeout, server error
    if (status === 502 || status === 503 || status === 504)
        return backoff;
    if (status === 403 || status === 429) {
        const retryAfter = Number(headers['retry-after']);
        if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0)
            return retryAfter * 1000; // secondary rate limit
        if (headers['x-ratelimit-remaining'] === '0') {
            const reset = Number(headers['x-ratelimit-reset']) * 1000;
            return Number.isFinite(reset) ? Math.max(reset - Date.now(), 0) + 1000 : undefined;
        }
    }
    if (status > 504 && idempotent)
        return backoff;
    return undefined;
}
function describeStatus(error) {
    if (error.status === undefined)
        return `no response (${error.message ?? 'network error'})`;
    return String(error.status);
}
/**
 * A log line for a refused or failed call that says what to do about it: for 403 and 404,
 * the permission the workflow must grant.
 */
function explainFailure(error, what, permission) {
    const { status, message } = error;
    const detail = message ? `: ${firstLine(message)}` : '';
    if (status === 403 || status === 404) {
        return (`modelgate: could not ${what} (${status}${detail}). Grant "permissions: ${permission}" to the job; ` +
            'on a pull request from a fork the token is read-only whatever the workflow asks for.');
    }
    return `modelgate: could not ${what} (${status ?? 'no response'}${detail})`;
}
function firstLine(text) {
    return text.split('\n', 1)[0]?.slice(0, 300) ?? '';
}


/***/ })

};
