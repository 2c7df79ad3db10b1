/**
 * Hostile names through every output. A real report (the bundled examples: failing systems,
 * waivers, coverage) has one hostile string put around every text a repository or a pack can
 * control: system ids, names, versions, paths, messages, fixes, rule ids, docs links, waiver
 * fields, the policy name, the scope. Each output is then read back the way its reader reads it:
 *   - Markdown (job summary, PR comment, check-run summary, SARIF help) is parsed as GitHub
 *     Flavored Markdown and must have the same structure as the same report with a harmless
 *     suffix: no HTML, image or link node, heading, table row or cell that the name made;
 *   - the terminal report has no control character but its own colours, the same lines, one
 *     verdict line, and no line the Actions runner would take as a workflow command;
 *   - workflow-command annotations are one command per line, with nothing after them;
 *   - check-run annotations and SARIF messages carry no control character and no embedded link.
 */
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateGate } from '../../src/engine/gate.js';
import { checkAnnotations } from '../../src/github/check-run.js';
import type { Policy } from '../../src/evaluate/policy.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatComment } from '../../src/report/pr-comment.js';
import type { Report } from '../../src/report/report.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { reportWorkflowCommands } from '../../src/report/workflow-commands.js';
import { runnerLog } from '../../src/action/io.js';
import { expectSafeMarkdown, INVISIBLE, parse, shape } from '../helpers/markdown-safety.js';

const HOSTILE: Array<[string, string]> = [
  ['a newline', 'a\nb'],
  ['a blank line and a forged verdict', 'a\n\n## ✅ modelgate: pass\n\nAll checks passed.\n\n'],
  ['table pipes', 'a | b || c'],
  ['escaped table pipes', 'a\\|@acme/sec\\\\|b'],
  ['backtick runs', '`` ` ```x`'],
  ['an HTML image', '<img src="https://track.example/p.gif">'],
  ['a Markdown image', '![x](https://track.example/p.gif)'],
  ['a link', '[click here](https://evil.example/)'],
  ['a bare URL', 'see https://evil.example/login and www.evil.example'],
  ['an email address', 'security@evil.example'],
  ['an unclosed comment', '<!-- '],
  ['a closing details tag', '</summary></details><img src=x>'],
  ['a team mention', '@acme/security-team'],
  ['an issue reference', '#123'],
  ['a GH- issue reference', 'fixes GH-123'],
  ['emoji shortcodes', ':white_check_mark: :+1: pass'],
  ['commit ids', 'reverts 7ecb803 and 454c1e3d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c'],
  ['inline and display math', '$\\text{PASS}$ and $$x^2$$'],
  ['an HTML entity for an RTL override', '&#x202e;&lt;img&gt;'],
  ['a heading', '# forged'],
  ['emphasis and strike', '**bold** _it_ ~~gone~~'],
  ['an ESC sequence that clears the line', '\u001b[2K\u001b[1G\u001b[32mPASS\u001b[0m'],
  ['a carriage return', 'x\rPASS  no problems'],
  ['a workflow command', '::warning file=x::forged'],
  ['a workflow command after a newline', 'x\n::error title=forged::forged'],
  ['an RTL override', 'evil\u202egnp.exe'],
  ['a line separator and NUL', 'a\u2028b\u0000c'],
  ['a 10 KB name', 'n'.repeat(10_240)],
];
const HARMLESS = 'x';
const UNCAPPED = 1e9;
const DOCS = 'https://example.test/docs) ![t](https://track.example/p.gif';

let base: { report: Report; policy: Policy };

beforeAll(() => {
  const root = path.resolve(__dirname, '../..');
  const { report, policy } = evaluateGate({ root, scanPath: 'examples', now: new Date('2026-06-01T00:00:00Z') });
  // The examples hold no waiver; one failing finding is waived here so the waiver fields are shown.
  const waived = report.findings.find((f) => f.status === 'fail');
  if (!waived) throw new Error('the examples should have failing findings');
  waived.status = 'waived';
  waived.waiver = { approver: 'Head of Risk', justification: 'Replaced next quarter.', expires: '2026-09-30', file: '.modelgate/waivers.yaml', line: 3 };
  // Four systems (one waived finding, a passing one, an unregistered card) keep the suite quick.
  const keep = new Set([waived.system, 'loan-approval', 'support-assistant', 'examples/unregistered-model/README.md']);
  report.systems = report.systems.filter((s) => keep.has(s.id));
  report.coverage = report.coverage.filter((c) => keep.has(c.system));
  report.findings = report.findings.filter((f) => keep.has(f.system));
  expect(report.systems).toHaveLength(3);
  base = { report, policy };
  expect(report.coverage.length).toBeGreaterThan(0);
});

