export const id = 350;
export const ids = [350];
export const modules = {

/***/ 9350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* reexport */ createClient),
  explainFailure: () => (/* reexport */ explainFailure),
  listChangedFiles: () => (/* reexport */ listChangedFiles),
  publishCheckRun: () => (/* reexport */ publishCheckRun),
  publishComment: () => (/* reexport */ publishComment)
});

;// CONCATENATED MODULE: ./build/github/changed-files.js
const PULL_FILES_CAP = 3000;
async function listChangedFiles(octokit, owner, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
    if (files.length >= PULL_FILES_CAP)
        return undefined;
    // A renamed file touches the systems that cited its old path as well as its new one.
    return files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]));
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/github/client.js
/**
 * The GitHub client every post goes through: @actions/github's Octokit with
 * @octokit/plugin-throttling (GitHub's documented pacing: one write at a time, a second apart,
 * and waits for the primary and secondary rate limits) and @octokit/plugin-retry (server errors
 * and dropped connections on reads). Each try is aborted after `timeoutMs`.
 *
 * A write that creates something (a check run, annotations, a comment) may have been done even
 * when its answer was lost, so it is never repeated blindly: `writeOnce` asks GitHub whether it
 * landed before trying again (see check-run.ts and comment.ts).
 */



const DEFAULT_CLIENT = { maxAttempts: 3, maxRateLimitWaitS: 60, timeoutMs: 30_000 };
/** Writes must not be repeated by the retry plugin: `writeOnce` decides, knowing what landed. */
const NO_RETRY = { request: { retries: 0 } };
/**
 * The client for `token`. Its lines (waits, retries) go to `log`, which is also the client's
 * `octokit.log.info`, so the writes made through it log to the same run.
 */
