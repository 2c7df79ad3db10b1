/**
 * The adapter contract: recognise a format, and turn a parsed document of that format into
 * the normalised shape. Adding a format is one adapter in the list below, not new rules.
 */
import type { SourceDoc } from '../load/source-doc.js';
import { checkSchema } from '../load/schema.js';
import type { Location, PathSegment } from '../types.js';
import type { BiasReport, EvidenceProblem, EvidenceResult, MonitoringConfig } from './types.js';

export interface Adapter<T> {
  /** The value of `format:` in the manifest that selects this adapter. */
  format: string;
  /** Whether a document whose format was not declared looks like this format. */
  detect(value: unknown): boolean;
  normalise(doc: SourceDoc): EvidenceResult<T>;
}

export type BiasAdapter = Adapter<BiasReport>;
export type MonitoringAdapter = Adapter<MonitoringConfig>;

export function at(doc: SourceDoc, path: readonly PathSegment[]): Location {
  return { file: doc.file, ...doc.locate(path) };
}

/** The first schema violation of an evidence file, located in that file, or undefined. */
export function schemaProblem(schemaFile: string, doc: SourceDoc, what: string): EvidenceProblem | undefined {
  const issues = checkSchema(schemaFile, doc.value);
  const first = issues[0];
  if (!first) return undefined;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { message: `${doc.file} is not a valid ${what}: ${first.message}${more}`, at: at(doc, first.path) };
}
