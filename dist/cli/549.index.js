export const id = 549;
export const ids = [549];
export const modules = {

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ EvidenceStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(654);
/* harmony import */ var _load_model_card_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4692);
/* harmony import */ var _load_placeholder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8852);
/* harmony import */ var _load_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(872);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7794);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9093);
/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */








/** Resolution problems that say a path names no file of the repository, rather than a file that cannot be read. */
const ELSEWHERE = new Set(['missing', 'absolute-path', 'outside-root', 'empty-path']);
class EvidenceStore {
    repo;
    manifest;
    kinds;
    base;
    cache = new Map();
    /** remembered's answers. */
    answers = new Map();
    /** Where the manifest itself resolves to (null: it does not resolve), computed once. */
    manifestAbs;
    /** The files each cached result was made from, so a rule served from the cache notes them too. */
    cachedFiles = new Map();
    /** Files resolved while a cached result is being made (innermost load first). */
    loading;
    /** Files the current rule's checks used (see noteFiles). */
    noted;
    /** Each cited path's resolution: a dozen rules cite the same few files, each normalised once. */
    resolutions = new Map();
    constructor(repo, manifest, 
    /** Every kind of evidence (registry.ts's EVIDENCE_KINDS), to name what a misfiled file looks like. */
    kinds, 
    /** The base commit's files: what they need the full YAML reader for is charged to the base's budget (yaml.ts). */
    base = false) {
        this.repo = repo;
        this.manifest = manifest;
        this.kinds = kinds;
        this.base = base;
    }
    parsed(read) {
        return this.base ? (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_6__/* .chargedToBase */ .zk)(read) : read();
    }
    /**
     * From now on, note each cited file a check uses (resolved, read, parsed or hashed), whether or
     * not it comes from the cache; takeNotedFiles returns them. The evaluator brackets each rule
     * with the two, so a finding can say which files its rule judged.
     */
    noteFiles() {
        this.noted = new Set();
    }
    /** The files used since noteFiles, in the order first used; stops noting. */
    takeNotedFiles() {
        const files = [...(this.noted ?? [])];
        this.noted = undefined;
        return files;
    }
    use(rel) {
        this.noted?.add(rel);
        this.loading?.push(rel);
    }
    /** Resolves a path cited in the manifest to a regular file inside the repository. */
    file(ref) {
        const located = this.locate(ref);
        if (!located.ok)
            return located;
        const stat = this.repo.statFile(located.value.rel);
        if (!stat.ok)
            return { ok: false, problem: { message: stat.problem.message } };
        this.use(located.value.rel);
        return located;
    }
    /**
     * Resolves a cited path inside the repository without the text size cap, for files that are
     * only hashed (datasets): `file` refused any over max-file-size, so their declared checksums
     * could never be verified although `sha256` streams files up to 1 GB.
     */
    dataFile(ref) {
        const located = this.locate(ref);
        if (located.ok)
            this.use(located.value.rel);
        return located;
    }
    /**
     * Where a cited file really is, repository-relative, through any symbolic link on its way (a
     * link in this system's folder to another system's report is that report); undefined when it
     * does not resolve (the citing rules say why).
     */
    /**
     * The repository file each artifact the manifest declares is (where links lead), in order;
     * undefined for one that is not the repository's (a URI, weights kept elsewhere). Which files
     * two systems both ship (evidence/own-system), and which folders a system ships from
     * (card/name-matches).
     */
    artifactFiles() {
        return (0,_load_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredArtifacts */ .G9)(this.manifest.data).map(({ path }) => ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isUri */ .nh)(path) ? undefined : this.whereIs(path)));
    }
    whereIs(ref) {
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return undefined;
        return this.repo.relative ? this.repo.relative(resolved.abs) : resolved.rel;
    }
    resolution(ref) {
        const hash = ref.indexOf('#');
        const pathPart = hash >= 0 ? ref.slice(0, hash) : ref;
        let resolved = this.resolutions.get(pathPart);
        if (!resolved) {
            resolved = this.repo.resolve(pathPart, this.manifest.dir);
            this.resolutions.set(pathPart, resolved);
        }
        return resolved;
    }
    locate(ref) {
        const hash = ref.indexOf('#');
        const fragment = hash >= 0 ? ref.slice(hash + 1) : undefined;
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return { ok: false, problem: { message: resolved.problem.message } };
        // The manifest is a claim, not evidence: citing it (or a link to it) for a card, a plan or a
        // report must not pass as evidence of anything.
        if (this.manifestAbs === undefined) {
            const self = this.repo.resolve(this.manifest.file);
            this.manifestAbs = self.ok ? self.abs : null;
        }
        if (resolved.abs === this.manifestAbs) {
            return { ok: false, problem: { message: `${resolved.rel} is this system's manifest, which cannot be evidence for itself; cite the document that holds the evidence` } };
        }
        const cited = { rel: resolved.rel };
        if (fragment)
            cited.fragment = fragment;
        return { ok: true, value: cited };
    }
    /** A Markdown card (model or dataset card) cited by the manifest. */
    card(ref) {
        // One card per file, whatever `#section` each citation names: a plan cited for five of its
        // sections is parsed once.
        const hash = ref.indexOf('#');
        return this.cached(`card:${hash >= 0 ? ref.slice(0, hash) : ref}`, () => {
            const text = this.text(ref);
            if (!text.ok)
                return text;
            return { ok: true, value: this.parsed(() => (0,_load_model_card_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCard */ .co)(text.value.text, text.value.rel)) };
        });
    }
    /**
     * A cited file of one evidence kind, normalised by the adapter its `format` names (each
     * manifest field that cites it says), else by the first adapter that recognises it.
     */
    evidence(kind, ref, format) {
        return this.cached(`${kind.id}:${format ?? ''}:${ref}`, () => this.structured(ref, format, kind));
    }
    /** The text of a file a manifest's path names (a cited document, or a model folder's config.json), inside the repository and under max-file-size. */
    text(ref) {
        const cited = this.file(ref);
        if (!cited.ok)
            return cited;
        const read = this.repo.readText(cited.value.rel);
        if (!read.ok) {
            const problem = { message: read.problem.message };
            if (read.problem.kind === 'binary' || read.problem.kind === 'not-utf8')
                problem.binary = true;
            if (read.problem.line !== undefined)
                problem.at = { file: cited.value.rel, line: read.problem.line, column: 1 };
            return { ok: false, problem };
        }
        return { ok: true, value: { rel: cited.value.rel, text: read.text } };
    }
    structured(ref, format, kind) {
        const { adapters, what } = kind;
        const text = this.text(ref);
        if (!text.ok)
            return text;
        const { rel } = text.value;
        const parsed = this.parsed(() => (0,_structured_js__WEBPACK_IMPORTED_MODULE_7__/* .parseEvidence */ .v)(rel, text.value.text, this.kinds));
        if (!parsed.ok) {
            const { message, line, column } = parsed.error;
            return { ok: false, problem: { message: `${rel}: ${message}`, at: { file: rel, line, column } } };
        }
        const read = this.withIncludes(kind, parsed.doc, rel, [rel], { files: MAX_INCLUDED_FILES, bytes: this.repo.maxFileBytes - Buffer.byteLength(text.value.text), read: new Set([this.realPath(rel)]) });
        if (!read.ok)
            return read;
        const doc = read.value;
        const start = { file: rel, line: 1, column: 1 };
        const value = doc.value;
        if (format) {
            const adapter = adapters.find((a) => a.format === format);
            // The manifest's declaration is at fault, not the file: the citing rule points at its `format:`.
            if (!adapter)
                return { ok: false, problem: { message: `${what} format "${format}" is not supported; supported: ${knownFormats(kind)}`, atFormat: true } };
            // A file of another format gets a finding that says so, not a list of schema errors.
            const lookalike = adapter.detect(value) ? undefined : describeLookalike(value, this.kinds);
            if (lookalike) {
                return { ok: false, problem: { message: `${rel} is declared as a ${format} ${what}, but it looks like ${lookalike}`, at: start } };
            }
            return adapter.normalise(doc);
        }
        const detected = adapters.find((a) => a.detect(value));
        if (detected)
            return detected.normalise(doc);
        const lookalike = describeLookalike(value, this.kinds);
        return {
            ok: false,
            problem: {
                message: lookalike
                    ? `${rel} is cited as a ${what}, but it looks like ${lookalike}`
                    : `${rel} is not a ${what} in a format modelgate reads (${knownFormats(kind)}); check the file or declare its format`,
                at: start,
            },
        };
    }
    /**
     * The document with the files it includes read in (Fluent Bit's @INCLUDE and YAML includes:),
     * as the tool reads it: each relative to the folder Fluent Bit resolves it from (the cited
     * file's for @INCLUDE, the naming file's for includes:), and under the same
     * rules as a cited file (inside the repository, capped, noted as used). `chain` is the files
     * being read, outermost first: a file that includes itself, or includes nested deeper than
     * MAX_INCLUDE_DEPTH, is a finding at the line that includes it, as is one that cannot be read.
     */
    withIncludes(kind, doc, cited, chain, budget) {
        const includes = kind.includes?.(doc) ?? [];
        if (includes.length === 0 || !kind.merge)
            return { ok: true, value: doc };
        const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
        const included = [];
        for (const { path, line, directive = '@INCLUDE', fromNamingFile } of includes) {
            const at = { file: doc.file, line, column: 1 };
            const fail = (why) => ({ ok: false, problem: { message: `${doc.file}: ${directive} ${path}: ${why}`, at } });
            if (/[*?[]/.test(path))
                return fail('a pattern, which modelgate does not expand; include each file by name');
            const resolved = this.repo.resolve(path, folderOf(fromNamingFile ? doc.file : cited));
            if (!resolved.ok)
                return fail(resolved.problem.message);
            if (chain.includes(resolved.rel))
                return fail(`${resolved.rel} is already being read (an ${directive === '@INCLUDE' ? '@INCLUDE' : 'include'} cycle)`);
            // Fluent Bit reads each classic file once (by inode): a second @INCLUDE of one stops it
            // starting. A YAML file included twice would define its plugins twice; either way, once.
            if (budget.read.has(resolved.abs)) {
                return fail(`${resolved.rel} is already included; ${directive === '@INCLUDE' ? 'Fluent Bit refuses to read a file twice, and does not start' : 'include each file once'}`);
            }
            budget.read.add(resolved.abs);
            if (chain.length > MAX_INCLUDE_DEPTH)
                return fail(`included more than ${MAX_INCLUDE_DEPTH} levels deep`);
            if (--budget.files < 0)
                return fail(`more than ${MAX_INCLUDED_FILES} included files, the most modelgate reads for one cited file`);
            this.use(resolved.rel);
            const text = this.repo.readText(resolved.rel);
            if (!text.ok)
                return fail(text.problem.message);
            // A cited file and all it includes count as one file against max-file-size: no more to
            // read than one file, however it is split (or however often one file is included).
            budget.bytes -= Buffer.byteLength(text.text);
            if (budget.bytes < 0)
                return fail(`${cited} and the files it includes are over the ${(0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(this.repo.maxFileBytes)} limit together (max-file-size)`);
            const parsed = this.parsed(() => (0,_structured_js__WEBPACK_IMPORTED_MODULE_7__/* .parseEvidence */ .v)(resolved.rel, text.text, this.kinds));
            if (!parsed.ok)
                return { ok: false, problem: { message: `${resolved.rel}: ${parsed.error.message}`, at: { file: resolved.rel, line: parsed.error.line, column: parsed.error.column } } };
            const nested = this.withIncludes(kind, parsed.doc, cited, [...chain, resolved.rel], budget);
            if (!nested.ok)
                return nested;
            included.push(nested.value);
        }
        const merged = kind.merge(doc, included);
        if (!merged.ok)
            return { ok: false, problem: { message: `${doc.file}: ${merged.error.message}`, at: { file: doc.file, line: merged.error.line, column: merged.error.column } } };
        return { ok: true, value: merged.doc };
    }
    /** Where a file read is, links resolved: the same file under two names is one file. */
    realPath(rel) {
        const resolved = this.repo.resolve(rel);
        return resolved.ok ? resolved.abs : rel;
    }
    /**
     * A digest of a cited file's text, so the engine can tell one system's report copied into
     * another's folder (evidence/own-system). White space does not count (red team: a copy with a
     * newline added, CRLF line ends or its JSON minified passed as another report). Undefined
     * when the file cannot be read, or holds too little to be anyone's in particular (`{}`, an
     * empty list: other rules judge those).
     */
    textDigest(ref) {
        return this.digest(ref, (text) => text.replace(/\s+/g, ''));
    }
    /**
     * As textDigest, and in JSON neither the order of an object's keys nor how a string or number
     * is spelt counts: a pull request's report against the one its base cited (model-changed.ts;
     * red team: the base's report dumped again with its keys sorted). Asked only in a pull
     * request: rewriting every report of every system cost a run 5% (JSON parsed again, sorted).
     */
    valueDigest(ref) {
        // Each report is compared with every one the base cited: spelt once (review: 75 ms a 6 MB report).
        return this.remembered(`value-digest:${ref}`, () => this.digest(ref, (text) => canonicalJson(text) ?? text.replace(/\s+/g, '')));
    }
    /**
     * `compute`'s answer for `key`, worked out once for this system: what several rules ask of
     * the same files (whether a model file runs code, what a model folder holds) is read once.
     */
    remembered(key, compute) {
        if (!this.answers.has(key))
            this.answers.set(key, compute());
        return this.answers.get(key);
    }
    /** The digest of a cited file's text as `spelt` writes it; undefined when it cannot be read or is too short to be anyone's. */
    digest(ref, spelt) {
        const read = this.text(ref);
        if (!read.ok)
            return undefined;
        const content = spelt(read.value.text);
        return content.length < MIN_DIGESTED_CHARS ? undefined : digestOf(content);
    }
    /**
     * A digest of what a reader sees of a cited document (readableText), white space aside: an
     * edit made only of an HTML comment or a link definition leaves it as it was. Undefined
     * when the file cannot be read; however short, a text has one.
     */
    readableDigest(ref) {
        const read = this.text(ref);
        if (!read.ok)
            return undefined;
        return digestOf((0,_load_placeholder_js__WEBPACK_IMPORTED_MODULE_4__/* .readableText */ .Gh)(read.value.text).replace(/\s+/g, ''));
    }
    /** SHA-256 of a cited file, streamed (data files may be larger than the text cap). */
    sha256(rel) {
        this.use(rel);
        const hash = this.repo.sha256(rel);
        return hash.ok ? { ok: true, value: hash.hex } : { ok: false, problem: { message: hash.problem.message } };
    }
    /**
     * Up to `count` bytes from `position` of a file the manifest names, and its size, to tell its
     * format (only those bytes are read: model weights run to gigabytes); undefined when it names
     * no file of the repository (a URI, an absolute path or one outside the repository, a file not
     * there: weights kept in a registry). A link out of the repository, or a folder, is an error.
     */
    bytesAt(ref, position, count) {
        if ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isUri */ .nh)(ref))
            return { ok: true, value: undefined };
        const resolved = this.resolution(ref);
        if (!resolved.ok) {
            const unread = this.unreadOwnFile(ref);
            if (unread)
                return { ok: false, problem: { message: unread } };
            return ELSEWHERE.has(resolved.problem.kind) ? { ok: true, value: undefined } : { ok: false, problem: { message: resolved.problem.message } };
        }
        this.use(resolved.rel);
        const read = this.repo.bytesAt(resolved.rel, position, count);
        return read.ok ? { ok: true, value: { rel: resolved.rel, bytes: read.bytes, size: read.size } } : { ok: false, problem: { message: read.problem.message } };
    }
    /**
     * Why a path the manifest names, which names a file of this repository, cannot be read here:
     * an absolute path into the checkout, a local URI with percent-escapes, a link that leads out
     * of the repository (what a scan of it read is whatever it led to where the scan ran), or a
     * file in a submodule this checkout did not fetch (red team: each let a pickle pass, known by
     * its name).
     * Undefined for a file read, a URI, and a path that names nothing here (weights elsewhere).
     */
    unreadOwnFile(ref) {
        if ((0,_fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .isUri */ .nh)(ref))
            return undefined;
        const resolved = this.resolution(ref);
        if (resolved.ok)
            return undefined;
        const { kind, message } = resolved.problem;
        if (kind === 'absolute-into-repository' || kind === 'ambiguous-uri' || kind === 'symlink-outside')
            return message;
        const submodule = kind === 'missing' && resolved.rel !== undefined ? this.repo.submoduleAbove?.(resolved.rel) : undefined;
        return submodule === undefined ? undefined : `${resolved.rel} lies in the submodule ${submodule}, which this checkout did not fetch; check out with submodules: true for modelgate to read it`;
    }
    /** Why a path the manifest's paths name is a link that leads out of the repository, if it is one. */
    linkOutside(ref) {
        const resolved = this.resolution(ref);
        return !resolved.ok && resolved.problem.kind === 'symlink-outside' ? resolved.problem.message : undefined;
    }
    /**
     * The files and links in the folder of a file the manifest names, written as `ref` writes its
     * folder: what else a model folder holds (a Hugging Face cache's files are links). Undefined when `ref` does not resolve or its folder
     * cannot be listed; TOO_MANY_FILES when it holds more than filesIn lists.
     */
    filesBeside(ref) {
        const resolved = this.resolution(ref);
        if (!resolved.ok)
            return undefined;
        const slash = resolved.rel.lastIndexOf('/');
        return this.namesUnder(slash < 0 ? '' : resolved.rel.slice(0, slash), ref.slice(0, Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('\\')) + 1));
    }
    /** As filesBeside, for a folder the manifest's paths name (`model/2_Dense`), its files written under it. */
    filesInFolder(ref) {
        const resolved = this.resolution(ref);
        return resolved.ok ? this.namesUnder(resolved.rel, /[/\\]$/.test(ref) ? ref : `${ref}/`) : undefined;
    }
    /**
     * As filesInFolder, for a repository folder as discovery names it (not a path the manifest
     * wrote, which is read as one: a `#` starts a fragment there), its files written from the
     * manifest's folder.
     */
    filesInRepoFolder(rel) {
        const written = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(this.manifest.dir, rel);
        return this.namesUnder(rel, written === '' ? '' : `${written}/`);
    }
    /** The files and links of repository folder `rel`, each written after `written`. */
    namesUnder(rel, written) {
        const names = this.repo.filesIn(rel);
        return names === _fs_repo_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_MANY_FILES */ .rN ? names : names?.map((name) => written + name);
    }
    cached(key, load) {
        let result = this.cache.get(key);
        if (!result) {
            const outer = this.loading;
            const files = [];
            this.loading = files;
            try {
                result = load();
            }
            finally {
                this.loading = outer;
            }
            this.cache.set(key, result);
            if (files.length > 0)
                this.cachedFiles.set(key, files);
            outer?.push(...files);
        }
        else {
            for (const file of this.cachedFiles.get(key) ?? [])
                this.use(file);
        }
        return result;
    }
}
/** Texts shorter than this (white space aside) are not compared across systems: `{}` or `[]` is no one's copy. */
const MIN_DIGESTED_CHARS = 32;
/** How deep included files may nest (Fluent Bit's own limit is its stack; real configs nest one or two). */
const MAX_INCLUDE_DEPTH = 8;
/** How many files one cited file may include in all. */
const MAX_INCLUDED_FILES = 64;
/** "an Evidently monitoring config", when some adapter of any kind recognises the value. */
function describeLookalike(value, kinds) {
    for (const kind of kinds) {
        const adapter = kind.adapters.find((a) => a.detect(value));
        if (adapter)
            return `a ${adapter.format === 'modelgate' ? 'modelgate' : adapter.format} ${kind.what}`;
    }
    return undefined;
}
/** The formats modelgate reads for an evidence kind, for messages ("fairlearn, aif360"). */
const knownFormats = (kind) => kind.adapters.map((adapter) => adapter.format).join(', ');
/**
 * JSON text as one spelling of its value: keys sorted, no white space, strings and numbers as
 * JSON.stringify writes them. Undefined for text that is not JSON, or nests too deep to rewrite.
 */
function canonicalJson(text) {
    const first = text.trimStart()[0];
    if (first !== '{' && first !== '[')
        return undefined;
    const sorted = (value) => {
        if (Array.isArray(value))
            return value.map(sorted);
        if (!value || typeof value !== 'object')
            return value;
        const record = value;
        return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sorted(record[key])]));
    };
    try {
        return JSON.stringify(sorted(JSON.parse(text)));
    }
    catch {
        return undefined; // not JSON, or deeper than the stack
    }
}
/** The digest textDigest and readableDigest give a text (white space already taken out). */
function digestOf(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('base64');
}


/***/ }),

/***/ 9093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseEvidence)
/* harmony export */ });
/* unused harmony export parseStructured */
/* harmony import */ var _load_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5531);
/* harmony import */ var _load_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7794);


function parseEvidence(file, text, kinds) {
    for (const kind of kinds) {
        const parsed = kind.parse?.(file, text);
        if (parsed)
            return parsed;
    }
    return parseStructured(file, text);
}
function parseStructured(file, text) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text, file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
    return /^\s*[[{]/.test(text) ? (0,_load_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(text, file) : (0,_load_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(text, { file });
}


/***/ })

};
