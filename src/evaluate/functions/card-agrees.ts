/**
 * The model card and the manifest describe the same model: where both state a name, version,
 * license, base model or datasets, they agree. A card (or manifest) that does not state one is
 * not a disagreement, and not an agreement either: nothing to check (card/* rules ask for what a
 * card must state).
 */
import { squashName } from '../../text/names.js';
import { licenseKey } from '../../text/license.js';
import type { Card } from '../../load/model-card.js';
import { comparedVersion, TRAINED_ON_ROLES, type AiSystem } from '../../load/manifest.js';
import { valueAbsence } from '../../load/placeholder.js';
import { asText } from '../../load/source-doc.js';
import type { Location, PathSegment } from '../../types.js';
import { namesShippedModel } from '../../evidence/shipped-model.js';
import { defineFunction, type Failure, type Skip, type SystemContext } from '../function.js';

type Field = 'name' | 'version' | 'license' | 'base-model' | 'datasets';

const list = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string');

export const cardAgrees = defineFunction<{ field: Field }>({
  name: 'card-agrees',
  description: 'Where the model card and the manifest both state a name, version, license, base model or datasets, they agree.',
  optionsSchema: {
    type: 'object',
    required: ['field'],
    additionalProperties: false,
    properties: { field: { enum: ['name', 'version', 'license', 'base-model', 'datasets'] } },
  },
  check({ options, system }) {
    const card = system.card;
    if (!card) return { skip: 'no model card was read' };
    const data = system.manifest.data;
    switch (options.field) {
      case 'name':
        return nameFailures(card, data, system);
      case 'version':
        return versionFailures(card, data, system);
      case 'license':
        return licenseFailures(card, data, system);
      case 'base-model':
        return baseModelFailures(card, data, system);
      case 'datasets':
        return datasetFailures(card, data, system);
    }
  },
});

function metaAt(card: Card, path: PathSegment[]): Location {
  return { file: card.file, ...(card.frontMatter?.locate(path) ?? { line: 1, column: 1 }) };
}

/**
 * The card's model-index names this system (its name or id, either may hold the other), or, for
 * a card kept in the folder of a model the system ships, outside the system's own, that model:
 * a name the folder's name stands in, word for word (new user: a batch scorer and an API serving
 * models/reply-drafter, whose card names reply-drafter; a scoring API serving ml/models/risk,
 * whose card names risk-model).
 * A card in this system's folder is the system's, one in another system's folder that system's
 * (review), and one in a folder the system ships nothing from another model's (fifth red team):
 * a copy that keeps another model's name fails.
 */
function nameFailures(card: Card, data: AiSystem, system: SystemContext): Failure[] | Skip {
  const names = [data.name, data.id].filter((n): n is string => typeof n === 'string').map(squashName);
  const index = card.meta['model-index'];
  const named = Array.isArray(index) && index.some((entry) => typeof (entry as { name?: unknown } | null)?.name === 'string' && ((entry as { name: string }).name.trim() !== ''));
  if (!named) return { skip: "the model card's model-index names no model" };
  // The card of a model the system ships from another folder names that model, not the service
  // (new user: "risk-model" in ml/models/risk, served by scoring-api).
  return (index as unknown[]).flatMap((entry, i): Failure[] => {
    const name = (entry as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.trim() === '') return [];
    const n = squashName(name);
    if (names.some((m) => m === n || m.includes(n) || n.includes(m)) || namesShippedModel(system, name)) return [];
    return [{ message: `the model card's model-index names "${name}", but the manifest describes "${asText(data.name)}" (${system.id})`, at: metaAt(card, ['model-index', i, 'name']) }];
  });
}

