/**
 * A CycloneDX ML-BOM (JSON, specVersion 1.5 or later, where `modelCard` was added): the first
 * `machine-learning-model` component (one with a `modelCard` first) anywhere in `metadata.component`
 * or `components` (nested too), the `data` components and the datasets its
 * `modelCard.modelParameters.datasets` names (by `ref` to a component or its `data[]` entry, or
 * inline), and `file` components with hashes. Shapes as in the CycloneDX 1.6 JSON schema
 * (CycloneDX/specification, schema/bom-1.6.schema.json) and the examples in
 * test/fixtures/corpus/cyclonedx/.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { Located } from '../types.js';
import { bomHash, itemsOf, textOf } from './common.js';
import type { BomDataset, BomFile, BomHash, BomModel, MlBom } from './types.js';

const SCHEMA = 'cyclonedx-bom.schema.json';
/** Nested components deeper than this are not followed (a hostile BOM could nest without end). */
const MAX_DEPTH = 32;
const MAX_COMPONENTS = 10_000;

type Component = Record<string, unknown>;
interface Found {
  component: Component;
  path: PathSegment[];
}

export const cycloneDxMlBom: Adapter<MlBom> = {
  format: 'cyclonedx',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && value.bomFormat === 'CycloneDX',
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'CycloneDX BOM');
    if (problem) return { ok: false, problem };
    const raw = doc.value as { specVersion: string; metadata?: unknown; components?: unknown };
    const bom: MlBom = { format: 'cyclonedx', file: doc.file, specVersion: raw.specVersion, datasets: [], files: [], problems: [] };
    const [major = 0, minor = 0] = raw.specVersion.split('.').map(Number);
    if (major < 1 || (major === 1 && minor < 5)) {
      bom.problems.push({ message: `${doc.file} is CycloneDX ${raw.specVersion}; an ML-BOM needs 1.5 or later (where modelCard was added)`, at: at(doc, ['specVersion']) });
    }
    const all = componentsOf(raw);
    const models = all.filter((c) => c.component.type === 'machine-learning-model');
    const chosen = models.find((c) => isRecord(c.component.modelCard)) ?? models[0];
    if (!chosen) {
      bom.problems.push({ message: `${doc.file} lists no machine-learning-model component`, at: at(doc, [raw.components === undefined ? 'bomFormat' : 'components']) });
    } else {
      bom.model = modelOf(doc, chosen);
      const card = chosen.component.modelCard;
      if (!isRecord(card)) bom.problems.push({ message: `${doc.file}: the model component has no modelCard`, at: bom.model.at });
      // `modelCard: {}` is a card in name only: it records nothing about the model.
      else if (!MODEL_CARD_PARTS.some((part) => hasContent(card[part]))) {
        bom.problems.push({ message: `${doc.file}: the model component's modelCard is empty (no ${MODEL_CARD_PARTS.join(', ')})`, at: at(doc, [...chosen.path, 'modelCard']) });
      }
    }
    // Datasets: every `data` component, and those the model card names.
    const byRef = new Map<string, Found>();
    for (const found of all) {
      const ref = textOf(found.component['bom-ref']);
      if (ref) byRef.set(ref, found);
      // A data component's `data[]` entries have refs of their own that a model card may name.
      for (const [entry] of itemsOf(found.component.data)) {
        const inner = textOf(entry['bom-ref']);
        if (inner && !byRef.has(inner)) byRef.set(inner, found);
      }
    }
    const seen = new Set<Component>();
    const addDataset = (found: Found) => {
      if (seen.has(found.component)) return;
      seen.add(found.component);
      const dataset = datasetOf(doc, found);
      if (dataset) bom.datasets.push(dataset);
    };
    for (const found of all) if (found.component.type === 'data') addDataset(found);
    if (chosen && isRecord(chosen.component.modelCard)) {
      const parameters = (chosen.component.modelCard as Record<string, unknown>).modelParameters;
      const listPath = [...chosen.path, 'modelCard', 'modelParameters', 'datasets'];
      for (const [entry, index] of isRecord(parameters) ? itemsOf(parameters.datasets) : []) {
        const ref = textOf(entry.ref);
        if (ref) {
          const target = byRef.get(ref);
          if (target) addDataset(target);
          else bom.problems.push({ message: `${doc.file}: the model card's dataset ref "${ref}" names no component`, at: at(doc, [...listPath, index, 'ref']) });
        } else {
          addDataset({ component: entry, path: [...listPath, index] });
        }
      }
    }
    for (const found of all) {
      if (found.component.type !== 'file') continue;
      const file = fileOf(doc, found);
      if (file) bom.files.push(file);
    }
    return { ok: true, value: bom };
  },
};

