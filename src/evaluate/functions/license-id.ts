/**
 * Licenses are ids, not prose: an SPDX id or expression (from the maintained spdx-license-ids
 * list), a `LicenseRef-…` for a custom licence (SPDX's own convention), or a Hugging Face Hub id
 * (from hub-docs' list; see data/huggingface-licenses.json and scripts/hf-licenses.mjs).
 */
import { valueAbsence } from '../../load/placeholder.js';
import { quoted } from '../../load/source-doc.js';
import spdxExceptions from 'spdx-exceptions/index.json' with { type: 'json' };
import spdxDeprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { closest, SuggestionBudget } from '../../text/closest.js';
import { defineFunction, type Failure } from '../function.js';
import huggingFace from './data/huggingface-licenses.json' with { type: 'json' };

const SPDX = new Map([...spdxIds, ...spdxDeprecated].map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Set((spdxExceptions as string[]).map((id) => id.toLowerCase()));
const HUB = new Set(huggingFace.ids);
const SUGGESTIONS = [...HUB, ...spdxIds];

/**
 * Why `license` is not a known id, or undefined. The "did you mean" comes out of `budget` when
 * one is given (fourth red team: 99,999 unknown ids in one card's list, each compared with 791
 * known ones, held a check for a minute).
 */
export function licenseProblem(license: string, allow: readonly string[] = [], budget?: SuggestionBudget): string | undefined {
  const text = license.trim();
  if (allow.includes(text)) return undefined;
  if (text.toLowerCase() === 'unknown') return '"unknown" says nobody knows the license';
  if (HUB.has(text)) return undefined;
  // An SPDX expression: ids joined by AND / OR, an exception after WITH, with parentheses.
  const words = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const known = words.every((word, i) => {
    if (i % 2 === 1) return ['AND', 'OR', 'WITH'].includes(word);
    if (words[i - 1] === 'WITH') return EXCEPTIONS.has(word.toLowerCase());
    return SPDX.has(word.replace(/\+$/, '').toLowerCase()) || /^(?:DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(word);
  });
  if (words.length % 2 === 1 && known) return undefined;
  const normalised = text.toLowerCase().replace(/\s+/g, '-');
  const guess = HUB.has(normalised) ? normalised : SPDX.get(normalised) ?? (budget ? budget.closestWithin(text, SUGGESTIONS) : closest(text, SUGGESTIONS));
  return `"${text}" is not an SPDX or Hugging Face license id${guess ? ` (did you mean "${guess}"?)` : ''}; for a custom license use LicenseRef-<name>`;
}

export const licenseId = defineFunction<{ allow?: string[]; requireNameForOther?: boolean; refuseOther?: boolean }>({
  name: 'license-id',
  description:
    'A license (or each in a list) is an SPDX id or expression, a LicenseRef-, or a Hugging Face Hub id; with requireNameForOther, "other" needs license_name beside it; with refuseOther, "other" is refused (where nothing beside it can name the license).',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { allow: { type: 'array', items: { type: 'string', minLength: 1 } }, requireNameForOther: { type: 'boolean' }, refuseOther: { type: 'boolean' } },
  },
  check({ value, path, target, targetPath, options }) {
    const licenses = Array.isArray(value) ? value.map((v, i) => ({ v, path: [...path, i] })) : [{ v: value, path }];
    const failures: Failure[] = [];
    if (!licenses.some(({ v }) => typeof v === 'string' && v.trim() !== '')) return { skip: 'no license is stated' }; // presence is another rule's job
    let judged = 0;
    const budget = new SuggestionBudget();
    for (const { v, path: at } of licenses) {
      if (typeof v !== 'string' || v.trim() === '') continue;
      // "other" in any case, where refused (and not allowed by name): not "did you mean other?".
      const refused = options.refuseOther && v.trim().toLowerCase() === 'other' && !options.allow?.includes(v.trim());
      const problem = refused ? undefined : licenseProblem(v, options.allow, budget);
      // A placeholder ("TODO: …") is reported by the presence rules; "not an id" would say it twice.
      if (problem?.includes('is not an SPDX') && valueAbsence(v) === 'placeholder') continue;
      judged++;
      if (refused) {
        failures.push({ message: `license ${quoted(v.trim())} names no license (the Hugging Face Hub id for one that is not listed); name it: LicenseRef-<name> for a custom license`, path: at });
      } else if (problem) failures.push({ message: `license ${problem}`, path: at });
      else if (v.trim() === 'other' && options.requireNameForOther) {
        const name = (target as Record<string, unknown> | undefined)?.license_name;
        if (typeof name !== 'string' || name.trim() === '') {
          failures.push({ message: 'license is "other" but license_name (and license_link) do not say which', path: [...targetPath, 'license'] });
        }
      }
    }
    // Only placeholders: nothing was judged, so nothing passed (a pass would support a control).
    if (judged === 0) return { skip: 'the license is still a placeholder' };
    return failures;
  },
});
