/** Documentation generated from the rules stays in sync with them, and names real controls. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { parseAsOf, runGate } from '../src/engine/gate.js';
import { ruleCatalogue } from '../src/policy/catalogue.js';
import { ruleAnchor } from '../src/policy/definition.js';
import type { Controls } from '../src/types.js';

const ROOT = path.join(import.meta.dirname, '..');

async function generated(args: string[]): Promise<string> {
  let out = '';
  await runCli(args, { stdout: (t) => (out += t), stderr: () => {}, cwd: ROOT, env: {}, isTTY: false });
  return out;
}

describe('docs', () => {
  it('docs/rules.md is what `npm run docs` generates (run it after changing a rule)', async () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(await generated(['rules', '--all', '--format', 'markdown']));
  });

  it("docs/rules.md says which systems an obligation's rule applies to, never 'every system'", () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    const applies = (id: string) => new RegExp(`\\n### ${id.replace('/', '\\/')}\\n[\\s\\S]*?\\n- Applies to: (.*)\\n`).exec(doc)?.[1];
    const obligations = [...ruleCatalogue().values()].filter((rule) => rule.when?.obligation);
    expect(obligations.length).toBeGreaterThan(5);
    for (const rule of obligations) expect(applies(rule.id), rule.id).toContain(`systems with the EU AI Act ${rule.when?.obligation} obligation (`);
    expect(applies('transparency/content-marking')).toBe(
      'systems with the EU AI Act Art.50(2) obligation (Transparency for certain AI systems): risk tiers limited, gpai, gpai-systemic, or any tier that interacts with people, generates content, recognises emotions, categorises people by biometric data, makes deep fakes or generates text published to inform the public (Art. 50(6)); for the provider; from 2026-08-02 (timeline: regulation)',
    );
    expect(applies('incidents/reported-in-time')).toBe('every system');
  });

  it('every rule links to its own section of docs/rules.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    for (const rule of ruleCatalogue().values()) {
      expect(rule.docs).toBe(`https://github.com/modelgate/modelgate/blob/main/docs/rules.md#${ruleAnchor(rule.id)}`);
      expect(doc).toContain(`\n### ${rule.id}\n`);
    }
  });

  it('every catalogue rule has a title, remediation and at least one control', () => {
    for (const rule of ruleCatalogue().values()) {
      expect(rule.title, rule.id).not.toBe('');
      expect(rule.remediation, rule.id).not.toBe('');
      const controls = [rule.evidences, rule.supports].flatMap((c) => [...(c.iso42001 ?? []), ...(c.euAiAct ?? []), ...(c.nistAiRmf ?? [])]);
      expect(controls.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('docs/policy.md lists every rule of the baseline pack', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs/policy.md'), 'utf8');
    for (const id of ruleCatalogue().keys()) expect(readme, id).toContain(`\`${id}\``);
  });
});

describe('docs/report.md', () => {
  it('shows the real JSON report of examples/loan-approval', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs/report.md'), 'utf8');
    const section = readme;
    const sample = JSON.parse(section.slice(section.indexOf('```json') + 7, section.indexOf('```', section.indexOf('```json') + 7)));
    const real = JSON.parse(await generated(['check', 'examples/loan-approval', '--format', 'json', '--as-of', '2026-11-22']));
    expect(sample.policy).toEqual(real.policy);
    expect(sample.summary).toEqual(real.summary);
    // Digests change with every edit of the example: the sample shows some of the files read.
    const withoutFiles = (systems: Array<Record<string, unknown>>) => systems.map(({ files: _files, ...rest }) => rest);
    expect(withoutFiles(sample.systems)).toEqual(withoutFiles(real.systems));
    for (const file of sample.systems[0].files) expect(real.systems[0].files.map((f: { path: string }) => f.path)).toContain(file.path);
    expect(Object.keys(sample.provenance)).toEqual(Object.keys(real.provenance));
    expect(sample.provenance.policy.packs).toEqual(real.provenance.policy.packs);
    expect(real.findings).toContainEqual(sample.findings[0]);
  });
});

describe('the manifest example in docs/manifest.md', () => {
  it.each(['baseline', 'eu-ai-act-high-risk'])('is complete: with the credit-scoring evidence it passes %s', (pack) => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs/manifest.md'), 'utf8');
    const example = readme.match(/```yaml\n(schemaVersion: 1\nid: credit-risk-scorer[\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgate-readme-'));
    fs.cpSync(path.join(ROOT, 'examples/credit-scoring'), root, { recursive: true });
    fs.writeFileSync(path.join(root, 'ai-system.yaml'), example as string);
    // The example shows every transparency field, though a credit scorer owes none of those
    // documents (each flag is false); a cited file must exist at any stage (evidence/cited-file-exists).
    for (const notice of ['ai-notice', 'content-marking', 'exposure-notice', 'deep-fake-label', 'ai-text-notice', 'editorial-review', 'technical-documentation', 'training-content-summary']) {
      fs.writeFileSync(path.join(root, 'docs', `${notice}.md`), `# ${notice}\n\nNot owed by this system: each transparency flag in its manifest is false, so this file only shows where the document would be.\n`);
    }
    const report = runGate({ root, policy: pack, now: parseAsOf('2026-11-22') });
    fs.rmSync(root, { recursive: true, force: true });
    expect(report.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe('links between the README and docs/', () => {
  it('every relative link and #anchor points at a file and a heading that exist', () => {
    const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const anchors = (file: string) => new Set(fs.readFileSync(file, 'utf8').split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
    const broken: string[] = [];
    for (const doc of ['README.md', 'docs/manifest.md', 'docs/policy.md', 'docs/report.md', 'docs/performance.md', 'docs/adopting.md', 'docs/workflow.md', 'docs/cli.md', 'docs/governance.md', 'docs/security.md', 'docs/development.md']) {
      const file = path.join(ROOT, doc);
      for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target as string)) continue;
        const [rel, anchor] = (target as string).split('#');
        const linked = rel ? path.resolve(path.dirname(file), rel) : file;
        if (!fs.existsSync(linked)) broken.push(`${doc}: ${target}`);
        else if (anchor && linked.endsWith('.md') && !anchors(linked).has(anchor)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the rules table of docs/policy.md', () => {
  it('shows each rule\'s evidences and supports as the rule declares them', () => {
    const text = fs.readFileSync(path.join(ROOT, 'docs/policy.md'), 'utf8');
    const ids = (controls: Controls) => (['iso42001', 'euAiAct', 'nistAiRmf', 'iso24028'] as const).flatMap((k) => controls[k] ?? []).join(', ') || '—';
    let rows = 0;
    for (const match of text.matchAll(/^\| `([a-z-]+\/[a-z0-9-]+)` \|[^|]*\|[^|]*\| ([^|]*) \| ([^|]*) \|$/gm)) {
      const rule = ruleCatalogue().get(match[1] as string);
      expect(rule, match[1]).toBeDefined();
      expect([match[2], match[3]], match[1]).toEqual([ids(rule?.evidences ?? {}), ids(rule?.supports ?? {})]);
      rows++;
    }
    expect(rows).toBeGreaterThan(80);
  });
});