function createClient(token, apiUrl, log, options = DEFAULT_CLIENT) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount + 1 < options.maxAttempts && retryAfter <= options.maxRateLimitWaitS;
        log(`modelgate: GitHub answered 403 (${kind}) to ${request.method} ${shortUrl(request.url)}; ${again ? `trying again in ${retryAfter}s (attempt ${retryCount + 2} of ${options.maxAttempts})` : 'giving up'}`);
        return again;
    };
    // Registered first, so it wraps each try innermost: every try gets its own timeout. (The fetch
    // itself stays @actions/github's, which honours the runner's proxy settings.)
    const timeoutPerTry = (octokit) => {
        octokit.hook.wrap('request', (request, requestOptions) => request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(options.timeoutMs) } }));
    };
    return (0,github/* getOctokit */.Q)(token, {
        ...(apiUrl ? { baseUrl: apiUrl } : {}),
        log: { debug: () => undefined, info: log, warn: log, error: log },
        retry: { retries: options.maxAttempts - 1 },
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
    }, timeoutPerTry, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/**
 * One write, tried up to `maxAttempts` times. After an answer that says it was not done (a
 * gateway error), it is tried again; after one that leaves it unknown (a 500, a timeout, a reset
 * connection), `landed` asks GitHub first and its answer is taken when the write was done. Any
 * other error (a refusal, a validation error) is thrown at once.
 */
async function writeOnce(what, write, landed, log, options = { maxAttempts: DEFAULT_CLIENT.maxAttempts, baseDelayMs: 1_000 }) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            const status = error.status;
            const notDone = status === 502 || status === 503 || status === 504;
            const unknown = status === undefined || status === 500;
            if ((!notDone && !unknown) || attempt >= options.maxAttempts)
                throw error;
            if (unknown) {
                const found = await landed().catch(() => undefined);
                if (found !== undefined) {
                    log(`modelgate: GitHub answered ${describeStatus(error)} to ${what}, but it was done; carrying on`);
                    return found;
                }
            }
            const wait = options.baseDelayMs * 2 ** (attempt - 1);
            log(`modelgate: GitHub answered ${describeStatus(error)} to ${what}; trying again in ${Math.ceil(wait / 1000)}s (attempt ${attempt + 1} of ${options.maxAttempts})`);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
}
function shortUrl(url) {
    return String(url).replace(/^https?:\/\/[^/]+/, '');
}
function describeStatus(error) {
    if (error.status === undefined || error.status === 500)
        return error.status === 500 ? '500' : `no response (${error.message ?? 'network error'})`;
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

// EXTERNAL MODULE: ./build/report/markdown.js + 1 modules
var markdown = __webpack_require__(6853);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/fs/repo-fs.js
var repo_fs = __webpack_require__(654);
// EXTERNAL MODULE: ./build/report/escape.js
var report_escape = __webpack_require__(9924);
// EXTERNAL MODULE: ./build/report/report.js
var report_report = __webpack_require__(7177);
;// CONCATENATED MODULE: ./build/report/pr-comment.js
/**
 * The pull request comment: the verdict first, then each failing rule grouped by system with a
 * one-line fix, under GitHub's 65,536-character body cap. The full detail is in the job summary;
 * the comment is what a reviewer reads without leaving the conversation.
 */





const COMMENT_BODY_LIMIT = 65_536;
/** The hidden first line that finds the comment again: `<!-- modelgate:sticky key digest -->`. */
function commentMarker(key) {
    return `<!-- modelgate:sticky ${key.replace(/[^\w./@:=-]+/g, '_')} `;
}
/** The content digest recorded in a comment body, to tell an unchanged comment. */
function commentDigest(body) {
    return body.match(/^<!-- modelgate:sticky \S+ digest=([0-9a-f]{16}) -->/)?.[1];
}
function formatComment(report, options) {
    const summaryLink = options.runUrl ? `[the job summary](${options.runUrl})` : 'the job summary';
    const marker = `${commentMarker(options.key)}digest=${'0'.repeat(16)} -->\n`;
    const longestTail = `\n\n> ${report.systems.length + report.findings.length} more systems with failures not shown (GitHub caps a comment's length); every finding is in ${summaryLink}.\n`;
    const limit = (options.maxChars ?? COMMENT_BODY_LIMIT) - marker.length - longestTail.length;
    const { summary } = report;
    const icon = report.verdict === 'pass' ? '✅' : '❌';
    const head = [
        `## ${icon} modelgate: ${report.verdict}`,
        `${(0,markdown/* countText */.lT)(summary.errors, 'error', true)}, ${(0,markdown/* countText */.lT)(summary.warnings, 'warning')}, ${(0,markdown/* countText */.lT)(summary.notices, 'notice')}` +
            `${summary.waived ? `, ${summary.waived} waived` : ''} across ${(0,markdown/* countText */.lT)(summary.systems, 'system')}${(0,report_report/* failingSuffix */.at)(report)}` +
            `${options.commit ? ` at commit ${options.commit.slice(0, 7)}` : ''}.`,
    ];
    if (report.scope && report.scope.skipped.length > 0) {
        head.push(`Only systems this pull request touches were checked; ${(0,markdown/* countText */.lT)(report.scope.skipped.length, 'other system')} skipped.`);
    }
    const sections = [];
    const failures = (0,report_report/* failuresInPriorityOrder */.t$)(report.findings);
    const bySystem = (0,report_report/* groupBy */.$z)(failures, (f) => f.system);
    for (const [system, findings] of bySystem)
        sections.push([`### ${(0,markdown/* sectionTitle */.Gf)(report, system, findings)}`, ...ruleLines(findings)].join('\n'));
    let body = head.join('\n\n');
    let shown = 0;
    for (const section of sections) {
        if (body.length + section.length + 2 > limit)
            break;
        body += `\n\n${section}`;
        shown++;
    }
    if (shown < sections.length) {
        body += `\n\n> ${sections.length - shown} more system${sections.length - shown === 1 ? '' : 's'} with failures not shown (GitHub caps a comment's length); every finding is in ${summaryLink}.`;
    }
    else {
        body += `\n\n<sub>Details, coverage and waivers: ${summaryLink}.</sub>`;
    }
    const digest = (0,external_node_crypto_.createHash)('sha256').update(body.replace(summaryLink, '')).digest('hex').slice(0, 16);
    const comment = `${commentMarker(options.key)}digest=${digest} -->\n${body}\n`;
    // The budget above already holds the marker and the longest pointer; this only guards it.
    return comment.length <= (options.maxChars ?? COMMENT_BODY_LIMIT) ? comment : comment.slice(0, options.maxChars ?? COMMENT_BODY_LIMIT);
}
/** One line per failing rule: where it first fails, how many more, and the fix. */
function ruleLines(findings) {
    const byRule = (0,report_report/* groupBy */.$z)(findings, (f) => f.ruleId);
    return [...byRule.values()].map((group) => {
        const first = group[0];
        const icon = first.severity === 'error' ? '❌' : first.severity === 'warning' ? '⚠️' : 'ℹ️';
        const more = group.length > 1 ? ` (+${group.length - 1} more)` : '';
        const fix = first.remediation ? ` **Fix:** ${(0,report_escape/* markdownText */.p7)((0,repo_fs/* clip */.$Q)(first.remediation, 300))}` : '';
        return `- ${icon} ${(0,markdown/* ruleLink */.lN)(first)} ${(0,report_escape/* markdownCode */.D9)(`${first.file}:${first.line}`, { limit: 300 })}${more}: ${(0,report_escape/* markdownText */.p7)((0,repo_fs/* clip */.$Q)(first.message, 300))}${fix}`;
    });
}

// EXTERNAL MODULE: ./build/report/annotations.js
var annotations = __webpack_require__(6241);
;// CONCATENATED MODULE: ./build/github/check-run.js
/**
 * Every failing finding as a check run annotation. The Checks API takes at most 50 annotations
 * per request and appends those of each update, so the run is created with the first 50 and
 * updated with the rest, 50 at a time; the last request completes it with the verdict and the
 * summary.
 */





const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_SUMMARY_LIMIT = 65_535;
/** The Checks API's cap on an annotation message, in bytes. */
const MESSAGE_LIMIT = 64 * 1024;
const TITLE_LIMIT = 255;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
/** The same annotations as the workflow-command ones (annotations.ts), in the Checks API's shape. */
function checkAnnotations(findings) {
    return (0,report_report/* sameFailureGroups */.lf)((0,report_report/* failuresInPriorityOrder */.t$)(findings)).map((group) => {
        const finding = group[0];
        const base = (0,annotations/* toAnnotation */.$v)(group);
        const annotation = {
            path: base.file,
            start_line: base.startLine,
            end_line: base.startLine,
            annotation_level: LEVEL[base.level],
            message: truncateBytes(base.message, MESSAGE_LIMIT),
            title: (0,report_escape/* visibleText */.Q6)(`${base.title} (${finding.system})`, TITLE_LIMIT),
        };
        // The API accepts columns only on a one-line annotation, which is when toAnnotation gives an end.
        if (base.endColumn !== undefined) {
            annotation.start_column = base.startColumn ?? 1;
            annotation.end_column = base.endColumn;
        }
        return annotation;
    });
}
/**
 * Creates the check run on the commit the findings describe and posts every annotation.
 *
 * - The summary (up to 65,535 characters) is sent once, with the last request; the requests
 *   before it carry a one-line progress summary (the API wants one with every output).
 * - Creating is idempotent: the run carries an `external_id` for this run attempt, and after an
 *   answer that leaves it unknown (a 500, a timeout, a reset connection) the run is looked up by
 *   that id on the commit before creating again.
 * - An annotation batch whose answer was lost is checked against the run's annotation count,
 *   so no batch is posted twice or lost.
 *
 * Throws the API's error (the caller falls back to workflow commands); a run left incomplete by
 * a failed update is closed on a best-effort basis so it does not spin forever.
 */
async function postCheckRun(octokit, context, report, name, summary) {
    const annotations = checkAnnotations(report.findings);
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    if (batches.length === 0)
        batches.push([]);
    const { owner, repo } = context;
    const conclusion = report.verdict === 'pass' ? 'success' : 'failure';
    const title = checkTitle(report);
    const externalId = `modelgate:${context.runAttempt ?? RUN_NONCE}:${name}`.slice(0, 255);
    const output = (batch, last, posted) => ({
        title,
        summary: last ? summary : `Posting ${annotations.length} annotations: ${posted + batch.length} so far. The summary follows with the last batch.`,
        ...(batch.length > 0 ? { annotations: batch } : {}),
    });
    const done = () => ({ status: 'completed', conclusion, completed_at: new Date().toISOString() });
    const first = batches[0] ?? [];
    const single = batches.length === 1;
    const created = await writeOnce('the check run\'s creation', async () => {
        const response = await octokit.rest.checks.create({
            owner,
            repo,
            name,
            head_sha: context.headSha,
            external_id: externalId,
            ...(single ? done() : { status: 'in_progress' }),
            output: output(first, single, 0),
            ...NO_RETRY,
        });
        return { id: response.data.id, url: response.data.html_url ?? undefined };
    }, async () => {
        const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: context.headSha, check_name: name, filter: 'latest', per_page: 100 });
        const run = data.check_runs.find((r) => r.external_id === externalId);
        return run ? { id: run.id, url: run.html_url ?? undefined } : undefined;
    }, (message) => octokit.log.info(message));
    const id = created.id;
    let posted = first.length;
    try {
        for (let i = 1; i < batches.length; i++) {
            const batch = batches[i] ?? [];
            const last = i === batches.length - 1;
            const expected = posted + batch.length;
            await writeOnce(`annotations ${posted + 1}-${expected} of the check run`, async () => {
                await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...(last ? done() : {}), output: output(batch, last, posted), ...NO_RETRY });
                return true;
            }, async () => {
                const { data } = await octokit.rest.checks.get({ owner, repo, check_run_id: id });
                return data.output.annotations_count >= expected ? true : undefined;
            }, (message) => octokit.log.info(message));
            posted = expected;
        }
    }
    catch (error) {
        await octokit.rest.checks
            .update({ owner, repo, check_run_id: id, ...done(), output: { title, summary: `${summary.slice(0, CHECK_SUMMARY_LIMIT - 200)}\n\nNot every annotation could be posted; see the job log.` } })
            .catch(() => undefined);
        throw error;
    }
    return { id, ...(created.url ? { url: created.url } : {}), annotations: annotations.length };
}
/** Identifies this process's check run when the runner gives no run id (a local run, say). */
const RUN_NONCE = (0,external_node_crypto_.randomUUID)();
function checkTitle(report) {
    const { errors, warnings, notices } = report.summary;
    return `${report.verdict === 'pass' ? 'Pass' : 'Fail'}: ${errors} errors, ${warnings} warnings, ${notices} notices`;
}
/** Cut to at most `max` bytes of UTF-8 (the Checks API counts bytes), on a character boundary. */
function truncateBytes(text, max) {
    if (Buffer.byteLength(text, 'utf8') <= max)
        return text;
    const ellipsis = '…';
    let cut = Buffer.from(text, 'utf8').subarray(0, max - Buffer.byteLength(ellipsis, 'utf8')).toString('utf8');
    // A character split by the cut decodes as U+FFFD: drop it.
    if (cut.endsWith('\uFFFD'))
        cut = cut.slice(0, -1);
    return `${cut}${ellipsis}`;
}

