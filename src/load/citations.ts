/**
 * Where a manifest cites repository files: the fields whose schema type is `$defs/path`. Used by
 * the changed-files scope (a link's target changing touches the system) and the governance rule
 * that no citation is dropped.
 */

/**
 * The fields that cite a repository file (the schema's `$defs/path`), as paths with `*` for any
 * array index or key. A test checks this list against schemas/ai-system.schema.json.
 */
export const CITATION_FIELDS: readonly string[] = [
  'modelCard',
  'risk.impactAssessment.path',
  'risk.register',
  'risk.euAiAct.notHighRiskAssessment',
  'data.datasets.*.card',
  'data.datasets.*.quality.path',
  'data.datasets.*.croissant',
  'bias.reports.*.path',
  'monitoring.config',
  'monitoring.latestRun',
  'monitoring.postMarketPlan',
  'monitoring.incidents',
  'monitoring.logging.configs.*.path',
  'oversight.plan',
  'oversight.capabilities.*.evidence',
  'assurance.*.evidence',
  'assurance.security.scans.*.path',
  'assurance.robustness.results.*.path',
  'supplyChain.bom.path',
  'assurance.energy.reports.*.path',
  'transparency.disclosure',
  'transparency.contentMarking.evidence',
  'transparency.exposureNotice',
  'transparency.deepFakeDisclosure',
  'transparency.textDisclosure',
  'transparency.editorialControl.process',
  'transparency.technicalDocumentation',
  'transparency.trainingContentSummary',
  'evidence.*.path',
];

/** Every citation in a manifest, by field (`bias.reports.*.path` → ['evidence/bias.json', …]). */
export function citationsByField(data: unknown): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const field of CITATION_FIELDS) {
    const values: string[] = [];
    const walk = (value: unknown, rest: string[]): void => {
      if (rest.length === 0) {
        if (typeof value === 'string' && value.trim() !== '') values.push(value);
        return;
      }
      if (!value || typeof value !== 'object') return;
      const [head, ...tail] = rest as [string, ...string[]];
      if (head === '*') for (const item of Object.values(value)) walk(item, tail);
      else if (Object.hasOwn(value, head)) walk((value as Record<string, unknown>)[head], tail);
    };
    walk(data, field.split('.'));
    if (values.length > 0) found.set(field, values);
  }
  return found;
}
