/**
 * A service that ships a model kept in another folder (`services/scoring-api` citing
 * `ml/models/risk/model.pkl` and that folder's card): the model has names of its own, which its
 * card, its ML-BOM and its bias report use, not the service's (new user: every one of them failed
 * as "another model's"). The model is the shipped one only by where its card lies: in a folder
 * the system ships model files from (declared there, whether or not they are committed: weights
 * often are not), outside its own folder and no other system's. A name is that model's when the
 * folder's name starts it, word for word.
 */
import { posix } from 'node:path';
import { declaredArtifacts } from '../load/manifest.js';
import type { Card } from '../load/model-card.js';
import { isUri } from '../fs/repo-fs.js';
import type { SystemContext } from './check.js';

/** Whether `card` is the card of a model this system ships from a folder outside its own (and no other system's). */
function isShippedModelCard(card: Card, system: SystemContext): boolean {
  const folder = posix.dirname(card.file);
  const own = system.manifest.dir;
  if (own === '' || folder === '.' || folder === own || folder.startsWith(`${own}/`)) return false;
  if (system.systemAt?.(card.file) !== undefined) return false;
  if (system.evidence.artifactFiles().some((file) => file?.startsWith(`${folder}/`) === true)) return true;
  // Declared there but not committed (weights in LFS or a registry copy): where the manifest says.
  return declaredArtifacts(system.manifest.data).some(({ path }) => !isUri(path) && posix.normalize(posix.join(own, path)).startsWith(`${folder}/`));
}

/** Words that name no model of their own: a folder called `model` or `weights` lends no name. */
const GENERIC = new Set(['model', 'models', 'ml', 'src', 'weights', 'artifact', 'artifacts', 'checkpoint', 'checkpoints', 'export', 'exports', 'output', 'outputs', 'dist', 'build', 'assets', 'files', 'data', 'latest', 'current', 'final', 'prod', 'production']);
/** A version or a version-like word: `2.3.0`, `v2`, `3`. */
const VERSION = /^v?\d+(?:[._-]\d+)*$/i;

/** A name's words, in lower case, CamelCase split: "CreditRiskScorer v3" is credit, risk, scorer, v3. */
const wordsOf = (name: string) =>
  name
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

/** The words that name the model of a folder: its name's (its parent's for a version folder, `credit-risk/2.3.0`), versions and generic words aside. */
function folderModelWords(folder: string): string[] {
  let base = posix.basename(folder);
  if (VERSION.test(base)) base = posix.basename(posix.dirname(folder));
  return wordsOf(base).filter((word) => !GENERIC.has(word) && !VERSION.test(word));
}

/**
 * Whether `name` names the model of the folder `folder`: it starts with the folder's words ("risk"
 * in "risk-model", "credit risk" in "CreditRiskScorer"), or its words are the folder's
 * ("credit-risk" for `credit_risk_v2`); not merely its letters ("d" is not in "Totally
 * Unrelated Model", review), not elsewhere in it ("fraud-risk-model" for models/risk), and not
 * by a generic folder name (`ml/model`).
 */
function namesFolderModel(name: string, folder: string): boolean {
  const want = folderModelWords(folder);
  if (want.length === 0) return false;
  const have = wordsOf(name);
  // At the start, not anywhere: "fraud-risk-model" is no model of models/risk (review).
  if (want.every((word, k) => have[k] === word)) return true;
  const own = have.filter((word) => !GENERIC.has(word) && !VERSION.test(word));
  return own.length > 0 && own.every((word) => want.includes(word));
}

/** Whether `name` names the model this system ships from another folder (isShippedModelCard). */
export function namesShippedModel(system: SystemContext, name: string): boolean {
  const card = system.card;
  return card !== undefined && isShippedModelCard(card, system) && namesFolderModel(name, posix.dirname(card.file));
}
