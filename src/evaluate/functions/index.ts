/**
 * Every check function a policy can name in `then.function`: the general ones here, then each
 * evidence kind's own (src/evidence/<kind>/checks.ts), taken from the registry so that adding a
 * kind does not touch this list.
 */
import { EVIDENCE_KINDS } from '../../evidence/registry.js';
import type { CheckFunction } from '../function.js';
import { anyPresent } from './any-present.js';
import { revisionPinned } from './revision-pinned.js';
import { cardAccuracy } from './card-accuracy.js';
import { adapterBaseModel } from './adapter-base-model.js';
import { cardAgrees } from './card-agrees.js';
import { cardReadable } from './card-readable.js';
import { cardSection } from './card-section.js';
import { cardSections } from './card-sections.js';
import { documentContent } from './document-content.js';
import { evidenceSection } from './evidence-section.js';
import { fileExists } from './file-exists.js';
import { licenseId } from './license-id.js';
import { noPlaceholders } from './no-placeholders.js';
import { checksumsReal } from './checksums-real.js';
import { ownEvidence } from './own-evidence.js';
import { sectionsDistinct } from './sections-distinct.js';
import { notOneOf } from './not-one-of.js';
import { namesSomeone } from './names-someone.js';
import { present } from './present.js';
import { presentWhen } from './present-when.js';
import { equals } from './equals.js';
import { fresh } from './fresh.js';
import { artifactsMatchVersion, cardFrontMatterKept, citationsKept, exemptionsKept, oversightKept, reviewNotPostponed, riskNotLowered, stageNotRegressed } from './governance.js';
import { threshold } from './threshold.js';
import { art50MatchesBasis, tierMatchesBasis } from './tier-matches-basis.js';
import { rolesMatchData } from './roles-match-data.js';
import { accuracyRegression, biasRegression } from './regression.js';
import { sha256Matches } from './sha256-matches.js';
import { biasNotApplicable } from './bias-not-applicable.js';

export const CHECK_FUNCTIONS: ReadonlyMap<string, CheckFunction<never>> = new Map(
  (
    [
      present,
      anyPresent,
      revisionPinned,
      presentWhen,
      notOneOf,
      namesSomeone,
      tierMatchesBasis,
      art50MatchesBasis,
      rolesMatchData,
      noPlaceholders,
      checksumsReal,
      ownEvidence,
      sectionsDistinct,
      equals,
      threshold,
      fresh,
      fileExists,
      evidenceSection,
      documentContent,
      sha256Matches,
      licenseId,
      cardSection,
      cardSections,
      cardReadable,
      cardAgrees,
      adapterBaseModel,
      cardAccuracy,
      biasRegression,
      accuracyRegression,
      riskNotLowered,
      stageNotRegressed,
      citationsKept,
      exemptionsKept,
      oversightKept,
      reviewNotPostponed,
      artifactsMatchVersion,
      cardFrontMatterKept,
      biasNotApplicable,
      ...EVIDENCE_KINDS.flatMap((kind) => kind.checks),
    ] as CheckFunction<never>[]
  ).map((fn) => [fn.name, fn]),
);
