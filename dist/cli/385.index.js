export const id = 385;
export const ids = [385];
export const modules = {

/***/ 6733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describePath),
/* harmony export */   T: () => (/* binding */ movedItem)
/* harmony export */ });
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4853);
/** How check functions name what they talk about in messages. */


/**
 * `['manifest','data','datasets',0,'license']` → `data.datasets[0].license`, plus the name of
 * the list item when it has one: `data.datasets[0].license (dataset "bureau-2024")`.
 */
function describePath(root, path) {
    const inDoc = path[0] === 'manifest' ? path.slice(1) : path[0] === 'card' && path[1] === 'meta' ? path.slice(2) : path;
    const shown = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(inDoc);
    const label = itemLabel(root, path);
    return label ? `${shown} (${label})` : shown;
}
function itemLabel(root, path) {
    let node = root;
    let label;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (node === null || typeof node !== 'object')
            break;
        node = node[segment];
        const listName = path[i - 1];
        if (typeof segment === 'number' && typeof listName === 'string' && node && typeof node === 'object') {
            const item = node;
            // A placeholder ("TODO: the training data") names nothing: system/no-placeholders reports it.
            const name = [item.id, item.name, item.role, item.metric].find((v) => typeof v === 'string' && v.trim() !== '' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(v) !== 'placeholder');
            if (typeof name === 'string')
                label = `${singular(listName)} "${name}"`;
        }
    }
    return label;
}
function singular(word) {
    if (word.endsWith('ies'))
        return `${word.slice(0, -3)}y`;
    if (word.endsWith('s') && !word.endsWith('ss'))
        return word.slice(0, -1);
    return word;
}
const NAMING_FIELDS = ['id', 'name', 'path'];
const KIND_FIELDS = ['metric', 'attribute', 'dataset', 'family', 'uri', 'role'];
/** A field's trimmed text, when the item has one. */
function textField(item, field) {
    const value = item[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * How a message names a list item whatever its position: a text item by its value, an item
 * with an id, name or path by that, else by the fields that tell its kind apart (a bound by its
 * metric, attribute and dataset); undefined for an item known by nothing.
 */
function identityLabel(item, listName) {
    const kind = typeof listName === 'string' ? singular(listName) : 'item';
    if (typeof item === 'string' || typeof item === 'number')
        return `${kind} ${JSON.stringify(String(item).slice(0, 80))}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item))
        return undefined;
    const record = item;
    for (const field of NAMING_FIELDS) {
        const value = textField(record, field);
        if (value !== undefined)
            return `${kind} ${JSON.stringify(value.slice(0, 80))}`;
    }
    const parts = KIND_FIELDS.flatMap((field) => {
        const value = textField(record, field);
        return value === undefined ? [] : [`${field} ${JSON.stringify(value.slice(0, 80))}`];
    });
    return parts.length === 0 ? undefined : `${kind} ${parts.join(', ')}`;
}
/**
 * Whether two list items are the same item: text items by value; mappings by the first of id,
 * name and path that both have (a dataset whose uri changes is the same dataset), else by the
 * fields telling their kind apart that both have. A name the pull request adds decides nothing
 * (it named the item; it did not put another in its place), but one the base commit's item had
 * and this one lacks (a blank id) makes it another item. A role alone is a category (two test
 * sets, two credit officers), not an identity: it tells items apart only where neither has more.
 */
function sameItem(now, before) {
    const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isRecord(now) || !isRecord(before))
        return (typeof now === 'string' || typeof now === 'number') && now === before;
    for (const field of NAMING_FIELDS) {
        const a = textField(now, field);
        const b = textField(before, field);
        if (b !== undefined)
            return a === b;
    }
    const fieldsOf = (item) => KIND_FIELDS.filter((field) => textField(item, field) !== undefined);
    const shared = fieldsOf(now).filter((field) => textField(before, field) !== undefined);
    if (shared.some((field) => field !== 'role'))
        return shared.every((field) => textField(now, field) === textField(before, field));
    const onlyRole = (item) => NAMING_FIELDS.every((field) => textField(item, field) === undefined) && fieldsOf(item).join() === 'role';
    return shared.length === 1 && onlyRole(now) && onlyRole(before) && textField(now, 'role') === textField(before, 'role');
}
/**
 * The first list item on `path` that is another item than the one at the same position in
 * `baseRoot` (a pull request reordered the list, or put an item where there was none): a waiver
 * or baseline entry that names the position was written for what was there. Two items known by
 * nothing (a mapping with no id, name, path, metric, …) cannot be told apart, and are taken to be the same.
 */
function movedItem(root, baseRoot, path) {
    let node = root;
    let before = baseRoot;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[segment];
        before = before !== null && typeof before === 'object' ? before[segment] : undefined;
        if (typeof segment !== 'number')
            continue;
        const now = identityLabel(node, path[i - 1]);
        const was = identityLabel(before, path[i - 1]);
        // Two items known by nothing cannot be told apart; one known by nothing where a known one was is another.
        if (now === undefined ? was === undefined : sameItem(node, before))
            continue;
        const unknown = 'an item known by no id or name';
        return { path: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path.slice(0, i + 1)), was: before === undefined ? 'nothing' : (was ?? unknown), now: now ?? unknown };
    }
    return undefined;
}


/***/ }),

/***/ 1197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ biasNotApplicable),
/* harmony export */   NY: () => (/* binding */ honouredReason),
/* harmony export */   TI: () => (/* binding */ DECLARATION_PATH),
/* harmony export */   rE: () => (/* binding */ notAboutPersons)
/* harmony export */ });
/* unused harmony exports MIN_REASON_WORDS, biasDeclaration */
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8852);
/* harmony import */ var _load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2431);
/* harmony import */ var _policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6020);
/* harmony import */ var _text_no_one_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6422);
/* harmony import */ var _function_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6792);
/* harmony import */ var _document_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7581);
/**
 * `bias.notApplicable: { reason }`: the manifest declares that the system's output concerns no
 * natural person (it scores, ranks or describes none: a contract-clause classifier, a demand
 * forecast), so the bias rules, which measure how a model treats groups of people, do not apply.
 *
 * The declaration is honoured only where the manifest does not itself say otherwise: a reason
 * that says why no natural person is affected, and no field that names people (affected
 * persons, personal data, sensitive attributes, a bias evaluation, an Annex III area about
 * people, emotion recognition or biometric categorisation). A refused declaration spares
 * nothing: the bias rules apply, and bias/not-applicable-justified fails at the declaration.
 * Rules opt in with `when: { affectsPersons: true }` (evaluate.ts).
 */






/** Where the declaration is, from the system document's root. */
const DECLARATION_PATH = ['manifest', 'bias', 'notApplicable'];
/** Fewest words a reason holds (placeholders and repeats aside): a sentence that says why, not "No persons." */
const MIN_REASON_WORDS = 8;
/** A reason says why no natural person is affected: it speaks of people, by one of these (at the start of a word). */
const PERSONS = {
    name: 'why no natural person is affected',
    terms: ['person', 'people', 'individual', 'human', 'personal', 'anyone', 'anybody', 'nobody', 'no one', 'someone', 'data subject'],
};
const declarations = new WeakMap();
/**
 * The manifest's `bias.notApplicable`, judged: undefined when it declares none. Read once per
 * manifest (every bias rule asks).
 */
function biasDeclaration(data) {
    if (!data || typeof data !== 'object')
        return undefined;
    let judged = declarations.get(data);
    if (judged === undefined) {
        judged = judge(data) ?? null;
        declarations.set(data, judged);
    }
    return judged ?? undefined;
}
/** An honoured declaration's reason; undefined when there is none, or it is refused. */
function honouredReason(data) {
    const declared = biasDeclaration(data);
    return declared && declared.refusals.length === 0 ? declared.reason : undefined;
}
/** Why a rule with `when.affectsPersons` does not apply to the system, or undefined when it does. */
function notAboutPersons(data) {
    const reason = honouredReason(data);
    return reason === undefined ? undefined : `bias.notApplicable declares that the system's output concerns no natural person: ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(reason, 300)}`;
}
const at = (...path) => ['manifest', ...path];
function judge(data) {
    const bias = data.bias;
    if (!bias || typeof bias !== 'object' || !Object.hasOwn(bias, 'notApplicable'))
        return undefined;
    const declared = bias.notApplicable;
    const here = at('bias', 'notApplicable');
    const refusals = [];
    const refuse = (why) => refusals.push({ message: `bias.notApplicable cannot be honoured: ${why}`, path: here });
    let reason;
    if (!declared || typeof declared !== 'object' || Array.isArray(declared)) {
        refusals.push({ message: `bias.notApplicable is not a mapping with a reason: write bias.notApplicable: { reason: "…" }, saying why no natural person is scored, ranked or described by the system's output`, path: here });
    }
    else {
        const written = declared.reason;
        if (typeof written === 'string')
            reason = written;
        refusals.push(...reasonProblems(written));
    }
    const affected = personsNamed(data.intendedUse?.affectedPersons);
    if (affected)
        refuse(`intendedUse.affectedPersons names ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(affected)}, a person the system's output affects`);
    const datasets = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
    datasets.forEach((dataset, index) => {
        const personal = dataset?.personalData;
        const name = typeof dataset?.id === 'string' ? ` (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(dataset.id)})` : '';
        if (personal?.present === true) {
            refuse(`data.datasets[${index}]${name} holds personal data (personalData.present: true): a model trained or evaluated on data about people can treat them unequally`);
            return;
        }
        // present: false beside the categories of personal data it holds says both (red team).
        const category = firstStated(personal?.categories);
        if (category !== undefined && ((0,_text_no_one_js__WEBPACK_IMPORTED_MODULE_2__/* .namesNoOne */ .S)(category) || NO_CATEGORY.test(category.trim())))
            return;
        if (category !== undefined)
            refuse(`data.datasets[${index}]${name} lists ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(category)} under personalData.categories, though personalData.present is not true: data with categories of personal data is data about people`);
    });
    const attribute = firstStated(bias.sensitiveAttributes);
    if (attribute !== undefined)
        refuse(`bias.sensitiveAttributes lists ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(attribute)}, an attribute of the people the system's fairness is evaluated for`);
    const reports = Array.isArray(bias.reports) ? bias.reports.length : 0;
    if (reports > 0)
        refuse(`bias.reports cites ${reports === 1 ? 'a bias report' : `${reports} bias reports`}, which the bias rules judge; remove ${reports === 1 ? 'it' : 'them'} if no natural person is affected`);
    const thresholds = Array.isArray(bias.thresholds) ? bias.thresholds.length : 0;
    if (thresholds > 0)
        refuse(`bias.thresholds bounds ${thresholds === 1 ? 'a fairness metric' : `${thresholds} fairness metrics`}, which only a system that affects people has`);
    const basis = data.risk?.euAiAct?.basis;
    for (const { point, area } of (0,_policy_obligations_js__WEBPACK_IMPORTED_MODULE_1__/* .personsAreasOfBasis */ .sI)(typeof basis === 'string' ? basis : undefined)) {
        refuse(`risk.euAiAct.basis cites Annex III ${point} (${area}), an area where the system's output concerns natural persons`);
    }
    const transparency = data.transparency;
    if (transparency?.recognisesEmotions === true)
        refuse('transparency.recognisesEmotions is true: emotion recognition infers the emotions of natural persons');
    if (transparency?.categorisesBiometrically === true)
        refuse('transparency.categorisesBiometrically is true: biometric categorisation assigns natural persons to categories');
    return { ...(reason === undefined ? {} : { reason }), refusals };
}
/** What is wrong with the reason: missing, a placeholder, too short, or not about people. */
function reasonProblems(written) {
    const where = at('bias', 'notApplicable', 'reason');
    const what = "say why no natural person is scored, ranked or described by the system's output";
    if (typeof written !== 'string') {
        if (written === undefined || written === null)
            return [{ message: `bias.notApplicable.reason is missing: ${what}`, path: at('bias', 'notApplicable') }];
        return [{ message: `bias.notApplicable.reason is not text: ${what}`, path: where }];
    }
    const absence = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(written);
    // "N/A" is honest where a field does not apply; here it is the one thing that must be said.
    if (absence)
        return [{ message: `bias.notApplicable.reason ${(0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValueAbsence */ .OQ)(written, absence)}`, path: where }];
    if ((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .isNonAnswerValue */ .Tq)(written))
        return [{ message: `bias.notApplicable.reason is ${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written)}, which says nothing: ${what}`, path: where }];
    const words = (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .substantiveWords */ .Sk)(written, MIN_REASON_WORDS);
    if (words < MIN_REASON_WORDS) {
        return [{ message: `bias.notApplicable.reason says too little to spare the system the bias rules: ${words} word${words === 1 ? '' : 's'} (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written, 200)}), at least ${MIN_REASON_WORDS} expected; ${what}`, path: where }];
    }
    if ((0,_document_content_js__WEBPACK_IMPORTED_MODULE_3__/* .topicsMissingFromText */ .Ez)(written, [PERSONS]).length > 0) {
        return [{ message: `bias.notApplicable.reason does not say why no natural person is affected: it speaks of no person, people or individual (${(0,_load_source_doc_js__WEBPACK_IMPORTED_MODULE_4__/* .quoted */ .TL)(written, 200)})`, path: where }];
    }
    return [];
}
/** The first item of a text or list of texts that is stated (not missing or a placeholder). */
function firstStated(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.find((item) => typeof item === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(item) === undefined);
}
/** The first person `affectedPersons` names: stated, and not an answer that there is none ("None", "N/A", "nobody"). */
function personsNamed(value) {
    const items = Array.isArray(value) ? value : [value];
    return items.find((item) => typeof item === 'string' && (0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAbsence */ .Z2)(item) === undefined && !(0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_0__/* .isNonAnswerValue */ .Tq)(item) && !(0,_text_no_one_js__WEBPACK_IMPORTED_MODULE_2__/* .namesNoOne */ .S)(item) && !saysNoPerson(item));
}
/**
 * "No natural persons", "none (legal entities only)": a whole answer that the system affects no
 * one, with one remark in brackets at most. Not an answer that goes on ("None directly; tenants
 * whose leases are flagged are affected" names people: review).
 */
const NO_PERSON = /^(?:none|no (?:natural )?(?:persons?|people|individuals?|one))(?: (?:is|are) affected)?(?: ?\([^()]*\))?\.?$/i;
/** A personal-data category that says there is none: "no personal data", "None (anonymised)", "N/A - synthetic". */
const NO_CATEGORY = /^(?:none|no|n\/?a|not applicable)\b/i;
function saysNoPerson(text) {
    return NO_PERSON.test(text.trim().replace(/\s+/g, ' '));
}
/**
 * bias/not-applicable-justified: a declaration the manifest makes is one it can make. Passes an
 * honoured declaration (a declaration only supports controls; coverage counts nothing it spared
 * as evidenced), fails each refusal at its line; nothing to check without one.
 */
const biasNotApplicable = (0,_function_js__WEBPACK_IMPORTED_MODULE_5__/* .defineFunction */ .Oh)({
    name: 'bias-not-applicable',
    description: "bias.notApplicable, where declared, can be honoured: a reason of at least 8 words that speaks of people, and nothing in the manifest that names people the system's output concerns (intendedUse.affectedPersons, personal data in a dataset, sensitive attributes, bias reports or thresholds, an Annex III area about natural persons, emotion recognition or biometric categorisation).",
    optionsSchema: { type: 'object', additionalProperties: false },
    check({ system }) {
        const declared = biasDeclaration(system.manifest.data);
        if (!declared)
            return { skip: 'nothing to check: bias.notApplicable is not declared' };
        return declared.refusals;
    },
});


/***/ }),

