/**
 * An SPDX 3.0 document in JSON-LD with the AI and Dataset profiles: the `@graph`'s first
 * `ai_AIPackage` is the model, each `dataset_DatasetPackage` a dataset, each `software_File`
 * with `verifiedUsing` hashes a file; licences come from `hasDeclaredLicense` relationships
 * (else `hasConcludedLicense`) to a licence expression or a listed licence. Shapes as in
 * spdx/spdx-examples ai/example02/spdx3.0/sbom.spdx.json (commit f8dcdc798f723858df54ffd0890936f9e6c4d88b)
 * and the model in spdx/spdx-3-model (model/AI/, model/Dataset/).
 */
import type { SourceDoc } from '../../load/source-doc.js';
import type { PathSegment } from '../../types.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { Located } from '../types.js';
import { bomHash, itemsOf, textOf } from './common.js';
import type { BomHash, MlBom } from './types.js';

const SCHEMA = 'spdx3-document.schema.json';
const LISTED_LICENSE = 'https://spdx.org/licenses/';
/** Licence values that say nothing. */
const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);

type Element = Record<string, unknown>;

export const spdxAiBom: Adapter<MlBom> = {
  format: 'spdx',
  schema: SCHEMA,
  detect: (value) =>
    isRecord(value) &&
    Array.isArray(value['@graph']) &&
    ((typeof value['@context'] === 'string' && value['@context'].includes('spdx.org/rdf/3')) ||
      value['@graph'].some((element) => isRecord(element) && (element.type === 'ai_AIPackage' || element.type === 'dataset_DatasetPackage'))),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'SPDX 3 document');
    if (problem) return { ok: false, problem };
    const graph = itemsOf((doc.value as { '@graph': unknown })['@graph']);
    const creation = graph.find(([element]) => element.type === 'CreationInfo');
    const specVersion = textOf(creation?.[0].specVersion) ?? '';
    const bom: MlBom = { format: 'spdx', file: doc.file, specVersion, datasets: [], files: [], problems: [] };
    if (!specVersion.startsWith('3.')) {
      bom.problems.push({
        message: `${doc.file}: ${specVersion ? `SPDX ${specVersion}` : 'no CreationInfo specVersion'}; an AI BOM needs SPDX 3.0 or later`,
        at: creation ? at(doc, ['@graph', creation[1], 'specVersion']) : at(doc, ['@graph']),
      });
    }
    const byId = new Map<string, [Element, number]>();
    for (const entry of graph) {
      const id = textOf(entry[0].spdxId) ?? textOf(entry[0]['@id']);
      if (id) byId.set(id, entry);
    }
    const licenses = licensesBySubject(doc, graph, byId);
    const hashes = (element: Element, index: number): BomHash[] =>
      itemsOf(element.verifiedUsing).flatMap(([hash, h]) => bomHash(doc, ['@graph', index, 'verifiedUsing', h, 'hashValue'], hash.algorithm, hash.hashValue) ?? []);
    const idOf = (element: Element) => textOf(element.spdxId) ?? textOf(element['@id']) ?? '';

    const model = graph.find(([element]) => element.type === 'ai_AIPackage');
    if (!model) {
      bom.problems.push({ message: `${doc.file} has no ai_AIPackage element (the SPDX 3 AI profile's model)`, at: at(doc, ['@graph']) });
    } else {
      const [element, index] = model;
      const path: PathSegment[] = ['@graph', index];
      const version = textOf(element.software_packageVersion);
      const parameters: Record<string, string> = {};
      for (const [key, name] of [['ai_typeOfModel', 'typeOfModel'], ['ai_domain', 'domain']] as const) {
        const values = (Array.isArray(element[key]) ? element[key] : [element[key]]).map(textOf).filter((v): v is string => v !== undefined);
        if (values.length > 0) parameters[name] = values.join(', ');
      }
      const purpose = textOf(element.software_primaryPurpose);
      if (purpose) parameters.primaryPurpose = purpose;
      bom.model = {
        name: { value: textOf(element.name) ?? '', at: at(doc, [...path, element.name === undefined ? 'type' : 'name']) },
        ...(version ? { version: { value: version, at: at(doc, [...path, 'software_packageVersion']) } } : {}),
        licenses: licenses.get(idOf(element)) ?? [],
        hashes: hashes(element, index),
        parameters,
        at: at(doc, [...path, 'type']),
      };
    }
    for (const [element, index] of graph) {
      const name = textOf(element.name);
      if (!name) continue;
      if (element.type === 'dataset_DatasetPackage') {
        const version = textOf(element.software_packageVersion);
        bom.datasets.push({
          name,
          ...(version ? { version: { value: version, at: at(doc, ['@graph', index, 'software_packageVersion']) } } : {}),
          licenses: licenses.get(idOf(element)) ?? [],
          hashes: hashes(element, index),
          at: at(doc, ['@graph', index, 'name']),
        });
      } else if (element.type === 'software_File') {
        const fileHashes = hashes(element, index);
        if (fileHashes.length > 0) bom.files.push({ name, hashes: fileHashes, at: at(doc, ['@graph', index, 'name']) });
      }
    }
    return { ok: true, value: bom };
  },
};

/** Each element's licences: its hasDeclaredLicense targets, else its hasConcludedLicense ones. */
function licensesBySubject(doc: SourceDoc, graph: Array<[Element, number]>, byId: Map<string, [Element, number]>): Map<string, Array<Located<string>>> {
  const declared = new Map<string, Array<Located<string>>>();
  const concluded = new Map<string, Array<Located<string>>>();
  for (const [element, index] of graph) {
    const kind = element.relationshipType;
    if (kind !== 'hasDeclaredLicense' && kind !== 'hasConcludedLicense') continue;
    const from = textOf(element.from);
    if (!from) continue;
    const targets = Array.isArray(element.to) ? element.to : [element.to];
    targets.forEach((to, t) => {
      const id = textOf(to);
      if (!id) return;
      const target = byId.get(id)?.[0];
      const value = textOf(target?.simplelicensing_licenseExpression) ?? (id.startsWith(LISTED_LICENSE) ? id.slice(LISTED_LICENSE.length) : undefined);
      if (!value || NO_LICENSE.has(value)) return;
      const map = kind === 'hasDeclaredLicense' ? declared : concluded;
      const list = map.get(from) ?? [];
      list.push({ value, at: at(doc, ['@graph', index, 'to', ...(Array.isArray(element.to) ? [t] : [])]) });
      map.set(from, list);
    });
  }
  for (const [from, list] of concluded) if (!declared.has(from)) declared.set(from, list);
  return declared;
}
