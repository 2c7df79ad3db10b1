/** How check functions name what they talk about in messages. */
import { valueAbsence } from '../load/placeholder.js';
import { formatPath, type PathSegment } from '../types.js';

/**
 * `['manifest','data','datasets',0,'license']` → `data.datasets[0].license`, plus the name of
 * the list item when it has one: `data.datasets[0].license (dataset "bureau-2024")`.
 */
export function describePath(root: unknown, path: readonly PathSegment[]): string {
  const inDoc = path[0] === 'manifest' ? path.slice(1) : path[0] === 'card' && path[1] === 'meta' ? path.slice(2) : path;
  const shown = formatPath(inDoc);
  const label = itemLabel(root, path);
  return label ? `${shown} (${label})` : shown;
}

function itemLabel(root: unknown, path: readonly PathSegment[]): string | undefined {
  let node = root;
  let label: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[segment];
    const listName = path[i - 1];
    if (typeof segment === 'number' && typeof listName === 'string' && node && typeof node === 'object') {
      const item = node as Record<string, unknown>;
      // A placeholder ("TODO: the training data") names nothing: system/no-placeholders reports it.
      const name = [item.id, item.name, item.role, item.metric].find((v) => typeof v === 'string' && v.trim() !== '' && valueAbsence(v) !== 'placeholder');
      if (typeof name === 'string') label = `${singular(listName)} "${name}"`;
    }
  }
  return label;
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
