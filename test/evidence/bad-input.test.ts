/**
 * Every adapter of every registered kind, on every kind of bad file: malformed, truncated,
 * wrong-typed (test/fixtures/evidence/<kind>/bad/<format>-wrong-typed.*), empty, oversized, and
 * a file of another kind. Each must give a problem that names the file (and, when it is about
 * content, the line); none may crash or pass.
 */
import { describe, expect, it } from 'vitest';
import { bias } from '../../src/evidence/bias/kind.js';
import type { EvidenceKind } from '../../src/evidence/kind.js';
import { monitoring } from '../../src/evidence/monitoring/kind.js';
import { EVIDENCE_KINDS } from '../../src/evidence/registry.js';
import { badFixture, fixture, kindFixtures, storeWith } from '../helpers/evidence.js';

interface Sample {
  kind: EvidenceKind;
  format: string;
  /** Where the sample is cited: r.json or r.yaml, as the fixture's extension says. */
  file: string;
  text: string;
  /** A document of the right syntax but the wrong types for this format. */
  wrongTyped: string;
  /** A valid file of another kind. */
  other: string;
}

/** One sample per adapter: its first good fixture. */
const SAMPLES: Sample[] = EVIDENCE_KINDS.flatMap((kind, index) => {
  const otherKind = EVIDENCE_KINDS[(index + 1) % EVIDENCE_KINDS.length] as EvidenceKind;
  const other = kindFixtures(otherKind)[0]?.text ?? '';
  return kind.adapters.map((adapter) => {
    const good = kindFixtures(kind).find((f) => f.format === adapter.format);
    const wrongTyped = badFixture(kind, adapter.format, 'wrong-typed');
    if (!good || !wrongTyped) throw new Error(`${kind.id}/${adapter.format}: needs a fixture and bad/${adapter.format}-wrong-typed.*`);
    return { kind, format: adapter.format, file: `r.${good.name.split('.').pop()}`, text: good.text, wrongTyped: wrongTyped.text, other };
  });
});

function load(sample: Sample, text: string, maxFileBytes?: number) {
  const store = storeWith({ [sample.file]: text }, maxFileBytes);
  // A kind whose manifest field declares no format (monitoring runs) is detected.
  return store.evidence(sample.kind, sample.file, sample.kind.formatField ? sample.format : undefined);
}

