/**
 * `modelgate bom`: find the systems under a path and write each one's ML-BOM (report/ml-bom.ts)
 * from its manifest, card and evidence, read through the same file layer as a check (nothing
 * outside the root, the same size caps).
 */
import { discover } from '../discover/discover.js';
import { EVIDENCE_KINDS } from '../evidence/registry.js';
import { EvidenceStore } from '../evidence/store.js';
import { RepoFs } from '../fs/repo-fs.js';
import { loadManifest, systemId } from '../load/manifest.js';
import { asText } from '../load/source-doc.js';
import { formatMlBom } from '../report/ml-bom.js';

export interface BomOptions {
  root: string;
  /** Repository-relative folder or manifest; '' for the whole repository. */
  scanPath: string;
  /** The as-of day, YYYY-MM-DD (the BOM's timestamp). */
  asOf: string;
  toolVersion: string;
  maxFileBytes?: number;
}

export type SystemBom =
  | { ok: true; manifest: string; id: string; text: string }
  | { ok: false; manifest: string; problem: string };

export function buildMlBoms(options: BomOptions): SystemBom[] {
  const repo = new RepoFs(options.root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
  const { manifests } = discover(repo, { scanPath: options.scanPath });
  return manifests.map((file): SystemBom => {
    const loaded = loadManifest(repo, file);
    if (!loaded.ok) {
      const problem = loaded.problems[0];
      return { ok: false, manifest: file, problem: problem ? `${problem.location.file}:${problem.location.line}: ${problem.message}` : 'cannot be read' };
    }
    const { manifest } = loaded;
    const evidence = new EvidenceStore(repo, manifest, EVIDENCE_KINDS);
    const ref = manifest.data.modelCard;
    const card = typeof ref === 'string' && ref.trim() !== '' ? evidence.card(ref) : undefined;
    const text = formatMlBom({ manifest, ...(card?.ok ? { card: card.value } : {}), evidence, asOf: options.asOf, toolVersion: options.toolVersion });
    return { ok: true, manifest: file, id: asText(systemId(manifest)), text };
  });
}
