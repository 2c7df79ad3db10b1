/**
 * A service that ships a model kept in another folder (`services/scoring-api` citing
 * `ml/models/risk/model.pkl` and that folder's card): the model has names of its own, which its
 * card, its ML-BOM and its bias report use, not the service's (new user: every one of them failed
 * as "another model's"). The model is the shipped one only by where its card lies: in a folder
 * the system ships model files from, outside its own folder and no other system's.
 */
import { posix } from 'node:path';
import type { Card } from '../load/model-card.js';
import type { SystemContext } from './check.js';

/** Whether `card` is the card of a model this system ships from a folder outside its own (and no other system's). */
export function isShippedModelCard(card: Card, system: SystemContext): boolean {
  const folder = posix.dirname(card.file);
  const own = system.manifest.dir;
  if (own === '' || folder === '.' || folder === own || folder.startsWith(`${own}/`)) return false;
  if (system.systemAt?.(card.file) !== undefined) return false;
  return system.evidence.artifactFiles().some((file) => file?.startsWith(`${folder}/`) === true);
}

/** A name's words, in lower case: "Risk-Model v3" is risk, model, v3. */
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/**
 * Whether `name` names the model of the folder `folder` (its last segment): the folder name's
 * words stand together in it ("risk" in "risk-model", "reply-drafter" in "Reply Drafter"), not
 * merely its letters ("d" is not in "Totally Unrelated Model", review).
 */
export function namesFolderModel(name: string, folder: string): boolean {
  const want = wordsOf(posix.basename(folder));
  const have = wordsOf(name);
  if (want.length === 0) return false;
  for (let at = 0; at + want.length <= have.length; at++) {
    if (want.every((word, k) => have[at + k] === word)) return true;
  }
  return false;
}

/**
 * The names of the model this system ships from another folder: the folder's name, and the names
 * its card gives it (model-index, title, "Model Card for" aside) that name that folder's model;
 * none when the card is the system's own.
 */
export function shippedModelNames(system: SystemContext): string[] {
  const card = system.card;
  if (!card || !isShippedModelCard(card, system)) return [];
  const folder = posix.dirname(card.file);
  const named: string[] = [];
  const index = card.meta['model-index'];
  if (Array.isArray(index)) {
    for (const entry of index) {
      const name = (entry as { name?: unknown } | null)?.name;
      if (typeof name === 'string') named.push(name.trim());
    }
  }
  const title = card.outline.headings.find((h) => h.level === 1 && h.kind !== 'label')?.title.replace(/^model card (?:for|of)\s+/i, '').trim();
  if (title) named.push(title);
  return [posix.basename(folder), ...named.filter((name) => namesFolderModel(name, folder))];
}
