/** JSON, JSON Lines or YAML evidence files, chosen by extension (content sniffed when the name says neither). */
import { parseJsonLines } from '../load/json-lines.js';
import { parseJson } from '../load/json.js';
import type { ParseResult } from '../load/source-doc.js';
import { parseYaml } from '../load/yaml.js';

export function parseStructured(file: string, text: string): ParseResult {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return parseJson(text, file);
  if (lower.endsWith('.jsonl')) return parseJsonLines(text, file);
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseYaml(text, { file });
  return /^\s*[[{]/.test(text) ? parseJson(text, file) : parseYaml(text, { file });
}
