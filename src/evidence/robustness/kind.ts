/** Red-team and robustness results (garak, promptfoo, Giskard), cited by `assurance.robustness.results[].path`, judged against thresholds per probe family. */
import { citeAt, TODO } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { ROBUSTNESS_CHECKS } from './checks.js';
import { robustnessResults } from './formats.js';
import type { RobustnessResults } from './types.js';

export const robustness: EvidenceKind<RobustnessResults> = {
  ...robustnessResults,
  citedBy: ['assurance.robustness.results.*.path'],
  formatField: 'assurance.robustness.results.*.format',
  checks: ROBUSTNESS_CHECKS,
  docs: {
    heading: 'Red-team and robustness results (`assurance.robustness.results[].format`)',
    readsHeading: 'Read from it',
    formats: [
      {
        format: 'modelgate',
        what: 'our own results, JSON or YAML, for a tool without an adapter',
        reads: 'everything: per family, tests passed of a total or issues by level; the model version; when it ran',
      },
      {
        format: 'garak',
        link: 'https://github.com/NVIDIA/garak',
        what: "garak's report JSONL (`garak.<run>.report.jsonl`, NVIDIA)",
        reads:
          'each `eval` line (probe, detector, `passed` of `total_evaluated`, or `total` before garak 0.14), the family being the probe\'s module (`dan` for `dan.Dan_11_0`); when it ran (`init.start_time`); the target (`plugins.target_name`); a line that is not JSON is a finding at that line',
      },
      {
        format: 'promptfoo',
        link: 'https://www.promptfoo.dev/docs/configuration/outputs/',
        what: 'the JSON of `promptfoo eval -o results.json`',
        reads:
          "each test's `success`, in the families it names (its red-team plugin `metadata.pluginId` and its assertions' `metric`s); when it ran (`results.timestamp`); the provider; `stats` are checked against the results",
      },
      {
        format: 'giskard',
        link: 'https://github.com/Giskard-AI/giskard',
        what: "Giskard's scan export (`scan_report.to_json(\"scan.json\")`)",
        reads: 'the issues each detector found, by level (`major`, `medium`, `minor`); the export has no date or model version, so the citation gives them',
      },
    ],
  },
  init: {
    // Which model version a garak, promptfoo or Giskard run tested only the team knows (ours says).
    cite(manifest, found) {
      const results = found.map((f) => ({ path: f.file, format: f.format, modelVersion: (f.read.ok ? f.read.value.modelVersion?.value : undefined) ?? TODO }));
      citeAt(manifest, ['assurance', 'robustness', 'results'], results);
    },
  },
};
