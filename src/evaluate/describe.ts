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

/**
 * What names a list item whatever its position (`key`), and how a message names it (`label`): a text item by its value, an
 * item with an id, name or path by that (a dataset whose uri changes is the same dataset), else
 * by the fields that tell its kind apart (a bound by its metric, attribute and dataset).
 */
function identityOf(item: unknown, listName: PathSegment | undefined): { key: string; label: string } | undefined {
  const kind = typeof listName === 'string' ? singular(listName) : 'item';
  if (typeof item === 'string' || typeof item === 'number') return { key: JSON.stringify(['=', item]), label: `${kind} ${JSON.stringify(String(item).slice(0, 80))}` };
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  const text = (field: string) => (typeof record[field] === 'string' && (record[field] as string).trim() !== '' ? (record[field] as string).trim() : undefined);
  for (const field of ['id', 'name', 'path'] as const) {
    const value = text(field);
    if (value !== undefined) return { key: JSON.stringify([field, value]), label: `${kind} ${JSON.stringify(value.slice(0, 80))}` };
  }
  const parts = ['metric', 'attribute', 'dataset', 'family', 'uri', 'role'].flatMap((field) => {
    const value = text(field);
    return value === undefined ? [] : [[field, value] as const];
  });
  if (parts.length === 0) return undefined;
  return { key: JSON.stringify(parts), label: `${kind} ${parts.map(([field, value]) => `${field} ${JSON.stringify(value.slice(0, 80))}`).join(', ')}` };
}

/**
 * The first list item on `path` that is another item than the one at the same position in
 * `baseRoot` (a pull request reordered the list, or put an item where there was none): a waiver
 * or baseline entry that names the position was written for what was there. Items known by
 * nothing (a mapping with no id, name, path, metric, …) cannot be told apart, and are taken to be the same.
 */
export function movedItem(root: unknown, baseRoot: unknown, path: readonly PathSegment[]): { path: string; was: string; now: string } | undefined {
  let node = root;
  let before = baseRoot;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
    before = before !== null && typeof before === 'object' ? (before as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment !== 'number') continue;
    const now = identityOf(node, path[i - 1]);
    if (now === undefined) continue;
    const was = identityOf(before, path[i - 1]);
    if (was?.key === now.key) continue;
    return { path: formatPath(path.slice(0, i + 1)), was: before === undefined ? 'nothing' : (was?.label ?? 'an item known by no id or name'), now: now.label };
  }
  return undefined;
}
