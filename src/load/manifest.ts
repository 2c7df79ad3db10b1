/**
 * `ai-system.yaml`: read it, parse it with positions, validate it against
 * `schemas/ai-system.schema.json`, and say what is wrong at the line that is wrong. A manifest
 * that parses but breaks the schema is still returned, so the rules can report on everything
 * else in it; one that does not parse (or is not a mapping) stops there.
 */
import * as path from 'node:path';
import type { FileSource } from '../fs/repo-fs.js';
import { formatPath, type Location, type PathSegment } from '../types.js';
import { valueAbsence } from './placeholder.js';
import { asText, LineIndex, positionOfIssue } from './source-doc.js';
import { checkSchema, type WrittenAs } from './schema.js';
import { parseYaml, type YamlDoc } from './yaml.js';

/** The manifest's content, typed after the schema. Every field may be absent or (when the
 *  schema failed) the wrong type, so rules read it defensively. */
export interface AiSystem {
  schemaVersion?: number;
  id: string;
  name: string;
  version: string;
  description?: string;
  owner?: { team?: string; contact?: string; accountable?: string };
  lifecycle?: LifecycleStage;
  labels?: string[];
  modelCard?: string;
  license?: string;
  baseModel?: string | string[];
  /** The model files the system ships. */
  artifacts?: Array<{ path: string; date?: string; sha256?: string }>;
  /** The system's supply chain: the ML-BOM that lists its model, datasets and files. */
  supplyChain?: { bom?: { path: string; format?: string } };
  risk?: {
    euAiAct?: { tier?: RiskTier; basis?: string };
    level?: string;
    impactAssessment?: { path?: string; approver?: string; date?: string; nextReview?: string };
    register?: string;
  };
  intendedUse?: Record<string, unknown>;
  data?: { datasets?: Dataset[] };
  bias?: {
    sensitiveAttributes?: string | string[];
    reports?: Array<{ path: string; format?: string; modelVersion?: string; date?: string }>;
    thresholds?: Array<{ metric: string; min?: number; max?: number; attribute?: string }>;
    mitigations?: string | string[];
    /** The system's output concerns no natural person, and why (evaluate/functions/bias-not-applicable.ts). */
    notApplicable?: { reason?: string };
  };
  monitoring?: {
    tool?: string;
    config?: string;
    format?: string;
    reference?: { dataset?: string; revision?: string; sha256?: string };
    schedule?: string;
    alerts?: { route?: string; owner?: string };
    latestRun?: string;
    postMarketPlan?: string;
    incidents?: string;
    logging?: { enabled?: boolean; retentionDays?: number; events?: string | string[]; configs?: Array<{ path: string; format?: string }> };
  };
  oversight?: {
    autonomy?: string;
    accountableOwner?: string;
    plan?: string;
    capabilities?: Record<string, { mechanism?: string; evidence?: string } | undefined>;
    reviewers?: Array<{ role: string; authority?: string; training?: string }>;
  };
  transparency?: {
    interactsWithPeople?: boolean;
    disclosure?: string;
    generatesContent?: boolean;
    contentMarking?: { method?: string; evidence?: string };
    recognisesEmotions?: boolean;
    categorisesBiometrically?: boolean;
    exposureNotice?: string;
    generatesDeepFakes?: boolean;
    deepFakeDisclosure?: string;
    publishesPublicInterestText?: boolean;
    textDisclosure?: string;
    editorialControl?: { reviewed?: boolean; responsible?: string; process?: string };
    technicalDocumentation?: string;
    trainingContentSummary?: string;
    parametersPublic?: boolean;
  };
  assurance?: {
    security?: { evidence?: string; date?: string; scans?: Array<{ path: string; format?: string; date?: string }> };
    energy?: { reports?: Array<{ path: string; format?: string; stage?: string }> };
    robustness?: {
      evidence?: string;
      date?: string;
      results?: Array<{
        path: string;
        format?: string;
        modelVersion?: string;
        date?: string;
        thresholds?: Array<{ family: string; minPassRate?: number; maxIssues?: number; level?: 'major' | 'medium' | 'minor' }>;
      }>;
    };
    explainability?: { method?: string; evidence?: string };
    privacy?: { evidence?: string; date?: string };
  };
  evidence?: Array<{ path: string; description?: string; sha256?: string; date?: string }>;
}

export interface Dataset {
  id: string;
  role?: string;
  source?: string;
  uri?: string;
  revision?: string;
  sha256?: string;
  license?: string;
  collection?: string;
  personalData?: { present?: boolean; categories?: unknown; purpose?: string; legalBasis?: string; handling?: string };
  card?: string;
  /** The data validation result for this dataset, and the name its tool gives the data. */
  quality?: { path: string; format?: string; asset?: string };
  /** The dataset's Croissant description. */
  croissant?: string;
}

