/**
 * Golden reports: the gate's output on the bundled examples (every format) and on every real
 * card of the corpus, byte for byte. A refactoring (issue 14) or a faster parser (issue 17)
 * must leave them identical; a change that means to alter a report regenerates them with
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/golden
 *
 * and the diff of test/golden/*.golden shows, in review, exactly what readers will see change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { check, compliantFiles } from '../helpers/system.js';

const ROOT = path.resolve(__dirname, '../..');
const HERE = __dirname;
const AS_OF = new Date('2026-11-22T00:00:00Z');

function golden(name: string, actual: string): void {
  const file = path.join(HERE, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  expect(fs.existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
  // Compared as text, so a failure shows the lines that moved.
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden reports of the examples', () => {
  const { report, policy } = evaluateGate({ root: ROOT, scanPath: 'examples', now: AS_OF, commit: null });

  it.each([
    ['examples.stylish', () => formatStylish(report, { color: false, verbose: true })],
    ['examples.json', () => `${JSON.stringify(report, null, 2)}\n`],
    ['examples.md', () => formatMarkdown(report)],
    ['examples.sarif', () => formatSarif(report, { rules: policy.known })],
  ])('%s', (name, render) => golden(name, render()));
});

describe('golden verdicts on the corpus', () => {
  it('every real model and dataset card as a system\'s model card: each finding, located', () => {
    const corpus = path.join(ROOT, 'test/fixtures/corpus');
    const lines: string[] = [];
    for (const folder of ['hf-model-cards', 'freeform-model-cards', 'dataset-cards']) {
      for (const name of fs.readdirSync(path.join(corpus, folder)).sort()) {
        const report = check({ ...compliantFiles(), 'sys/README.md': fs.readFileSync(path.join(corpus, folder, name), 'utf8') }, { now: AS_OF });
        lines.push(`## ${folder}/${name}`);
        for (const f of report.findings) {
          if (f.status === 'pass') continue;
          lines.push(`${f.status} ${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`);
        }
      }
    }
    golden('corpus', `${lines.join('\n')}\n`);
  });
});
