/**
 * Adopting the gate on a legacy repository: `modelgate baseline` records today's failing
 * findings; recorded ones are reported apart (waived by "baseline"), new ones fail, fixed ones
 * say the file can shrink; an expired or broken baseline excuses nothing; a pull request that
 * grows the baseline is a governance error (the base commit's baseline is in force). An entry
 * for a locked or unwaivable rule, or whose fingerprint is not the finding it names, excuses
 * nothing and says so at its line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { commitAll, pullRequest } from '../helpers/git.js';
import { stringify } from 'yaml';
import { compliantBiasReport, MANIFEST, withManifest } from '../helpers/system.js';
import { BASE_COMPARING_FUNCTIONS, findingIdentity } from '../../src/policy/baseline.js';
import { checkFunctions } from '../../src/evaluate/check-functions.js';

const ROOT = path.resolve(__dirname, '..', '..');
const AS_OF = ['--as-of', '2026-11-22'];


/** The bundled examples (fourteen failing systems) as a repository of their own. */
function legacyRepository(): string {
  const root = makeRepo({ '.git/HEAD': 'x' });
  fs.cpSync(path.join(ROOT, 'examples'), path.join(root, 'examples'), { recursive: true });
  return root;
}

const json = async (root: string, extra: string[] = []) => JSON.parse((await cli(['check', '--format', 'json', ...AS_OF, ...extra], root)).stdout);
const failing = (report: any) => report.findings.filter((f: any) => f.status === 'fail').map((f: any) => `${f.ruleId} ${f.file}`);