/***/ 7581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H8: () => (/* binding */ documentAbsence),
  nH: () => (/* binding */ documentContent),
  We: () => (/* binding */ judgeCitedDocument),
  Ez: () => (/* binding */ topicsMissingFromText)
});

// UNUSED EXPORTS: DEFAULT_MIN_WORDS, citedHeading, denialIn, headingSlug

// EXTERNAL MODULE: ./build/load/markdown.js
var markdown = __webpack_require__(2932);
// EXTERNAL MODULE: ./build/load/model-card.js + 1 modules
var model_card = __webpack_require__(4692);
// EXTERNAL MODULE: ./build/load/placeholder.js
var placeholder = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/text/closest.js
var closest = __webpack_require__(2665);
// EXTERNAL MODULE: ./build/evidence/check.js
var check = __webpack_require__(6792);
;// CONCATENATED MODULE: ./build/evaluate/functions/denials.js
/**
 * Whether a document mentions a capability only to deny it: "the scorer cannot be stopped or
 * paused", "there is no kill switch", "overriding is not possible". document-content asks this of
 * a topic marked `affirmed` (stopping the system, overriding an output, reviewing text before it
 * is published), whose terms a runbook can name while saying the thing cannot be done.
 *
 * Terms are matched, not meaning, so only a few plain forms of denial are read, each about the
 * system or what it puts out, and a false error on a real runbook costs more than a denial let
 * through (two red-team passes wrote some sixty legitimate documents the first readings failed;
 * test/rules/denials.test.ts keeps them). A mention is denied by:
 * - "cannot" or "can't": "the score cannot be overridden", "the scorer cannot be stopped or
 *   paused", "staff can't switch it off", "operators are unable to stop the scorer"; not where a
 *   machine is the agent or subject ("cannot be overridden by the model", "the model cannot
 *   decide"), and not where the denial is about something else ("the audit log cannot be edited");
 * - "impossible to", "not possible to", "no way to" stop it;
 * - "there is no kill switch", "the system has no fallback", where the mention is what there is
 *   none of ("no approval step" is not a denial of approval), and not a lack in one interface
 *   ("there is no kill switch in the UI", before steps that stop it another way);
 * - the mention as a subject that is not possible: "overriding is not possible", "shutdown is not
 *   supported", "rollback is impossible"; not there yet or turned down (an auditor's runbooks):
 *   "a rollback is not yet in place", "an appeal process for declined applicants is still being
 *   designed", "stopping the scorer is not something we support", "a fallback to manual review
 *   was considered and rejected";
 * - not built yet: "no kill switch has been built yet", "the team will add a stop procedure in a
 *   later release", "we plan to add a kill switch in a later release", "a kill switch is planned
 *   for a later release", "stopping the scorer is on the roadmap", "engineers have not yet agreed
 *   on how to stop the scorer"; not where a clause after it says what to do until then.
 * A word or two such as "manual" or "documented" may stand between "no" and the mention ("there
 * is no manual kill switch"), an adverb within "cannot" ("cannot currently be stopped"); "not able
 * to" and "nobody … is able to" deny as "unable to" does; a mention that is the purpose of a plan
 * ("we intend to add a kill switch so nurses can stop it") is not there yet; a list across commas
 * shares its first item's denial ("cannot be stopped, paused or disabled"). A clause after a
 * capability to come that says the system goes on meanwhile ("until then it keeps running") is
 * no way to stop it; one that points at the steps there are now ("so that the duty manager can
 * do step 1 without shell access") is. "But", "other than", "apart from" name who can, after a
 * "nobody" form only; a clause that opens with "if", "whenever" or "unless" is a condition.
 * For an activity a document must record as done (a `done` topic: tests run, risks identified),
 * an admission that it was not is a denial too (notDone): "no test of any kind was run", "we did
 * not assess it", "nobody has assessed it".
 * Mentions joined by "or" share a denial. "Must not", "may not" forbid rather than deny; a double
 * denial affirms ("there is no situation in which the model cannot be stopped"); a condition or a
 * limit on who may act, or when, is not a denial ("without approval", "during a batch", "by a
 * single engineer", "their own stories"). Anything else is not a denial: "the model does not make
 * decisions", "no approval is needed to halt it", "rollback is not automatic".
 */