describe.each(SAMPLES.map((sample) => [sample.kind.id, sample.format, sample] as const))('%s adapter "%s"', (_kind, _format, sample) => {
  it('reads its realistic sample', () => {
    expect(load(sample, sample.text)).toMatchObject({ ok: true, value: { format: sample.format } });
  });

  const cases: Array<[string, () => string]> = [
    ['malformed', () => `${sample.text.slice(0, 40)}\n: : [{ "unbalanced\n${sample.text.slice(40)}`],
    ['truncated', () => sample.text.slice(0, Math.floor(sample.text.length * 0.6))],
    ['wrong-typed', () => sample.wrongTyped],
    ['empty', () => ''],
    ['of another kind', () => sample.other],
  ];

  it.each(cases)('gives a located problem for a file that is %s', (_, make) => {
    const result = load(sample, make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message).toMatch(new RegExp(`^${sample.file.replace('.', '\\.')}[: ]`));
    expect(result.problem.at).toMatchObject({ file: sample.file, line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses a file over the size cap without reading it', () => {
    const result = load(sample, `${sample.text}${' '.repeat(4096)}`, 2048);
    expect(result).toEqual({ ok: false, problem: { message: expect.stringMatching(new RegExp(`^${sample.file.replace('.', '\\.')} is \\d+(\\.\\d)? KB, over the 2 KB limit`)) } });
  });
});

describe('bad evidence files: a located problem, never a crash or a pass', () => {
  const fairlearn = fixture('bias/fairlearn-metricframes.json');
  const evidently = fixture('monitoring/evidently-report-config.json');
  const nannyml = fixture('monitoring/nannyml.yaml');
  // Files a kind has its own parser for are parsed the same way whichever field cites them.
  const garak = fixture('robustness/garak-pass.report.jsonl');
  const codecarbon = fixture('energy/codecarbon.csv');
  const fluentBit = fixture('logging/fluent-bit.conf');

  it.each([
    ['bias', 'fairlearn', 'f.json', fairlearn.slice(0, Math.floor(fairlearn.length / 2)), /^f\.json: invalid JSON: /],
    ['bias', 'fairlearn', 'f.json', '', /^f\.json: invalid JSON: the file is empty$/],
    ['bias', 'fairlearn', 'f.json', '[1, 2, 3]', /^f\.json is not a valid Fairlearn MetricFrame export: must be a mapping, found a list$/],
    ['bias', 'fairlearn', 'f.json', '{"sensitive_feature": "sex", "by_group": {"selection_rate": 0.2}}', /^f\.json is not a valid Fairlearn MetricFrame export: by_group\.selection_rate: must be a mapping, found the number 0\.2$/],
    ['bias', 'fairlearn', 'f.json', evidently, /^f\.json is declared as a fairlearn bias report, but it looks like a evidently monitoring config$/],
    ['bias', 'aif360', 'a.json', '{"protected_attributes": {"sex": {"privileged_groups": []}}}', /^a\.json is not a valid AIF360 metrics export: protected_attributes\.sex: must be a protected attribute with metrics or explanations/],
    ['bias', 'aif360', 'a.json', fairlearn, /^a\.json is declared as a aif360 bias report, but it looks like a fairlearn bias report$/],
    ['bias', undefined, 'x.json', '{"accuracy": 0.91}', /^x\.json is not a bias report in a format modelgate reads/],
    ['monitoring', 'evidently', 'e.json', '{"metrics": [{"type": 42}]}', /^e\.json is not a valid Evidently report config: metrics\[0\]\.type: must be text, found the number 42/],
    ['monitoring', 'nannyml', 'n.yaml', nannyml.replace('calculators:', 'calculatorz:'), /^n\.yaml is declared as a nannyml monitoring config, but it looks like|^n\.yaml is not a valid NannyML config: missing required field "calculators"/],
    ['monitoring', 'nannyml', 'n.yaml', 'input: [\n', /^n\.yaml: invalid YAML: /],
    ['monitoring', 'whylogs', 'w.json', '{"analyzers": [], "monitors": []}', /^w\.json is not a valid WhyLabs monitor config: analyzers: must list at least 1 item$/],
    ['monitoring', undefined, 'm.yaml', fairlearn, /^m\.yaml is cited as a monitoring config, but it looks like a fairlearn bias report$/],
    ['bias', undefined, 'g.report.jsonl', garak, /^g\.report\.jsonl is cited as a bias report, but it looks like a garak red-team or robustness result$/],
    ['bias', 'fairlearn', 'g.report.jsonl', garak, /^g\.report\.jsonl is declared as a fairlearn bias report, but it looks like a garak red-team or robustness result$/],
    ['monitoring', undefined, 'emissions.csv', codecarbon, /^emissions\.csv is cited as a monitoring config, but it looks like a codecarbon energy report$/],
    ['monitoring', undefined, 'fluent-bit.conf', fluentBit, /^fluent-bit\.conf is cited as a monitoring config, but it looks like a fluent-bit logging config$/],
  ])('%s (%s) %s: %s', (kind, format, file, text, message) => {
    const store = storeWith({ [file]: text });
    const result = kind === 'bias' ? store.evidence(bias, file, format) : store.evidence(monitoring, file, format);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toMatch(message);
      expect(result.problem.at?.file).toBe(file);
      expect(result.problem.at?.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses an oversized report without reading it', () => {
    const result = storeWith({ 'big.json': `{"x": "${'a'.repeat(3000)}"}` }, 1024).evidence(bias, 'big.json');
    expect(result).toEqual({ ok: false, problem: { message: 'big.json is 2.9 KB, over the 1 KB limit (max-file-size)' } });
  });
});
