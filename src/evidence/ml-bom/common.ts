/** What the CycloneDX and SPDX adapters share: hash and licence normalisation. */
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord } from '../adapter.js';
import type { BomHash } from './types.js';

/** "SHA-256", "sha256", "SHA_256" → "sha256". */
export function hashAlg(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A hash entry as the BOM writes it, when its algorithm and value are strings. */
export function bomHash(doc: SourceDoc, path: PathSegment[], alg: unknown, value: unknown): BomHash | undefined {
  if (typeof alg !== 'string' || typeof value !== 'string' || value.trim() === '') return undefined;
  return { alg: hashAlg(alg), value: value.trim().toLowerCase(), at: at(doc, path) };
}

/** The items of an array field, with their index; nothing when it is not an array. */
export function itemsOf(value: unknown): Array<[Record<string, unknown>, number]> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isRecord(item) ? [[item, index] as [Record<string, unknown>, number]] : []));
}

/** A non-empty string, trimmed. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