/**
 * Text in lower case, letters and digits only, with each clause ended by ` | `: sentence
 * punctuation, commas, blank lines, list items and table cells end a clause; a line wrapped inside
 * a paragraph does not. Topic terms are looked for in it as ` term` (at the start of a word).
 */
function denials_clauseWords(text) {
    const clauses = text.toLowerCase().replace(/[.;:!?,|•–—]+|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])|\n[ \t]*(?=\n)/g, ' | ');
    return ` ${clauses.replace(/[^\p{L}\p{N}|]+/gu, ' ').trim()} | `;
}
/**
 * Modals a `not` (or "n't") negates into "cannot": "could not be stopped", "can't switch it off".
 * "Must not", "may not", "should not" forbid rather than deny ("reporters may not approve their
 * own stories"), and "will not" foretells ("staff won't switch shifts").
 */
const MODALS = new Set(['can', 'could', 'couldn']);
/** What a machine is called, as the agent or subject of a denial that does not deny people the capability. */
const MACHINES = new Set(['model', 'models', 'system', 'systems', 'ai', 'algorithm', 'tool', 'scorer', 'classifier', 'engine', 'it']);
/** What a denial must be about: the system or what it puts out ("the score cannot be overridden"). */
const OUTPUTS = new Set([
    ...MACHINES,
    ...['service', 'pipeline'],
    ...['score', 'scores', 'output', 'outputs', 'decision', 'decisions', 'prediction', 'predictions', 'result', 'results', 'recommendation', 'recommendations', 'suggestion', 'suggestions', 'grade', 'grades', 'rating', 'ratings'],
    ...['story', 'stories', 'article', 'articles', 'draft', 'drafts', 'text', 'texts', 'content', 'copy', 'summary', 'summaries'],
]);
/** Words after a denied mention that limit who may act, or when, rather than deny it ("by a single engineer", "by the reporter who wrote it"). */
const LIMITS = new Set(['alone', 'own', 'same', 'single', 'one', 'who', 'itself', 'himself', 'herself', 'themselves', 'below', 'above', 'before', 'after', 'once', 'during', 'while', 'mid', 'routine']);
/** What may follow a mention that is what there is none of ("no fallback and no kill switch"). */
const AFTER_A_NOUN = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'is', 'are', 'was', 'were', 'exists', 'available', 'so', 'because', 'either', 'anymore', 'yet']);
/**
 * Where a means may be missing while the capability is there another way: "there is no kill
 * switch in the UI" (then the steps run kubectl) says where not to look, not that it cannot be done.
 */
const INTERFACES = new Set(['ui', 'gui', 'dashboard', 'console', 'portal', 'interface', 'screen', 'frontend', 'website', 'page', 'menu', 'toolbar', 'panel', 'cli', 'api', 'form', 'widget']);
/** "no way to stop it", "no means to override it". */
const WAYS = new Set(['way', 'means', 'mechanism', 'option', 'possibility', 'ability', 'facility']);
/** Whose lack is not the system's, as the subject of "has no": "the vendor has no editorial responsibility" (not "the provider", the AI Act's word for the system's maker). */
const THIRD_PARTIES = new Set(['vendor', 'vendors', 'supplier', 'suppliers', 'partner', 'partners', 'contractor', 'contractors']);
/** "has not built", "have not added". */
const HAVING_BUILT = new Set(['has', 'have', 'had']);
/** "nobody holds editorial responsibility"; not "has", which may be an occurrence ("nobody has stopped it this year"). */
const HOLDING = new Set(['holds', 'hold', 'bears', 'bear', 'takes', 'take', 'carries', 'carry', 'owns', 'own']);
/** "the system has no fallback". */
const HAVING = new Set(['has', 'have', 'had', 'offers', 'offer', 'provides', 'provide', 'includes', 'include']);
/** What a `not` after a mention says it is not ("overriding is not possible"). */
const NOT_STATES = new Set(['possible', 'supported', 'allowed', 'permitted', 'available', 'provided', 'offered', 'implemented', 'feasible']);
/** What a mention may be said to be on its own ("rollback is impossible"). */
const DENYING_STATES = new Set(['impossible', 'unavailable', 'unsupported', 'infeasible', 'prohibited', 'forbidden', 'disallowed']);
/** What is said of a capability not built ("no kill switch has been built", "will add a stop procedure"). */
const BUILT = new Set(['built', 'implemented', 'added', 'developed', 'created', 'introduced', 'provided', 'written', 'designed', 'delivered', 'agreed', 'defined']);
const TO_BUILD = new Set(['add', 'build', 'introduce', 'provide', 'implement', 'ship', 'deliver', 'create', 'develop']);
/** A clause after a capability to come that says what to do meanwhile ("until then use step 1"): it is there now. */
const MEANWHILE = new Set(['until', 'till', 'meanwhile', 'meantime', 'now', 'instead', 'today', 'currently']);
/** Words by which a clause after a plan points at the procedure there is now ("do step 1", "as above"). */
const STEP_POINTERS = new Set(['step', 'steps', 'above', 'below']);
/** A clause after a capability to come that says the system goes on meanwhile ("until then the suggestion keeps running"): no stop now. */
const CONTINUING = new Set(['keeps', 'keep', 'continues', 'continue', 'remains', 'remain', 'stays', 'stay', 'always']);
/** Adverbs that may stand in a denial ("cannot currently be stopped"); not "easily", which says it is hard, not impossible. */
const DENIAL_ADVERBS = new Set(['currently', 'presently', 'yet', 'today', 'now', 'ever', 'really', 'actually', 'practically']);
/** What a capability comes in: "a later release", "version 3", "the next quarter". */
const RELEASES = new Set(['release', 'releases', 'version', 'versions', 'sprint', 'quarter', 'phase', 'iteration', 'milestone', 'update', 'roadmap']);
/** When a capability to come comes: "in a later release", "in the next quarter". */
const LATER = new Set(['later', 'future', 'next', 'eventually', 'roadmap', 'soon']);
/** "have not yet agreed on how to stop it". */
const DECIDED = new Set(['agreed', 'decided', 'determined', 'defined', 'documented', 'worked', 'figured', 'settled']);
/** "is still being designed". */
const UNDER_WAY = new Set(['designed', 'built', 'developed', 'written', 'discussed', 'planned', 'drafted', 'implemented', 'scoped', 'worked']);
/** "was considered and rejected". */
const TURNED_DOWN = new Set(['rejected', 'abandoned', 'dropped', 'descoped', 'shelved']);
/** "… and restored in v2": what was turned down is back. */
const RESTORED = new Set(['restored', 'reinstated', 'reintroduced', 'readded', 'revived']);
/**
 * Words that may stand between "no" and the mention without changing what there is none of
 * ("there is no manual kill switch", "the scorer has no documented rollback"). Not "automatic"
 * or "automated": "there is no automated rejection" says a person decides, the opposite.
 */
