/** Bias reports: fairness metrics per sensitive attribute, cited by `bias.reports[].path`. */
import { citeAt, hintAt, pathsAndFormats } from '../init-citation.js';
import type { EvidenceKind } from '../kind.js';
import { biasReportCoverage, biasReportFresh, biasReportDataset, biasReportModelVersion, biasSampleSize, biasReportReadable, biasReportValues, biasThresholds } from './checks.js';
import { biasReports } from './formats.js';
import type { BiasReport } from './types.js';

export const bias: EvidenceKind<BiasReport> = {
  ...biasReports,
  citedBy: ['bias.reports.*.path'],
  formatField: 'bias.reports.*.format',
  checks: [biasReportReadable, biasReportValues, biasReportModelVersion, biasReportDataset, biasSampleSize, biasReportFresh, biasReportCoverage, biasThresholds],
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
        what: 'AIF360 metric method values and `MetricJSONExplainer` output, per protected attribute or flat',
        reads: 'signed (unprivileged − privileged); a gap of -0.14 is as wide as 0.14',
      },
    ],
  },
  init: {
    // The attributes and model version a report covers are hints in the markers, not values:
    // whether they are this system's is the team's to confirm.
    cite(manifest, found) {
      citeAt(manifest, ['bias', 'reports'], pathsAndFormats(found));
      const reports = found.flatMap((f) => (f.read.ok ? [{ file: f.file, report: f.read.value }] : []));
      const attributes = [...new Set(reports.flatMap(({ report }) => [...report.attributes.keys()]))];
      if (attributes.length > 0) hintAt(manifest, ['bias', 'sensitiveAttributes', 0], `the bias report covers ${attributes.join(', ')}`);
      const versioned = reports.find(({ report }) => report.modelVersion?.value);
      if (versioned) hintAt(manifest, ['version'], `${versioned.file} is for ${versioned.report.modelVersion?.value}`);
    },
  },
};
