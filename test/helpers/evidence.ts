/** An evidence store over a throwaway repository, and the evidence fixtures (test/fixtures/evidence/<kind>/). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EvidenceKind } from '../../src/evidence/kind.js';
import { EVIDENCE_KINDS } from '../../src/evidence/registry.js';
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
  return new EvidenceStore(repo, loaded.manifest, EVIDENCE_KINDS);
}

export interface KindFixture {
  /** File name in test/fixtures/evidence/<kind>/: `<format>[-variant].json|yaml`. */
  name: string;
  /** The adapter format its name starts with ('' when none of the kind's). */
  format: string;
  text: string;
}

/** A kind's good fixtures (its folder's top level; bad files are under bad/). */
export function kindFixtures(kind: EvidenceKind): KindFixture[] {
  const dir = path.join(EVIDENCE_FIXTURES, kind.id);
  if (!fs.existsSync(dir)) return [];
  const formats = kind.adapters.map((a) => a.format);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(jsonl?|ya?ml|conf|csv)$/.test(entry.name))
    .map((entry) => ({
      name: entry.name,
      format: formats.find((f) => entry.name.startsWith(`${f}.`) || entry.name.startsWith(`${f}-`)) ?? '',
      text: fs.readFileSync(path.join(dir, entry.name), 'utf8'),
    }));
}

/** A bad file of one format: `<kind>/bad/<format>-<what>.*` ('wrong-typed': right syntax, wrong types). */
export function badFixture(kind: EvidenceKind, format: string, what: string): KindFixture | undefined {
  const dir = path.join(EVIDENCE_FIXTURES, kind.id, 'bad');
  const name = fs.existsSync(dir) ? fs.readdirSync(dir).find((file) => file.startsWith(`${format}-${what}.`)) : undefined;
  return name ? { name, format, text: fs.readFileSync(path.join(dir, name), 'utf8') } : undefined;
}
