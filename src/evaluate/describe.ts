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

const NAMING_FIELDS = ['id', 'name', 'path'] as const;
const KIND_FIELDS = ['metric', 'attribute', 'dataset', 'family', 'uri', 'role'] as const;

/** A field's trimmed text, when the item has one. */
function textField(item: Record<string, unknown>, field: string): string | undefined {
  const value = item[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * How a message names a list item whatever its position: a text item by its value, an item
 * with an id, name or path by that, else by the fields that tell its kind apart (a bound by its
 * metric, attribute and dataset); undefined for an item known by nothing.
 */
function identityLabel(item: unknown, listName: PathSegment | undefined): string | undefined {
  const kind = typeof listName === 'string' ? singular(listName) : 'item';
  if (typeof item === 'string' || typeof item === 'number') return `${kind} ${JSON.stringify(String(item).slice(0, 80))}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  for (const field of NAMING_FIELDS) {
    const value = textField(record, field);
    if (value !== undefined) return `${kind} ${JSON.stringify(value.slice(0, 80))}`;
  }
  const parts = KIND_FIELDS.flatMap((field) => {
    const value = textField(record, field);
    return value === undefined ? [] : [`${field} ${JSON.stringify(value.slice(0, 80))}`];
  });
  return parts.length === 0 ? undefined : `${kind} ${parts.join(', ')}`;
}

/**
 * Whether two list items are the same item: text items by value; mappings by the first of id,
 * name and path that both have (a dataset whose uri changes is the same dataset), else by the
 * fields telling their kind apart that both have. A name the pull request adds decides nothing
 * (it named the item; it did not put another in its place), but one the base commit's item had
 * and this one lacks (a blank id) makes it another item. A role alone is a category (two test
 * sets, two credit officers), not an identity: it tells items apart only where neither has more.
 */
function sameItem(now: unknown, before: unknown): boolean {
  const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isRecord(now) || !isRecord(before)) return (typeof now === 'string' || typeof now === 'number') && now === before;
  for (const field of NAMING_FIELDS) {
    const a = textField(now, field);
    const b = textField(before, field);
    if (b !== undefined) return a === b;
  }
  const fieldsOf = (item: Record<string, unknown>) => KIND_FIELDS.filter((field) => textField(item, field) !== undefined);
  const shared = fieldsOf(now).filter((field) => textField(before, field) !== undefined);
  if (shared.some((field) => field !== 'role')) return shared.every((field) => textField(now, field) === textField(before, field));
  const onlyRole = (item: Record<string, unknown>) => NAMING_FIELDS.every((field) => textField(item, field) === undefined) && fieldsOf(item).join() === 'role';
  return shared.length === 1 && onlyRole(now) && onlyRole(before) && textField(now, 'role') === textField(before, 'role');
}

/**
 * The first list item on `path` that is another item than the one at the same position in
 * `baseRoot` (a pull request reordered the list, or put an item where there was none): a waiver
 * or baseline entry that names the position was written for what was there. Two items known by
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
    const now = identityLabel(node, path[i - 1]);
    const was = identityLabel(before, path[i - 1]);
    // Two items known by nothing cannot be told apart; one known by nothing where a known one was is another.
    if (now === undefined ? was === undefined : sameItem(node, before)) continue;
    const unknown = 'an item known by no id or name';
    return { path: formatPath(path.slice(0, i + 1)), was: before === undefined ? 'nothing' : (was ?? unknown), now: now ?? unknown };
  }
  return undefined;
}
