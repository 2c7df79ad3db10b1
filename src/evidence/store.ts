/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { filesMatching, isPathPattern } from '../fs/path-pattern.js';
import { formatBytes, isUri, TOO_MANY_FILES, type FileProblemKind, type FileSource, type Resolved } from '../fs/repo-fs.js';
import { parseCard, type Card } from '../load/model-card.js';
import { readableText } from '../load/placeholder.js';
import { declaredArtifacts, type Manifest } from '../load/manifest.js';
import type { SourceDoc } from '../load/source-doc.js';
import { chargedToBase } from '../load/yaml.js';
import { valueAt, type Location } from '../types.js';
import type { EvidenceFormats } from './adapter.js';
import { parseDate } from './dates.js';
import { parseEvidence } from './structured.js';
import type { EvidenceProblem, EvidenceResult } from './types.js';

export interface CitedFile {
  /** Repository-relative path of the file. */
  rel: string;
  /** The `#section` part of the citation, if any. */
  fragment?: string;
}

/**
 * The newest of the files a pattern citation matches (EvidenceFormats.newest), and how it was
 * chosen, for messages to say which file was judged and why.
 */
export interface NewestMatch {
  /** The pattern as resolved from the manifest's folder (`sys/monitoring/runs/*.json`; a folder ends in `/`). */
  pattern: string;
  /** The file judged, or why there is none (the pattern matches no file, or too many to look through). */
  chosen: Resolved;
  /** How many files the pattern matches. */
  matched: number;
  /** How many of them were read for when each was made (all, at most MAX_NEWEST_READ). */
  read: number;
  /** `time`: the one made last of those read that say when; `name`: none says, so the last by name. */
  by: 'time' | 'name';
  /** Files read, named after the one chosen by time, that say no time: any of them may be the newest. */
  undated: Array<{ rel: string; why: string }>;
}

/**
 * The most files a pattern may match: each is read for when it was made, and the newest judged.
 * Not only the last few by name (red team: sixteen copies of an old passing run, named to sort
 * last, hid the newer failing one). A pattern matching more chooses none, and says so. Each run
 * is parsed and kept for the run (review: 1,000 runs of 900 KB took 1.9 GB; with a base, 3.7 GB).
 */
export const MAX_NEWEST_READ = 200;

/**
 * Which file of a pattern was judged and why, for a message: "sys/runs/b.json is the newest by
 * the time it records of the 3 files sys/runs/*.json matches".
 */
export function describeNewest(match: NewestMatch): string {
  const chosen = match.chosen.ok ? match.chosen.rel : match.pattern;
  const files = match.pattern.endsWith('/') ? `in ${match.pattern}` : `${match.pattern} matches`;
  if (match.matched === 1) return `${chosen} is the only file ${files}`;
  const how = match.by === 'time' ? 'the newest by the time it records' : `the last by name (none of the ${match.read} read records a time)`;
  const some = match.read < match.matched ? `; the ${match.read} last by name were read` : '';
  return `${chosen} is ${how} of the ${match.matched.toLocaleString('en-US')} files ${files}${some}`;
}

/** Resolution problems that say a path names no file of the repository, rather than a file that cannot be read. */
const ELSEWHERE: ReadonlySet<FileProblemKind> = new Set<FileProblemKind>(['missing', 'absolute-path', 'outside-root', 'empty-path']);

export class EvidenceStore {
  private readonly cache = new Map<string, EvidenceResult<unknown>>();
  /** remembered's answers. */
  private readonly answers = new Map<string, unknown>();
  /** Where the manifest itself resolves to (null: it does not resolve), computed once. */
  private manifestAbs: string | null | undefined;
  /** The files each cached result was made from, so a rule served from the cache notes them too. */
  private readonly cachedFiles = new Map<string, string[]>();
  /** Files resolved while a cached result is being made (innermost load first). */
  private loading: string[] | undefined;
  /** Files the current rule's checks used (see noteFiles). */
  private noted: Set<string> | undefined;
  /** Each cited path's resolution: a dozen rules cite the same few files, each normalised once. */
  private readonly resolutions = new Map<string, Resolved>();
  /** newestMatch's answers, by the pattern's path. */
  private readonly newest = new Map<string, NewestMatch | undefined>();
  /** Set while a pattern's files are read to choose one: what they cite is no pattern, and no rule used them. */
  private choosing = false;