/** Every component with where it is: metadata.component, then components, depth first. */
function componentsOf(raw: { metadata?: unknown; components?: unknown }): Found[] {
  const found: Found[] = [];
  const visit = (list: unknown, path: PathSegment[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const [component, index] of itemsOf(list)) {
      if (found.length >= MAX_COMPONENTS) return;
      found.push({ component, path: [...path, index] });
      visit(component.components, [...path, index, 'components'], depth + 1);
    }
  };
  if (isRecord(raw.metadata) && isRecord(raw.metadata.component)) {
    found.push({ component: raw.metadata.component, path: ['metadata', 'component'] });
    visit(raw.metadata.component.components, ['metadata', 'component', 'components'], 1);
  }
  visit(raw.components, ['components'], 0);
  return found;
}

function licensesOf(doc: SourceDoc, component: Component, path: PathSegment[]): Array<Located<string>> {
  return itemsOf(component.licenses).flatMap(([entry, index]) => {
    const expression = textOf(entry.expression);
    if (expression) return [{ value: expression, at: at(doc, [...path, 'licenses', index, 'expression']) }];
    const license = isRecord(entry.license) ? entry.license : undefined;
    const id = textOf(license?.id);
    if (id) return [{ value: id, at: at(doc, [...path, 'licenses', index, 'license', 'id']) }];
    const name = textOf(license?.name);
    return name ? [{ value: name, at: at(doc, [...path, 'licenses', index, 'license', 'name']) }] : [];
  });
}

function hashesOf(doc: SourceDoc, component: Component, path: PathSegment[]): BomHash[] {
  return itemsOf(component.hashes).flatMap(([entry, index]) => bomHash(doc, [...path, 'hashes', index, 'content'], entry.alg, entry.content) ?? []);
}

/** What a CycloneDX modelCard records (1.5+; its other key, bom-ref, only names it). */
const MODEL_CARD_PARTS = ['modelParameters', 'quantitativeAnalysis', 'considerations', 'properties'] as const;

/** A value that says something: not null, an empty string, or a list or mapping of only such values. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

function modelOf(doc: SourceDoc, { component, path }: Found): BomModel {
  const name = textOf(component.name) ?? '';
  const version = textOf(component.version);
  const parameters: Record<string, string> = {};
  const card = isRecord(component.modelCard) ? component.modelCard : undefined;
  const given = isRecord(card?.modelParameters) ? card.modelParameters : undefined;
  for (const key of ['task', 'architectureFamily', 'modelArchitecture']) {
    const value = textOf(given?.[key]);
    if (value) parameters[key] = value;
  }
  const approach = isRecord(given?.approach) ? textOf(given.approach.type) : undefined;
  if (approach) parameters.approach = approach;
  return {
    name: { value: name, at: at(doc, [...path, 'name']) },
    ...(version ? { version: { value: version, at: at(doc, [...path, 'version']) } } : {}),
    licenses: licensesOf(doc, component, path),
    hashes: hashesOf(doc, component, path),
    parameters,
    at: at(doc, [...path, 'type']),
  };
}

function datasetOf(doc: SourceDoc, { component, path }: Found): BomDataset | undefined {
  const name = textOf(component.name);
  if (!name) return undefined;
  const version = textOf(component.version);
  return {
    name,
    ...(version ? { version: { value: version, at: at(doc, [...path, 'version']) } } : {}),
    licenses: licensesOf(doc, component, path),
    hashes: hashesOf(doc, component, path),
    at: at(doc, [...path, 'name']),
  };
}

function fileOf(doc: SourceDoc, { component, path }: Found): BomFile | undefined {
  const name = textOf(component.name);
  const hashes = hashesOf(doc, component, path);
  return name && hashes.length > 0 ? { name, hashes, at: at(doc, [...path, 'name']) } : undefined;
}