/** A model file the manifest says the system ships: its path, date as written, sha256 lower-cased, and place in `artifacts`. */
export interface DeclaredArtifact {
  path: string;
  date?: string;
  sha256?: string;
  index: number;
}

/** The artifacts the manifest declares with a path (possibly none), whatever else is malformed. */
export function declaredArtifacts(data: AiSystem): DeclaredArtifact[] {
  const list: unknown[] = Array.isArray(data.artifacts) ? data.artifacts : [];
  return list.flatMap((item, index) => {
    if (!item || typeof item !== 'object') return [];
    const { path, date, sha256 } = item as { path?: unknown; date?: unknown; sha256?: unknown };
    if (typeof path !== 'string' || path.trim() === '') return [];
    return [
      {
        path,
        ...(typeof date === 'string' ? { date } : {}),
        ...(typeof sha256 === 'string' && sha256.trim() !== '' ? { sha256: sha256.trim().toLowerCase() } : {}),
        index,
      },
    ];
  });
}

/** Dataset roles that say the model was fitted to the data: trained or fine-tuned on it. */
export const TRAINED_ON_ROLES: readonly string[] = ['training', 'fine-tuning'];

export const LIFECYCLE_STAGES = ['design', 'development', 'verification', 'deployment', 'operation', 'retired'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export const RISK_TIERS = ['prohibited', 'high', 'limited', 'minimal', 'gpai', 'gpai-systemic'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const MANIFEST_NAMES = ['ai-system.yaml', 'ai-system.yml'];

export interface Manifest {
  /** Repository-relative path of the manifest. */
  file: string;
  /** Repository-relative directory that cited paths are relative to ('' for the root). */
  dir: string;
  doc: YamlDoc;
  data: AiSystem;
  /** Whether the manifest passed its schema; rules still run when it did not. */
  schemaValid: boolean;
}

/** A problem found while loading, before any policy rule runs. */
export interface LoadProblem {
  ruleId: 'manifest/readable' | 'manifest/schema' | 'manifest/unknown-field';
  message: string;
  location: Location;
  path?: PathSegment[];
}

export type ManifestLoad =
  | { ok: true; manifest: Manifest; problems: LoadProblem[] }
  | { ok: false; problems: LoadProblem[] };

/**
 * The text a scalar at `path` is written as, for a schema message to quote back: the text
 * between its start and end when both are on one line and it reads as the same scalar (an
 * alias, `*v`, is not the value it names). One line index a manifest, built on first use: a
 * manifest can have thousands of such errors.
 */
function writtenAs(text: string, doc: YamlDoc): WrittenAs {
  let lines: LineIndex | undefined;
  return (at, value) => {
    const where = doc.locate(at);
    if (where.endLine !== where.line || where.endColumn === undefined) return undefined;
    lines ??= new LineIndex(text);
    const start = lines.lineStart(where.line);
    if (start === undefined) return undefined;
    const written = text.slice(start + where.column - 1, start + where.endColumn - 1).trim();
    return readsAs(written, value) ? written : undefined;
  };
}

/** Whether `written`, a plain scalar, is the number or boolean `value` as YAML 1.2's core schema reads it. */
function readsAs(written: string, value: unknown): boolean {
  if (typeof value === 'boolean') return /^(?:true|True|TRUE|false|False|FALSE)$/.test(written) && (written[0] === 't' || written[0] === 'T') === value;
  if (typeof value !== 'number') return false;
  if (/^0x[0-9a-fA-F]+$/.test(written)) return parseInt(written.slice(2), 16) === value;
  if (/^0o[0-7]+$/.test(written)) return parseInt(written.slice(2), 8) === value;
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(written) && Number(written) === value;
}

export function loadManifest(repo: FileSource, file: string): ManifestLoad {
  const at = (line = 1, column = 1): Location => ({ file, line, column });
  const read = repo.readText(file);
  if (!read.ok) {
    return { ok: false, problems: [{ ruleId: 'manifest/readable', message: read.problem.message, location: at(read.problem.line) }] };
  }
  const parsed = parseYaml(read.text, { file });
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { ok: false, problems: [{ ruleId: 'manifest/readable', message, location: at(line, column) }] };
  }
  const value = parsed.doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null || value === undefined ? 'empty' : Array.isArray(value) ? 'a list' : 'a single value';
    return {
      ok: false,
      problems: [{ ruleId: 'manifest/readable', message: `the manifest is ${what}; it must be a mapping with id, name, version, …`, location: at() }],
    };
  }

  // A list too long to be a manifest's stops the system here: 1.5 million datasets in a 4.5 MB
  // manifest took every rule 33 s and 2.3 GB between them.
  const tooLong = longList(value, MAX_LIST_ITEMS);
  if (tooLong) {
    const where = formatPath(tooLong.path) || 'the manifest';
    return {
      ok: false,
      problems: [
        {
          ruleId: 'manifest/readable',
          message: `${where} lists ${tooLong.length.toLocaleString('en-US')} items; a manifest may list at most ${MAX_LIST_ITEMS.toLocaleString('en-US')} in one list`,
          location: { file, ...parsed.doc.locate(tooLong.path) },
        },
      ],
    };
  }

  const problems = capProblems(
    checkSchema('ai-system.schema.json', value, writtenAs(read.text, parsed.doc)).map((issue) => ({
      ruleId: issue.unknownField ? 'manifest/unknown-field' : 'manifest/schema',
      message: issue.message,
      path: issue.path,
      unknownField: issue.unknownField,
    })),
  ).map(({ ruleId, message, path, listed, unknownField }): LoadProblem => ({ ruleId, message, location: { file, ...positionOfIssue(parsed.doc, { path, unknownField }) }, ...(listed ? { path } : {}) }));
  const dir = path.posix.dirname(file);
  return {
    ok: true,
    manifest: {
      file,
      dir: dir === '.' ? '' : dir,
      doc: parsed.doc,
      data: value as AiSystem,
      schemaValid: !problems.some((p) => p.ruleId === 'manifest/schema'),
    },
    problems,
  };
}