/** The report with `suffix` before and after every text a repository or a pack controls. */
function tainted(report: Report, suffix: string, docs = 'https://github.com/modelgate/modelgate/blob/main/docs/rules.md'): Report {
  const t = (text: string) => `${suffix}${text}${suffix}`;
  const copy = structuredClone(report);
  copy.policy.packs = copy.policy.packs.map(t);
  copy.systems = copy.systems.map((s) => ({ ...s, id: t(s.id), manifest: t(s.manifest), ...(s.version ? { version: t(s.version) } : {}) }));
  copy.coverage = copy.coverage.map((c) => ({ ...c, system: t(c.system) }));
  copy.findings = copy.findings.map((f) => ({
    ...f,
    system: t(f.system),
    file: t(f.file),
    message: t(f.message),
    ruleId: t(f.ruleId),
    docs,
    ...(f.remediation ? { remediation: t(f.remediation) } : {}),
    ...(f.waiver ? { waiver: { ...f.waiver, approver: t(f.waiver.approver), justification: t(f.waiver.justification), expires: t(f.waiver.expires), file: t(f.waiver.file) } } : {}),
  }));
  copy.scope = { changedFiles: 3, skipped: [{ manifest: t('other/ai-system.yaml'), id: t('other'), reason: t('no changed file') }] };
  return copy;
}

describe.each(HOSTILE)('a name with %s', (_label, hostile) => {
  const reports = () => ({ hostile: tainted(base.report, hostile, DOCS), harmless: tainted(base.report, HARMLESS) });

  it('keeps the structure of the job summary and the check-run summary', () => {
    const { hostile: bad, harmless } = reports();
    expectSafeMarkdown(formatMarkdown(bad, { maxBytes: UNCAPPED }), formatMarkdown(harmless, { maxBytes: UNCAPPED }), hostile);
    expectSafeMarkdown(formatMarkdown(bad, { maxBytes: 65_535 }), undefined, hostile);
  });

  it('keeps the structure of the pull request comment', () => {
    const { hostile: bad, harmless } = reports();
    const options = { key: 'modelgate', commit: 'a'.repeat(40), runUrl: 'https://example.test/run/1' };
    expectSafeMarkdown(formatComment(bad, { ...options, maxChars: UNCAPPED }), formatComment(harmless, { ...options, maxChars: UNCAPPED }), hostile);
    expectSafeMarkdown(formatComment(bad, options), undefined, hostile);
  });

  it('keeps the structure of the SARIF rule help, and its messages hold no link or control character', () => {
    const { hostile: bad, harmless } = reports();
    const sarif = JSON.parse(formatSarif(bad, { category: 'modelgate', rules: base.policy.known }));
    const plain = JSON.parse(formatSarif(harmless, { category: 'modelgate', rules: base.policy.known }));
    const rules = sarif.runs[0].tool.driver.rules as Array<{ help: { markdown: string }; helpUri?: string }>;
    rules.forEach((rule, i) => {
      expect(shape(parse(rule.help.markdown))).toBe(shape(parse(plain.runs[0].tool.driver.rules[i].help.markdown)));
      if (rule.helpUri) expect(rule.helpUri).not.toMatch(/[\s()<>]/);
    });
    for (const result of sarif.runs[0].results as Array<{ message: { text: string } }>) {
      expect(result.message.text).not.toMatch(INVISIBLE);
      // SARIF embedded links: an unescaped [text](n) would point at a related location.
      expect(result.message.text).not.toMatch(/(^|[^\\])\[[^\]]*(?<!\\)\]\(/u);
    }
  });

  it('prints the terminal report without control characters, forged lines or workflow commands', () => {
    const { hostile: bad, harmless } = reports();
    for (const color of [false, true]) {
      const out = formatStylish(bad, { color, verbose: true });
      const expected = formatStylish(harmless, { color, verbose: true });
      // eslint-disable-next-line no-control-regex
      const text = out.replace(/\u001b\[\d+m/gu, '');
      const lines = text.split('\n');
      expect(lines).toHaveLength(expected.split('\n').length);
      for (const line of lines) {
        expect(line).not.toMatch(INVISIBLE);
        expect(line).not.toMatch(/^\s*::/);
      }
      expect(lines.filter((line) => /^(PASS|FAIL)\b/.test(line))).toHaveLength(1);
    }
  });

  it('writes each workflow-command annotation as one command line', async () => {
    const { hostile: bad } = reports();
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      reportWorkflowCommands(bad.findings, runnerLog.annotation, { warningsShown: 0 });
    } finally {
      spy.mockRestore();
    }
    const lines = written.join('').split(/\r?\n/).filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line).not.toMatch(INVISIBLE);
      // After the command's own `::`, a `::` is data, not a new command; still, none at a line start.
      expect(line.slice(2)).not.toMatch(/^\s*::/);
    }
  });

  it('sends check-run annotations without control characters (bar the line before the fix)', () => {
    const { hostile: bad } = reports();
    for (const annotation of checkAnnotations(bad.findings)) {
      expect(annotation.title).not.toMatch(INVISIBLE);
      expect(annotation.message.replace('\nFix: ', ' Fix: ')).not.toMatch(INVISIBLE);
      expect(Buffer.byteLength(annotation.message, 'utf8')).toBeLessThanOrEqual(65_535);
    }
  });
});
