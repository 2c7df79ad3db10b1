/**
 * Artifacts paired with the files a tool names grow linearly however the repository repeats a
 * path: n declarations of one model file against n files of that name in n folders (a scan's
 * skipped files, an ML-BOM's file components) once made n² comparisons and n² failures.
 */
import { describe, expect, it } from 'vitest';
import { growthExponent, LINEAR_GROWTH_LIMIT } from '../helpers/growth.js';
import { fixture } from '../helpers/evidence.js';
import { check, failuresOf, withManifest } from '../helpers/system.js';

const SHA = (c: string) => c.repeat(64);

/** A modelscan report that scanned one other file and skipped `n` files named model.pkl. */
function scanSkipping(n: number): string {
  const skipped = Array.from({ length: n }, (_, i) => ({ category: 'SCAN_NOT_SUPPORTED', description: 'not scanned', source: `d${i}/model.pkl` }));
  const report = JSON.parse(fixture('security-scan/modelscan-clean.json'));
  report.summary.scanned = { total_scanned: 1, scanned_files: ['other.pkl'] };
  report.summary.skipped = { total_skipped: n, skipped_files: skipped };
  return JSON.stringify(report);
}

/** The CycloneDX fixture with `n` file components named model.onnx (in n folders unless `sameName`), each with another hash. */
function bomListing(n: number, sameName = false): string {
  const bom = JSON.parse(fixture('ml-bom/cyclonedx.json'));
  const model = bom.components.find((c: { type: string }) => c.type === 'machine-learning-model');
  model.components = Array.from({ length: n }, (_, i) => ({ type: 'file', name: sameName ? 'model.onnx' : `d${i}/model.onnx`, hashes: [{ alg: 'SHA-256', content: SHA('b') }] }));
  return JSON.stringify(bom, null, 2);
}

/** n declarations of one path, spelt three ways. */
const declared = (n: number, file: string, extra: Record<string, string> = {}) => Array.from({ length: n }, (_, i) => ({ path: `${'./'.repeat(i % 3)}${file}`, ...extra }));

describe('artifacts declared many times against many files of their name', () => {
  it('security-scan coverage: n artifacts against n skipped files grows linearly', () => {
    const growth = growthExponent((n) => {
      const files = withManifest(
        (m) => {
          m.assurance = { security: { scans: [{ path: 'evidence/modelscan.json', format: 'modelscan' }] } };
          m.artifacts = declared(n, 'model.pkl');
        },
        { 'sys/evidence/modelscan.json': scanSkipping(n) },
      );
      return () => {
        const failures = failuresOf(check(files), 'security/scan-covers-artifacts');
        if (failures.length === 0) throw new Error('expected failures');
      };
    }, 1_000, 3);
    expect(growth).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('ML-BOM hashes: n artifacts against n BOM files with other hashes grows linearly', () => {
    const growth = growthExponent((n) => {
      const files = withManifest(
        (m) => {
          m.supplyChain = { bom: { path: 'bom/model.json' } };
          m.artifacts = declared(n, 'model.onnx', { sha256: SHA('a') });
        },
        { 'sys/bom/model.json': bomListing(n) },
      );
      return () => {
        const failures = failuresOf(check(files), 'ml-bom/hashes-match');
        if (failures.length === 0) throw new Error('expected failures');
      };
    }, 1_000, 3);
    expect(growth).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('ML-BOM hashes: n artifacts in n folders against n BOM files all named model.onnx grows linearly', () => {
    const growth = growthExponent((n) => {
      const files = withManifest(
        (m) => {
          m.supplyChain = { bom: { path: 'bom/model.json' } };
          m.artifacts = Array.from({ length: n }, (_, i) => ({ path: `d${i}/model.onnx`, sha256: SHA('a') }));
        },
        { 'sys/bom/model.json': bomListing(n, true) },
      );
      return () => {
        const failures = failuresOf(check(files), 'ml-bom/hashes-match');
        if (failures.length === 0) throw new Error('expected failures');
      };
    }, 1_000, 3);
    expect(growth).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
