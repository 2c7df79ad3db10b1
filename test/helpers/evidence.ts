/** An evidence store over a throwaway repository, and the evidence fixtures (test/fixtures/evidence/<kind>/). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EvidenceStore } from '../../src/evidence/store.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { loadManifest } from '../../src/load/manifest.js';
import { makeRepo } from './repo.js';

export const EVIDENCE_FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');

/** A fixture by its path under test/fixtures/evidence ('bias/aif360-metrics.json'). */
export const fixture = (name: string) => fs.readFileSync(path.join(EVIDENCE_FIXTURES, name), 'utf8');

export function storeWith(files: Record<string, string>, maxFileBytes?: number): EvidenceStore {
  const root = makeRepo({ 'ai-system.yaml': 'id: x\nname: X\nversion: "1"\n', ...files });
  const repo = new RepoFs(root, maxFileBytes ? { maxFileBytes } : {});
  const loaded = loadManifest(repo, 'ai-system.yaml');
  if (!loaded.ok) throw new Error('manifest');
  return new EvidenceStore(repo, loaded.manifest);
}