describe('modelgate baseline', () => {
  it('writes nothing through a link out of the repository: a linked .modelgate, or a link as the file', async () => {
    const outside = tempDir('outside-');
    const linkedFolder = legacyRepository();
    fs.symlinkSync(outside, path.join(linkedFolder, '.modelgate'));
    const refused = await cli(['baseline', ...AS_OF], linkedFolder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.modelgate is a symbolic link');
    expect(fs.readdirSync(outside)).toEqual([]);
    // A link in the file's place is replaced, not written through.
    const linkedFile = legacyRepository();
    fs.mkdirSync(path.join(linkedFile, '.modelgate'));
    fs.writeFileSync(path.join(outside, 'mine.json'), 'mine\n');
    fs.symlinkSync(path.join(outside, 'mine.json'), path.join(linkedFile, '.modelgate/baseline.json'));
    expect((await cli(['baseline', ...AS_OF], linkedFile)).code).toBe(0);
    expect(fs.readFileSync(path.join(outside, 'mine.json'), 'utf8')).toBe('mine\n');
    expect(fs.lstatSync(path.join(linkedFile, '.modelgate/baseline.json')).isSymbolicLink()).toBe(false);
  });

  it('adopts a repository with fourteen failing systems: exit 0, then only new findings fail', async () => {
    const root = legacyRepository();
    const before = await json(root);
    // Eleven failing systems and a model card no manifest registers.
    expect(new Set(before.findings.filter((f: any) => f.status === 'fail').map((f: any) => f.system)).size).toBe(14);
    const errors = before.summary.errors;

    const recorded = await cli(['baseline', ...AS_OF], root);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toMatch(/^modelgate: recorded \d+ failing findings of 14 systems in \.modelgate\/baseline\.json; it expires on 2027-05-21\.$/m);
    const file = JSON.parse(fs.readFileSync(path.join(root, '.modelgate/baseline.json'), 'utf8'));
    expect(file).toMatchObject({ schema: 'modelgate/baseline@1', created: '2026-11-22', expires: '2027-05-21' });

    const adopted = await cli(['check', ...AS_OF], root);
    expect(adopted.code).toBe(0);
    const report = await json(root);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.waived).toBeGreaterThanOrEqual(errors);
    expect(report.findings.find((f: any) => f.status === 'waived')?.waiver).toMatchObject({ approver: 'baseline', file: '.modelgate/baseline.json', expires: '2027-05-21' });

    // Lines moved: three comment lines on top of a manifest change no identity.
    const manifest = path.join(root, 'examples/loan-approval/ai-system.yaml');
    fs.writeFileSync(manifest, `# one\n# two\n# three\n${fs.readFileSync(manifest, 'utf8')}`);
    expect((await cli(['check', ...AS_OF], root)).code).toBe(0);

    // A new failure fails, alone.
    const credit = path.join(root, 'examples/credit-scoring/ai-system.yaml');
    fs.writeFileSync(credit, fs.readFileSync(credit, 'utf8').replace(/^owner:\n(?: {2}.*\n)+/m, ''));
    const grown = await json(root);
    expect([...new Set(failing(grown))]).toEqual(['system/owner examples/credit-scoring/ai-system.yaml']);
    expect((await cli(['check', ...AS_OF], root)).code).toBe(1);
  });

  it('says how many of the findings it records are TODO markers, which a baseline would hide', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': '# M\n' });
    expect((await cli(['init', 'm'], root)).code).toBe(0);
    const markers = (await json(root)).findings.filter((f: any) => f.status === 'fail' && f.ruleId === 'system/no-placeholders').length;
    expect(markers).toBeGreaterThan(5);
    const recorded = await cli(['baseline', ...AS_OF], root);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain(`\n${markers} of them are TODO markers (system/no-placeholders): fill them in rather than baseline them where you can.\n`);
  });

  it('counts what it cannot hold by whether it fails the gate at --fail-on: a notice (an expiring waiver) apart, unless notices fail', async () => {
    const waiver = { rule: 'data/dataset-license', system: 'demo-scorer', justification: 'Licence terms are being renegotiated (LEGAL-142).', approver: 'Head of Data Governance', expires: '2026-11-30' };
    const root = makeRepo({ '.git/HEAD': 'x', ...withManifest((m) => delete m.data.datasets[0].license), '.modelgate/waivers.yaml': stringify({ waivers: [waiver] }) });
    const recorded = await cli(['baseline', ...AS_OF], root);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('1 finding of rules no baseline may hold is still reported; below --fail-on error, it fails nothing.\n');
    expect(recorded.stdout).not.toContain('still fail');
    // At --fail-on notice the same notice fails the gate, and the count says so.
    const strict = await cli(['baseline', ...AS_OF, '--fail-on', 'notice'], root);
    expect(strict.stdout).toContain('1 finding of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail.\n');
    // A locked failure beside it: both counted, each for what it is.
    fs.mkdirSync(path.join(root, 'sys2'));
    fs.writeFileSync(path.join(root, 'sys2/ai-system.yaml'), 'id: [unclosed\n');
    const again = await cli(['baseline', ...AS_OF], root);
    expect(again.stdout).toContain('1 finding of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail, and 1 more below --fail-on error is still reported.\n');
  });

  it('a fixed finding leaves its entry unused, and a notice says the baseline can shrink', async () => {
    const root = legacyRepository();
    await cli(['baseline', ...AS_OF], root);
    fs.rmSync(path.join(root, 'examples/unregistered-model'), { recursive: true });
    const report = await json(root);
    expect(report.findings.filter((f: any) => f.ruleId === 'baseline/fixed' && f.status === 'fail').map((f: any) => [f.file, f.line, f.message])).toEqual([
      ['.modelgate/baseline.json', 1, '1 finding recorded in .modelgate/baseline.json no longer fails; run modelgate baseline to rewrite it smaller'],
    ]);
  });

  it('an expired baseline excuses nothing and says so', async () => {
    const root = legacyRepository();
    await cli(['baseline', ...AS_OF, '--days', '30'], root);
    const report = await json(root, ['--as-of', '2027-01-01']);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.findings.filter((f: any) => f.ruleId === 'baseline/valid').map((f: any) => f.message)).toEqual([
      expect.stringMatching(/^the baseline expired on 2026-12-22 \(as of 2027-01-01\): the \d+ findings it held fail again$/),
    ]);
  });

  // New user: recorded --as-of a day long past, the baseline had expired before it was committed.
  it('warns when --as-of dates the baseline so that it has already expired, and still writes it', async () => {
    const root = legacyRepository();
    const recorded = await cli(['baseline', '--as-of', '2020-01-01', '--days', '30'], root);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toMatch(/^modelgate: warning: --as-of 2020-01-01 dates the baseline too, so it has already expired \(2020-01-31, before today, \d{4}-\d{2}-\d{2}\): the next check without --as-of fails on it; run modelgate baseline without --as-of$/m);
    expect(JSON.parse(fs.readFileSync(path.join(root, '.modelgate/baseline.json'), 'utf8'))).toMatchObject({ created: '2020-01-01', expires: '2020-01-31' });
  });

  it('a broken baseline excuses nothing, at its line', async () => {
    const root = legacyRepository();
    fs.mkdirSync(path.join(root, '.modelgate'));
    fs.writeFileSync(path.join(root, '.modelgate/baseline.json'), '{\n  "schema": "modelgate/baseline@1",\n  "created": "2026-11-22",\n  "expires": "soon",\n  "findings": []\n}\n');
    const report = await json(root);
    expect(report.findings.filter((f: any) => f.ruleId === 'baseline/valid').map((f: any) => [f.line, f.message])).toEqual([[4, expect.stringContaining('no finding is baselined')]]);
  });

  it('rejects --days and --file on check, and a --days that is not a whole number', async () => {
    const root = legacyRepository();
    expect((await cli(['check', '--days', '3'], root)).code).toBe(2);
    expect((await cli(['baseline', '--days', '1.5'], root)).code).toBe(2);
  });
});

