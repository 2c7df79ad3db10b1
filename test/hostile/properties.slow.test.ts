/**
 * Property-based tests (fast-check) over the loaders and the whole engine: whatever the input,
 * nothing throws (the loaders return located failures; runGate returns a report), every position
 * is 1-based, every finding is located, no check function crashes into an "internal error", and
 * nothing from outside the root reaches the report.
 *
 * Runs per property: MODELGATE_FC_RUNS. CI uses the default, 300 runs per whole-engine property
 * and 1,200 per parser property (the file takes about 10 s on 2 cores, alone). Raise it to search
 * harder (MODELGATE_FC_RUNS=3000 took 12 minutes on a busy 2-core machine). The cases are the
 * same on every run; `npm run test:explore` draws new ones (test/setup-libraries.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYamlText, stringify } from 'yaml';
import { runGate } from '../../src/engine/gate.js';
import { parseJsonLines } from '../../src/load/json-lines.js';
import { parseJson } from '../../src/load/json.js';
import { Outline } from '../../src/load/markdown.js';
import { parseCard, splitLines } from '../../src/load/model-card.js';
import { LineIndex } from '../../src/load/source-doc.js';
import { parseYaml } from '../../src/load/yaml.js';
import type { Report } from '../../src/report/report.js';
import type { PathSegment, Position } from '../../src/types.js';
import { COMPLIANT_CARD, COMPLIANT_MONITORING, compliantBiasReport, fullFiles, fullManifest, hostileRepo, MANIFEST, SECRET } from './fixtures.js';
import { pathsIn } from '../helpers/paths.js';

const RUNS = Number(process.env.MODELGATE_FC_RUNS ?? 300);
/** Parsers are cheap: they get more runs than whole-engine properties. */
const PARSER_RUNS = RUNS * 4;

// Pieces of YAML, JSON and Markdown syntax (and of paths out of the root), so random text is
// mostly near-valid documents rather than noise the parsers reject at the first byte.
const SYNTAX = [
  '\n', '\r\n', '\r', ' ', '  ', '\t', '-', '- ', ':', ': ', '? ', ',', '[', ']', '{', '}', '"', "'", '#', '|', '>', '&a ', '*a', '!!str ',
  '!!binary ', '<<: ', '---\n', '...\n', '%YAML 1.2\n', 'key', 'id', 'name', 'version', '__proto__', 'constructor', '1', '-1e999', '.nan',
  '0x1F', 'null', '~', 'true', 'no', '\u0000', '\ufeff', '\u2028', 'é', '😀', '\\', '\\u0000', '{{ card_data }}', '# ', '## Uses',
  '```', '~~~', '<!--', '-->', '<h2>', '? [a, b]\n: ', '? {a: 1}\n: ', '**Label**', '[More Information Needed]', '../', '/etc/passwd', '..\\', 'C:\\', '#section',
];
const syntaxText = fc.array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(syntaxText, fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: 'binary' }));

const positionOk = (p: Pick<Position, 'line' | 'column'>) => Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column >= 1;


