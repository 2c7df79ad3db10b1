/**
 * What `npm run lint` enforces over src/, proved rule by rule so that weakening a config fails
 * here: eslint.config.js (regular expressions over pull-request text run in linear time; the
 * TypeScript syntax rules) and .dependency-cruiser.cjs (imports run down the stages, no folder or
 * file cycles, github/ only from the Action's files, node:fs only in src/fs/).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/load/example.ts' });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('eslint.config.js over src/', () => {
  it.each([
    ['nested quantifiers', 'export const r = /^(a+)+$/;', 'regexp/no-super-linear-backtracking'],
    ['two quantifiers trading spaces', 'export const r = /^#+[ \\t]+(.*?)[ \\t]*$/;', 'regexp/no-super-linear-backtracking'],
    ['a lazy class rescanned from every opener', 'export const r = /\\{\\{[^}]*\\}\\}/g;', 'regexp/no-super-linear-move'],
    ['a misleading capturing group', 'export const r = /\\d+(\\d*)/;', 'regexp/no-misleading-capturing-group'],
    ['an explicit any', 'export const a: any = 1;', 'no-restricted-syntax'],
    ['a non-null assertion right after ?.', 'export const f = (o: { a?: { b: number } }) => o.a?.b!;', 'no-restricted-syntax'],
    ['a namespace', 'namespace N { export const z = 1; }', 'no-restricted-syntax'],
    ['require()', "export const m = require('node:path');", 'no-restricted-syntax'],
    ['@ts-ignore', '// @ts-ignore\nexport const n: number = 1;', 'no-warning-comments'],
    ['unreachable code (ESLint recommended)', 'export function f(): number { return 1; f(); }', 'no-unreachable'],
  ])('flags %s', async (_, code, rule) => {
    expect(await ruleIds(code)).toContain(rule);
  });

  it('passes a linear pattern in TypeScript, type-only imports and all', async () => {
    expect(
      await ruleIds(
        "import type { Severity } from '../types.js';\nexport const r: RegExp = /^ {0,3}(#{1,6})(?=[ \\t]|$)/;\nexport type T = { a: string; s: Severity; m: Record<string, unknown> };",
      ),
    ).toEqual([]);
  });
});

describe('.dependency-cruiser.cjs over src/', () => {
  let options: ICruiseOptions;
  let scratch: string;
  beforeAll(async () => {
    options = await extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs'));
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-boundaries-'));
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  let trees = 0;
  /** Cruises a made-up src/ (path → source) with the project's config: the rules broken, sorted. */
  async function violations(files: Record<string, string>): Promise<string[]> {
    const base = path.join(scratch, String(trees++));
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
      fs.writeFileSync(path.join(base, file), text);
    }
    const { output } = await cruise(['src'], { ...options, baseDir: base });
    // An error fails `npm run lint`; a rule weakened to a warning shows here with its severity.
    return [...new Set((output as ICruiseResult).summary.violations.map((v) => (v.rule.severity === 'error' ? v.rule.name : `${v.rule.name} (${v.rule.severity})`)))].sort();
  }

  it('passes today’s src/', async () => {
    const { output } = await cruise(['src'], { ...options, baseDir: ROOT });
    const result = output as ICruiseResult;
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    // It saw the imports: `./x.js` resolved to `./x.ts`, type-only imports included.
    const compiled = result.modules.find((m) => m.source === 'src/evaluate/policy.ts');
    expect(compiled?.dependencies.map((d) => d.resolved)).toEqual(expect.arrayContaining(['src/policy/types.ts', 'src/evaluate/function.ts']));
    expect(result.summary.totalCruised).toBeGreaterThan(90);
  });

  it('passes a clean tree: every stage importing only below it, the Action importing github/', async () => {
    expect(
      await violations({
        'src/types.ts': 'export type Severity = "error";\n',
        'src/fs/disk.ts': "import * as fs from 'node:fs';\nimport type { Severity } from '../types.js';\nexport const read = (f: string): Severity | string => fs.readFileSync(f, 'utf8');\n",
        'src/load/yaml.ts': "import { read } from '../fs/disk.js';\nexport const load = read;\n",
        'src/evidence/store.ts': "import { load } from '../load/yaml.js';\nexport const store = load;\n",
        'src/discover/discover.ts': "import { store } from '../evidence/store.js';\nexport const discover = store;\n",
        'src/policy/load.ts': "import { discover } from '../discover/discover.js';\nexport const policy = discover;\n",
        'src/evaluate/evaluate.ts': "import { policy } from '../policy/load.js';\nexport const evaluate = policy;\n",
        'src/report/report.ts': "import { evaluate } from '../evaluate/evaluate.js';\nexport const report = evaluate;\n",
        'src/engine/gate.ts': "import { report } from '../report/report.js';\nexport const gate = report;\n",
        'src/github/publish.ts': "import { gate } from '../engine/gate.js';\nexport const publish = gate;\n",
        'src/action/run.ts': "import { publish } from '../github/publish.js';\nexport const run = publish;\n",
        'src/action.ts': "import { run } from './action/run.js';\nimport { publish } from './github/publish.js';\nexport const action = [run, publish];\n",
        'src/cli.ts': "import { gate } from './engine/gate.js';\nimport { read } from './fs/disk.js';\nexport const cli = [gate, read];\n",
      }),
    ).toEqual([]);
  });

  it.each([
    ['an upward import (load → policy)', { 'src/load/a.ts': "import { b } from '../policy/b.js';\nexport const a = b;\n", 'src/policy/b.ts': 'export const b = 1;\n' }, ['stage-load-imports-down']],
    ['an upward type-only import (fs → load)', { 'src/fs/a.ts': "import type { B } from '../load/b.js';\nexport const a = (b: B) => b;\n", 'src/load/b.ts': 'export type B = number;\n' }, ['stage-fs-imports-down']],
    ['types.ts importing a stage', { 'src/types.ts': "import { b } from './fs/b.js';\nexport const a = b;\n", 'src/fs/b.ts': 'export const b = 1;\n' }, ['stage-types-imports-down']],
    ['report importing the new engine/ folder', { 'src/report/a.ts': "import { b } from '../engine/b.js';\nexport const a = b;\n", 'src/engine/b.ts': 'export const b = 1;\n' }, ['stage-report-imports-down']],
    ['engine/ importing an entry file', { 'src/engine/a.ts': "import { b } from '../cli.js';\nexport const a = b;\n", 'src/cli.ts': 'export const b = 1;\n' }, ['stage-engine-imports-down']],
    [
      'a folder cycle (evidence ↔ discover, the same stage)',
      {
        'src/evidence/a.ts': "import { b } from '../discover/b.js';\nexport const a = b;\n",
        'src/discover/b.ts': "import { c } from '../evidence/c.js';\nexport const b = c;\n",
        'src/evidence/c.ts': 'export const c = 1;\n',
      },
      ['no-folder-cycle'],
    ],
    [
      'a folder cycle through evaluate and report',
      {
        'src/evaluate/a.ts': "import { b } from '../report/b.js';\nexport const a = b;\n",
        'src/report/b.ts': "import { c } from '../evaluate/c.js';\nexport const b = c;\n",
        'src/evaluate/c.ts': 'export const c = 1;\n',
      },
      ['no-folder-cycle', 'stage-evaluate-imports-down'],
    ],
    [
      'a folder cycle between policy and evaluate (the one issue 14 removed)',
      {
        'src/policy/a.ts': "import { b } from '../evaluate/b.js';\nexport const a = b;\n",
        'src/evaluate/b.ts': "import { c } from '../policy/c.js';\nexport const b = c;\n",
        'src/policy/c.ts': 'export const c = 1;\n',
      },
      ['no-folder-cycle', 'stage-policy-imports-down'],
    ],
    ['a file cycle', { 'src/load/a.ts': "import { b } from './b.js';\nexport const a = 1;\nexport const ab = b;\n", 'src/load/b.ts': "import { a } from './a.js';\nexport const b = a;\n" }, ['no-file-cycle']],
    ['node:fs outside src/fs/', { 'src/report/a.ts': "import * as fs from 'node:fs';\nexport const a = fs.existsSync;\n" }, ['fs-only-in-src-fs']],
    ['node:fs/promises outside src/fs/', { 'src/cli.ts': "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n" }, ['fs-only-in-src-fs']],
    ["a bare 'fs' outside src/fs/", { 'src/discover/a.ts': "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n" }, ['fs-only-in-src-fs']],
    ['github/ from an entry file that is not the Action', { 'src/cli.ts': "import { b } from './github/b.js';\nexport const a = b;\n", 'src/github/b.ts': 'export const b = 1;\n' }, ['github-only-from-the-action']],
    [
      'github/ from report/',
      { 'src/report/a.ts': "import { b } from '../github/b.js';\nexport const a = b;\n", 'src/github/b.ts': 'export const b = 1;\n' },
      ['github-only-from-the-action', 'stage-report-imports-down'],
    ],
    ['a relative import that resolves to nothing', { 'src/load/a.ts': "import { b } from './missing.js';\nexport const a = b;\n" }, ['relative-imports-resolve']],
  ])('flags %s', async (_, files, rules) => {
    expect(await violations(files)).toEqual(rules);
  });
});
