/**
 * Reads policy packs and resolves them into the set of rules that will run.
 *
 * Resolution (deterministic, documented in the README):
 *   1. The rule catalogue (`policies/rules/*.yaml`) defines every bundled rule; none is active
 *      until a pack selects it.
 *   2. A pack first applies what it `extends`, in order: a later entry overrides an earlier one.
 *   3. Then its own `rules`, each of which is
 *        - a severity (`card/license: warning`, `… : off`): select a known rule or change its severity;
 *        - a partial mapping without `then` (`{ severity, when, message, … }`): adjust a known rule;
 *        - a full definition (with `given` and `then`): define a rule, or replace one by id.
 *      The pack that includes another always wins over it.
 *   4. `locked` rules cannot be turned off or lowered.
 * Every problem is a `UsageError` with the pack file, line and column (exit code 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { assetPath } from '../fs/assets.js';
import { CHECK_FUNCTIONS } from '../evaluate/functions/index.js';
import { checkSchema, closest, explainSchemaErrors } from '../load/schema.js';
import type { SourceDoc } from '../load/source-doc.js';
import { parseYaml } from '../load/yaml.js';
import { fromSnapshot } from './snapshot.js';
import { severityRank, UsageError, type Controls, type Location, type PathSegment, type Severity } from '../types.js';
import { RepoFs, type FileSource } from '../fs/repo-fs.js';
import type { FrameworkKey } from './frameworks.js';
import { parseField, parseGiven } from './path.js';
import type { CompiledRule, CoverageScope, PathOverride, Policy, RuleDefinition, SeveritySetting, ThenClause, WaiverSettings } from './types.js';

export const DEFAULT_WAIVER_SETTINGS: WaiverSettings = { maxDays: 180, minJustification: 20, warnDays: 14 };
import { Ajv2020 } from 'ajv/dist/2020.js';

export const DOCS_URL = 'https://github.com/modelgate/modelgate/blob/main/docs/rules.md';

/** GitHub's anchor for a rule's heading in docs/rules.md (`card/intended-use` → `cardintended-use`). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

export function docsUrl(id: string): string {
  return `${DOCS_URL}#${ruleAnchor(id)}`;
}

interface RawRule {
  title?: string;
  description?: string;
  severity?: SeveritySetting;
  when?: RuleDefinition['when'];
  given?: string | string[];
  then?: ThenClause | ThenClause[];
  message?: string;
  remediation?: string;
  docs?: string;
  controls?: Controls;
  core?: boolean;
  locked?: boolean;
  waivable?: boolean;
}

interface RawPack {
  name?: string;
  description?: string;
  extends?: string | string[];
  frameworks?: Partial<Record<FrameworkKey, 'all' | string[]>>;
  waivers?: Partial<WaiverSettings>;
  exclude?: string[];
  overrides?: Array<{ files: string[]; rules: Record<string, SeveritySetting> }>;
  rules?: Record<string, SeveritySetting | RawRule>;
}

interface Entry {
  definition: RuleDefinition;
  /** The `rules:` entry that set it, when a pack did. */
  setAt?: Location;
}

type Resolution = Map<string, Entry>;

export interface LoadPolicyOptions {
  /** Directory a top-level relative pack path is read from (the CLI's cwd, the Action's workspace). */
  baseDir: string;
  /** Where local pack files are read: the disk (default), or a commit's tree (a PR's base). */
  files?: PackFiles;
  /** Where pinned remote packs (`owner/repo/path@sha`) are read from. */
  remote?: RemotePacks;
}

export interface RemoteRef {
  owner: string;
  repo: string;
  path: string;
  /** A full commit SHA. */
  sha: string;
}

/** Pinned packs of other repositories: a local clone (CLI) or the GitHub API (Action). */
export interface RemotePacks {
  /** The pack's text; an error; or undefined when it has not been fetched yet. */
  read(ref: RemoteRef): string | { error: string } | undefined;
}

/** Thrown while loading when a remote pack is needed that `RemotePacks` has not got yet. */
export class MissingRemotePack extends Error {
  constructor(readonly ref: RemoteRef) {
    super(`remote policy pack ${displayRemote(ref)} has not been fetched`);
  }
}