describe('on a pull request', () => {
  it("the base commit's baseline is in force, and one the pull request grows is an error at the entry", async () => {
    const root = legacyRepository();
    fs.rmSync(path.join(root, '.git'), { recursive: true });
    await cli(['baseline', ...AS_OF, '--root', root], root);
    // The base: a baseline without the credit-scoring findings.
    const file = path.join(root, '.modelgate/baseline.json');
    const full = JSON.parse(fs.readFileSync(file, 'utf8'));
    const partial = { ...full, findings: full.findings.filter((e: any) => !e.file.startsWith('examples/loan-approval/')) };
    fs.writeFileSync(file, `${JSON.stringify(partial, null, 2)}\n`);
    commitAll(root);
    fs.writeFileSync(file, `${JSON.stringify(full, null, 2)}\n`);

    const report = await json(root, ['--base', 'main', '--policy-from', 'base']);
    const grown = report.findings.filter((f: any) => f.ruleId === 'governance/baseline-grown' && f.status === 'fail');
    const added = full.findings.filter((e: any) => e.file.startsWith('examples/loan-approval/'));
    expect(added.length).toBeGreaterThan(1);
    // One finding for the system, at its first added entry, counting what it adds by rule.
    // Its first entry's opening brace is the line above the entry's fingerprint.
    const firstLine = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(added[0].fingerprint));
    expect(grown).toHaveLength(1);
    expect(grown[0]).toMatchObject({ file: '.modelgate/baseline.json', severity: 'error', message: expect.stringMatching(new RegExp(`^this pull request adds ${added.length} findings of loan-approval to the baseline \\(\\d+ [a-z/-]+.*\\); once merged they would not fail$`)) });
    expect(grown[0].line).toBe(firstLine);
    // The head's bigger baseline excuses nothing yet: the loan-approval findings still fail.
    expect(failing(report).some((f: string) => f.includes('examples/loan-approval/'))).toBe(true);
  });
});