describe('loaders never throw and always locate', () => {
  it('parseYaml: a located failure or a document whose every path locates, and nothing printed', () => {
    const warnings = vi.spyOn(process, 'emitWarning');
    fc.assert(
      fc.property(anyText, fc.nat({ max: 50 }), (text, lineOffset) => {
        const result = parseYaml(text, { file: 'f.yaml', lineOffset });
        if (!result.ok) {
          expect(positionOk(result.error), JSON.stringify(result.error)).toBe(true);
          expect(result.error.line).toBeGreaterThan(lineOffset);
          return;
        }
        for (const p of pathsIn(result.doc.value)) expect(positionOk(result.doc.locate(p))).toBe(true);
      }),
      { numRuns: PARSER_RUNS },
    );
    expect(warnings).not.toHaveBeenCalled();
    warnings.mockRestore();
  });

  it('parseYaml reads back what the yaml package writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseYaml(stringify(value), { file: 'f.yaml' });
        if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
        expect(result.doc.value).toEqual(parseYamlText(stringify(value)));
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('parseJson: a located failure or a document whose every path locates', () => {
    /** Valid JSON with one piece of syntax inserted somewhere. */
    const brokenJson = fc
      .tuple(fc.json({ maxDepth: 6 }), fc.nat(), fc.constantFrom('', '}', ']', ',', '"', ':', '{', '[', '\n'))
      .map(([json, n, piece]) => {
        const at = n % (json.length + 1);
        return json.slice(0, at) + piece + json.slice(at);
      });
    const jsonish = fc.oneof(anyText, brokenJson);
    fc.assert(
      fc.property(jsonish, (text) => {
        const result = parseJson(text, 'f.json');
        if (!result.ok) {
          expect(positionOk(result.error), JSON.stringify(result.error)).toBe(true);
          return;
        }
        expect(result.doc.value).toEqual(JSON.parse(text));
        for (const p of pathsIn(result.doc.value)) expect(positionOk(result.doc.locate(p))).toBe(true);
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('parseJson points each path of a valid document at its own value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const result = parseJson(text, 'f.json');
        if (!result.ok) return; // nested deeper than the cap: covered above
        const lines = splitLines(text);
        for (const p of pathsIn(value).slice(4)) {
          const at = result.doc.locate(p);
          const leaf = p.reduce<any>((node, key) => node?.[key], value);
          const line = lines[at.line - 1] ?? '';
          // A scalar is pointed at itself; a block at its key (or its opening bracket).
          if (leaf === null || typeof leaf !== 'object') expect(line.slice(at.column - 1).startsWith(JSON.stringify(leaf))).toBe(true);
        }
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('parseJsonLines: a failure at a line of the text, or each path located on its own value\'s line', () => {
    const lines = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), anyText.map((t) => t.replace(/[\r\n]/g, ' ')), fc.constant('')), { maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.boolean(), (list, crlf) => {
        const text = list.join(crlf ? '\r\n' : '\n');
        const result = parseJsonLines(text, 'f.jsonl');
        const lineCount = splitLines(text).length;
        if (!result.ok) {
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
          return;
        }
        const textLines = splitLines(text);
        result.doc.value.forEach((value, index) => {
          // The first four paths are missing ones: located on the value's line, at its nearest ancestor.
          for (const p of pathsIn(value).slice(0, 4)) expect(result.doc.locate([index, ...p]).line).toBe(result.doc.locate([index]).line);
          for (const p of pathsIn(value).slice(4, 10)) {
            const at = result.doc.locate([index, ...p]);
            const leaf = p.reduce<any>((node, key) => node?.[key], value);
            const line = textLines[at.line - 1] ?? '';
            if (leaf === null || typeof leaf !== 'object') expect(line.slice(at.column - 1).startsWith(JSON.stringify(leaf))).toBe(true);
          }
        });
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('parseCard: problems, headings and front matter are located inside the file', () => {
    const card = fc.oneof(
      anyText,
      fc.tuple(fc.jsonValue({ maxDepth: 3 }), syntaxText).map(([meta, body]) => `---\n${stringify(meta)}---\n${body}`),
      fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.string({ maxLength: 10 })).map(([at, cut, piece]) => {
        const i = at % (COMPLIANT_CARD.length + 1);
        return COMPLIANT_CARD.slice(0, i) + piece + COMPLIANT_CARD.slice(i + cut);
      }),
    );
    fc.assert(
      fc.property(card, (text) => {
        const parsed = parseCard(text, 'README.md');
        const lineCount = splitLines(text).length;
        for (const problem of parsed.problems) {
          expect(positionOk(problem), JSON.stringify(problem)).toBe(true);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
        }
        if (parsed.frontMatterLine !== undefined) expect(parsed.frontMatterLine).toBeGreaterThanOrEqual(1);
        for (const heading of parsed.outline.headings) {
          expect(heading.line).toBeGreaterThanOrEqual(1);
          expect(heading.line).toBeLessThanOrEqual(lineCount);
        }
        if (parsed.frontMatter) for (const p of pathsIn(parsed.meta)) expect(positionOk(parsed.frontMatter.locate(p))).toBe(true);
        expect(typeof parsed.meta).toBe('object');
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('Outline: headings are in range and every lookup returns a section of the text or nothing', () => {
    fc.assert(
      fc.property(fc.array(syntaxText, { maxLength: 30 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), (lines, names) => {
        const outline = new Outline(lines);
        for (const heading of outline.headings) {
          expect(heading.line).toBeGreaterThanOrEqual(1);
          expect(heading.line).toBeLessThanOrEqual(lines.length);
        }
        const section = outline.find(names, names);
        if (section) expect(typeof section.body).toBe('string');
      }),
      { numRuns: PARSER_RUNS },
    );
  });

  it('LineIndex agrees with splitting the text on CRLF, LF and CR', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', 'é'), { maxLength: 40 }).map((p) => p.join('')), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const at = new LineIndex(text).position(offset);
        const before = text.slice(0, offset);
        // A CR right before the offset that is the first half of a CRLF has not ended its line yet.
        const lines = splitLines(before.endsWith('\r') && text[offset] === '\n' ? before.slice(0, -1) : before);
        expect(at.line).toBe(lines.length);
        expect(at.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: PARSER_RUNS },
    );
  });
});

describe('the whole engine on random and mutated systems', () => {
  const { root } = hostileRepo(fullFiles());
  const original = fullFiles();

  /** Runs the gate with `files` written over the compliant system, then restores it. */
  function gateWith(files: Record<string, string>): Report {
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
    try {
      return runGate({ root, policyBaseDir: root, policy: 'trustworthiness' });
    } finally {
      for (const file of Object.keys(files)) {
        if (file in original) fs.writeFileSync(path.join(root, file), original[file] as string);
        else fs.rmSync(path.join(root, file));
      }
    }
  }

  function expectSound(report: Report): void {
    const json = JSON.stringify(report);
    expect(json).not.toContain(SECRET);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.file, `${f.ruleId}: ${f.message}`).toMatch(/^(?!\/)(?!\.\.\/)\S/);
      expect(positionOk(f), `${f.ruleId} at ${f.file}:${f.line}:${f.column}`).toBe(true);
      expect(f.message, f.ruleId).not.toMatch(/internal error/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  /** Character edits: insert a piece of syntax or text, delete a run, or cut the rest off. */
  const edits = fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 6 })) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    ),
    { minLength: 1, maxLength: 6 },
  );
  type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'truncate'; at: number };
  function applyEdits(text: string, list: Edit[]): string {
    let out = text;
    for (const edit of list) {
      const at = edit.at % (out.length + 1);
      if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
      else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
      else out = out.slice(0, at);
    }
    return out;
  }

  /** A copy of `value` with `replacement` at `at` (created if missing; own property even for __proto__). */
  function setAt(value: unknown, at: PathSegment[], replacement: unknown): unknown {
    const copy = structuredClone(value) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const [i, key] of at.entries()) {
      if (i === at.length - 1) {
        Object.defineProperty(node, key, { value: replacement, enumerable: true, writable: true, configurable: true });
      } else {
        const next = Object.hasOwn(node, key) ? node[key as string] : undefined;
        if (next === null || typeof next !== 'object') Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
        node = node[key as string] as Record<string, unknown>;
      }
    }
    return copy;
  }
  const manifestPaths = pathsIn(fullManifest(), 1000).filter((p) => p.length > 0);
  const newKeys = ['__proto__', 'constructor', 'x-extra', 'toString', 'schedule', 'path'];
  const valueAt = (paths: PathSegment[][]) =>
    fc.tuple(fc.constantFrom(...paths), fc.option(fc.constantFrom(...newKeys), { nil: undefined }), fc.jsonValue({ maxDepth: 3 })).map(
      ([at, extra, value]) => ({ at: extra === undefined ? at : [...at, extra], value }),
    );

  it('a manifest with random character edits', () => {
    const text = original[MANIFEST] as string;
    fc.assert(
      fc.property(edits, (list) => expectSound(gateWith({ [MANIFEST]: applyEdits(text, list) }))),
      { numRuns: RUNS },
    );
  });

  it('a manifest with any JSON value at any field (or a new key under it)', () => {
    fc.assert(
      fc.property(fc.array(valueAt(manifestPaths), { minLength: 1, maxLength: 3 }), (changes) => {
        const manifest = changes.reduce<unknown>((m, { at, value }) => setAt(m, at, value), fullManifest());
        expectSound(gateWith({ [MANIFEST]: stringify(manifest) }));
      }),
      { numRuns: RUNS },
    );
  });

  it('a model card with random edits, or random front matter', () => {
    const card = fc.oneof(
      edits.map((list) => applyEdits(COMPLIANT_CARD, list)),
      fc.jsonValue({ maxDepth: 3 }).map((meta) => COMPLIANT_CARD.replace(/^---\n[\s\S]*?\n---\n/, `---\n${stringify(meta)}---\n`)),
    );
    fc.assert(
      fc.property(card, (text) => expectSound(gateWith({ 'sys/README.md': text }))),
      { numRuns: RUNS },
    );
  });

  /** A realistic file of each evidence format, and how the manifest cites it. */
  const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
  const ADAPTER_SAMPLES: Array<{ file: string; text: string; cite: (m: Record<string, any>) => void }> = [
    { file: 'sys/evidence/fairlearn.json', text: fixture('bias/fairlearn-metricframes.json'), cite: (m) => (m.bias.reports = [{ path: 'evidence/fairlearn.json', format: 'fairlearn' }]) },
    { file: 'sys/evidence/fairlearn-one.json', text: fixture('bias/fairlearn-single-frame.json'), cite: (m) => (m.bias.reports = [{ path: 'evidence/fairlearn-one.json', format: 'fairlearn' }]) },
    { file: 'sys/evidence/aif360.json', text: fixture('bias/aif360-metrics.json'), cite: (m) => (m.bias.reports = [{ path: 'evidence/aif360.json', format: 'aif360' }]) },
    { file: 'sys/evidence/aif360-flat.json', text: fixture('bias/aif360-flat.json'), cite: (m) => (m.bias.reports = [{ path: 'evidence/aif360-flat.json', format: 'aif360' }]) },
    { file: 'sys/evidence/aif360-list.json', text: fixture('bias/aif360-flat-list.json'), cite: (m) => (m.bias.reports = [{ path: 'evidence/aif360-list.json' }]) },
    { file: 'sys/monitoring/evidently.json', text: fixture('monitoring/evidently-report-config.json'), cite: (m) => Object.assign(m.monitoring, { config: 'monitoring/evidently.json', format: 'evidently' }) },
    { file: 'sys/monitoring/nannyml.yaml', text: fixture('monitoring/nannyml.yaml'), cite: (m) => Object.assign(m.monitoring, { config: 'monitoring/nannyml.yaml', format: 'nannyml' }) },
    { file: 'sys/monitoring/whylabs.json', text: fixture('monitoring/whylogs-monitor.json'), cite: (m) => Object.assign(m.monitoring, { config: 'monitoring/whylabs.json', format: 'whylogs' }) },
    { file: 'sys/monitoring/runs/snapshot.json', text: fixture('monitoring-run/evidently-snapshot.json'), cite: (m) => (m.monitoring.latestRun = 'monitoring/runs/snapshot.json') },
    { file: 'sys/monitoring/incidents.yaml', text: fixture('incidents/modelgate.yaml'), cite: (m) => (m.monitoring.incidents = 'monitoring/incidents.yaml') },
    {
      file: 'sys/evidence/modelscan.json',
      text: fixture('security-scan/modelscan-pretty.json'),
      cite: (m) => {
        m.assurance.security.scans = [{ path: 'evidence/modelscan.json', format: 'modelscan' }];
        m.artifacts = [{ path: 'model/scorer.pkl', date: '2026-10-01' }, { path: 'model/feature_names.txt' }];
      },
    },
    { file: 'sys/evidence/modelscan-line.json', text: fixture('security-scan/modelscan-report.json'), cite: (m) => (m.assurance.security.scans = [{ path: 'evidence/modelscan-line.json' }]) },
    { file: 'sys/evidence/scan.json', text: fixture('security-scan/modelgate.json'), cite: (m) => (m.assurance.security.scans = [{ path: 'evidence/scan.json', format: 'modelgate' }]) },
    ...(
      [
        ['garak.report.jsonl', 'garak-fail.report.jsonl', 'garak', 'dan'],
        ['promptfoo.json', 'promptfoo-fail.json', 'promptfoo', 'prompt-injection'],
        ['giskard.json', 'giskard-fail.json', 'giskard', 'NumericalPerturbationDetector'],
        ['results.yaml', 'modelgate.yaml', 'modelgate', 'noise'],
      ] as const
    ).map(([name, source, format, family]) => ({
      file: `sys/evidence/${name}`,
      text: fixture(`robustness/${source}`),
      cite: (m: Record<string, any>) =>
        (m.assurance.robustness.results = [{ path: `evidence/${name}`, format, modelVersion: '1.2.0', thresholds: [{ family, minPassRate: 0.9 }, { family: '*', maxIssues: 1, level: 'major' }] }]),
    })),
    {
      file: 'sys/evidence/model.cdx.json',
      text: fixture('ml-bom/cyclonedx.json'),
      cite: (m) => {
        m.supplyChain = { bom: { path: 'evidence/model.cdx.json', format: 'cyclonedx' } };
        m.artifacts = [{ path: 'model/scorer.onnx', sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }];
      },
    },
    { file: 'sys/evidence/model.spdx.json', text: fixture('ml-bom/spdx.json'), cite: (m) => (m.supplyChain = { bom: { path: 'evidence/model.spdx.json' } }) },
    { file: 'sys/monitoring/otel.yaml', text: fixture('logging/otel-collector.yaml'), cite: (m) => (m.monitoring.logging = { ...m.monitoring.logging, configs: [{ path: 'monitoring/otel.yaml', format: 'otel-collector' }] }) },
    { file: 'sys/monitoring/fluent-bit.yaml', text: fixture('logging/fluent-bit.yaml'), cite: (m) => (m.monitoring.logging = { ...m.monitoring.logging, configs: [{ path: 'monitoring/fluent-bit.yaml' }] }) },
    { file: 'sys/monitoring/logging.yaml', text: fixture('logging/modelgate.yaml'), cite: (m) => (m.monitoring.logging = { ...m.monitoring.logging, configs: [{ path: 'monitoring/logging.yaml', format: 'modelgate' }] }) },
    { file: 'sys/evidence/ge.json', text: fixture('data-quality/great-expectations-0x-failed.json'), cite: (m) => (m.data.datasets[0].quality = { path: 'evidence/ge.json', format: 'great-expectations' }) },
    { file: 'sys/evidence/checkpoint.json', text: fixture('data-quality/great-expectations-checkpoint.json'), cite: (m) => (m.data.datasets[0].quality = { path: 'evidence/checkpoint.json' }) },
    { file: 'sys/data/croissant.json', text: fixture('data-quality/croissant-rai.json'), cite: (m) => (m.data.datasets[0].croissant = 'data/croissant.json') },
  ];

  /** Text formats read by their own parsers (a Fluent Bit .conf, CodeCarbon's CSV): random edits, and random lines of their own. */
  const TEXT_SAMPLES: Array<{ file: string; text: string; cite: (m: Record<string, any>) => void }> = [
    { file: 'sys/monitoring/fluent-bit.conf', text: fixture('logging/fluent-bit.conf'), cite: (m) => (m.monitoring.logging = { ...m.monitoring.logging, configs: [{ path: 'monitoring/fluent-bit.conf' }] }) },
    { file: 'sys/evidence/emissions.csv', text: fixture('energy/codecarbon.csv'), cite: (m) => (m.assurance.energy = { reports: [{ path: 'evidence/emissions.csv', format: 'codecarbon' }] }) },
  ];

  it('a Fluent Bit .conf or a CodeCarbon CSV with random edits, or random lines among its own', () => {
    const line = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('[INPUT]', '[OUTPUT', '    Name', '@INCLUDE x', '"', '",', ',,,,', '-1,NaN,1e999', '\r'));
    const mutated = fc.constantFrom(...TEXT_SAMPLES).chain((sample) => {
      const manifest = fullManifest();
      sample.cite(manifest);
      const lines = sample.text.split('\n');
      return fc
        .oneof(
          edits.map((list) => applyEdits(sample.text, list)),
          fc.array(fc.tuple(fc.nat(lines.length), line), { minLength: 1, maxLength: 4 }).map((inserts) => {
            const copy = [...lines];
            for (const [at, text] of inserts) copy.splice(at, 0, text);
            return copy.join('\n');
          }),
        )
        .map((text) => ({ [sample.file]: text, [MANIFEST]: stringify(manifest) }));
    });
    fc.assert(
      fc.property(mutated, (files) => expectSound(gateWith(files))),
      { numRuns: RUNS },
    );
  });

  it('evidence of every other format with random edits or any value at any field', () => {
    const mutated = fc.constantFrom(...ADAPTER_SAMPLES).chain((sample) => {
      const json = sample.file.endsWith('.json');
      // JSON Lines: the value is the array of lines, written back one value a line.
      const lines = sample.file.endsWith('.jsonl');
      const value = lines
        ? sample.text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown)
        : json ? JSON.parse(sample.text) : parseYamlText(sample.text);
      const write = (v: unknown) =>
        lines && Array.isArray(v) ? v.map((line) => JSON.stringify(line)).join('\n') : json || lines ? JSON.stringify(v, null, 2) : stringify(v);
      const manifest = fullManifest();
      sample.cite(manifest);
      return fc
        .oneof(
          edits.map((list) => applyEdits(sample.text, list)),
          valueAt(pathsIn(value, 1000).filter((p) => p.length > 0)).map(({ at, value: v }) => write(setAt(value, at, v))),
        )
        .map((text) => ({ [sample.file]: text, [MANIFEST]: stringify(manifest) }));
    });
    fc.assert(
      fc.property(mutated, (files) => expectSound(gateWith(files))),
      { numRuns: RUNS },
    );
  });

  it('evidence (bias report, monitoring config) with random edits or any value at any field', () => {
    const bias = compliantBiasReport();
    const monitoring = parseYamlText(COMPLIANT_MONITORING) as unknown;
    const evidence = fc.oneof(
      edits.map((list) => ({ 'sys/evidence/bias.json': applyEdits(original['sys/evidence/bias.json'] as string, list) })),
      edits.map((list) => ({ 'sys/monitoring/drift.yaml': applyEdits(COMPLIANT_MONITORING, list) })),
      valueAt(pathsIn(bias, 1000).filter((p) => p.length > 0)).map(({ at, value }) => ({ 'sys/evidence/bias.json': JSON.stringify(setAt(bias, at, value)) })),
      valueAt(pathsIn(monitoring, 1000).filter((p) => p.length > 0)).map(({ at, value }) => ({ 'sys/monitoring/drift.yaml': stringify(setAt(monitoring, at, value)) })),
    );
    fc.assert(
      fc.property(evidence, (files) => expectSound(gateWith(files))),
      { numRuns: RUNS },
    );
  });
});
