// system/checksums-real: a declared sha256 is a file's own checksum, not a made-up one (one digit
// 64 times, the SHA-256 of no bytes) nor the one declared for another file.
import { describe, expect, it } from 'vitest';
import { lineOf } from '../helpers/repo.js';
import { check, failuresOf, MANIFEST, resultsOf, withManifest } from '../helpers/system.js';

const A = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const B = '5d41402abc4b2a76b9719d911017c592aa8f1e0b2c7d3f4e5a6b7c8d9e0f1a2b';
const ZEROS = '0'.repeat(64);
const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The compliant system with a shipped model in a registry, its training data in a bucket, and the reference they were monitored against. */
function declaring(model: string, data: string, reference = data) {
  return withManifest((m) => {
    m.artifacts = [{ path: 's3://models/scorer-1.2.0.onnx', sha256: model }];
    Object.assign(m.data.datasets[0], { uri: 's3://data/train-2025.parquet', sha256: data });
    m.monitoring.reference = { dataset: 'train-2025', revision: 'v3', sha256: reference };
  });
}

describe('system/checksums-real', () => {
  it.each([
    ['two different checksums', A, B, B],
    ['upper-case hex, the reference repeating its dataset\'s checksum', A.toUpperCase(), B, B.toUpperCase()],
  ])('passes %s', (_name, model, data, reference) => {
    expect(failuresOf(check(declaring(model, data, reference)), 'system/checksums-real')).toEqual([]);
  });

  it.each([
    ['64 zeros', ZEROS, B, 'artifacts[0].sha256 for "s3://models/scorer-1.2.0.onnx" is "0" written 64 times, not the checksum of a file', 'sha256: "000'],
    ['64 f', 'f'.repeat(64), B, 'artifacts[0].sha256 for "s3://models/scorer-1.2.0.onnx" is "f" written 64 times, not the checksum of a file', 'sha256: ffff'],
    ['"deadbeef" eight times', 'deadbeef'.repeat(8), B, 'artifacts[0].sha256 for "s3://models/scorer-1.2.0.onnx" is "deadbeef" written 8 times, not the checksum of a file', `sha256: ${'deadbeef'.repeat(8)}`],
    ['the SHA-256 of an empty file', EMPTY, B, 'artifacts[0].sha256 for "s3://models/scorer-1.2.0.onnx" is the SHA-256 of an empty file (e3b0c442…b855)', `sha256: ${EMPTY}`],
    [
      "the model declared with its training data's checksum",
      B,
      B,
      'artifacts[0].sha256 for "s3://models/scorer-1.2.0.onnx" is also the checksum declared for data.datasets[0].sha256 (dataset "train-2025") for "s3://data/train-2025.parquet": they would hold the same bytes; correct the one that was copied, or cite the file once',
      'path: s3://models',
    ],
  ])('fails %s, at the checksum', (_name, model, data, message, near) => {
    const files = declaring(model, data);
    const text = files[MANIFEST] as string;
    const line = near === 'path: s3://models' ? lineOf(text, 'sha256:', lineOf(text, near)) : lineOf(text, near);
    expect(failuresOf(check(files), 'system/checksums-real')).toEqual([{ file: MANIFEST, line, message }]);
  });

  it('fails two datasets known only by their ids with one checksum, and passes two shipped files with one (a tokenizer in two variants)', () => {
    const files = withManifest((m) => {
      Object.assign(m.data.datasets[0], { sha256: A });
      m.data.datasets.push({ ...m.data.datasets[0], id: 'test-2025', role: 'test', sha256: A });
      m.artifacts = [{ path: 'fp16/tokenizer.json', sha256: B }, { path: 'int8/tokenizer.json', sha256: B }];
    });
    expect(failuresOf(check(files), 'system/checksums-real').map((f) => f.message)).toEqual([
      'data.datasets[1].sha256 (dataset "test-2025") is also the checksum declared for data.datasets[0].sha256 (dataset "train-2025"): they would hold the same bytes; correct the one that was copied, or cite the file once',
    ]);
  });

  it('passes one file cited twice with its checksum (shipped, and cited as evidence)', () => {
    const files = withManifest((m) => {
      m.artifacts = [{ path: './evidence/bias.json', sha256: A }];
      m.evidence = [{ path: 'evidence/bias.json', description: 'the bias report', sha256: A }];
    });
    expect(failuresOf(check(files), 'system/checksums-real')).toEqual([]);
  });
});

describe('system/checksums-real with nothing to check', () => {
  it('is not applicable where no sha256 is declared', () => {
    expect(resultsOf(check(withManifest(() => {})), 'system/checksums-real').map((r) => r.status)).toEqual(['not-applicable']);
  });
});
