/**
 * A Croissant dataset description (MLCommons, JSON-LD; mlcommons/croissant docs/croissant-spec.md)
 * and its Responsible-AI properties (docs/croissant_rai.ttl: `rai:dataCollection`,
 * `rai:dataLimitations`, `rai:dataBiases`, `rai:personalSensitiveInformation`,
 * `rai:dataUseCases`, …), each text or a list of texts, under the `rai:` prefix or the full IRI.
 */
import type { SourceDoc } from '../../load/source-doc.js';
import { at, isRecord, schemaProblem, type Adapter } from '../adapter.js';
import type { CroissantDescription, DataQualityEvidence } from './types.js';

const SCHEMA = 'croissant.schema.json';
const RAI_IRI = 'http://mlcommons.org/croissant/RAI/';
const CROISSANT_IRI = 'mlcommons.org/croissant';

/** `rai:dataBiases` or its full IRI → `dataBiases`. */
export function raiName(key: string): string | undefined {
  if (key.startsWith('rai:')) return key.slice(4);
  if (key.startsWith(RAI_IRI)) return key.slice(RAI_IRI.length);
  return undefined;
}

const mentionsCroissant = (value: unknown): boolean =>
  typeof value === 'string' ? value.includes(CROISSANT_IRI) : Array.isArray(value) ? value.some(mentionsCroissant) : isRecord(value) ? Object.values(value).some(mentionsCroissant) : false;

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (isRecord(value) && typeof value['@value'] === 'string') return [value['@value']];
  return [];
}

export const croissantDescription: Adapter<DataQualityEvidence> = {
  format: 'croissant',
  schema: SCHEMA,
  detect: (value) => isRecord(value) && '@context' in value && (mentionsCroissant(value['@context']) || mentionsCroissant(value.conformsTo) || mentionsCroissant(value['dct:conformsTo'])),
  normalise(doc: SourceDoc) {
    const problem = schemaProblem(SCHEMA, doc, 'Croissant dataset description');
    if (problem) return { ok: false, problem };
    const raw = doc.value as Record<string, unknown>;
    const description: CroissantDescription = {
      kind: 'croissant',
      format: 'croissant',
      file: doc.file,
      ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
      at: at(doc, []),
      rai: new Map(),
    };
    for (const [key, value] of Object.entries(raw)) {
      const name = raiName(key);
      if (name) description.rai.set(name, { texts: textsOf(value), at: at(doc, [key]) });
    }
    return { ok: true, value: description };
  },
};
