import { TRAINED_ON_ROLES } from '../../load/manifest.js';
import { valueAbsence } from '../../load/placeholder.js';
import { defineFunction } from '../function.js';


/**
 * The AI Act roles the manifest declares agree with its own data: an organisation that trains
 * or fine-tunes the model develops it, and is its provider (Art. 3(3)), or becomes one (Art. 25(1),
 * a substantial modification). Declaring only `deployer` while listing training data of its own
 * would drop every provider duty (Art. 16, 50(1), 50(2), 53) on the manifest's word alone; so
 * would declaring it with no data at all, so a deployer-only system names the organisation that
 * provides it, and that is not the maker of the model it is built on (new user: a chatbot on a
 * hosted GPT-4o declared [deployer], and the AI notice of Art. 50(1) was never asked for).
 */
export const rolesMatchData = defineFunction<Record<string, never>>({
  name: 'roles-match-data',
  description: "The declared EU AI Act roles include provider when the manifest lists datasets the system was trained or fine-tuned on (data.datasets[].role training or fine-tuning); roles without provider name the organisation that provides the system (risk.euAiAct.provider), which is not the owner of a Hub id baseModel names.",
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  check({ value, path }) {
    const manifest = (value ?? {}) as { risk?: { euAiAct?: { roles?: unknown; provider?: unknown } }; data?: { datasets?: unknown }; baseModel?: unknown };
    const roles = manifest.risk?.euAiAct?.roles;
    // Undeclared roles mean both (the schema says so): no allocation to judge, and no pass to
    // count for A.10.2. Only a list without provider can drop a duty.
    if (!Array.isArray(roles) || roles.every((role) => valueAbsence(role) !== undefined)) return { skip: 'risk.euAiAct.roles is not declared (it counts as provider and deployer)' };
    if (roles.includes('provider')) return [];
    const datasets = Array.isArray(manifest.data?.datasets) ? (manifest.data.datasets as unknown[]) : [];
    const index = datasets.findIndex((d) => d !== null && typeof d === 'object' && TRAINED_ON_ROLES.includes((d as { role?: unknown }).role as string));
    if (index >= 0) {
      const role = (datasets[index] as { role: string }).role;
      return [
        {
          path: [...path, 'risk', 'euAiAct', 'roles'],
          message: `risk.euAiAct.roles leaves out provider, but data.datasets[${index}] is ${role} data of this system: who trains or fine-tunes a model develops it and is its provider (Art. 3(3), Art. 25(1)), with the provider's duties`,
        },
      ];
    }
    const provider = manifest.risk?.euAiAct?.provider;
    if (typeof provider !== 'string' || valueAbsence(provider) !== undefined) {
      return [
        {
          path: [...path, 'risk', 'euAiAct', typeof provider === 'string' ? 'provider' : 'roles'],
          message: `risk.euAiAct.roles leaves out provider, so another organisation provides this system, but risk.euAiAct.provider does not name it: name the organisation that puts the system into service under its own name (Art. 3(3)); one that builds a system on another's model and runs it under its own name is the system's provider`,
        },
      ];
    }
    const maker = modelMaker(manifest.baseModel);
    if (maker && sameOrganisation(provider, maker.owner)) {
      return [
        {
          path: [...path, 'risk', 'euAiAct', 'provider'],
          message: `risk.euAiAct.provider names ${JSON.stringify(provider.trim())}, the maker of the model the system is built on (baseModel ${JSON.stringify(maker.model)}): that organisation provides the model, not this system; who builds a system on it and puts it into service under its own name is the system's provider (Art. 3(3)), with its duties (Art. 50(1), 50(2))`,
        },
      ];
    }
    return [];
  },
});

/** The owner and id of the first Hub-style baseModel ("openai/gpt-4o" → openai), if any. */
function modelMaker(baseModel: unknown): { owner: string; model: string } | undefined {
  const first = Array.isArray(baseModel) ? baseModel[0] : baseModel;
  if (typeof first !== 'string') return undefined;
  const model = first.trim();
  const slash = model.indexOf('/');
  if (slash <= 0 || model.includes('://')) return undefined;
  return { owner: model.slice(0, slash), model };
}

/** Letters and digits only, lower case: "Meta Platforms, Inc." → "metaplatformsinc". */
const squashed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a provider's name and a Hub owner are one organisation: "OpenAI" and openai, "Meta" and meta-llama. */
function sameOrganisation(provider: string, owner: string): boolean {
  const a = squashed(provider);
  const b = squashed(owner);
  return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}
