/**
 * Each PEFT adapter the system ships loads onto a base model the system declares: the
 * `base_model_name_or_path` of its adapter_config.json (evidence/peft-adapter.ts says which
 * configs are shipped) is a model the manifest's baseModel or the model card's base_model
 * names. The base model is what runs; if it is another than the declared one, every evaluation
 * and licence statement may be about another model (new user: a Llama-3.1-8B LoRA whose config
 * was changed to name a Mistral model passed). A system that ships an adapter and declares no
 * base model anywhere fails: the card or the manifest must say what it adapts.
 *
 * Hub ids are compared as the Hub finds them (text/hub-id.ts): case, a pin and a page's URL
 * aside. A local path (`./base`, `/models/llama`) cannot be compared with anything declared,
 * and says so (not applicable), as does a config that names no base model.
 */
import { shippedAdapters } from '../../evidence/peft-adapter.js';
import { valueAbsence } from '../../load/placeholder.js';
import { quoted } from '../../load/source-doc.js';
import { hubModelId, isLocalModelPath, sameHubModel } from '../../text/hub-id.js';
import { defineFunction, type Failure, type Skip } from '../function.js';

/** The base models a system declares, where, as written. */
interface Declared {
  where: "the manifest's baseModel" | "the model card's base_model";
  names: string[];
}

const named = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string' && valueAbsence(v) === undefined);

const listed = (names: readonly string[]) => names.map((name) => quoted(name, 120)).join(', ');

export const adapterBaseModel = defineFunction<Record<string, never>>({
  name: 'adapter-base-model',
  description: "Each PEFT adapter the system ships (adapter_config.json) loads onto a base model the manifest's baseModel or the model card's base_model names.",
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  check({ system }): Failure[] | Skip {
    const adapters = shippedAdapters(system);
    if (adapters.length === 0) return { skip: 'the system ships no PEFT adapter (no adapter_config.json in artifacts, beside one, or beside the model card)' };
    const declared: Declared[] = [
      { where: "the manifest's baseModel", names: named(system.manifest.data.baseModel) },
      { where: "the model card's base_model", names: named(system.card?.meta.base_model) },
    ];
    const failures: Failure[] = [];
    const notes: string[] = [];
    if (declared.every((d) => d.names.length === 0)) {
      const shown = adapters.slice(0, 3).map((a) => a.rel).join(', ') + (adapters.length > 3 ? `, and ${adapters.length - 3} more` : '');
      failures.push({
        message: `the system ships the PEFT adapter${adapters.length === 1 ? '' : 's'} ${shown}, but neither the manifest's baseModel nor the model card's base_model says which model ${adapters.length === 1 ? 'it adapts' : 'they adapt'}; an adapter's evaluations and license are those of the model it is loaded onto`,
        path: ['manifest', 'baseModel'],
      });
    }
    const comparable = declared.flatMap((d) => d.names.map(hubModelId)).filter((id): id is string => id !== undefined);
    for (const adapter of adapters) {
      if (!adapter.ok) {
        failures.push({ message: `${adapter.message}; which model the adapter is loaded onto cannot be read`, at: adapter.at });
        continue;
      }
      const base = adapter.config.base_model_name_or_path;
      if (base === undefined || base === null || (typeof base === 'string' && base.trim() === '')) {
        notes.push(`${adapter.rel} names no base model (base_model_name_or_path is ${base === undefined ? 'missing' : base === null ? 'null' : 'empty'})`);
        continue;
      }
      const at = { file: adapter.rel, ...adapter.doc.locate(['base_model_name_or_path']) };
      if (typeof base !== 'string') {
        failures.push({ message: `${adapter.rel}: base_model_name_or_path is ${Array.isArray(base) ? 'a list' : typeof base === 'object' ? 'an object' : `a ${typeof base}`}, not a model id or path, so the model the adapter is loaded onto cannot be told`, at });
        continue;
      }
      const id = hubModelId(base);
      if (id === undefined) {
        notes.push(`${adapter.rel} loads onto ${quoted(base, 120)}, ${isLocalModelPath(base) ? 'a local path' : 'not a Hugging Face model id'}, which cannot be compared with the declared base model`);
        continue;
      }
      if (declared.every((d) => d.names.length === 0)) continue; // failed above, once for all
      if (comparable.length === 0) {
        notes.push(`${adapter.rel} loads onto ${quoted(base, 120)}, but no declared base model is a Hugging Face model id to compare it with (${declared.filter((d) => d.names.length > 0).map((d) => `${d.where} is ${listed(d.names)}`).join('; ')})`);
        continue;
      }
      if (comparable.some((declaredId) => sameHubModel(declaredId, id))) continue;
      const stated = declared.map((d) => (d.names.length > 0 ? `${d.where} (${listed(d.names)})` : undefined)).filter((s): s is string => s !== undefined);
      const unstated = declared.find((d) => d.names.length === 0);
      failures.push({
        message:
          `${adapter.rel}: the adapter is loaded onto ${quoted(base, 120)} (base_model_name_or_path), a model that ${stated.length === 2 ? `neither ${stated[0]} nor ${stated[1]} names` : `${stated[0]} does not name (${unstated?.where.replace(/'s /, ' states no ')})`}: ` +
          "what runs is not the declared model, and the card's evaluations and license may be about another model",
        at,
      });
    }
    if (failures.length > 0) return failures;
    if (notes.length > 0) return { skip: notes.slice(0, 2).join('; ') + (notes.length > 2 ? `; and ${notes.length - 2} more adapter${notes.length === 3 ? '' : 's'} like them` : '') };
    return [];
  },
});