;// CONCATENATED MODULE: ./build/github/comment.js
/**
 * One sticky comment per workflow and path on a pull request. It is found again by its hidden
 * marker and its author (so a comment anyone else writes with the marker is never edited),
 * edited in place, and left alone when its content has not changed.
 */


async function upsertComment(octokit, comment) {
    const { owner, repo } = comment;
    const marker = commentMarker(comment.key);
    const findOurs = async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: comment.issueNumber, per_page: 100 });
        return comments.find((c) => c.body?.startsWith(marker) && comment.authors.includes(c.user?.login ?? ''));
    };
    const ours = await findOurs();
    if (ours) {
        if (ours.body && commentDigest(ours.body) === commentDigest(comment.body))
            return { outcome: 'unchanged', id: ours.id };
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: comment.body });
        return { outcome: 'updated', id: ours.id };
    }
    if (!comment.create)
        return { outcome: 'not-needed' };
    // A comment whose creation got no answer may be there: look before posting a second one.
    const id = await writeOnce('the pull request comment', async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: comment.issueNumber, body: comment.body, ...NO_RETRY })).data.id, async () => (await findOurs())?.id, (message) => octokit.log.info(message));
    return { outcome: 'created', id };
}

;// CONCATENATED MODULE: ./build/github/publish.js
/**
 * Posting a report to GitHub: the check run (every annotation) and the sticky pull request
 * comment. Nothing here can change the verdict: a refusal or failure comes back as a line naming
 * the permission to grant, and the caller decides what to show instead (the workflow-command
 * annotations are a reporter, report/workflow-commands.ts).
 */





