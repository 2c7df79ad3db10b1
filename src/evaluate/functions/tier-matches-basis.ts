import { aiActProfile, citesAnnexI, citesAnnexIII, flagsOfBasis } from '../../policy/obligations.js';
import { valueAbsence } from '../../load/placeholder.js';
import { defineFunction } from '../function.js';

const NOT_HIGH = ['limited', 'minimal', 'gpai', 'gpai-systemic'];

/**
 * The declared AI Act tier agrees with the basis given for it (`risk.euAiAct`): a basis citing
 * Annex I (a regulated product) makes a system high-risk (Art. 6(1)); one citing Annex III does
 * too (Art. 6(2)), unless the provider documented why it is not (Art. 6(3), 6(4)), which never
 * holds for a system that profiles natural persons.
 */
export const tierMatchesBasis = defineFunction<Record<string, never>>({
  name: 'tier-matches-basis',
  description: 'The `tier` agrees with the `basis`: a tier other than high states a basis; Annex I or Annex III means high, unless an Art. 6(4) assessment is cited for Annex III.',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  check({ value, path }) {
    if (!value || typeof value !== 'object') return [];
    const { tier, basis, notHighRiskAssessment } = value as Record<string, unknown>;
    // A tier still to declare is judged high by every rule (system/risk-tier reports it): no pass here.
    if (typeof tier !== 'string' || valueAbsence(tier) !== undefined) return { skip: 'risk.euAiAct.tier is not declared' };
    if (!NOT_HIGH.includes(tier)) return [];
    const at = [...path, 'tier'];
    // A tier that relieves the system of high-risk duties must say why, or nothing can be checked against it.
    if (typeof basis !== 'string' || valueAbsence(basis) !== undefined) {
      return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but risk.euAiAct.basis does not say why: state the provision it rests on (e.g. "Art. 50(1): …", or why no Annex III area applies)` }];
    }
    if (citesAnnexI(basis)) {
      return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex I: an AI system that is, or is a safety component of, a product of Annex I is high-risk (Art. 6(1))` }];
    }
    if (!citesAnnexIII(basis)) return [];
    if (notHighRiskAssessment === undefined) {
      return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis cites Annex III, a high-risk area (Art. 6(2)); without the documented Art. 6(4) assessment that it is not high-risk (risk.euAiAct.notHighRiskAssessment), it is high` }];
    }
    if (/\bprofil/i.test(basis)) {
      return [{ path: at, message: `risk.euAiAct.tier is "${tier}", but the basis says the system profiles natural persons: an Annex III system that profiles is always high-risk (Art. 6(3), last subparagraph)` }];
    }
    return [];
  },
});

/**
 * The Art. 50(3) declarations agree with the basis: a basis citing Annex III 1(b) (biometric
 * categorisation) or 1(c) (emotion recognition) names a system whose deployer must inform the
 * people exposed to it, so `transparency.categorisesBiometrically` or `recognisesEmotions` is
 * true; declaring it false, or leaving it out, would spare the notice the basis itself calls for.
 */
export const art50MatchesBasis = defineFunction<Record<string, never>>({
  name: 'art50-matches-basis',
  description: 'A basis citing Annex III 1(b) or 1(c) goes with transparency.categorisesBiometrically or transparency.recognisesEmotions set to true.',
  optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  check({ value, path }) {
    if (!value || typeof value !== 'object') return [];
    const manifest = value as { risk?: unknown; transparency?: Record<string, unknown> };
    // The basis as obligations read it (aiActProfile), so the rule and applicability agree.
    const { basis } = aiActProfile(manifest);
    if (basis === undefined || valueAbsence(basis) !== undefined) return { skip: 'risk.euAiAct.basis is not declared' };
    return flagsOfBasis(basis).flatMap(({ flag, what }) => {
      const declared = manifest.transparency?.[flag];
      if (declared === true) return [];
      const where = declared === undefined ? (manifest.transparency ? [...path, 'transparency'] : [...path, 'risk', 'euAiAct', 'basis']) : [...path, 'transparency', flag];
      return [{
        path: where,
        message: `risk.euAiAct.basis cites ${what}, but transparency.${flag} is ${declared === undefined ? 'not declared' : JSON.stringify(declared)}: the deployer of such a system informs the people exposed to it (Art. 50(3)); set it to true and cite the notice as transparency.exposureNotice`,
      }];
    });
  },
});