describe('a first baseline on a pull request', () => {
  it('is one finding at the file that counts what it holds, by rule, most first', async () => {
    const root = legacyRepository();
    fs.rmSync(path.join(root, '.git'), { recursive: true });
    commitAll(root);
    await cli(['baseline', ...AS_OF, '--root', root], root);
    const held = JSON.parse(fs.readFileSync(path.join(root, '.modelgate/baseline.json'), 'utf8')).findings as Array<{ rule: string; system: string; count?: number }>;
    const systems = new Set(held.map((entry) => entry.system)).size;
    const byRule = new Map<string, number>();
    for (const entry of held) byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + (entry.count ?? 1));
    const ranked = [...byRule].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
    const total = ranked.reduce((sum, [, n]) => sum + n, 0);
    expect(ranked.length).toBeGreaterThan(10); // the ten most held are named, the rest counted

    const report = await json(root, ['--base', 'main', '--policy-from', 'base']);
    const grown = report.findings.filter((f: any) => f.ruleId === 'governance/baseline-grown' && f.status === 'fail');
    expect(grown.map((f: any) => [f.file, f.line, f.message])).toEqual([
      ['.modelgate/baseline.json', 1, `this pull request adds a baseline of ${total} findings of ${systems} systems (${ranked.slice(0, 10).map(([id, n]) => `${n} ${id}`).join(', ')} and ${ranked.length - 10} more rules); once merged they would not fail, so the policy owners review it`],
    ]);
  });
});