/** "v2.3.0", "2.3" in the card's title, or a version key in its front matter. */
function versionFailures(card: Card, data: AiSystem, system: SystemContext): Failure[] | Skip {
  if (asText(data.version ?? '') === '') return { skip: 'the manifest states no version' }; // any type when the schema failed
  const version = comparedVersion(data);
  const expected = version.value?.replace(/^v/i, '');
  const described = expected === undefined ? version.described : `the manifest describes version ${expected}`;
  const stated = statedVersion(card, list(data.baseModel));
  if (!stated) return { skip: 'the model card states no version (a version key, or one in its title)' };
  if (stated.value.replace(/^v/i, '') === expected) return [];
  return [{ message: stated.key ? `the model card says version ${stated.value}, but ${described}` : `the model card's title says version ${stated.value}, but ${described} (${system.id})`, at: stated.at }];
}

/**
 * The version a card states, as written, and where: a version key in its front matter, else
 * one in its title (titleVersion; `baseModels` are the manifest's, beside the card's own).
 * init hints at it too.
 */
export function statedVersion(card: Card, baseModels: readonly string[] = []): { value: string; at: Location; key?: string } | undefined {
  for (const key of ['version', 'model_version']) {
    const stated = card.meta[key];
    if (typeof stated === 'string' || typeof stated === 'number') return { value: String(stated), at: metaAt(card, [key]), key };
  }
  const title = card.outline.headings.find((h) => h.level === 1 && h.kind !== 'label');
  const value = title && titleVersion(title.title, [...list(card.meta.base_model), ...baseModels]);
  return title && value ? { value, at: { file: card.file, line: title.line, column: 1 } } : undefined;
}

/**
 * The model's own version in its title: a word of its own ("Scorer v2.3.0", "Scorer 2.3"), not
 * one joined to a name ("Mistral-7B-Instruct-v0.3", "llama-3.1-8b": a fine-tune's title carries
 * its base model's version), nor one its base models' ids carry.
 */
function titleVersion(title: string, baseModels: readonly string[]): string | undefined {
  const bases = baseModels.map((b) => b.toLowerCase());
  for (const word of title.split(/\s+/)) {
    const version = /^\(?v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)\)?[,;:]?$/i.exec(word)?.[1];
    if (version && !bases.some((base) => base.includes(version.toLowerCase()))) return version;
  }
  return undefined;
}