  constructor(
    readonly repo: FileSource,
    readonly manifest: Manifest,
    /** Every kind of evidence (registry.ts's EVIDENCE_KINDS), to name what a misfiled file looks like. */
    private readonly kinds: ReadonlyArray<EvidenceFormats<unknown>>,
    /** The base commit's files: what they need the full YAML reader for is charged to the base's budget (yaml.ts). */
    private readonly base = false,
  ) {}

  private parsed<T>(read: () => T): T {
    return this.base ? chargedToBase(read) : read();
  }

  /**
   * From now on, note each cited file a check uses (resolved, read, parsed or hashed), whether or
   * not it comes from the cache; takeNotedFiles returns them. The evaluator brackets each rule
   * with the two, so a finding can say which files its rule judged.
   */
  noteFiles(): void {
    this.noted = new Set();
  }

  /** The files used since noteFiles, in the order first used; stops noting. */
  takeNotedFiles(): string[] {
    const files = [...(this.noted ?? [])];
    this.noted = undefined;
    return files;
  }

  private use(rel: string): void {
    this.noted?.add(rel);
    this.loading?.push(rel);
  }

  /** Resolves a path cited in the manifest to a regular file inside the repository. */
  file(ref: string): EvidenceResult<CitedFile> {
    const located = this.locate(ref);
    if (!located.ok) return located;
    const stat = this.repo.statFile(located.value.rel);
    if (!stat.ok) return { ok: false, problem: { message: stat.problem.message } };
    this.use(located.value.rel);
    return located;
  }