export function displayRemote(ref: RemoteRef): string {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.sha.slice(0, 12)}`;
}

// GitHub's grammar: an owner is letters, digits and single inner hyphens (at most 39); a repository
// name is letters, digits, '.', '_' and '-' (at most 100), and never '.' or '..'.
const OWNER = /^[A-Z0-9](?:-?[A-Z0-9]){0,38}$/i;
const REPO = /^[\w.-]{1,100}$/;
const FULL_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE_PATH_CHARACTER = /[\\\u0000-\u001f\u007f]/;

/**
 * `owner/repo/path/pack.yaml@<sha>`: each part checked before anything is fetched with the
 * workflow's token, so a pack cannot aim a request anywhere but one file of one repository at
 * one commit. Throws a UsageError naming what is wrong.
 */
export function parseRemoteRef(text: string): RemoteRef {
  const usage = `write owner/repo/path/to/pack.yaml@<commit SHA>`;
  const at = text.lastIndexOf('@');
  const [owner = '', repo = '', ...segments] = (at < 0 ? text : text.slice(0, at)).split('/');
  const sha = at < 0 ? '' : text.slice(at + 1);
  const file = segments.join('/');
  if (at < 0 || segments.length === 0) throw new UsageError(`"${text}" is not a remote pack reference; ${usage}`);
  if (!OWNER.test(owner)) throw new UsageError(`"${owner}" is not a GitHub owner (letters, digits and single inner hyphens, at most 39); ${usage}`);
  if (!REPO.test(repo) || repo === '.' || repo === '..') throw new UsageError(`"${repo}" is not a GitHub repository name (letters, digits, '.', '_', '-', at most 100); ${usage}`);
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || UNSAFE_PATH_CHARACTER.test(segment))) {
    throw new UsageError(`remote policy pack path "${file}" must be a plain path inside ${owner}/${repo} (no empty, "." or ".." parts, backslashes or control characters)`);
  }
  if (!FULL_SHA.test(sha)) {
    throw new UsageError(`remote policy pack ${owner}/${repo}/${file} is not pinned: "@${sha}" can change under you; use the full commit SHA (…@<40 hex characters>)`);
  }
  return { owner, repo, path: file, sha };
}

/** Where local (non-bundled) pack files come from. */
export interface PackFiles {
  /** Resolves `ref` as written in a pack in `fromDir` (undefined for the top-level ref). */
  resolve(ref: string, fromDir: string | undefined): { key: string; dir: string; display: string } | { error: string };
  /** The text of a resolved pack, or why it cannot be read. */
  read(key: string, display: string): string | { error: string };
}

/** The local packs the engine read, as plain data for worker threads. */
export interface PackReads {
  resolved: Array<[string, ReturnType<PackFiles['resolve']>]>;
  read: Array<[string, ReturnType<PackFiles['read']>]>;
}

const readKey = (ref: string, fromDir: string | undefined) => `${fromDir ?? ''}\u0000${ref}`;

/** `files`, noting every answer in `reads`. */
export function recordPacks(files: PackFiles, reads: PackReads): PackFiles {
  return {
    resolve(ref, fromDir) {
      const resolved = files.resolve(ref, fromDir);
      reads.resolved.push([readKey(ref, fromDir), resolved]);
      return resolved;
    },
    read(key, display) {
      const text = files.read(key, display);
      reads.read.push([key, text]);
      return text;
    },
  };
}

/**
 * The packs as the engine read them, so a worker thread runs the same policy as the engine's
 * thread even if a pack file changes during the run (its checks are completed from that policy).
 */
export function replayPacks(reads: PackReads): PackFiles {
  const resolved = new Map(reads.resolved);
  const texts = new Map(reads.read);
  const unread = (what: string) => ({ error: `policy pack ${what} was not read by the engine's thread` });
  return {
    resolve: (ref, fromDir) => resolved.get(readKey(ref, fromDir)) ?? unread(ref),
    read: (key) => texts.get(key) ?? unread(key),
  };
}

const MAX_PACK_BYTES = 1024 * 1024;

/** Pack files on disk, relative paths resolved from the including pack (or `baseDir`). */
/**
 * Pack files on disk, read through a repository boundary like any cited file: `extends` is text
 * a pack's author chose, so no absolute path, `..`, link out of the boundary or special file
 * (such as /proc/self/environ) is opened. The boundary is the git repository holding the policy
 * named on the command line (trusted, and may be absolute), else that policy's own folder.
 */
