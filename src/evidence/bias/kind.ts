/** Bias reports: fairness metrics per sensitive attribute, cited by `bias.reports[].path`. */
import type { EvidenceKind } from '../kind.js';
import { biasReportCoverage, biasReportFresh, biasReportModelVersion, biasReportReadable, biasReportValues, biasThresholds } from './checks.js';
import { biasReports } from './formats.js';
import type { BiasReport } from './types.js';

export const bias: EvidenceKind<BiasReport> = {
  ...biasReports,
  citedBy: ['bias.reports.*.path'],
  formatField: 'bias.reports.*.format',
  checks: [biasReportReadable, biasReportValues, biasReportModelVersion, biasReportFresh, biasReportCoverage, biasThresholds],
  docs: {
    heading: 'Bias reports (`bias.reports[].format`)',
    readsHeading: 'Differences read as',
    formats: [
      { format: 'modelgate', what: 'our normalised report, JSON or YAML', reads: 'as its `convention` says (default `unsigned`)' },
      {
        format: 'fairlearn',
        link: 'https://fairlearn.org/main/user_guide/assessment/',
        what: '`MetricFrame` results as pandas writes them',
        reads: 'unsigned (max − min); ratios min / max',
      },
      {
        format: 'aif360',
        link: 'https://aif360.readthedocs.io/en/stable/',
        what: 'AIF360 metric method values and `MetricJSONExplainer` output',
        reads: 'signed (unprivileged − privileged); a gap of -0.14 is as wide as 0.14',
      },
    ],
  },
};
