/**
 * The evidence kinds' part of docs/manifest.md ("Evidence formats"), made from the registry so
 * a new kind or format is documented by its own folder: the heading and format table from its
 * kind.ts, the rest from its docs.md. test/evidence/registry.test.ts keeps docs/manifest.md in
 * step (and rewrites it with MODELGATE_WRITE_DOCS=1).
 */
import type { EvidenceKind } from '../evidence/kind.js';

export const EVIDENCE_DOC_START = '<!-- Evidence kinds: generated from src/evidence/<kind>/kind.ts and docs.md; do not edit by hand. -->';
export const EVIDENCE_DOC_END = '<!-- End of the generated evidence kinds. -->';

/** One `###` section per kind, in registry order, between the two markers. */
export function formatEvidenceKindsMarkdown(kinds: readonly EvidenceKind[], proseOf: (kind: EvidenceKind) => string): string {
  const sections = kinds.map((kind) => {
    const rows = kind.docs.formats.map((doc) => {
      const adapter = kind.adapters.find((a) => a.format === doc.format);
      const format = doc.link ? `[\`${doc.format}\`](${doc.link})` : `\`${doc.format}\``;
      const schema = adapter ? ` ([schema](../schemas/${adapter.schema}))` : '';
      return `| ${format} | ${doc.what}${schema} | ${doc.reads} |`;
    });
    return [
      `### ${kind.docs.heading}`,
      '',
      `| Format | What it is | ${kind.docs.readsHeading} |`,
      '|---|---|---|',
      ...rows,
      '',
      proseOf(kind).trim(),
      '',
      `Read by [\`src/evidence/${kind.id}/\`](../src/evidence/${kind.id}/kind.ts): its adapters, check functions and tests (\`test/evidence/${kind.id}/\`).`,
    ].join('\n');
  });
  return [EVIDENCE_DOC_START, '', sections.join('\n\n'), '', EVIDENCE_DOC_END].join('\n');
}