export function packFilesOnDisk(baseDir: string): PackFiles {
  let tree: PackFiles | undefined;
  return {
    resolve(ref, fromDir) {
      if (tree && fromDir !== undefined) return tree.resolve(ref, fromDir);
      const file = path.resolve(baseDir, ref);
      const root = packRoot(path.dirname(file));
      tree = packFilesIn(new RepoFs(root, { maxFileBytes: MAX_PACK_BYTES }), '');
      return tree.resolve(path.relative(root, file).split(path.sep).join('/'), '');
    },
    read: (key, display) => (tree ? tree.read(key, display) : { error: `policy pack ${display} was not resolved` }),
  };
}

/** The git repository holding `dir`, else `dir` itself. */
function packRoot(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return dir;
  }
}

/**
 * Pack files in a tree of repository files (the base commit of a pull request): paths are
 * repository-relative, resolved with the same rules as any cited file, never leaving the tree.
 */
export function packFilesIn(source: FileSource, label: string): PackFiles {
  return {
    resolve(ref, fromDir) {
      const resolved = source.resolve(ref, fromDir ?? '');
      const where = label ? ` ${label}` : '';
      if (!resolved.ok) return { error: `policy pack ${ref} ${resolved.problem.kind === 'missing' ? `does not exist${where}` : `cannot be read${where}: ${resolved.problem.message}`}` };
      return { key: resolved.rel, dir: path.posix.dirname(resolved.rel), display: resolved.rel };
    },
    read(key) {
      const text = source.readText(key);
      return text.ok ? text.text : { error: text.problem.message };
    },
  };
}

let catalogue: Map<string, RuleDefinition> | undefined;

/** Every rule defined in `policies/rules/*.yaml`. */
export function ruleCatalogue(): Map<string, RuleDefinition> {
  return (catalogue ??= readCatalogue(true));
}

/**
 * The catalogue's rules. `trusted`: skip schema and option validation, which costs most of
 * start-up (compiling JSON Schemas); the files ship with modelgate and `validateBundledPolicies`
 * checks them in full in the test suite.
 */
function readCatalogue(trusted: boolean): Map<string, RuleDefinition> {
  const dir = assetPath('policies', 'rules');
  const definitions = new Map<string, RuleDefinition>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `policies/rules/${name}`;
    const { pack, doc } = parsePack(fs.readFileSync(path.join(dir, name), 'utf8'), file, trusted);
    for (const [id, raw] of Object.entries(pack.rules ?? {})) {
      const at = locate(doc, file, ['rules', id]);
      if (typeof raw === 'string') throw new UsageError(`the catalogue must define rules, not select them`, at);
      if (definitions.has(id)) throw new UsageError(`rule ${id} is defined twice in the catalogue`, at);
      definitions.set(id, fullDefinition(id, raw, at, doc, file, trusted));
    }
  }
  return definitions;
}

/** Everything that ships in policies/, validated as a user's pack would be (for the test suite). */
export function validateBundledPolicies(): void {
  readCatalogue(false);
  for (const name of bundledPackNames()) parsePack(fs.readFileSync(assetPath('policies', `${name}.yaml`), 'utf8'), `policies/${name}.yaml`, false);
}