/**
 * Problems of one rule past this many are summed up in one, as the evaluator does with failures
 * (MAX_FAILURES_PER_RULE): a manifest with 100,000 unknown keys made 100,000 findings, and a run
 * that took minutes.
 */
export const MAX_PROBLEMS_PER_RULE = 100;

function capProblems<P extends { ruleId: LoadProblem['ruleId']; message: string; path: PathSegment[] }>(problems: P[]): Array<P & { listed: boolean }> {
  const kept: Array<P & { listed: boolean }> = [];
  const omitted = new Map<LoadProblem['ruleId'], { count: number; first: P }>();
  const listed = new Map<LoadProblem['ruleId'], number>();
  for (const problem of problems) {
    const count = listed.get(problem.ruleId) ?? 0;
    if (count < MAX_PROBLEMS_PER_RULE) {
      listed.set(problem.ruleId, count + 1);
      kept.push({ ...problem, listed: true });
      continue;
    }
    const more = omitted.get(problem.ruleId);
    if (more) more.count++;
    else omitted.set(problem.ruleId, { count: 1, first: problem });
  }
  for (const [ruleId, { count, first }] of omitted) {
    const message = `and ${count} more problem${count === 1 ? '' : 's'} of this kind in the manifest, not listed (a report lists the first ${MAX_PROBLEMS_PER_RULE})`;
    kept.push({ ...first, ruleId, message, listed: false });
  }
  return kept;
}

/** The system's id when it is a valid id, else the manifest's path (so findings still group, and
 *  a hostile id never reaches a log or comment). */
export function systemId(manifest: Pick<Manifest, 'file' | 'data'>): string {
  const id = (manifest.data as { id?: unknown }).id;
  return typeof id === 'string' && /^[a-z0-9][a-z0-9._-]{0,99}$/.test(id) ? id : manifest.file;
}

/**
 * The manifest's version as evidence is compared with it: its text, or, when it is still a
 * placeholder ("TODO: …", which system/no-placeholders reports), none (no evidence agrees with
 * it, so nothing passes for it) and words for messages that do not repeat the marker.
 */
export function comparedVersion(data: { version?: unknown }): { value: string | undefined; described: string } {
  const text = asText(data.version ?? ''); // any type when the schema failed (an object with no prototype has no String())
  if (valueAbsence(text) === 'placeholder') return { value: undefined, described: "the manifest's version is still a placeholder" };
  return { value: text, described: `the manifest describes version ${text}` };
}

/** The most items one list in a manifest may hold (datasets, reports, attributes…). */
export const MAX_LIST_ITEMS = 100_000;

/**
 * The first list longer than `limit` in `value`, each node visited once (aliases share nodes).
 * Every manifest is walked, so the walk keeps no paths: the path is looked for only once a list
 * is found too long.
 */
function longList(value: unknown, limit: number): { path: PathSegment[]; length: number } | undefined {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  let found: unknown[] | undefined;
  while (stack.length > 0 && !found) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node) && node.length > limit) found = node;
    else for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return found ? { path: pathTo(value, found) ?? [], length: found.length } : undefined;
}

/** The path from `root` to `target` (depth first; nesting is capped at 64 levels by the parser). */
function pathTo(root: unknown, target: unknown, seen = new Set<object>()): PathSegment[] | undefined {
  if (root === target) return [];
  if (root === null || typeof root !== 'object' || seen.has(root)) return undefined;
  seen.add(root);
  const entries: Array<[PathSegment, unknown]> = Array.isArray(root) ? root.map((child, i) => [i, child]) : Object.entries(root);
  for (const [key, child] of entries) {
    if (child === null || typeof child !== 'object') continue;
    const below = pathTo(child, target, seen);
    if (below) return [key, ...below];
  }
  return undefined;
}
