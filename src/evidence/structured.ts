/**
 * How every evidence file is parsed, by the store and by `init` alike, whichever field cites it:
 * by the first kind's own parser that reads it (garak's JSON Lines, CodeCarbon's CSV, a Fluent
 * Bit .conf), or else as JSON or YAML, chosen by extension (content sniffed when the name says
 * neither). One way for every file is what lets a garak report cited as a bias report be named
 * for what it is.
 */
import type { EvidenceFormats } from './adapter.js';
import { parseJson } from '../load/json.js';
import type { ParseResult } from '../load/source-doc.js';
import { parseYaml } from '../load/yaml.js';

export function parseEvidence(file: string, text: string, kinds: ReadonlyArray<EvidenceFormats<unknown>>): ParseResult {
  for (const kind of kinds) {
    const parsed = kind.parse?.(file, text);
    if (parsed) return parsed;
  }
  return parseStructured(file, text);
}

export function parseStructured(file: string, text: string): ParseResult {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return parseJson(text, file);
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseYaml(text, { file });
  return /^\s*[[{]/.test(text) ? parseJson(text, file) : parseYaml(text, { file });
}