/** Every failing finding as a check run annotation on `context.headSha`. */
async function publishCheckRun(report, octokit, context, checkName) {
    try {
        const summary = (0,markdown/* formatMarkdown */.jI)(report, { maxBytes: CHECK_SUMMARY_LIMIT });
        const run = await postCheckRun(octokit, context, report, checkName, summary);
        const info = `modelgate: check run "${checkName}" posted with ${run.annotations} annotation${run.annotations === 1 ? '' : 's'}${run.url ? ` (${run.url})` : ''}`;
        return { posted: true, annotations: run.annotations, ...(run.url ? { url: run.url } : {}), info };
    }
    catch (error) {
        return { posted: false, failure: explainFailure(error, 'create a check run', 'checks: write') };
    }
}
/**
 * The sticky comment on the pull request: created when there is something to report, updated
 * when it exists, untouched when unchanged.
 */
async function publishComment(report, octokit, context, key, authors) {
    const pr = context.pullRequest;
    if (!pr)
        return undefined;
    const body = formatComment(report, { key, commit: pr.headSha, ...(context.runUrl ? { runUrl: context.runUrl } : {}) });
    // A passing pull request gets no new comment; one already there is updated to say it passes.
    const somethingToSay = report.verdict === 'fail';
    try {
        const result = await upsertComment(octokit, { owner: context.owner, repo: context.repo, issueNumber: pr.number, key, body, authors, create: somethingToSay });
        const said = { created: 'posted', updated: 'updated', unchanged: 'left unchanged (same findings)', 'not-needed': 'not needed (the gate passes)' }[result.outcome];
        return { level: 'info', message: `modelgate: pull request comment ${said}${result.id ? ` (comment ${result.id})` : ''}` };
    }
    catch (error) {
        return { level: 'warning', message: explainFailure(error, `comment on pull request #${pr.number}`, 'pull-requests: write') };
    }
}

;// CONCATENATED MODULE: ./build/github/index.js
/**
 * Everything the Action does through GitHub's API, behind one dynamic import: the client and
 * @actions/github are loaded only when there is a token, and bundled into one chunk.
 */





/***/ })

};
