import { TRAINED_ON_ROLES } from '../../load/manifest.js';
import { valueAbsence } from '../../load/placeholder.js';
import { defineFunction } from '../function.js';


/**
 * The AI Act roles the manifest declares agree with its own data: an organisation that trains
 * or fine-tunes the model develops it, and is its provider (Art. 3(3)), or becomes one (Art. 25(1),
 * a substantial modification). Declaring only `deployer` while listing training data of its own
 * would drop every provider duty (Art. 16, 50(1), 50(2), 53) on the manifest's word alone.
 */
export const rolesMatchData = defineFunction<Record<string, never>>({
  name: 'roles-match-data',
  description: 'The declared EU AI Act roles include provider when the manifest lists datasets the system was trained or fine-tuned on (data.datasets[].role training or fine-tuning).',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  check({ value, path }) {
    const manifest = (value ?? {}) as { risk?: { euAiAct?: { roles?: unknown } }; data?: { datasets?: unknown } };
    const roles = manifest.risk?.euAiAct?.roles;
    // Undeclared roles mean both (the schema says so): no allocation to judge, and no pass to
    // count for A.10.2. Only a list without provider can drop a duty.
    if (!Array.isArray(roles) || roles.every((role) => valueAbsence(role) !== undefined)) return { skip: 'risk.euAiAct.roles is not declared (it counts as provider and deployer)' };
    if (roles.includes('provider')) return [];
    const datasets = Array.isArray(manifest.data?.datasets) ? (manifest.data.datasets as unknown[]) : [];
    const index = datasets.findIndex((d) => d !== null && typeof d === 'object' && TRAINED_ON_ROLES.includes((d as { role?: unknown }).role as string));
    if (index < 0) return [];
    const role = (datasets[index] as { role: string }).role;
    return [
      {
        path: [...path, 'risk', 'euAiAct', 'roles'],
        message: `risk.euAiAct.roles leaves out provider, but data.datasets[${index}] is ${role} data of this system: who trains or fine-tunes a model develops it and is its provider (Art. 3(3), Art. 25(1)), with the provider's duties`,
      },
    ];
  },
});
