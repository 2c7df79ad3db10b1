/**
 * The adapter contract: recognise a format, and turn a parsed document of that format into
 * the normalised shape. Adding a format is one adapter in its kind's folder, listed in the
 * kind's `adapters` (src/evidence/<kind>/kind.ts), not new rules.
 */
import { lazyLocation, positionOfIssue, type ParseResult, type SourceDoc } from '../load/source-doc.js';
import { checkSchema, describeType, moreProblems } from '../load/schema.js';
import { formatPath, valueAt, type Location, type PathSegment } from '../types.js';
import { notADate, parseDate } from './dates.js';
import type { EvidenceProblem, EvidenceResult, Located } from './types.js';

export interface Adapter<T> {
  /** The value of `format:` in the manifest that selects this adapter. */
  format: string;
  /** Its file in schemas/, which normalise() validates against (compiled into load/schema-validators.generated.ts). */
  schema: string;
  /** Whether a document whose format was not declared looks like this format. */
  detect(value: unknown): boolean;
  normalise(doc: SourceDoc): EvidenceResult<T>;
}

/**
 * Where `path` is in `doc`, looked up only when something reads the line: adapters note where
 * every value came from, but only the values a finding fails on are ever shown, and locating
 * one composes the document's positions (see load/yaml.ts).
 */
export function at(doc: SourceDoc, path: readonly PathSegment[]): Location {
  return lazyLocation(doc.fileOf?.(path) ?? doc.file, () => doc.locate(path));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first schema violation of an evidence file, located in that file, or undefined. */
export function schemaProblem(schemaFile: string, doc: SourceDoc, what: string): EvidenceProblem | undefined {
  const issues = checkSchema(schemaFile, doc.value);
  const first = issues[0];
  if (!first) return undefined;
  const more = moreProblems(issues);
  const where = lazyLocation(doc.fileOf?.(first.path) ?? doc.file, () => positionOfIssue(doc, first));
  return { message: `${doc.file} is not a valid ${what}: ${first.message}${more}`, at: where };
}

/** "Disparate Impact" → "disparate_impact"; "equalizedOddsDifference" → "equalized_odds_difference". */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Z0-9]+/gi, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();
}

/** A date or date-time string, when the value is one. */
export function dateText(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/**
 * A file's own date at `path` where it has one, read as the freshness rules read it (parseDate:
 * a date-time without a zone, as Python's `isoformat()` writes it, is UTC), or the problem of one
 * that is no date, said as a schema would say it. JSON Schema's date-time needs a zone, so a
 * schema that declares the field only as text leaves the judging here.
 */
export function dateAt(doc: SourceDoc, path: readonly PathSegment[], what: string): EvidenceResult<Located<string> | undefined> {
  const value = valueAt(doc.value, path);
  if (value === undefined) return { ok: true, value: undefined };
  if (typeof value === 'string' && parseDate(value)) return { ok: true, value: { value, at: at(doc, path) } };
  const why = typeof value === 'string' && notADate(value) === 'not a real date' ? ' (not a real date)' : '';
  return { ok: false, problem: { message: `${doc.file} is not a valid ${what}: ${formatPath(path)}: must be a date or date-time, found ${describeType(value)}${why}`, at: at(doc, path) } };
}

/**
 * What the store needs to read a cited file of this kind (each kind's formats.ts). It is apart
 * from the kind object because the kind's check functions read through it while the kind object
 * lists those functions: formats.ts ← checks.ts ← kind.ts keeps the imports acyclic.
 * It lives here, beside Adapter, so the store can name it without importing the kinds.
 */
/** A file a document includes, as written, where it is named, and how the tool resolves it. */
export interface IncludedFile {
  path: string;
  line: number;
  /** How the document names it, for messages: `@INCLUDE` (the default) or `includes`. */
  directive?: string;
  /**
   * Relative to the folder of the file that names it (a Fluent Bit YAML `includes:`), rather
   * than to the cited file's folder (a classic `@INCLUDE`, however deep).
   */
  fromNamingFile?: boolean;
}

export interface EvidenceFormats<T> {
  /** Folder name and cache key: `bias`, `monitoring`, `monitoring-run`. */
  id: string;
  /** What one file of this kind is called in messages: "bias report". */
  what: string;
  /** One per real-world format; the first whose `detect` matches reads an undeclared file. */
  adapters: ReadonlyArray<Adapter<T>>;
  /**
   * Parses a file that is neither JSON nor YAML (JSON Lines, a CSV, a Fluent Bit .conf), or
   * returns undefined to have it read as JSON or YAML. Its document locates paths to lines like
   * any other. Every reader goes through parseEvidence (structured.ts).
   */
  parse?(file: string, text: string): ParseResult | undefined;
  /**
   * The files a parsed document includes (Fluent Bit's @INCLUDE), each as written, with its line,
   * and how to read them in: the store reads each as it reads a cited file (relative to the cited
   * file's folder, inside the repository, capped, noted as used) and hands the parsed ones to
   * `merge`, which returns the document as the tool reads it (or why it is too much to read).
   */
  includes?(doc: SourceDoc): IncludedFile[];
  merge?(doc: SourceDoc, included: ReadonlyArray<SourceDoc>): ParseResult;
  /** The extensions (lower case, no dot) of the files `parse` reads, which `init` looks at besides .json, .yaml and .yml. */
  extensions?: readonly string[];
  /**
   * Files of this kind are made over and over (a monitoring run a day), and the manifest field
   * `field` may cite them by a pattern or a folder (fs/path-pattern.ts): the store judges the
   * newest file it matches, by when each says it was made (`madeAt`, a date or date-time as the
   * freshness rules read it), else by name.
   */
  newest?: { field: readonly string[]; madeAt(value: T): string | undefined };
}