const MODIFIERS = new Set(['off', 'manual', 'dedicated', 'documented', 'formal', 'tested', 'working', 'physical', 'hardware', 'software', 'remote', 'central', 'global', 'separate', 'reliable', 'proper', 'real', 'explicit', 'human', 'operator', 'quick', 'immediate', 'instant', 'safe', 'graceful']);
/** "we plan to add a kill switch": what comes before "to" in a capability to come. */
const INTENDING = new Set(['plan', 'plans', 'planned', 'intend', 'intends', 'aim', 'aims', 'expect', 'expects', 'hope', 'hopes', 'want', 'wants']);
/** "a kill switch is planned for a later release": what is said of a capability to come. */
const TO_COME = new Set(['planned', 'scheduled', 'expected', 'due', 'intended', 'proposed', 'coming']);
/** What a capability may be called after its term ("an appeal process", "a stop procedure"). */
const MECHANISMS = new Set(['process', 'procedure', 'mechanism', 'step', 'path', 'workflow', 'feature', 'function', 'button', 'route', 'plan', 'option', 'capability', 'runbook']);
/** What may be said of whom we do not support it ("we currently support", "we offer"). */
const SUPPORTING = new Set(['support', 'offer', 'provide', 'allow', 'enable']);
/** Words before a mention that keep it the subject ("the override is not possible"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'its', 'our']);
/** Words that deny, for the double denial that affirms. */
const NEGATIONS = new Set(['no', 'not', 'never', 'cannot', 't', 'unable', 'impossible', 'neither', 'nor', 'none', 'nobody', 'nothing']);
/** A denial followed by one of these is a condition ("cannot be stopped without a second approval"). */
const CONDITIONS = new Set(['without', 'unless', 'except', 'until']);
/** Words that make what follows them in a clause a condition: "if the scorer cannot be stopped, …". */
const IF_WORDS = new Set(['if', 'whenever', 'unless']);
/** Words a double denial's first denial is not looked for past. */
const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** How many words before a mention are read (the clause's start, for "there is no …"). */
const BEFORE_REACH = 16;
/** How many words after a mention are read (a machine agent, a condition, "is not possible"). */
const AFTER_REACH = 12;
/**
 * When every mention of `terms` in `words` (clauseWords) is denied, the first denial, quoted;
 * undefined when one mention or more is not denied, or there is none. Each mention is read with
 * a bounded number of words either side, and the first that is not denied ends the search, so
 * the time is linear in the text whatever it holds.
 */
function onlyDenied(words, terms, done = false) {
    let first;
    // A mention's first word, for a mention standing between a denial and another ("stopped or paused").
    const starts = terms.map((term) => term.split(' ', 2).join(' '));
    for (const term of terms) {
        for (let at = words.indexOf(term); at >= 0; at = words.indexOf(term, at + term.length)) {
            const denial = denialOf(words, at, at + term.length, starts, 0, done);
            if (denial === undefined)
                return undefined;
            first ??= denial;
        }
    }
    return first;
}
/** Up to `count` words before offset `from` (a space) of `words`, nearest first, stopping at a clause end. */
function wordsBefore(words, from, count) {
    const found = [];
    let end = from;
    while (found.length < count && end > 0) {
        const start = words.lastIndexOf(' ', end - 1);
        const word = words.slice(start + 1, end);
        if (word === '|')
            break;
        found.push(word);
        end = start;
    }
    return found;
}
/** Up to `count` words from offset `from` (a space) of `words`, stopping at a clause end. */
function wordsAfter(words, from, count) {
    const found = [];
    let start = from;
    while (found.length < count && start >= 0 && start < words.length - 1) {
        const end = words.indexOf(' ', start + 1);
        const word = words.slice(start + 1, end < 0 ? words.length : end);
        if (word === '|')
            break;
        found.push(word);
        start = end;
    }
    return found;
}
const isMention = (word, starts) => word !== undefined && starts.some((start) => ` ${word}`.startsWith(start));
/** At `b[k]`, a negated modal ("cannot", "can not", "can't", "won't"): how many words it takes, or 0. */
function negatedModal(b, k) {
    if (b[k] === 'cannot')
        return 1;
    if (b[k] === 'never' && MODALS.has(b[k + 1]))
        return 2;
    if ((b[k] === 'not' || b[k] === 't') && MODALS.has(b[k + 1]))
        return 2;
    return 0;
}
/**
 * The quoted denial of the mention at `words[at + 1, end)` (`at` is the space before it), or
 * undefined when none of the forms above denies it.
 */
function denialOf(words, at, end, starts, listed = 0, done = false) {
    const space = words.indexOf(' ', end - 1);
    const mentionEnd = space < 0 ? words.length : space;
    const mention = words.slice(at + 1, mentionEnd);
    const clause = wordsBefore(words, at, BEFORE_REACH); // nearest first
    const after = wordsAfter(words, mentionEnd, AFTER_REACH);
    // A condition or a limit on who may act is not a denial: "without approval", "during a batch",
    // "by a single engineer", "their own stories".
    if (after.some((word) => CONDITIONS.has(word) || LIMITS.has(word)))
        return undefined;
    // Past the mentions that go with this one: "stopped or paused", "kill switch".
    let i = 0;
    for (;;) {
        if ((clause[i] === 'or' || clause[i] === 'nor') && isMention(clause[i + 1], starts))
            i += 2;
        else if (isMention(clause[i], starts))
            i += 1;
        else
            break;
    }
    // Past a word or two that says which kind there is none of: "no manual kill switch".
    let m = i;
    while (m < i + 2 && MODIFIERS.has(clause[m]))
        m++;
    if (m > i && clause[m] === 'no')
        i = m;
    const b = clause.slice(i);
    // A list of mentions across commas shares the first one's denial: "the suggestion cannot be
    // stopped, paused or disabled" (red team). Read back a few items, no more.
    if (b.length === 0 && clause.length < BEFORE_REACH && listed < 4) {
        const bar = words.lastIndexOf(' | ', at);
        const start = bar > 0 ? words.lastIndexOf(' ', bar - 1) : -1;
        if (bar > 0 && isMention(words.slice(start + 1, bar), starts))
            return denialOf(words, start, bar, starts, listed + 1, done);
    }
    // What the denial is about must be the system or its output: "the score cannot be overridden",
    // "staff can't switch it off", not "the audit log cannot be edited".
    const aboutOutput = (near) => near.some((word) => OUTPUTS.has(word));
    let denial = -1; // where in `b` the denial ends (its farthest word)
    // "cannot currently be stopped", "staff cannot currently stop it": past one adverb.
    const adverbAt = (k) => (DENIAL_ADVERBS.has(b[k]) && negatedModal(b, k + 1) > 0 ? 1 : 0);
    const passiveAdverb = b[0] === 'be' ? adverbAt(1) : 0;
    const passive = b[0] === 'be' && negatedModal(b, 1 + passiveAdverb) > 0 ? negatedModal(b, 1 + passiveAdverb) + passiveAdverb : 0;
    const activeAdverb = adverbAt(0);
    const active = (negatedModal(b, activeAdverb) > 0 ? negatedModal(b, activeAdverb) + activeAdverb : 0) || (b[0] === 'to' && b[1] === 'unable' ? 2 : 0) || notAbleUnlessSomeone(b, after);
    // The object, past the mentions joined to this one ("overrule or amend the score").
    let o = 0;
    while (after[o] === 'or' || after[o] === 'nor' || isMention(after[o], starts))
        o++;
    const object = after.slice(o, o + 3);
    const agent = after.indexOf('by');
    const byMachine = agent >= 0 && after.slice(agent + 1, agent + 3).some((word) => MACHINES.has(word));
    if (passive && !byMachine && aboutOutput(b.slice(passive + 1)))
        denial = passive;
    else if (active && !b.slice(active).some((word) => MACHINES.has(word)) && aboutOutput(object))
        denial = active - 1;
    else if (b[0] === 'to' && b[1] === 'impossible' && aboutOutput(object))
        denial = 1;
    else if (b[0] === 'to' && b[1] === 'possible' && b[2] === 'not' && aboutOutput(object))
        denial = 2;
    else if (b[0] === 'to' && b[1] === 'possible' && DENIAL_ADVERBS.has(b[2]) && b[3] === 'not' && aboutOutput(object))
        denial = 3;
    // "no way to stop it", "no means of stopping it".
    else if ((b[0] === 'to' || b[0] === 'of') && WAYS.has(b[1]) && b[2] === 'no' && aboutOutput(object))
        denial = 2;
    // "there is no kill switch", "the system has no fallback": the mention is what there is none of, not a word describing it ("no approval step").
    // Not "there have been no emergency stops": occurrences, not the capability (false-error hunt).
    // Not a third party's lack: "the vendor has no editorial responsibility" (false-error hunt).
    // Not a lack in one interface: "there is no kill switch in the UI" (false-error hunt).
    else if (b[0] === 'no' && b[1] !== 'been' && (HAVING.has(b[1]) || thereIs(clause)) && endsNoun(after, starts) && !THIRD_PARTIES.has(b[2]) && !inInterface(after, starts))
        denial = 0;
    // "No kill switch exists".
    else if (b[0] === 'no' && b.length === 1 && ['exists', 'exist'].includes(after[pastMentions(after, starts)]))
        denial = 0;
    // "the vendor has not built a kill switch".
    else if ((b[0] === 'a' || b[0] === 'an' || b[0] === 'any') && BUILT.has(b[1]) && (b[2] === 'not' || (b[2] === 'yet' && b[3] === 'not')) && HAVING_BUILT.has(b[b[2] === 'yet' ? 4 : 3]))
        denial = b[2] === 'yet' ? 4 : 3;
    // "No kill switch has been built yet": the clause's first words.
    else if (b[0] === 'no' && b.length === 1 && notBuilt(after, starts))
        denial = 0;
    // "the team will add a stop procedure in a later release".
    // "we intend to add a kill switch": an intention is not there yet, whenever it comes.
    else if ((b[0] === 'a' || b[0] === 'an') && TO_BUILD.has(b[1]) && (b[2] === 'will' || (b[2] === 'to' && INTENDING.has(b[3]))) && namesMechanism(after, starts) && (b[2] === 'to' || after.some((word) => LATER.has(word))) && !meanwhile(words, mentionEnd))
        denial = b[2] === 'to' ? 3 : 2;
    // "we intend to add a kill switch so nurses can stop the suggestion": the purpose of a plan.
    else if (purposeOfPlan(b) >= 0 && !meanwhile(words, mentionEnd))
        denial = purposeOfPlan(b);
    // "have not yet agreed on how to stop the scorer".
    else if (b[0] === 'to' && b[1] === 'how')
        denial = notDecided(b);
    // "nobody holds editorial responsibility", "no one can stop the scorer" (red team).
    // Not "nobody can stop it but the on-call engineer": someone can (false-error hunt).
    else if (HOLDING.has(b[0]) && nobodyAt(b, 1) > 0 && !someoneElse(after))
        denial = nobodyAt(b, 1);
    // "nobody (at the hospital) can stop the suggestion".
    else if (b[0] === 'can' && aboutOutput(object) && nobodyBefore(b) > 0 && !someoneElse(after))
        denial = nobodyBefore(b);
    // An activity not done: "no test of any kind was run", "we did not assess it", "nobody has assessed it".
    else if (done)
        denial = notDone(b, after, starts);
    if (denial >= 0) {
        // A second denial further back in the clause makes a double denial, which affirms.
        const further = b.slice(denial + 1);
        const coordinated = further.findIndex((word) => COORDINATORS.has(word));
        if (further.slice(0, coordinated < 0 ? further.length : coordinated).some((word) => NEGATIONS.has(word)))
            return undefined;
        // A condition, not a statement: "if the scorer cannot be stopped within ten minutes, page the
        // lead". Only a clause that opens with it: "operators should know it cannot be stopped" and
        // "in the ward where it runs it cannot be stopped" state it (review).
        if (clause.length < BEFORE_REACH && IF_WORDS.has(clause.at(-1)))
            return undefined;
        return quote([...clause.slice(0, i + denial + 1).reverse(), mention, ...after.slice(0, 5)]);
    }
    // The mention as a subject that is not possible: "overriding is not possible", "rollback is impossible".
    if (!(b.length === 0 || DETERMINERS.has(b[0])))
        return undefined;
    let state = 0;
    while (isMention(after[state], starts))
        state++; // "manual override is …"
    state = pastSubject(after, state);
    const subjectEnd = state;
    while (state < after.length && ['is', 'are', 'was', 'were', 'will', 'be', 'has', 'have'].includes(after[state]))
        state++;
    if (state === subjectEnd)
        return undefined;
    const future = after.slice(subjectEnd, state).includes('will');
    const denied = deniedState(after, state) || (toCome(after, state, future) && !meanwhile(words, mentionEnd) ? after.length - state : 0);
    return denied > 0 ? quote([...clause.slice(0, i).reverse(), mention, ...after.slice(0, state + denied)]) : undefined;
}
/** Whether the words after a mention, past the mentions joined to it, name it as a capability ("a stop procedure", "a kill switch button", "a kill switch in …"), not as a document ("a shutdown report"). */
function namesMechanism(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    const next = after[k];
    return next === undefined || MECHANISMS.has(next) || ['in', 'to', 'for', 'by', 'as', 'at', 'on', 'that', 'which'].includes(next);
}
/**
 * The first words of the clause after the one the offset `from` of `words` is in, looked for
 * only as far as AFTER_REACH words can reach: a search to the clause's end for every mention made
 * a long clause quadratic (review: 2 MB of "will add a stop procedure" ran 51 s).
 */
function nextClause(words, from) {
    const window = words.slice(from, from + NEXT_CLAUSE_REACH);
    const bar = window.indexOf(' | ');
    if (bar < 0)
        return { words: [], end: -1 };
    const start = from + bar + 2;
    const next = wordsAfter(words, start, 10);
    // Looked for within reach too: a search to the end of a long clause made one of mentions quadratic.
    const close = words.slice(start + 1, start + NEXT_CLAUSE_REACH).indexOf(' | ');
    return { words: next, end: close >= 0 ? start + 1 + close : -1 };
}
/**
 * Whether the clause after the one at `from` says what to do until a capability to come is
 * there ("until then use step 1"), not that the system goes on meanwhile ("until then the
 * suggestion keeps running", red team).
 */
function meanwhile(words, from) {
    const next = nextClause(words, from);
    // "Until then, the suggestion keeps running": the clause after a bare "until then" says what happens meanwhile.
    const then = next.words.length <= 3 && next.end >= 0 ? nextClause(words, next.end).words : [];
    const said = [...next.words, ...then];
    // A plan that points at the steps there are now improves on them: "…, so that the duty manager
    // can do step 1 without shell access" (false-error hunt).
    if (next.words.some((word) => STEP_POINTERS.has(word)))
        return true;
    // "Until then the suggestion keeps running": the system goes on; "until then on-call keeps using step 1": a way now.
    return next.words.some((word) => MEANWHILE.has(word)) && !(said.some((word) => CONTINUING.has(word)) && said.some((word) => OUTPUTS.has(word)));
}
/** How many characters past a mention nextClause looks for the clause's end. */
const NEXT_CLAUSE_REACH = 400;
/**
 * Past what a subject may carry after its term: the system or output it acts on ("stopping the
 * scorer"), or what the capability is called and whom it is for ("an appeal process for declined
 * applicants"), up to the word that follows.
 */
function pastSubject(after, from) {
    let at = from;
    if (DETERMINERS.has(after[at]) && OUTPUTS.has(after[at + 1]))
        return at + 2;
    if (OUTPUTS.has(after[at]) && !MACHINES.has(after[at]))
        return at + 1;
    if (!MECHANISMS.has(after[at]) && after[at] !== 'to')
        return at;
    if (MECHANISMS.has(after[at]))
        at++;
    // "for declined applicants", "to manual review": a short phrase, up to a verb "to be".
    if (after[at] === 'for' || after[at] === 'to') {
        const be = after.slice(at + 1, at + 5).findIndex((word) => ['is', 'are', 'was', 'were'].includes(word));
        if (be > 0)
            at += be + 1;
    }
    return at;
}
/**
 * How many words from `after[state]` (past "is", "was" …) say the subject is not possible, not
 * there yet, or turned down; 0 when they do not.
 */
function deniedState(after, state) {
    const at = (k) => after[state + k];
    if (at(0) === 'not') {
        const yet = at(1) === 'yet' ? 1 : 0;
        if (NOT_STATES.has(at(1 + yet)))
            return 2 + yet;
        if (at(1 + yet) === 'in' && at(2 + yet) === 'place')
            return 3 + yet;
        // "has not (yet) been implemented".
        if (at(1 + yet) === 'been' && BUILT.has(at(2 + yet)))
            return 3 + yet;
        // "not something we currently support"
        if (at(1) === 'something' && after.slice(state + 2, state + 5).some((word) => SUPPORTING.has(word)))
            return Math.min(after.length - state, 5);
        return 0;
    }
    if (DENYING_STATES.has(at(0)))
        return 1;
    if (at(0) === 'still' && at(1) === 'being' && UNDER_WAY.has(at(2)))
        return 3;
    if (at(0) === 'yet' && at(1) === 'to' && at(2) === 'be' && BUILT.has(at(3)))
        return 4;
    // Not "dropped from v1 and restored in v2" (review).
    if (after.slice(state).some((word) => RESTORED.has(word)))
        return 0;
    if (TURNED_DOWN.has(at(0)))
        return 1;
    if (at(0) === 'considered' && at(1) === 'and' && TURNED_DOWN.has(at(2)))
        return 3;
    return 0;
}
/** What is said of an activity done: "no test was run", "no owner has been assigned". */
const DONE = new Set(['run', 'done', 'performed', 'conducted', 'carried', 'considered', 'identified', 'assessed', 'assigned', 'treated', 'tested', 'evaluated', 'reviewed', 'completed', 'made', 'undertaken', 'analysed', 'analyzed', 'documented', 'recorded', 'applied', 'taken', 'estimated', 'rated', 'scored', 'mitigated']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are']);
/**
 * For an activity (a `done` topic), where a denial that it was done ends in `b` (nearest
 * first), or -1:
 * - "no test (of any kind) was run", "no owner has (yet) been assigned", "no measure is in place":
 *   "no" before the mention, a few words after it an auxiliary and what is said of it done;
 * - "there has been no review";
 * - "nobody has assessed it" (the mention is the verb);
 * - "we did not assess personal data risks", "it has not been tested": a negation a few words
 *   before the mention, with "did", "has" or "have" (and "been") before or after it.
 */
function notDone(b, after, starts) {
    if (b[0] === 'no') {
        if (b[1] === 'been' || thereIs(b))
            return 0;
        let k = 0;
        while (k < after.length && (isMention(after[k], starts) || ['or', 'and', 'nor', 'no'].includes(after[k])))
            k++;
        for (let aux = k; aux < Math.min(after.length, k + 5); aux++) {
            if (!AUXILIARIES.has(after[aux]))
                continue;
            let v = aux + 1;
            if (after[v] === 'yet' || after[v] === 'ever')
                v++;
            if (after[v] === 'been')
                v++;
            if (after[v] === 'yet')
                v++;
            if (DONE.has(after[v]) || (after[v] === 'in' && after[v + 1] === 'place'))
                return 0;
            return -1;
        }
        return -1;
    }
    if (AUXILIARIES.has(b[0]) && nobodyAt(b, 1) > 0)
        return nobodyAt(b, 1);
    // "did not assess …", "has not been tested", "have not yet identified …": within a few words.
    for (let k = 0; k < Math.min(b.length, 5); k++) {
        if (b[k] !== 'not' && b[k] !== 't' && b[k] !== 'never')
            continue;
        const before = b[k + 1];
        const afterNot = b[k - 1];
        if (['did', 'do', 'does', 'has', 'have', 'had', 'was', 'were', 'didn', 'doesn', 'don', 'hasn', 'haven', 'hadn', 'wasn', 'weren'].includes(before) || afterNot === 'been')
            return k + 1;
        return -1;
    }
    return -1;
}
/** Where the words after a mention go past the mentions joined to it ("kill switch"). */
function pastMentions(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    return k;
}
/** Whether the words after a "nobody" denial name who can: "but the on-call engineer", "other than the editor", "apart from", "besides". */
function someoneElse(after) {
    return after.some((word, k) => word === 'but' || word === 'besides' || (word === 'other' && after[k + 1] === 'than') || (word === 'apart' && after[k + 1] === 'from'));
}
/** Within a few words before `b[0]` (nearest first), "nobody" or "no one" as the subject: where it ends, or 0. */
function nobodyBefore(b) {
    for (let k = 1; k < Math.min(b.length, 7); k++) {
        if (COORDINATORS.has(b[k]))
            return 0;
        const end = nobodyAt(b, k);
        if (end > 0)
            return end;
    }
    return 0;
}
/** At `b[k]` (nearest first), "nobody" or "no one": where it ends, or 0. */
function nobodyAt(b, k) {
    if (b[k] === 'nobody')
        return k;
    return b[k] === 'one' && b[k + 1] === 'no' ? k + 1 : 0;
}
/**
 * At "to able" (nearest first): how many words "is not able to" or "nobody … is able to" take,
 * or 0. "No one at the hospital is able to stop it" (red team).
 */
function notAble(b) {
    if (b[0] !== 'to' || b[1] !== 'able')
        return 0;
    if (b[2] === 'not' || b[2] === 'never')
        return 3;
    if (b[2] === 't' && ['isn', 'aren', 'wasn', 'weren'].includes(b[3]))
        return 4;
    if (!['is', 'are', 'was', 'were'].includes(b[2]))
        return 0;
    const subject = b.slice(3, 10);
    const nobody = subject.findIndex((word, k) => word === 'nobody' || (word === 'one' && subject[k + 1] === 'no'));
    return nobody < 0 ? 0 : 3 + nobody + (subject[nobody] === 'one' ? 2 : 1);
}
/** notAble, unless someone else is named who can ("nobody is able to stop it but the on-call engineer"). */
function notAbleUnlessSomeone(b, after) {
    const able = notAble(b);
    return able > 0 && b[2] !== 'not' && b[2] !== 't' && someoneElse(after) ? 0 : able;
}
/**
 * At a mention after "so" or "so that" (nearest first): where the plan it is the purpose of ends
 * ("we intend to add a kill switch so nurses can stop it", "the team will add a flag so
 * on-call can halt it"), or -1.
 */
function purposeOfPlan(b) {
    const so = b.findIndex((word) => word === 'so');
    if (so < 0)
        return -1;
    for (let j = so + 1; j < b.length - 1; j++) {
        if (!TO_BUILD.has(b[j]))
            continue;
        // Not "will": "on-call will create an incident so the owner can halt it" is a step (false-error hunt).
        if (b[j + 1] === 'to' && INTENDING.has(b[j + 2]))
            return j + 2;
    }
    return -1;
}
/**
 * Whether the words from `after[state]` (past "is", "will be" …) say the subject is still to
 * come, at a time named as later: "is planned for a later release", "will be added in the next
 * quarter", "is on the roadmap". Without a later time it may be routine ("a rollback is planned
 * and rehearsed each quarter"); the caller asks that no clause after it says what to do meanwhile.
 */
function toCome(after, state, future) {
    if (after[state] === 'on' && after[state + 2] === 'roadmap')
        return true;
    if (!TO_COME.has(after[state]) && !(future && BUILT.has(after[state])))
        return false;
    // A release to come, not an occasion: "for a later release", "in version 3", "for Q3", "for
    // later"; not "for testing at the next game day", "for the next maintenance window" (false-error hunt).
    const rest = after.slice(state + 1, state + 7);
    const release = rest.some((word) => RELEASES.has(word));
    return (release && (rest.some((word) => LATER.has(word)) || rest.some((word) => /^\d/.test(word)))) || rest.some((word) => /^(?:v\d|q[1-4]$)/.test(word)) || rest.at(-1) === 'later' || rest.includes('roadmap');
}
/**
 * Whether the words after a mention at the clause's start, "No …", say it is not built yet:
 * "has been built yet", "has yet been implemented". Without "yet" it is history ("no rollback
 * has been deployed since 2.3.0", "no override workflow has been built, because none is needed").
 */
function notBuilt(after, starts) {
    let k = 0;
    while (isMention(after[k], starts))
        k++;
    if (MECHANISMS.has(after[k]))
        k++;
    if (!['has', 'have', 'is', 'are', 'was', 'were'].includes(after[k]))
        return false;
    k++;
    const yetBefore = after[k] === 'yet';
    if (yetBefore)
        k++;
    if (after[k] !== 'been' || !BUILT.has(after[k + 1]))
        return false;
    return yetBefore || after[k + 2] === 'yet';
}
/**
 * At "to how …" (nearest first) in `b`: where a denial "not (yet) agreed on how to" ends, or -1.
 * "have not yet agreed on how to stop the scorer", "nobody has worked out how to stop it".
 */
function notDecided(b) {
    let k = 2;
    if (['on', 'about', 'out'].includes(b[k]))
        k++;
    if (!DECIDED.has(b[k]))
        return -1;
    k++;
    if (b[k] === 'yet')
        k++;
    // "nobody has worked out how to stop it"
    const nobody = (b[k] === 'has' || b[k] === 'have') && (b[k + 1] === 'nobody' || (b[k + 1] === 'one' && b[k + 2] === 'no')) ? k + (b[k + 1] === 'nobody' ? 1 : 2) : -1;
    const denial = b[k] === 'not' || b[k] === 't' || b[k] === 'never' ? k : nobody;
    // A condition, not a denial: "if you have not worked out how to roll back within 15 minutes, use step 1".
    // Anywhere earlier in the clause: "if the on-call engineer and the model owner have not agreed how to roll back".
    return denial >= 0 && !b.slice(denial + 1).some((word) => CONDITIONS.has(word) || word === 'if' || word === 'when' || word === 'once') ? denial : -1;
}
/** Whether the words after a mention leave it the noun there is none of: the clause ends, or "and", "is" … follows ("kill switch" read as one). */
function endsNoun(after, starts) {
    let next = 0;
    while (isMention(after[next], starts))
        next++;
    return next >= after.length || AFTER_A_NOUN.has(after[next]);
}
/** Whether the words after a mention, past the mentions joined to it, place it in one interface: "in the UI", "on the admin dashboard". */
function inInterface(after, starts) {
    let next = 0;
    while (isMention(after[next], starts))
        next++;
    if (!['in', 'on', 'from', 'via', 'through'].includes(after[next]))
        return false;
    next++;
    if (DETERMINERS.has(after[next]))
        next++;
    // One word may name which: "the admin dashboard", "the web UI". Not "in the UI or anywhere else".
    return (INTERFACES.has(after[next]) || INTERFACES.has(after[next + 1])) && !after.some((word) => word === 'anywhere' || word === 'elsewhere');
}
/** Whether the clause (nearest word first) starts "there is", "there are", "there will be". */
function thereIs(clause) {
    const start = clause.length < BEFORE_REACH ? clause.slice(-3).reverse() : [];
    return start[0] === 'there' || start[1] === 'there';
}
/** Words as the message quotes them, "can t" made "can't" again. */
function quote(words) {
    return words.join(' ').replace(/(\p{L}) t(?= |$)/gu, "$1't");
}

;// CONCATENATED MODULE: ./build/evaluate/functions/document-content.js
/**
 * Whether a cited document is evidence at all: a file the manifest cites (an impact assessment,
 * a risk register, a runbook) is read and judged whether or not a `#section` is cited. Empty,
 * placeholder-only ("# TODO"), too short, binary, or not reading as the kind of document it is
 * cited as, it fails at the citing line. What a document of a kind must address is data in the
 * rule (`topics`), not code: each topic is met by one of its terms in a heading or the text.
 */






/** The fewest words a cited document holds unless its rule says otherwise: two plain sentences. */
const DEFAULT_MIN_WORDS = 20;
const TOPIC_SCHEMA = {
    type: 'object',
    required: ['name', 'terms'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', minLength: 1, maxLength: 200 },
        terms: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 2, maxLength: 100 } },
        affirmed: { type: 'boolean', description: 'a capability the document must say exists: mentions that only deny it ("cannot be overridden") do not count' },
        done: { type: 'boolean', description: 'an activity the document must record as done: mentions that only say it was not ("no test was run", "we did not assess it") do not count' },
    },
};
const documentContent = (0,check/* defineFunction */.Oh)({
    name: 'document-content',
    description: 'A cited document is text that says something: not empty, not only headings and placeholders, at least minWords words (a sentence of five words or more written again counts once), and (topics) it addresses each topic of its kind in a heading or the text; for file.md#section, that section exists and is filled in.',
    optionsSchema: {
        type: 'object',
        additionalProperties: false,
        properties: {
            kind: { type: 'string', minLength: 1, maxLength: 100, description: 'what the document is cited as, e.g. "risk register"' },
            minWords: { type: 'integer', minimum: 0, maximum: 100000, description: `fewest words of text, headings, placeholders, repeated sentences and link definitions aside, and no more than two for each distinct word (default ${DEFAULT_MIN_WORDS})` },
            topics: { type: 'array', maxItems: 50, items: TOPIC_SCHEMA, description: 'what a document of this kind addresses, each topic by one of its terms' },
            allowBinary: { type: 'boolean', description: 'accept a binary file (a PDF) as it is, unjudged' },
            notTheCard: { type: 'boolean', description: "the system's own model card cited whole is not this document; a section of it may be" },
        },
    },
    check({ value, system, options }) {
        return judgeCitedDocument(value, system, options);
    },
});
/** Judges the document `value` cites; a skip when nothing is cited (presence is `present`'s job). */
function judgeCitedDocument(value, system, options) {
    if (typeof value !== 'string' || value.trim() === '')
        return { skip: 'no document is cited' };
    const cited = system.evidence.file(value);
    if (!cited.ok)
        return [{ message: cited.problem.message }];
    const { rel, fragment } = cited.value;
    // The card describes the model to its users: cited whole as a runbook or an assessment (or by
    // its title, whose section is the whole card), its words ("flagged for review", "drift
    // monitoring") would stand in for a document nobody wrote. A section of it is judged alone.
    const theCard = options.notTheCard === true && system.card?.file === rel;
    const notTheCard = () => {
        const what = options.kind ? `${article(options.kind)} ${options.kind}` : 'this document';
        return [{ message: `${rel} is this system's model card, not ${what}: cite the ${options.kind ?? 'document'}, or the section of the card that holds it (${rel}#…)` }];
    };
    if (theCard && !fragment)
        return notTheCard();
    const card = system.evidence.card(value);
    if (!card.ok) {
        if (card.problem.binary && options.allowBinary)
            return [];
        const what = options.kind ? `a ${options.kind}` : 'cited evidence';
        const message = card.problem.binary
            ? `${card.problem.message}: ${what} must be a Markdown or text document modelgate can read (keep a signed PDF beside it, and cite the text)`
            : card.problem.message;
        return [card.problem.at ? { message, at: card.problem.at } : { message }];
    }
    const failures = [];
    const section = fragment ? sectionProblems(card.value, fragment) : undefined;
    if (theCard && spansCard(card.value, section?.heading))
        return notTheCard();
    // A section of the system's card stands for the document only by what it says itself: judged
    // alone, its words and topics are its own, not the rest of the card's (a second review cited
    // the card's contact section as the post-market plan, and the card's other sections passed it).
    const cardSection = theCard && section?.heading && section.failures.length === 0 ? section.heading : undefined;
    const doc = cardSection ? sectionAsDocument(card.value, cardSection) : card.value;
    const judged = judgedOf(doc);
    const emptiness = (judged.absence ??= documentAbsence(doc) ?? null);
    if (emptiness)
        return [{ message: emptiness }];
    if (section)
        failures.push(...section.failures);
    const body = doc.outline.text();
    const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
    let words = judged.words.get(minWords);
    if (words === undefined) {
        words = (0,placeholder/* substantiveWords */.Sk)(body, minWords); // exact when below minWords, all the message needs
        judged.words.set(minWords, words);
    }
    if (words < minWords) {
        failures.push({ message: `${rel} says too little to be ${options.kind ? `${article(options.kind)} ${options.kind}` : 'evidence'}: ${words} word${words === 1 ? '' : 's'} of text (headings, placeholders and repeated sentences aside, at most two counted for each distinct word), at least ${minWords} expected` });
    }
    // A cited section found unfilled is reported at its heading; its topic is not reported again.
    const missing = topicsNotAddressed(doc, judged, options.topics ?? [], section?.failures.length ? section.heading : undefined);
    const kind = options.kind ?? 'what it is cited as';
    if (missing.length > 0) {
        failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: no section or text about ${missing.map((t) => t.name).join(', nor about ')}` });
    }
    for (const topic of options.topics ?? []) {
        if (!(topic.affirmed || topic.done) || missing.includes(topic))
            continue;
        let denial = judged.denials.get(topic);
        if (denial === undefined) {
            denial = onlyDeniedIn(doc, topic, (judged.stated ??= denials_clauseWords((0,placeholder/* statedText */.vh)(doc.outline.text())))) ?? null;
            judged.denials.set(topic, denial);
        }
        if (denial)
            failures.push({ message: `${rel} does not read as ${article(kind)} ${kind}: it mentions ${topic.name} only to say it ${topic.done ? 'was not done' : 'cannot be done'} ("${denial}")` });
    }
    return failures;
}
/** One section of a card (its heading and everything under it) as a document of its own, kept with the card. */
const sectionDocuments = new WeakMap();
function sectionAsDocument(card, heading) {
    let byHeading = sectionDocuments.get(card);
    if (!byHeading)
        sectionDocuments.set(card, (byHeading = new Map()));
    let doc = byHeading.get(heading);
    if (!doc) {
        doc = (0,model_card/* parseCard */.co)(`${'#'.repeat(Math.min(heading.level, 6))} ${heading.title}\n\n${card.outline.sectionAt(heading).body}`, card.file);
        byHeading.set(heading, doc);
    }
    return doc;
}
/** Whether `heading`'s section is the whole card: its first heading, and none after it as high (a title over everything). */
function spansCard(card, heading) {
    if (!heading)
        return false;
    const real = card.outline.headings.filter((h) => h.level <= 6);
    return real[0] === heading && !real.some((h) => h.line > heading.line && h.level <= heading.level);
}
/**
 * The denial quoted when `card` mentions `topic` only to deny it (denials.ts), reading `stated`,
 * its text without headings. A heading that names the topic over a section that never mentions it
 * affirms it: steps under "## Stopping the scorer" that set a flag need not say "stop".
 */
function onlyDeniedIn(card, topic, stated) {
    const terms = termsOf(topic);
    const denial = onlyDenied(stated, terms, topic.done === true);
    if (denial === undefined)
        return undefined;
    const procedure = card.outline.sections().some(({ heading, body }) => {
        const title = ` ${normaliseWords(heading.title)}`;
        if (!terms.some((term) => title.includes(term)) || (0,placeholder/* sectionAbsence */.vA)(body) !== undefined)
            return false;
        const text = normalisedText(body);
        return !terms.some((term) => text.includes(term));
    });
    return procedure ? undefined : denial;
}
/** onlyDeniedIn on a Markdown body as a rule reads it (for tests: judgeCitedDocument keeps what it computes). */
function denialIn(body, topic) {
    const card = parseCard(body, 'doc.md');
    return onlyDeniedIn(card, topic, clauseWords(statedText(card.outline.text())));
}
const JUDGED = new WeakMap();
function judgedOf(card) {
    let judged = JUDGED.get(card);
    if (!judged) {
        judged = { words: new Map(), normalised: new Map(), denials: new Map() };
        JUDGED.set(card, judged);
    }
    return judged;
}
/**
 * The topics no term of which starts a word of the card's headings or text, leaving out the
 * headings of sections that say nothing ("## Affected persons" over a blank or a TODO names a
 * topic, it does not address it) save `reported`, which is reported already.
 */
function topicsNotAddressed(card, judged, topics, reported) {
    if (topics.length === 0)
        return [];
    let words = judged.normalised.get(reported);
    if (words === undefined) {
        judged.unfilled ??= card.outline.sections().filter((section) => (0,placeholder/* sectionAbsence */.vA)(section.body) !== undefined).map((section) => section.heading);
        const unfilled = new Set(judged.unfilled.filter((heading) => heading !== reported));
        words = normalisedText(unfilled.size === 0 ? card.outline.text() : card.outline.textWithout(unfilled));
        judged.normalised.set(reported, words);
    }
    return topicsMissingFrom(words, topics);
}
/** Why a cited document says nothing at all ("… is a placeholder: only "TODO""), or undefined. */
function documentAbsence(card) {
    const body = card.outline.text();
    const absence = (0,placeholder/* sectionAbsence */.vA)(body);
    if (!absence)
        return undefined;
    if (absence === 'empty' && body.trim() === '')
        return `${card.file} is empty${card.frontMatterLine ? ' after its front matter' : ''}`;
    if (absence === 'code-only')
        return `${card.file} ${(0,placeholder/* describeAbsence */.Hw)(absence)}`;
    return `${card.file} is a placeholder: only ${excerpt(body)}`;
}
/**
 * `file.md#section`: the section the fragment resolves to exists and says something. The fragment
 * resolves to exactly one heading, and that heading's own section is judged: by GitHub's anchor,
 * where a repeated anchor takes `-1`, `-2`… in document order (so `#oversight` is the first
 * "Oversight" and `#oversight-1` the second, as a reader following the link sees them), else by
 * name (the first heading of that name). Looking the title up again could judge another heading
 * of the same or a longer name, an empty decoy above the cited one or a filled one above an empty
 * one.
 */
function sectionProblems(card, fragment) {
    const heading = citedHeading(card, fragment);
    if (!heading)
        return { failures: [{ message: noSection(card, fragment) }] };
    const absence = (0,placeholder/* sectionAbsence */.vA)(card.outline.sectionAt(heading).body);
    if (!absence)
        return { failures: [], heading };
    return { failures: [{ message: `${card.file}: section "${heading.title}" ${(0,placeholder/* describeAbsence */.Hw)(absence)}`, at: { file: card.file, line: heading.line, column: 1 } }], heading };
}
/** The heading a `#fragment` names: by GitHub's anchor (duplicates suffixed), else by name. */
function citedHeading(card, fragment) {
    const wanted = fragment.toLowerCase();
    const anchored = anchoredHeadings(card);
    const byAnchor = anchored.find(({ anchor }) => anchor === wanted);
    if (byAnchor)
        return byAnchor.heading;
    const wantedKey = (0,markdown/* headingKey */.yc)(fragment.replace(/-/g, ' '));
    return wantedKey === '' ? undefined : anchored.find(({ heading }) => heading.key === wantedKey)?.heading;
}
/** Each heading (labels aside) with its GitHub anchor, in document order; worked out once per document. */
const anchoredOf = new WeakMap();
function anchoredHeadings(card) {
    let anchored = anchoredOf.get(card);
    if (anchored === undefined) {
        anchored = anchorHeadings(card);
        anchoredOf.set(card, anchored);
    }
    return anchored;
}
function anchorHeadings(card) {
    // github-slugger's rule: a taken anchor gets the next free `-n` of its own counter.
    const occurrences = new Map();
    return card.outline.headings
        .filter((h) => h.kind !== 'label')
        .map((heading) => {
        const base = headingSlug(heading.title);
        let anchor = base;
        while (occurrences.has(anchor)) {
            const n = (occurrences.get(base) ?? 0) + 1;
            occurrences.set(base, n);
            anchor = `${base}-${n}`;
        }
        occurrences.set(anchor, 0);
        return { heading, anchor };
    });
}
/** The most sections a "no section" message lists when no anchor is close to the one cited. */
const LISTED_SECTIONS = 8;
/** Each document's budget for "did you mean": its headings are compared with every missing anchor cited. */
const suggestionBudgets = new WeakMap();
/** A cited `#fragment` no heading has, with the anchor most likely meant, or the ones there are. */
function noSection(card, fragment) {
    const anchors = anchoredHeadings(card).map(({ anchor }) => anchor).filter((anchor) => anchor !== '');
    const said = `${card.file} has no section #${fragment}`;
    if (anchors.length === 0)
        return `${said}: it has no headings`;
    let budget = suggestionBudgets.get(card);
    if (budget === undefined) {
        budget = new closest/* SuggestionBudget */.C();
        suggestionBudgets.set(card, budget);
    }
    const near = budget.closestWithin(fragment.toLowerCase(), anchors);
    if (near !== undefined)
        return `${said}; did you mean #${near}?`;
    const listed = anchors.slice(0, LISTED_SECTIONS).map((anchor) => `#${anchor.length > 60 ? `${anchor.slice(0, 59)}…` : anchor}`).join(', ');
    return `${said}; its sections: ${listed}${anchors.length > LISTED_SECTIONS ? `, and ${anchors.length - LISTED_SECTIONS} more` : ''}`;
}
/** GitHub's anchor for a heading ("Reading the score" → "reading-the-score"). */
function headingSlug(title) {
    return title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}
/**
 * Text as topic terms are looked for in it: without comments, markers or code (substantiveText),
 * normalised, and padded with spaces so that a term is looked for at the start of a word.
 */
function normalisedText(text) {
    return ` ${normaliseWords((0,placeholder/* substantiveText */.Sw)(text))} `;
}
/** Each topic's terms, normalised once per policy (a topic is part of a compiled rule's options). */
const NORMALISED_TERMS = new WeakMap();
function termsOf(topic) {
    let terms = NORMALISED_TERMS.get(topic);
    if (!terms) {
        terms = topic.terms.map((term) => ` ${normaliseWords(term)}`);
        NORMALISED_TERMS.set(topic, terms);
    }
    return terms;
}
function topicsMissingFrom(words, topics) {
    return topics.filter((topic) => !termsOf(topic).some((term) => words.includes(term)));
}
/** The topics a short text (a manifest value) does not address, its terms matched as a cited document's are. */
function topicsMissingFromText(text, topics) {
    return topicsMissingFrom(normalisedText(text), topics);
}
/** Lower case, letters and digits only, single spaces: "Out-of-distribution" → "out of distribution". */
function normaliseWords(text) {
    return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** What a placeholder document holds, quoted and cut short, for its message. */
function excerpt(body) {
    const text = body
        .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,placeholder/* showInvisible */.jQ)(JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text));
}
function article(kind) {
    return /^[aeiou]/i.test(kind) ? 'an' : 'a';
}


/***/ })

};
