/** Data quality per dataset (ISO/IEC 5259, EU AI Act Art. 10): validation results and Croissant RAI fields. */
import { citeDataEvidence } from './init.js';
import type { EvidenceKind } from '../kind.js';
import { DATA_QUALITY_CHECKS } from './checks.js';
import { dataQualityFormats } from './formats.js';
import type { DataQualityEvidence } from './types.js';

export const dataQuality: EvidenceKind<DataQualityEvidence> = {
  ...dataQualityFormats,
  citedBy: ['data.datasets.*.quality.path', 'data.datasets.*.croissant'],
  checks: DATA_QUALITY_CHECKS,
  docs: {
    heading: 'Data quality (`data.datasets[].quality`, `data.datasets[].croissant`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'great-expectations',
        link: 'https://docs.greatexpectations.io/',
        what: 'a Great Expectations validation result (`ExpectationSuiteValidationResult` as JSON, 0.x or 1.x), or a checkpoint result holding several',
        reads: '`success`, `statistics`, each failed expectation (`expectation_type` or `type`, its column, what was observed), the data it ran on (`meta.active_batch_definition.data_asset_name`, `batch_kwargs`, `batch_spec`), when it ran (`meta.validation_time`, else `meta.run_id.run_time`, else a 0.x timestamp `run_id`); the statistics are checked against the results list',
      },
      {
        format: 'croissant',
        link: 'https://docs.mlcommons.org/croissant/docs/croissant-rai-spec.html',
        what: 'a Croissant JSON-LD dataset description with the Responsible-AI vocabulary, cited as `croissant`',
        reads: 'the `rai:` properties (`rai:dataCollection`, `rai:dataLimitations`, `rai:dataBiases`, `rai:personalSensitiveInformation`, `rai:dataUseCases`, …), as text or lists of text',
      },
    ],
  },
  init: {
    // Only a file that reads is cited: which dataset it is about comes from its content.
    accept: (found) => found.read.ok,
    describe: (found) => (found.read.ok && found.read.value.kind === 'croissant' ? `Croissant dataset description ${found.file}` : `${found.format} validation result ${found.file}`),
    cite: citeDataEvidence,
  },
};