function licenseFailures(card: Card, data: AiSystem, _system: SystemContext): Failure[] | Skip {
  const declared = typeof data.license === 'string' ? data.license.trim() : '';
  const stated = card.meta.license;
  if (declared === '') return { skip: 'the manifest states no license' };
  const named = typeof card.meta.license_name === 'string' ? card.meta.license_name : undefined;
  // A "TODO: …" agrees with no licence the card states, and its text stays out of the message
  // (system/no-placeholders reports it).
  if (valueAbsence(declared) === 'placeholder') {
    const listed = ([] as unknown[]).concat(stated ?? []).filter((l): l is string => typeof l === 'string' && l.trim() !== '');
    if (listed.length === 0) return { skip: 'the model card states no license' };
    return [{ message: `the model card's license is ${listed.map((l) => `"${l}"`).join(', ')}, but the manifest's license is still a placeholder`, at: metaAt(card, ['license']) }];
  }
  if (Array.isArray(stated)) return licenseListFailures(card, stated.filter((l): l is string => typeof l === 'string' && l.trim() !== ''), named, declared);
  if (typeof stated !== 'string') return { skip: 'the model card states no license' };
  // "other" with license_name X is the custom licence the manifest calls LicenseRef-X (new user).
  if (licenseKey(stated) === licenseKey(declared) || (named && licenseKey(named) === licenseKey(declared))) return [];
  return [{ message: `the model card's license is "${named ? `${stated} (${named})` : stated}", but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}

/**
 * A card that lists its licences agrees when they are the licences the manifest's expression
 * names, no more and no fewer ("MIT OR Apache-2.0" and [mit, apache-2.0]): the manifest's licence
 * decides obligations (Art. 53(2)), so a card listing only llama3 does not agree with "MIT OR llama3".
 */
function licenseListFailures(card: Card, listed: string[], named: string | undefined, declared: string): Failure[] | Skip {
  if (listed.length === 0) return { skip: 'the model card states no license' };
  const words = declared.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const ids = new Set(words.filter((word, i) => !['AND', 'OR', 'WITH'].includes(word) && words[i - 1] !== 'WITH').map(licenseKey));
  const cardIds = new Set(listed.map((l) => licenseKey(l.trim().toLowerCase() === 'other' && named ? named : l)));
  const same = [...cardIds].every((id) => ids.has(id)) && [...ids].every((id) => cardIds.has(id));
  if (same || (cardIds.size === 1 && cardIds.has(licenseKey(declared)))) return [];
  const shown = listed.map((l) => `"${l}"`).join(', ');
  return [{ message: `the model card's ${listed.length === 1 ? `license is ${shown}` : `licenses are ${shown}`}, but the manifest's is "${declared}"`, at: metaAt(card, ['license']) }];
}

function baseModelFailures(card: Card, data: AiSystem, _system: SystemContext): Failure[] | Skip {
  const declared = list(data.baseModel).map((b) => b.toLowerCase());
  const stated = list(card.meta.base_model);
  if (stated.length > 0 && list(data.baseModel).some((b) => valueAbsence(b) === 'placeholder')) {
    return [{ message: `the model card's base_model is ${stated.map((b) => `"${b}"`).join(', ')}, but the manifest's baseModel is still a placeholder`, at: metaAt(card, ['base_model']) }];
  }
  if (declared.length === 0 && stated.length === 0) return { skip: 'neither the manifest nor the model card names a base model' };
  if (declared.length === 0 || stated.length === 0) return { skip: declared.length === 0 ? 'the manifest names no baseModel' : 'the model card names no base_model' };
  const missing = stated.filter((b) => !declared.includes(b.toLowerCase()));
  const unstated = declared.filter((b) => !stated.some((s) => s.toLowerCase() === b));
  if (missing.length === 0 && unstated.length === 0) return [];
  return [
    {
      message: `the model card's base_model is ${stated.map((b) => `"${b}"`).join(', ')}, but the manifest's baseModel is ${list(data.baseModel).map((b) => `"${b}"`).join(', ')}`,
      at: metaAt(card, ['base_model']),
    },
  ];
}

/**
 * Every dataset the card lists is declared in the manifest (by id, or as the end of its uri or
 * source, as in hf://datasets/owner/name), and every training dataset the manifest declares is
 * in the card's list.
 */
function datasetFailures(card: Card, data: AiSystem, _system: SystemContext): Failure[] | Skip {
  const stated = card.meta.datasets;
  if (!Array.isArray(stated)) return { skip: "the model card's front matter lists no datasets" };
  const declared = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
  const names = (d: (typeof declared)[number]) => [d.id, d.uri, d.source].filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
  const failures: Failure[] = [];
  stated.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const wanted = entry.toLowerCase();
    const found = declared.some((d) => names(d).some((n) => n === wanted || n.endsWith(`/${wanted}`) || n.endsWith(`/${wanted}/`)));
    if (!found) failures.push({ message: `the model card lists dataset "${entry}", which the manifest does not declare in data.datasets`, at: metaAt(card, ['datasets', i]) });
  });
  const cardNames = stated.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase());
  declared.forEach((dataset, i) => {
    if (!dataset || !TRAINED_ON_ROLES.includes(dataset.role as string)) return;
    if (typeof dataset.id === 'string' && valueAbsence(dataset.id) === 'placeholder') {
      failures.push({ message: `training dataset data.datasets[${i}] has no id yet (it is still a placeholder), so the model card's datasets list cannot name it`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
      return;
    }
    const ids = names(dataset);
    if (!cardNames.some((c) => ids.some((n) => n === c || n.endsWith(`/${c}`) || n.endsWith(`/${c}/`)))) {
      failures.push({ message: `training dataset "${asText(dataset.id)}" is not in the model card's datasets list`, at: metaAt(card, ['datasets']), path: ['manifest', 'data', 'datasets', i] });
    }
  });
  return failures;
}