/** Names of the packs that ship with modelgate (`baseline`, …). */
export function bundledPackNames(): string[] {
  return fs
    .readdirSync(assetPath('policies'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

export function loadPolicy(ref: string, options: LoadPolicyOptions): Policy {
  const known = new Map(ruleCatalogue());
  const packs: string[] = [];
  const coverage: CoverageScope = new Map();
  const waivers: WaiverSettings = { ...DEFAULT_WAIVER_SETTINGS };
  const files = options.files ?? packFilesOnDisk(options.baseDir);
  const overrides: PathOverride[] = [];
  const exclude: string[] = [];
  const sources = { files, remote: options.remote };
  const resolution = resolvePack(ref, undefined, [], packs, known, sources, coverage, waivers, overrides, exclude);
  // Locked rules (an unreadable manifest, say) run whatever the packs select.
  for (const [id, definition] of known) {
    if (definition.locked && !resolution.has(id)) resolution.set(id, { definition });
  }
  const rules: CompiledRule[] = [];
  for (const [id, { definition }] of [...resolution].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (definition.severity === 'off') continue;
    rules.push(compile(id, definition));
  }
  const setAt = new Map<string, Location>();
  for (const [id, entry] of resolution) if (entry.setAt) setAt.set(id, entry.setAt);
  return { packs, overrides, waivers, coverage, exclude: [...new Set(exclude)], rules, byId: new Map(rules.map((r) => [r.id, r])), known, setAt };
}

function resolvePack(
  ref: string,
  fromDir: string | undefined,
  chain: Array<{ key: string; display: string }>,
  packs: string[],
  known: Map<string, RuleDefinition>,
  files: { files: PackFiles; remote: RemotePacks | undefined },
  coverage: CoverageScope,
  waivers: WaiverSettings,
  overrides: PathOverride[],
  exclude: string[],
): Resolution {
  const { key, dir, display, text, bundled } = locatePack(ref, fromDir, chain, files);
  if (chain.some((c) => c.key === key)) {
    throw new UsageError(`policy packs extend each other in a cycle: ${[...chain.map((c) => c.display), display].join(' → ')}`);
  }
  const { pack, doc } = parsePack(text, display, bundled);
  packs.push(display);
  const resolution: Resolution = new Map();
  const parents = pack.extends === undefined ? [] : ([] as string[]).concat(pack.extends);
  parents.forEach((parent, index) => {
    let inherited: Resolution;
    try {
      inherited = resolvePack(parent, dir, [...chain, { key, display }], packs, known, files, coverage, waivers, overrides, exclude);
    } catch (error) {
      if (error instanceof UsageError && !error.location) {
        const at = locate(doc, display, Array.isArray(pack.extends) ? ['extends', index] : ['extends']);
        throw new UsageError(error.message, at);
      }
      throw error;
    }
    for (const [id, entry] of inherited) resolution.set(id, entry);
  });

  // Per-path overrides: the parents' were added while resolving them, so this pack's come last and win.
  (pack.overrides ?? []).forEach((override, index) => {
    for (const [id, severity] of Object.entries(override.rules)) {
      const at = locate(doc, display, ['overrides', index, 'rules', id]);
      const rule = resolution.get(id)?.definition ?? known.get(id);
      if (!rule) {
        const guess = closest(id, [...known.keys()]);
        throw new UsageError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, at);
      }
      if (rule.locked && lowers(rule.severity, severity)) throw new UsageError(`rule ${id} is locked: an override cannot turn it off or lower it`, at);
    }
    overrides.push({ files: override.files, rules: override.rules, definedIn: locate(doc, display, ['overrides', index]) });
  });

  // Waiver settings: the including pack wins, like everything else it sets.
  Object.assign(waivers, pack.waivers ?? {});

  // Exclusions add up along the chain: a pack can leave out more folders, never bring one back.
  exclude.push(...(pack.exclude ?? []));

  // Coverage scopes add up along the chain: a framework listed anywhere is reported.
  for (const [key, scope] of Object.entries(pack.frameworks ?? {}) as Array<[FrameworkKey, 'all' | string[]]>) {
    const known = coverage.get(key);
    coverage.set(key, known === 'all' || scope === 'all' ? 'all' : [...new Set([...(known ?? []), ...scope])]);
  }

  for (const [id, raw] of Object.entries(pack.rules ?? {})) {
    const at = locate(doc, display, ['rules', id]);
    const current = resolution.get(id)?.definition ?? known.get(id);
    let next: RuleDefinition;
    if (typeof raw === 'string' || (raw.then === undefined && raw.given === undefined && !raw.core)) {
      if (!current) {
        const guess = closest(id, [...known.keys()]);
        const hint = typeof raw === 'string' ? '' : '; a new rule needs "given" and "then"';
        throw new UsageError(`unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}${hint}`, at);
      }
      next = typeof raw === 'string' ? { ...current, severity: raw } : adjust(current, raw);
    } else {
      next = fullDefinition(id, raw, at, doc, display);
    }
    if (current?.locked && lowers(current.severity, next.severity)) {
      throw new UsageError(`rule ${id} is locked: it cannot be turned off or lowered below ${current.severity}`, at);
    }
    // What a locked rule checks, and for which systems, is not a pack's to change: a narrower
    // `when` or a replaced `given`/`then` would switch it off as surely as `off` would.
    const rewritten = current?.locked && typeof raw !== 'string' ? LOCKED_FIELDS.filter((field) => raw[field] !== undefined) : [];
    if (rewritten.length > 0) {
      throw new UsageError(`rule ${id} is locked: a pack cannot change its ${rewritten.join(', ')}`, locate(doc, display, ['rules', id, rewritten[0] as string]));
    }
    if (current?.locked) next.locked = true;
    known.set(id, next);
    resolution.set(id, { definition: next, setAt: at });
  }
  return resolution;
}

/** The fields that decide what a rule checks and where: fixed once a rule is locked. */
const LOCKED_FIELDS = ['when', 'given', 'then', 'core'] as const;

function lowers(from: SeveritySetting, to: SeveritySetting): boolean {
  if (to === 'off') return true;
  if (from === 'off') return false;
  return severityRank(to) < severityRank(from);
}

function adjust(current: RuleDefinition, raw: RawRule): RuleDefinition {
  const next: RuleDefinition = { ...current };
  if (raw.title !== undefined) next.title = raw.title;
  if (raw.description !== undefined) next.description = raw.description;
  if (raw.severity !== undefined) next.severity = raw.severity;
  // A pack narrows a shared rule (tiers, an application date) without losing its stage gates.
  if (raw.when !== undefined) next.when = { ...current.when, ...raw.when };
  if (raw.message !== undefined) next.message = raw.message;
  if (raw.remediation !== undefined) next.remediation = raw.remediation;
  if (raw.docs !== undefined) next.docs = raw.docs;
  // A pack maps a shared rule to more frameworks without losing the mappings it has.
  if (raw.controls !== undefined) next.controls = { ...current.controls, ...raw.controls };
  if (raw.waivable !== undefined) next.waivable = raw.waivable;
  // A governance pack may lock a rule it selects, so packs that extend it cannot weaken it.
  if (raw.locked) next.locked = true;
  return next;
}

function fullDefinition(id: string, raw: RawRule, at: Location, doc: SourceDoc, file: string, trusted = false): RuleDefinition {
  for (const field of ['title', 'severity', 'remediation'] as const) {
    if (raw[field] === undefined) throw new UsageError(`rule ${id} must have "${field}"`, at);
  }
  if (!raw.core && (raw.given === undefined || raw.then === undefined)) {
    throw new UsageError(`rule ${id} must have "given" and "then" (or be a core rule)`, at);
  }
  const definition: RuleDefinition = {
    id,
    title: raw.title as string,
    severity: raw.severity as SeveritySetting,
    remediation: raw.remediation as string,
    // Only the catalogue's rules are documented in docs/rules.md; a pack's own rule links to its
    // `docs`, or to nothing (never to an anchor that does not exist).
    docs: raw.docs ?? (file.startsWith('policies/rules/') ? docsUrl(id) : ''),
    controls: raw.controls ?? {},
    definedIn: at,
  };
  if (raw.description !== undefined) definition.description = raw.description;
  if (raw.when !== undefined) definition.when = raw.when;
  if (raw.message !== undefined) definition.message = raw.message;
  if (raw.core) definition.core = true;
  if (raw.locked) definition.locked = true;
  if (raw.waivable === false) definition.waivable = false;
  if (raw.given !== undefined) definition.given = ([] as string[]).concat(raw.given);
  if (raw.then !== undefined) definition.then = ([] as ThenClause[]).concat(raw.then);
  // Check the rule now, at its own lines, rather than when it first runs.
  if (!trusted) validateChecks(definition, doc, file);
  return definition;
}

function validateChecks(rule: RuleDefinition, doc: SourceDoc, file: string): void {
  const base: PathSegment[] = ['rules', rule.id];
  rule.given?.forEach((given, index) => {
    try {
      parseGiven(given);
    } catch (error) {
      const where: PathSegment[] = rule.given!.length > 1 ? [...base, 'given', index] : [...base, 'given'];
      throw new UsageError(`rule ${rule.id}: given ${(error as Error).message}`, locate(doc, file, where));
    }
  });
  rule.then?.forEach((then, index) => {
    const where: PathSegment[] = rule.then!.length > 1 ? [...base, 'then', index] : [...base, 'then'];
    const fn = CHECK_FUNCTIONS.get(then.function);
    if (!fn) {
      const guess = closest(then.function, [...CHECK_FUNCTIONS.keys()]);
      throw new UsageError(
        `rule ${rule.id}: unknown check function "${then.function}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        locate(doc, file, [...where, 'function']),
      );
    }
    if (then.field !== undefined) {
      try {
        parseField(then.field);
      } catch (error) {
        throw new UsageError(`rule ${rule.id}: ${(error as Error).message}`, locate(doc, file, [...where, 'field']));
      }
    }
    const issues = optionIssues(fn.name, fn.optionsSchema, then.options ?? {});
    const first = issues[0];
    if (first) {
      throw new UsageError(
        `rule ${rule.id}: options for ${fn.name}: ${first.message}`,
        locate(doc, file, [...where, 'options', ...first.path]),
      );
    }
  });
  if (rule.message !== undefined) {
    for (const [, tag] of rule.message.matchAll(TEMPLATE_TAG)) {
      const name = (tag as string).trim();
      if (!TEMPLATE_VARIABLES.includes(name)) {
        throw new UsageError(
          `rule ${rule.id}: unknown message variable {{${name}}}; use ${TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ')}`,
          locate(doc, file, [...base, 'message']),
        );
      }
    }
  }
}

export const TEMPLATE_VARIABLES = ['error', 'path', 'system', 'title'];
/**
 * A `{{ name }}` tag in a rule message. The name stops at the next brace, so a message of
 * thousands of unclosed `{{` is read once, not once per opener (`[^}]*?` rescanned to the end).
 */
export const TEMPLATE_TAG = /\{\{([^{}]*)\}\}/g;

const optionAjv = new Map<string, (data: unknown) => ReturnType<typeof explainSchemaErrors>>();
let sharedAjv: Ajv2020 | undefined;

function optionIssues(name: string, schema: object, options: unknown) {
  let check = optionAjv.get(name);
  if (!check) {
    sharedAjv ??= new Ajv2020({ allErrors: true, verbose: true, strict: true });
    const validate = sharedAjv.compile(schema);
    check = (data) => (validate(data) ? [] : explainSchemaErrors(validate.errors ?? [], data));
    optionAjv.set(name, check);
  }
  return check(options);
}

function compile(id: string, definition: RuleDefinition): CompiledRule {
  return {
    ...definition,
    severity: definition.severity as Severity,
    givenSteps: (definition.given ?? []).map(parseGiven),
    checks: (definition.then ?? []).map((then) => {
      const check: CompiledRule['checks'][number] = {
        fn: CHECK_FUNCTIONS.get(then.function) as CompiledRule['checks'][number]['fn'],
        options: then.options ?? {},
      };
      if (then.field !== undefined) check.field = parseField(then.field) as PathSegment[];
      return check;
    }),
  };
}

/**
 * Finds and reads a pack: bundled by name (from modelgate's own files), remote when pinned
 * (`owner/repo/path@sha`; relative extends inside it stay in that repository at that commit),
 * local through `files`.
 */
function locatePack(
  ref: string,
  fromDir: string | undefined,
  chain: ReadonlyArray<{ display: string }>,
  sources: { files: PackFiles; remote: RemotePacks | undefined },
): { key: string; dir: string | undefined; display: string; text: string; bundled?: boolean } {
  const files = sources.files;
  const trimmed = ref.trim();
  if (/^[a-z0-9-]+$/.test(trimmed)) {
    const file = assetPath('policies', `${trimmed}.yaml`);
    if (!fs.existsSync(file)) {
      const guess = closest(trimmed, bundledPackNames());
      throw new UsageError(
        `unknown policy pack "${trimmed}"${guess ? ` (did you mean "${guess}"?)` : ''}; bundled packs: ${bundledPackNames().join(', ')}; or give a path to a .yaml file`,
      );
    }
    // A bundled pack's own extends are bundled names; it has no directory of local files.
    return { key: `bundled:${trimmed}`, dir: fromDir, display: trimmed, text: fs.readFileSync(file, 'utf8'), bundled: true };
  }
  const inRemote = fromDir?.startsWith('remote:') ? parseRemoteDir(fromDir) : undefined;
  if (trimmed.includes('@') || inRemote) {
    const remote = trimmed.includes('@')
      ? parseRemoteRef(trimmed)
      : { ...(inRemote as RemoteRef), path: path.posix.normalize(path.posix.join(inRemote?.path ?? '', trimmed)) };
    if (remote.path.startsWith('../')) throw new UsageError(`policy pack ${trimmed} leaves the repository ${remote.owner}/${remote.repo}`);
    if (!sources.remote) {
      throw new UsageError(
        `policy pack ${displayRemote(remote)} is in another repository: run in the Action (it fetches pinned packs), or give a local clone with --policy-checkout ${remote.owner}/${remote.repo}=<dir>`,
      );
    }
    const text = sources.remote.read(remote);
    if (text === undefined) throw new MissingRemotePack(remote);
    if (typeof text !== 'string') throw new UsageError(`policy pack ${displayRemote(remote)}: ${text.error}`);
    const dir = `remote:${remote.owner}/${remote.repo}@${remote.sha}:${path.posix.dirname(remote.path)}`;
    return { key: `remote:${remote.owner}/${remote.repo}/${remote.path}@${remote.sha}`, dir, display: displayRemote(remote), text };
  }
  const from = chain.length ? ` (extended from ${(chain[chain.length - 1] as { display: string }).display})` : '';
  const found = files.resolve(trimmed, fromDir);
  if ('error' in found) throw new UsageError(`${found.error}${from}`);
  const text = files.read(found.key, found.display);
  if (typeof text !== 'string') throw new UsageError(`${text.error}${from}`);
  return { ...found, text };
}

/** "remote:owner/repo@sha:dir" → the repository, commit and directory a remote pack was in. */
function parseRemoteDir(dir: string): RemoteRef {
  const match = dir.match(/^remote:([^/]+)\/([^@]+)@([0-9a-f]+):(.*)$/) as [string, string, string, string, string];
  return { owner: match[1], repo: match[2], sha: match[3], path: match[4] === '.' ? '' : match[4] };
}

/** A pack's name for messages: bundled packs by name, files relative to where policy was read from. */
function parsePack(text: string, display: string, trusted = false): { pack: RawPack; doc: SourceDoc } {
  if (Buffer.byteLength(text, 'utf8') > MAX_PACK_BYTES) throw new UsageError(`policy pack ${display} is over 1 MB`);
  const snapshot = trusted ? fromSnapshot(text, display) : undefined;
  if (snapshot) return { pack: snapshot.value as RawPack, doc: snapshot };
  const parsed = parseYaml(text, { file: display });
  if (!parsed.ok) {
    throw new UsageError(parsed.error.message, { file: display, line: parsed.error.line, column: parsed.error.column });
  }
  const value = parsed.doc.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('a policy pack must be a mapping with name, extends and rules', { file: display, line: 1, column: 1 });
  }
  const first = trusted ? undefined : checkSchema('policy-pack.schema.json', value)[0];
  if (first) throw new UsageError(first.message, locate(parsed.doc, display, first.path));
  return { pack: value as RawPack, doc: parsed.doc };
}

function locate(doc: SourceDoc, file: string, at: readonly PathSegment[]): Location {
  const { line, column } = doc.locate(at);
  return { file, line, column };
}

const overrideMatchers = new WeakMap<PathOverride, (file: string) => boolean>();
const overridden = new WeakMap<Policy, Map<string, Policy>>();

/**
 * The policy as it applies to one system: the pack's per-path overrides whose globs match the
 * manifest path change rule severities (or turn rules off). Policies with the same matching
 * overrides are shared.
 */
export function policyFor(policy: Policy, manifestFile: string): Policy {
  if (policy.overrides.length === 0) return policy;
  const matching = policy.overrides.filter((override) => {
    let matcher = overrideMatchers.get(override);
    if (!matcher) {
      matcher = picomatch(override.files, { dot: true });
      overrideMatchers.set(override, matcher);
    }
    return matcher(manifestFile);
  });
  if (matching.length === 0) return policy;
  const cacheKey = matching.map((o) => policy.overrides.indexOf(o)).join(',');
  let cache = overridden.get(policy);
  if (!cache) overridden.set(policy, (cache = new Map()));
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const severities = new Map<string, SeveritySetting>();
  for (const override of matching) for (const [id, severity] of Object.entries(override.rules)) severities.set(id, severity);
  const byId = new Map(policy.byId);
  for (const [id, severity] of severities) {
    if (severity === 'off') {
      byId.delete(id);
      continue;
    }
    const rule = policy.byId.get(id) ?? (policy.known.get(id) ? compile(id, { ...(policy.known.get(id) as RuleDefinition), severity }) : undefined);
    if (rule) byId.set(id, { ...rule, severity });
  }
  const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const adjusted: Policy = { ...policy, rules, byId };
  cache.set(cacheKey, adjusted);
  return adjusted;
}