describe('an entry the baseline may not use', () => {
  const BASELINE = '.modelgate/baseline.json';
  const licenceMissing = () => withManifest((m) => delete m.data.datasets[0].license);
  const read = (root: string) => JSON.parse(fs.readFileSync(path.join(root, BASELINE), 'utf8'));
  const write = (root: string, baseline: unknown) => fs.writeFileSync(path.join(root, BASELINE), `${JSON.stringify(baseline, null, 2)}\n`);
  const refusals = (report: any) => report.findings.filter((f: any) => f.ruleId === 'baseline/valid').map((f: any) => [f.file, f.line, f.message]);

  it('a hand-written entry for a locked rule (manifest/readable) excuses nothing: exit 1, and the entry is a finding at its line', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...licenceMissing(), [MANIFEST]: 'id: demo-scorer\nname: [unclosed\n' });
    const recorded = await cli(['baseline', ...AS_OF], root);
    expect(recorded.stdout).toContain('1 finding of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail.');
    const baseline = read(root);
    baseline.findings.push({ fingerprint: findingIdentity({ ruleId: 'manifest/readable', file: MANIFEST, system: MANIFEST }), count: 1, rule: 'manifest/readable', system: MANIFEST, file: MANIFEST });
    write(root, baseline);
    const line = fs.readFileSync(path.join(root, BASELINE), 'utf8').split('\n').findIndex((l) => l.includes('"rule": "manifest/readable"'));

    expect((await cli(['check', ...AS_OF], root)).code).toBe(1);
    const report = await json(root);
    expect(failing(report)).toContain(`manifest/readable ${MANIFEST}`);
    expect(refusals(report)).toEqual([[BASELINE, line - 2, `the baseline entry for manifest/readable on ${MANIFEST} (${MANIFEST}) excuses nothing: rule manifest/readable is locked, so no baseline excuses it`]]);
  });

  it("an entry relabelled as another rule excuses nothing: the finding it was recorded for fails, and the entry says why", async () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...licenceMissing() });
    await cli(['baseline', ...AS_OF], root);
    expect((await cli(['check', ...AS_OF], root)).code).toBe(0);
    // The licence finding's entry, now named as a card licence finding (which every message would show).
    const baseline = read(root);
    const entry = baseline.findings.find((e: any) => e.rule === 'data/dataset-license');
    Object.assign(entry, { rule: 'card/license', path: 'license' });
    write(root, baseline);

    expect((await cli(['check', ...AS_OF], root)).code).toBe(1);
    const report = await json(root);
    expect(failing(report)).toContain(`data/dataset-license ${MANIFEST}`);
    expect(refusals(report)).toEqual([[BASELINE, 7, `the baseline entry for card/license on demo-scorer (${MANIFEST}) excuses nothing: its fingerprint is not that of the rule, system, file and path it names`]]);
  });

  it("on a pull request, correcting a base entry's fields so it excuses its finding is growth, named by the finding's true rule", async () => {
    const licence = { ruleId: 'data/dataset-license', system: 'demo-scorer', file: MANIFEST, path: 'data.datasets[0].license' };
    const entry = { fingerprint: findingIdentity(licence), count: 1, rule: licence.ruleId, system: licence.system, file: licence.file, path: licence.path };
    const baselineOf = (e: object) => `${JSON.stringify({ schema: 'modelgate/baseline@1', created: '2026-11-01', expires: '2027-04-30', findings: [e] }, null, 2)}\n`;
    // The base's entry names card/license, so it excuses nothing; the pull request names it truly.
    const root = pullRequest({ ...licenceMissing(), [BASELINE]: baselineOf({ ...entry, rule: 'card/license', path: 'license' }) }, { [BASELINE]: baselineOf(entry) });

    const run = await cli(['check', ...AS_OF, '--base', 'main', '--policy-from', 'base'], root);
    expect(run.code).toBe(1);
    const report = await json(root, ['--base', 'main', '--policy-from', 'base']);
    expect(report.findings.filter((f: any) => f.ruleId === 'governance/baseline-grown').map((f: any) => [f.file, f.line, f.message])).toEqual([
      [BASELINE, 6, `this pull request adds 1 data/dataset-license finding of demo-scorer (${MANIFEST}) to the baseline; once merged it would not fail`],
    ]);
    expect(failing(report)).toContain(`data/dataset-license ${MANIFEST}`);
  });

  it('on a pull request, a later expiry is growth at its line; rewriting the baseline smaller keeps its dates', async () => {
    const root = pullRequest(licenceMissing(), {});
    // Adopted on the branch with --days, then rewritten (as baseline/fixed asks) without: the dates stay.
    await cli(['baseline', ...AS_OF, '--days', '30'], root);
    expect(read(root)).toMatchObject({ created: '2026-11-22', expires: '2026-12-22' });
    await cli(['baseline', '--as-of', '2026-12-01'], root);
    expect(read(root)).toMatchObject({ created: '2026-11-22', expires: '2026-12-22' });
    commitAll(root, 'adopt the gate');

    // A pull request that moves the expiry on.
    write(root, { ...read(root), expires: '2099-01-01' });
    const line = fs.readFileSync(path.join(root, BASELINE), 'utf8').split('\n').findIndex((l) => l.includes('"expires"')) + 1;
    expect((await cli(['check', ...AS_OF, '--base', 'main', '--policy-from', 'base'], root)).code).toBe(1);
    const report = await json(root, ['--base', 'main', '--policy-from', 'base']);
    expect(report.findings.filter((f: any) => f.ruleId === 'governance/baseline-grown').map((f: any) => [f.file, f.line, f.message])).toEqual([
      [BASELINE, line, 'this pull request extends the baseline from 2026-12-22 to 2099-01-01; once merged the findings it holds would not fail until then'],
    ]);
  });

  it("a regression against the base commit is never recorded nor excused: recorded, it would pass every later regression of the same report", async () => {
    const biasAt = (sex: number) => `${JSON.stringify(compliantBiasReport({ results: [{ attribute: 'age_band', metric: 'demographic_parity_difference', value: 0.04 }, { attribute: 'sex', metric: 'demographic_parity_difference', value: sex }] }), null, 2)}\n`;
    const root = pullRequest({ ...withManifest(() => {}), 'sys/evidence/bias.json': biasAt(0.02) }, { 'sys/evidence/bias.json': biasAt(0.05) });
    const PR = ['--base', 'main', '--policy-from', 'base'];
    const before = await json(root, PR);
    const regression = before.findings.find((f: any) => f.ruleId === 'bias/no-regression' && f.status === 'fail');
    expect(regression).toBeDefined();

    const recorded = await cli(['baseline', ...AS_OF, ...PR], root);
    expect(recorded.stdout).toContain('cannot be baselined and still fail');
    expect(fs.existsSync(path.join(root, BASELINE)) ? read(root).findings.map((e: any) => e.rule) : []).not.toContain('bias/no-regression');

    // Written by hand (or by an older modelgate) and merged, it excuses nothing on the next pull request.
    const entry = { fingerprint: findingIdentity(regression), count: 1, rule: regression.ruleId, system: regression.system, file: regression.file, ...(regression.path ? { path: regression.path } : {}) };
    write(root, { schema: 'modelgate/baseline@1', created: '2026-11-01', expires: '2027-04-30', findings: [entry] });
    commitAll(root, 'merge the regression with its baseline');
    fs.writeFileSync(path.join(root, 'sys/evidence/bias.json'), biasAt(0.095));
    expect((await cli(['check', ...AS_OF, ...PR], root)).code).toBe(1);
    const report = await json(root, PR);
    expect(failing(report)).toContain(`bias/no-regression ${regression.file}`);
    expect(refusals(report)).toEqual([
      [BASELINE, 6, `the baseline entry for bias/no-regression on demo-scorer (${regression.file}) excuses nothing: rule bias/no-regression compares a pull request with its base commit, so each finding is that pull request's change, which no baseline excuses`],
    ]);
  });

  it('names every check function that compares with the base commit', () => {
    // Such a function skips with withoutBase when there is no base: find each in the sources.
    const src = path.join(__dirname, '../../src');
    // Every source but the one that defines both defineFunction and withoutBase.
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && file !== path.join('evidence', 'check.ts'));
    const comparing = files.flatMap((file) =>
      fs.readFileSync(path.join(src, file), 'utf8').split('defineFunction').slice(1).filter((body) => body.includes('withoutBase(')).map((body) => /name: '([^']+)'/.exec(body)?.[1]),
    );
    expect(comparing.length).toBeGreaterThan(0);
    expect(new Set(comparing)).toEqual(BASE_COMPARING_FUNCTIONS);
    for (const name of BASE_COMPARING_FUNCTIONS) expect(checkFunctions().has(name)).toBe(true);
  });

  it('a finding about governance is never recorded nor excused: a recorded governance/waiver-added would pass every later waiver unreviewed', async () => {
    const WAIVERS = '.modelgate/waivers.yaml';
    const waiver = (rule: string) => ({ rule, system: 'demo-scorer', justification: 'Licence terms are being renegotiated (LEGAL-142).', approver: 'Head of Data Governance', expires: '2027-01-15' });
    // A pull request that adds a waiver, baselined on its branch with the base commit's policy.
    const root = pullRequest(licenceMissing(), { [WAIVERS]: stringify({ waivers: [waiver('data/dataset-license')] }) });
    const recorded = await cli(['baseline', ...AS_OF, '--base', 'main', '--policy-from', 'base'], root);
    expect(recorded.stdout).toContain('1 finding of locked or unwaivable rules, about governance, or of a regression against the base commit, cannot be baselined and still fail.');
    expect(read(root).findings.map((e: any) => e.rule)).toEqual(['data/dataset-license']);

    // Had it been recorded (by hand, or by an older modelgate), it is refused: the next waiver a pull request adds still needs review.
    const baseline = read(root);
    const added = { ruleId: 'governance/waiver-added', file: WAIVERS, system: WAIVERS };
    baseline.findings.push({ fingerprint: findingIdentity(added), count: 1, rule: added.ruleId, system: added.system, file: added.file });
    write(root, baseline);
    commitAll(root, 'adopt the gate');
    fs.writeFileSync(path.join(root, WAIVERS), stringify({ waivers: [waiver('data/dataset-license'), waiver('card/license')] }));

    expect((await cli(['check', ...AS_OF, '--base', 'main', '--policy-from', 'base'], root)).code).toBe(1);
    const report = await json(root, ['--base', 'main', '--policy-from', 'base']);
    expect(failing(report)).toContain(`governance/waiver-added ${WAIVERS}`);
    expect(refusals(report)).toEqual([
      [BASELINE, 15, `the baseline entry for governance/waiver-added on ${WAIVERS} (${WAIVERS}) excuses nothing: rule governance/waiver-added is about the gate's own governance (its policy, waivers, baseline, or a pull request's changes), which no baseline excuses`],
    ]);
  });
});