  /**
   * Resolves a cited path inside the repository without the text size cap, for files that are
   * only hashed (datasets): `file` refused any over max-file-size, so their declared checksums
   * could never be verified although `sha256` streams files up to 1 GB.
   */
  dataFile(ref: string): EvidenceResult<CitedFile> {
    const located = this.locate(ref);
    if (located.ok) this.use(located.value.rel);
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
  artifactFiles(): Array<string | undefined> {
    return declaredArtifacts(this.manifest.data).map(({ path }) => (isUri(path) ? undefined : this.whereIs(path)));
  }

  whereIs(ref: string): string | undefined {
    const resolved = this.resolution(ref);
    if (!resolved.ok) return undefined;
    return this.repo.relative ? this.repo.relative(resolved.abs) : resolved.rel;
  }

  private resolution(ref: string): Resolved {
    const hash = ref.indexOf('#');
    const pathPart = hash >= 0 ? ref.slice(0, hash) : ref;
    let resolved = this.resolutions.get(pathPart);
    if (!resolved) {
      resolved = this.newestMatch(pathPart)?.chosen ?? this.repo.resolve(pathPart, this.manifest.dir);
      this.resolutions.set(pathPart, resolved);
    }
    return resolved;
  }

  /**
   * Where the manifest cites files of a kind made over and over (EvidenceFormats.newest: the
   * monitoring runs of `monitoring.latestRun`) by a pattern or a folder (fs/path-pattern.ts), the
   * newest file it matches: every rule, the cross-system ones too, reads the citation as that
   * file. Undefined for any other citation.
   */
  newestMatch(ref: string): NewestMatch | undefined {
    const pathPart = ref.split('#', 1)[0] as string;
    if (this.choosing || !isPathPattern(pathPart)) return undefined;
    if (this.newest.has(pathPart)) return this.newest.get(pathPart);
    const kind = this.kinds.find(({ newest }) => {
      const cited = newest && valueAt(this.manifest.data, newest.field);
      return typeof cited === 'string' && cited.split('#', 1)[0] === pathPart;
    });
    const match = kind ? this.chooseNewest(pathPart, kind) : undefined;
    this.newest.set(pathPart, match);
    return match;
  }

  /**
   * The newest file a pattern matches (at most MAX_NEWEST_READ, each read): the one made last as
   * it says (`madeAt`, read as the freshness rules read dates; of two at one time, the later by
   * name), else, when none says, the last by name. A file that cannot be read as the kind says
   * no time. A name after a wildcard folder that names no file there is no match.
   */
  private chooseNewest(pattern: string, kind: EvidenceFormats<unknown>): NewestMatch {
    const matches = filesMatching(this.repo, pattern, this.manifest.dir);
    if (!matches.ok) return { pattern: pattern.trim(), chosen: { ok: false, problem: matches.problem }, matched: 0, read: 0, by: 'name', undated: [] };
    const candidates: Array<{ rel: string; resolved: Resolved }> = [];
    let matched = 0;
    for (const rel of matches.files) {
      // Listed files are there; a plain name after a wildcard folder is looked up (a stat, no read).
      const resolved = matches.named.has(rel) || candidates.length < MAX_NEWEST_READ ? this.repo.resolve(rel) : undefined;
      if (resolved && !resolved.ok && resolved.problem.kind === 'missing') continue;
      matched++;
      // A `#` would start a fragment in the path the rules cite: such a name cannot be cited.
      if (resolved && candidates.length < MAX_NEWEST_READ && !rel.includes('#')) candidates.push({ rel, resolved });
    }
    const { pattern: written } = matches;
    if (matched > MAX_NEWEST_READ) {
      const message = `${written} ${pattern.trim().endsWith('/') ? 'holds' : 'matches'} ${matched.toLocaleString('en-US')} files, more than the ${MAX_NEWEST_READ.toLocaleString('en-US')} modelgate reads to tell which is newest: move older runs to a folder the pattern does not reach`;
      return { pattern: written, chosen: { ok: false, rel: written, problem: { kind: 'unreadable', message } }, matched, read: 0, by: 'name', undated: [] };
    }
    if (candidates.length === 0) {
      const message = pattern.trim().endsWith('/') ? `${written} holds no file` : `${written} matches no file`;
      return { pattern: written, chosen: { ok: false, rel: written, problem: { kind: 'missing', message } }, matched, read: 0, by: 'name', undated: [] };
    }
    const madeAt = kind.newest?.madeAt ?? (() => undefined);
    const saved = { noted: this.noted, loading: this.loading };
    this.noted = undefined;
    this.loading = undefined;
    this.choosing = true;
    const read: Array<{ rel: string; resolved: Resolved; time?: number; why?: string }> = [];
    try {
      for (const { rel, resolved } of candidates) {
        if (!resolved.ok) {
          read.push({ rel, resolved, why: resolved.problem.message });
          continue;
        }
        const value = this.evidence(kind, posix.relative(this.manifest.dir, rel));
        const when = value.ok ? madeAt(value.value) : undefined;
        const time = when === undefined ? undefined : parseDate(when)?.getTime();
        const why = !value.ok ? value.problem.message : when === undefined ? 'it records none' : time === undefined ? `"${when}" is no date` : undefined;
        read.push({ rel, resolved, ...(time !== undefined ? { time } : {}), ...(why !== undefined ? { why } : {}) });
      }
    } finally {
      this.noted = saved.noted;
      this.loading = saved.loading;
      this.choosing = false;
    }
    let chosen = 0;
    for (const [index, { time }] of read.entries()) if (time !== undefined && (read[chosen]?.time === undefined || time > (read[chosen]?.time as number))) chosen = index;
    const by = read[chosen]?.time === undefined ? 'name' : 'time';
    const undated = by === 'time' ? read.slice(0, chosen).flatMap(({ rel, why }) => (why === undefined ? [] : [{ rel, why }])) : [];
    return { pattern: written, chosen: (read[chosen] as (typeof read)[number]).resolved, matched, read: read.length, by, undated };
  }

  private locate(ref: string): EvidenceResult<CitedFile> {
    const hash = ref.indexOf('#');
    const fragment = hash >= 0 ? ref.slice(hash + 1) : undefined;
    const resolved = this.resolution(ref);
    if (!resolved.ok) return { ok: false, problem: { message: resolved.problem.message } };
    // The manifest is a claim, not evidence: citing it (or a link to it) for a card, a plan or a
    // report must not pass as evidence of anything.
    if (this.manifestAbs === undefined) {
      const self = this.repo.resolve(this.manifest.file);
      this.manifestAbs = self.ok ? self.abs : null;
    }
    if (resolved.abs === this.manifestAbs) {
      return { ok: false, problem: { message: `${resolved.rel} is this system's manifest, which cannot be evidence for itself; cite the document that holds the evidence` } };
    }
    const cited: CitedFile = { rel: resolved.rel };
    if (fragment) cited.fragment = fragment;
    return { ok: true, value: cited };
  }

  /** A Markdown card (model or dataset card) cited by the manifest. */
  card(ref: string): EvidenceResult<Card> {
    // One card per file, whatever `#section` each citation names: a plan cited for five of its
    // sections is parsed once.
    const hash = ref.indexOf('#');
    return this.cached(`card:${hash >= 0 ? ref.slice(0, hash) : ref}`, () => {
      const text = this.text(ref);
      if (!text.ok) return text;
      return { ok: true, value: this.parsed(() => parseCard(text.value.text, text.value.rel)) };
    });
  }

  /**
   * A cited file of one evidence kind, normalised by the adapter its `format` names (each
   * manifest field that cites it says), else by the first adapter that recognises it.
   */
  evidence<T>(kind: EvidenceFormats<T>, ref: string, format?: string): EvidenceResult<T> {
    return this.cached(`${kind.id}:${format ?? ''}:${ref}`, () => this.structured(ref, format, kind));
  }

  /** The text of a file a manifest's path names (a cited document, or a model folder's config.json), inside the repository and under max-file-size. */
  text(ref: string): EvidenceResult<{ rel: string; text: string }> {
    const cited = this.file(ref);
    if (!cited.ok) return cited;
    const read = this.repo.readText(cited.value.rel);
    if (!read.ok) {
      const problem: EvidenceProblem = { message: read.problem.message };
      if (read.problem.kind === 'binary' || read.problem.kind === 'not-utf8') problem.binary = true;
      if (read.problem.line !== undefined) problem.at = { file: cited.value.rel, line: read.problem.line, column: 1 };
      return { ok: false, problem };
    }
    return { ok: true, value: { rel: cited.value.rel, text: read.text } };
  }

  private structured<T>(ref: string, format: string | undefined, kind: EvidenceFormats<T>): EvidenceResult<T> {
    const { adapters, what } = kind;
    const text = this.text(ref);
    if (!text.ok) return text;
    const { rel } = text.value;
    const parsed = this.parsed(() => parseEvidence(rel, text.value.text, this.kinds));
    if (!parsed.ok) {
      const { message, line, column } = parsed.error;
      return { ok: false, problem: { message: `${rel}: ${message}`, at: { file: rel, line, column } } };
    }
    const read = this.withIncludes(kind, parsed.doc, rel, [rel], { files: MAX_INCLUDED_FILES, bytes: this.repo.maxFileBytes - Buffer.byteLength(text.value.text), read: new Set([this.realPath(rel)]) });
    if (!read.ok) return read;
    const doc = read.value;
    const start: Location = { file: rel, line: 1, column: 1 };
    const value = doc.value;
    if (format) {
      const adapter = adapters.find((a) => a.format === format);
      // The manifest's declaration is at fault, not the file: the citing rule points at its `format:`.
      if (!adapter) return { ok: false, problem: { message: `${what} format "${format}" is not supported; supported: ${knownFormats(kind)}`, atFormat: true } };
      // A file of another format gets a finding that says so, not a list of schema errors.
      const lookalike = adapter.detect(value) ? undefined : describeLookalike(value, this.kinds);
      if (lookalike) {
        return { ok: false, problem: { message: `${rel} is declared as a ${format} ${what}, but it looks like ${lookalike}`, at: start } };
      }
      return adapter.normalise(doc);
    }
    const detected = adapters.find((a) => a.detect(value));
    if (detected) return detected.normalise(doc);
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
  private withIncludes(kind: EvidenceFormats<unknown>, doc: SourceDoc, cited: string, chain: readonly string[], budget: { files: number; bytes: number; read: Set<string> }): EvidenceResult<SourceDoc> {
    const includes = kind.includes?.(doc) ?? [];
    if (includes.length === 0 || !kind.merge) return { ok: true, value: doc };
    const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
    const included: SourceDoc[] = [];
    for (const { path, line, directive = '@INCLUDE', fromNamingFile } of includes) {
      const at: Location = { file: doc.file, line, column: 1 };
      const fail = (why: string): EvidenceResult<SourceDoc> => ({ ok: false, problem: { message: `${doc.file}: ${directive} ${path}: ${why}`, at } });
      if (/[*?[]/.test(path)) return fail('a pattern, which modelgate does not expand; include each file by name');
      const resolved = this.repo.resolve(path, folderOf(fromNamingFile ? doc.file : cited));
      if (!resolved.ok) return fail(resolved.problem.message);
      if (chain.includes(resolved.rel)) return fail(`${resolved.rel} is already being read (an ${directive === '@INCLUDE' ? '@INCLUDE' : 'include'} cycle)`);
      // Fluent Bit reads each classic file once (by inode): a second @INCLUDE of one stops it
      // starting. A YAML file included twice would define its plugins twice; either way, once.
      if (budget.read.has(resolved.abs)) {
        return fail(`${resolved.rel} is already included; ${directive === '@INCLUDE' ? 'Fluent Bit refuses to read a file twice, and does not start' : 'include each file once'}`);
      }
      budget.read.add(resolved.abs);
      if (chain.length > MAX_INCLUDE_DEPTH) return fail(`included more than ${MAX_INCLUDE_DEPTH} levels deep`);
      if (--budget.files < 0) return fail(`more than ${MAX_INCLUDED_FILES} included files, the most modelgate reads for one cited file`);
      this.use(resolved.rel);
      const text = this.repo.readText(resolved.rel);
      if (!text.ok) return fail(text.problem.message);
      // A cited file and all it includes count as one file against max-file-size: no more to
      // read than one file, however it is split (or however often one file is included).
      budget.bytes -= Buffer.byteLength(text.text);
      if (budget.bytes < 0) return fail(`${cited} and the files it includes are over the ${formatBytes(this.repo.maxFileBytes)} limit together (max-file-size)`);
      const parsed = this.parsed(() => parseEvidence(resolved.rel, text.text, this.kinds));
      if (!parsed.ok) return { ok: false, problem: { message: `${resolved.rel}: ${parsed.error.message}`, at: { file: resolved.rel, line: parsed.error.line, column: parsed.error.column } } };
      const nested = this.withIncludes(kind, parsed.doc, cited, [...chain, resolved.rel], budget);
      if (!nested.ok) return nested;
      included.push(nested.value);
    }
    const merged = kind.merge(doc, included);
    if (!merged.ok) return { ok: false, problem: { message: `${doc.file}: ${merged.error.message}`, at: { file: doc.file, line: merged.error.line, column: merged.error.column } } };
    return { ok: true, value: merged.doc };
  }

  /** Where a file read is, links resolved: the same file under two names is one file. */
  private realPath(rel: string): string {
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
  textDigest(ref: string): string | undefined {
    return this.digest(ref, (text) => text.replace(/\s+/g, ''));
  }

  /**
   * As textDigest, and in JSON neither the order of an object's keys nor how a string or number
   * is spelt counts: a pull request's report against the one its base cited (model-changed.ts;
   * red team: the base's report dumped again with its keys sorted). Asked only in a pull
   * request: rewriting every report of every system cost a run 5% (JSON parsed again, sorted).
   */
  valueDigest(ref: string): string | undefined {
    // Each report is compared with every one the base cited: spelt once (review: 75 ms a 6 MB report).
    return this.remembered(`value-digest:${ref}`, () => this.digest(ref, (text) => canonicalJson(text) ?? text.replace(/\s+/g, '')));
  }

  /**
   * `compute`'s answer for `key`, worked out once for this system: what several rules ask of
   * the same files (whether a model file runs code, what a model folder holds) is read once.
   */
  remembered<T>(key: string, compute: () => T): T {
    if (!this.answers.has(key)) this.answers.set(key, compute());
    return this.answers.get(key) as T;
  }

  /** The digest of a cited file's text as `spelt` writes it; undefined when it cannot be read or is too short to be anyone's. */
  private digest(ref: string, spelt: (text: string) => string): string | undefined {
    const read = this.text(ref);
    if (!read.ok) return undefined;
    const content = spelt(read.value.text);
    return content.length < MIN_DIGESTED_CHARS ? undefined : digestOf(content);
  }

  /**
   * A digest of what a reader sees of a cited document (readableText), white space aside: an
   * edit made only of an HTML comment or a link definition leaves it as it was. Undefined
   * when the file cannot be read; however short, a text has one.
   */
  readableDigest(ref: string): string | undefined {
    const read = this.text(ref);
    if (!read.ok) return undefined;
    return digestOf(readableText(read.value.text).replace(/\s+/g, ''));
  }

  /** SHA-256 of a cited file, streamed (data files may be larger than the text cap). */
  sha256(rel: string): EvidenceResult<string> {
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
  bytesAt(ref: string, position: number, count: number): EvidenceResult<{ rel: string; bytes: Buffer; size: number } | undefined> {
    if (isUri(ref)) return { ok: true, value: undefined };
    const resolved = this.resolution(ref);
    if (!resolved.ok) {
      const unread = this.unreadOwnFile(ref);
      if (unread) return { ok: false, problem: { message: unread } };
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
  unreadOwnFile(ref: string): string | undefined {
    if (isUri(ref)) return undefined;
    const resolved = this.resolution(ref);
    if (resolved.ok) return undefined;
    const { kind, message } = resolved.problem;
    if (kind === 'absolute-into-repository' || kind === 'ambiguous-uri' || kind === 'symlink-outside') return message;
    const submodule = kind === 'missing' && resolved.rel !== undefined ? this.repo.submoduleAbove?.(resolved.rel) : undefined;
    return submodule === undefined ? undefined : `${resolved.rel} lies in the submodule ${submodule}, which this checkout did not fetch; check out with submodules: true for modelgate to read it`;
  }

  /** Why a path the manifest's paths name is a link that leads out of the repository, if it is one. */
  linkOutside(ref: string): string | undefined {
    const resolved = this.resolution(ref);
    return !resolved.ok && resolved.problem.kind === 'symlink-outside' ? resolved.problem.message : undefined;
  }

  /**
   * The files and links in the folder of a file the manifest names, written as `ref` writes its
   * folder: what else a model folder holds (a Hugging Face cache's files are links). Undefined when `ref` does not resolve or its folder
   * cannot be listed; TOO_MANY_FILES when it holds more than filesIn lists.
   */
  filesBeside(ref: string): string[] | typeof TOO_MANY_FILES | undefined {
    const resolved = this.resolution(ref);
    if (!resolved.ok) return undefined;
    const slash = resolved.rel.lastIndexOf('/');
    return this.namesUnder(slash < 0 ? '' : resolved.rel.slice(0, slash), ref.slice(0, Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('\\')) + 1));
  }

  /** As filesBeside, for a folder the manifest's paths name (`model/2_Dense`), its files written under it. */
  filesInFolder(ref: string): string[] | typeof TOO_MANY_FILES | undefined {
    const resolved = this.resolution(ref);
    return resolved.ok ? this.namesUnder(resolved.rel, /[/\\]$/.test(ref) ? ref : `${ref}/`) : undefined;
  }

  /**
   * As filesInFolder, for a repository folder as discovery names it (not a path the manifest
   * wrote, which is read as one: a `#` starts a fragment there), its files written from the
   * manifest's folder.
   */
  filesInRepoFolder(rel: string): string[] | typeof TOO_MANY_FILES | undefined {
    const written = posix.relative(this.manifest.dir, rel);
    return this.namesUnder(rel, written === '' ? '' : `${written}/`);
  }

  /** The files and links of repository folder `rel`, each written after `written`. */
  private namesUnder(rel: string, written: string): string[] | typeof TOO_MANY_FILES | undefined {
    const names = this.repo.filesIn(rel);
    return names === TOO_MANY_FILES ? names : names?.map((name) => written + name);
  }

  private cached<T>(key: string, load: () => EvidenceResult<T>): EvidenceResult<T> {
    let result = this.cache.get(key) as EvidenceResult<T> | undefined;
    if (!result) {
      const outer = this.loading;
      const files: string[] = [];
      this.loading = files;
      try {
        result = load();
      } finally {
        this.loading = outer;
      }
      this.cache.set(key, result);
      if (files.length > 0) this.cachedFiles.set(key, files);
      outer?.push(...files);
    } else {
      for (const file of this.cachedFiles.get(key) ?? []) this.use(file);
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
function describeLookalike(value: unknown, kinds: ReadonlyArray<EvidenceFormats<unknown>>): string | undefined {
  for (const kind of kinds) {
    const adapter = kind.adapters.find((a) => a.detect(value));
    if (adapter) return `a ${adapter.format === 'modelgate' ? 'modelgate' : adapter.format} ${kind.what}`;
  }
  return undefined;
}

/** The formats modelgate reads for an evidence kind, for messages ("fairlearn, aif360"). */
const knownFormats = (kind: EvidenceFormats<unknown>) => kind.adapters.map((adapter) => adapter.format).join(', ');

/**
 * JSON text as one spelling of its value: keys sorted, no white space, strings and numbers as
 * JSON.stringify writes them. Undefined for text that is not JSON, or nests too deep to rewrite.
 */
function canonicalJson(text: string): string | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sorted(record[key])]));
  };
  try {
    return JSON.stringify(sorted(JSON.parse(text)));
  } catch {
    return undefined; // not JSON, or deeper than the stack
  }
}

/** The digest textDigest and readableDigest give a text (white space already taken out). */
function digestOf(content: string): string {
  return createHash('sha256').update(content).digest('base64');
}
