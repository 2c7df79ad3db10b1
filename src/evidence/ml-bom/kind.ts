/** ML-BOMs (CycloneDX 1.5+ with a modelCard, SPDX 3 AI and Dataset profiles), cited by `supplyChain.bom.path`, checked against the manifest and the card. */
import { citeAt } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { ML_BOM_CHECKS } from './checks.js';
import { mlBoms } from './formats.js';
import type { MlBom } from './types.js';

export const mlBom: EvidenceKind<MlBom> = {
  ...mlBoms,
  citedBy: ['supplyChain.bom.path'],
  formatField: 'supplyChain.bom.format',
  checks: ML_BOM_CHECKS,
  docs: {
    heading: 'ML-BOMs (`supplyChain.bom.format`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'cyclonedx',
        link: 'https://cyclonedx.org/capabilities/mlbom/',
        what: 'a CycloneDX 1.5 or later JSON BOM with a `machine-learning-model` component and its `modelCard` (what `modelgate bom` writes)',
        reads: 'the model (name, version, licences, hashes, `modelParameters` task and architecture), its datasets (`data` components and the model card\'s `datasets` refs: name, licences, hashes), and `file` components with hashes',
      },
      {
        format: 'spdx',
        link: 'https://spdx.github.io/spdx-spec/v3.0.1/model/AI/AI/',
        what: 'an SPDX 3.0 JSON-LD document with the AI and Dataset profiles',
        reads: 'the `ai_AIPackage` (name, `software_packageVersion`, `verifiedUsing` hashes, `ai_typeOfModel`, `ai_domain`), each `dataset_DatasetPackage`, each `software_File` with hashes; licences from `hasDeclaredLicense` (else `hasConcludedLicense`) relationships',
      },
    ],
  },
  init: {
    // A system has one ML-BOM: the first found.
    cite(manifest, [first]) {
      if (first) citeAt(manifest, ['supplyChain', 'bom'], { path: first.file, format: first.format });
    },
  },
};
