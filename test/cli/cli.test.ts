/** The CLI in-process: argv in, exit code and output out. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { compliantFiles, withManifest } from '../helpers/system.js';
import { commitAll, git } from '../helpers/git.js';
import { loadPolicy } from '../../src/evaluate/policy.js';

describe('modelgate check', () => {
  it('exits 0 on a compliant repository and says PASS', async () => {
    const root = makeRepo({ '.git/HEAD': 'ref: refs/heads/main\n', ...compliantFiles() });
    const { code, stdout } = await cli(['check'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ demo-scorer 1\.2\.0 {2}sys\/ai-system\.yaml$/m);
    expect(stdout).toMatch(/^PASS {2}no problems in 1 system; \d+ checks passed/m);
  });

  it('exits 1 on a failing system and prints file:line, message and rule id', async () => {
    const root = makeRepo(withManifest((m) => delete m.data.datasets[0].license));
    const { code, stdout } = await cli(['check', '.'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {4}\d+:\d+ +error +data\.datasets\[0\]\.license \(dataset "train-2025"\) is missing {2}data\/dataset-license$/m);
    expect(stdout).toMatch(/^FAIL {2}1 error, 0 warnings, 0 notices in 1 system/m);
  });

  it('resolves the repository root from .git above the path, so paths are repository-relative', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', ...withManifest((m) => delete m.owner) });
    const { stdout } = await cli(['check', 'sys', '--format', 'json'], path.join(root));
    const report = JSON.parse(stdout);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'system/owner').file).toBe('sys/ai-system.yaml');
  });

  it('--fail-on decides which severities fail; never always passes', async () => {
    const root = makeRepo(withManifest((m) => (m.x = 1))); // one unknown-field warning
    expect((await cli(['check'], root)).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'warning'], root)).code).toBe(1);
    const broken = makeRepo(withManifest((m) => delete m.owner));
    expect((await cli(['check', '--fail-on', 'never'], broken)).code).toBe(0);
  });

  it('--format json writes the documented report', async () => {
    const root = makeRepo(withManifest((m) => delete m.data.datasets[0].license));
    const { code, stdout } = await cli(['check', '--format', 'json'], root);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['tool', 'reportVersion', 'provenance', 'verdict', 'failOn', 'policy', 'summary', 'systems', 'coverage', 'findings']);
    expect(report).toMatchObject({ tool: { name: 'modelgate' }, reportVersion: 2, verdict: 'fail', failOn: 'error', policy: { packs: ['baseline'] } });
    expect(report.summary).toMatchObject({ systems: 1, errors: 1, warnings: 0, notices: 0, waived: 0, unregistered: 0 });
    expect(report.systems).toEqual([
      expect.objectContaining({ id: 'demo-scorer', name: 'Demo Scorer', version: '1.2.0', manifest: 'sys/ai-system.yaml', card: 'sys/README.md', verdict: 'fail' }),
    ]);
    const failure = report.findings.find((f: { status: string }) => f.status === 'fail');
    expect(Object.keys(failure).sort()).toEqual(
      ['column', 'docs', 'endColumn', 'endLine', 'evidences', 'file', 'line', 'message', 'path', 'remediation', 'ruleId', 'severity', 'status', 'supports', 'system'].sort(),
    );
    expect(failure).toMatchObject({
      ruleId: 'data/dataset-license',
      severity: 'error',
      system: 'demo-scorer',
      file: 'sys/ai-system.yaml',
      path: 'data.datasets[0].license',
      supports: { iso42001: ['A.7.3', 'A.10.3'], nistAiRmf: ['MAP 4.1'] },
    });
  });

  it('--output writes the report to a file, making its folder, and says so on stderr', async () => {
    const root = makeRepo(compliantFiles());
    const { code, stdout, stderr } = await cli(['check', '--format', 'json', '--output', 'out/reports/report.json'], root);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('modelgate: pass; report written to out/reports/report.json\n');
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out/reports/report.json'), 'utf8')).verdict).toBe('pass');
    // A folder that cannot be made (a file is in the way) is a usage error, not a crash.
    const blocked = await cli(['check', '--format', 'json', '--output', 'out/reports/report.json/x.json'], root).catch(() => ({ code: -1, stdout: '', stderr: '' }));
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/cannot write out\/reports\/report\.json\/x\.json: E(?:EXIST|NOTDIR)/);
  });

  it('--format sarif --output writes SARIF 2.1.0 for code scanning, and the exit code still says fail', async () => {
    const ROOT = path.join(import.meta.dirname, '..', '..');
    const output = path.join(makeRepo({}), 'modelgate.sarif');
    const { code, stdout, stderr } = await cli(['check', 'examples/resume-screener', '--format', 'sarif', '--output', output, '--as-of', '2026-11-22'], ROOT);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`modelgate: FAIL; report written to ${output}\n`);
    const sarif = JSON.parse(fs.readFileSync(output, 'utf8'));
    expect(sarif).toMatchObject({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' });
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.automationDetails).toEqual({ id: 'modelgate/' });
    // The rule's title comes from the policy, which the report alone does not carry.
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'data/dataset-source').shortDescription.text).toMatch(/^Each dataset/);
    expect(new Set(run.results.map((r: { ruleId: string }) => r.ruleId))).toEqual(
      new Set(['data/dataset-collection', 'data/dataset-license', 'data/dataset-personal-data', 'data/dataset-pinned', 'data/dataset-source']),
    );
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'examples/resume-screener/ai-system.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('--policy takes a local pack file', async () => {
    const root = makeRepo({ ...withManifest((m) => delete m.owner.contact), 'relaxed.yaml': 'extends: baseline\nrules:\n  system/owner: warning\n' });
    expect((await cli(['check'], root)).code).toBe(1);
    expect((await cli(['check', '--policy', 'relaxed.yaml'], root)).code).toBe(0);
  });

  it('--max-file-size turns large files into findings', async () => {
    const root = makeRepo(compliantFiles());
    const { code, stdout } = await cli(['check', '--max-file-size', '100'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/over the 100 bytes limit \(max-file-size\)/);
  });

  it('--exclude leaves folders out', async () => {
    const root = makeRepo({ ...compliantFiles(), 'broken/ai-system.yaml': 'id: [' });
    expect((await cli(['check'], root)).code).toBe(1);
    expect((await cli(['check', '--exclude', 'broken/**'], root)).code).toBe(0);
  });

  it.each([
    ['--exclude', '*a*a*a*a*a*a*a*a*a*a*a*a*c/**', 'the glob has 13 wildcards'],
    ['--include', '**/a*/**/a*/**/a*/**/c', 'the glob has 7 wildcards'],
    ['--exclude', '+(a|aa)c/**', '"+(…)" (an extglob)'],
    ['--exclude', '(|a)(|a)c/**', '"(" makes a regular expression group'],
  ])('%s %s is refused (exit code 2) before any path is matched', async (option, glob, why) => {
    const root = makeRepo(compliantFiles());
    const { code, stderr } = await cli(['check', option, glob], root);
    expect(code).toBe(2);
    expect(stderr).toContain(`${option} ${JSON.stringify(glob)}: ${why}`);
  });

  it('--include checks only the systems it matches, and does not call their left-out cards unregistered', async () => {
    const other = Object.fromEntries(Object.entries(compliantFiles()).map(([file, text]) => [file.replace(/^sys\//, 'other/'), text]));
    const root = makeRepo({ ...compliantFiles(), ...other, 'other/ai-system.yaml': 'id: [' });
    const run = await cli(['check', '--include', 'sys/**', '--format', 'json'], root);
    const report = JSON.parse(run.stdout);
    expect(report.systems.map((s: { manifest: string }) => s.manifest)).toEqual(['sys/ai-system.yaml']);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'discovery/unregistered-system')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('--timing prints where the time went after the report, which is unchanged', async () => {
    const pack = 'extends: baseline\nrules:\n  acme/owner-named:\n    title: Owner named\n    severity: error\n    given: $.manifest.owner\n    then: { function: present }\n    remediation: Name an owner.\n';
    const other = Object.fromEntries(Object.entries(compliantFiles()).map(([file, text]) => [file.replace(/^sys\//, 'other/'), text]));
    const files: Record<string, string> = { ...compliantFiles(), ...other, '.modelgate/policy.yaml': pack } as Record<string, string>;
    files['other/ai-system.yaml'] = String(files['sys/ai-system.yaml']).replace('demo-scorer', 'other-scorer');
    const root = makeRepo(files);
    const plain = await cli(['check', '--format', 'json', '--as-of', '2026-11-22'], root);
    const timed = await cli(['check', '--format', 'json', '--as-of', '2026-11-22', '--timing'], root);
    expect(timed.code, timed.stderr).toBe(plain.code);
    expect(JSON.parse(timed.stdout).findings).toEqual(JSON.parse(plain.stdout).findings);
    expect(plain.stderr).toBe('');
    expect(timed.stderr).toMatch(/^modelgate: timing of 2 systems on one thread \([\d,]+ ms\);/);
    const rows = timed.stderr.split('\n').slice(3, -1).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.slice(-2).map(([, name]) => name)).toEqual(['(manifest)', '(model card)']);
    const others = /^\((\d+) other rules\)$/.exec(rows[rows.length - 3]?.[1] ?? '');
    const ruleTimes = rows.slice(0, -3).map(([, , ms]) => Number(ms));
    expect(ruleTimes).toHaveLength(15);
    expect(ruleTimes).toEqual([...ruleTimes].sort((a, b) => b - a));
    // Every rule the policy ran on the systems is counted once, the pack's own among them.
    const policy = loadPolicy('.modelgate/policy.yaml', { baseDir: root });
    const ran = policy.rules.filter((rule) => !rule.core);
    expect(ran.map((rule) => rule.id)).toContain('acme/owner-named');
    expect(ruleTimes.length + Number(others?.[1])).toBe(ran.length);
  });

  it('colours output only on request', async () => {
    const root = makeRepo(compliantFiles());
    expect((await cli(['check'], root)).stdout).not.toContain('\u001b[');
    expect((await cli(['check'], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await cli(['check'], root, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('usage and configuration errors exit 2 with a clear message', () => {
  const root = makeRepo(compliantFiles());
  it.each([
    [['check', '--polcy', 'x'], /^modelgate: Unknown option '--polcy'; did you mean --policy\?; run modelgate --help\n$/],
    [['check', '--formt', 'json'], /^modelgate: Unknown option '--formt'; did you mean --format\?; run modelgate --help\n$/],
    [['check', '--zzzzzz'], /^modelgate: Unknown option '--zzzzzz'; run modelgate --help\n$/],
    [['check', '--nope'], /^modelgate: Unknown option '--nope'; run modelgate --help\n$/], // not --scope: a typo keeps its first letter
    [['check', '--format', 'xml'], /^modelgate: --format must be one of stylish, json, markdown, sarif, cyclonedx, soa, soa-csv, not "xml"\n$/],
    [['check', '--fail-on', 'critical'], /^modelgate: --fail-on must be one of error, warning, notice, never, not "critical"\n$/],
    [['check', 'nowhere'], /^modelgate: nowhere does not exist\n$/],
    [['check', 'a', 'b'], /^modelgate: check takes one path, got 2: a b\n$/],
    [['check', '--max-file-size', 'huge'], /^modelgate: max-file-size must be a size such as 5MB or 500KB, not "huge"\n$/],
    [['check', '--policy', 'basline'], /^modelgate: unknown policy pack "basline" \(did you mean "baseline"\?\)/],
    [['check', '--policy', 'missing.yaml'], /^modelgate: policy pack missing\.yaml does not exist\n$/],
    [['deploy'], /^modelgate: unknown command "deploy"; run modelgate --help\n$/],
    [['chek'], /^modelgate: unknown command "chek" \(did you mean "check"\?\); run modelgate --help\n$/],
    [['Explain', 'x'], /^modelgate: unknown command "Explain" \(did you mean "explain"\?\); run modelgate --help\n$/],
    [['\u001b[2Jx'], /^modelgate: unknown command "\\x1b\[2Jx"; run modelgate --help\n$/],
    [['explain'], /^modelgate: explain takes one rule id/],
    [['explain', 'card/licence'], /^modelgate: unknown rule "card\/licence" \(did you mean "card\/license"\?\)/],
    // New user: a rule named without its family.
    [['explain', 'own-system'], /^modelgate: unknown rule "own-system" \(did you mean "evidence\/own-system"\?\)/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await cli(args, root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('a folder with no systems passes, with a warning that nothing was checked', async () => {
    const root = makeRepo({ 'src/app.py': 'print(1)\n' });
    const run = await cli(['check', 'src'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('modelgate: warning: no ai-system.yaml under src; nothing was checked (modelgate init <model-folder> writes one)');
  });

  // From a new user: run from a system's docs/ folder, the gate said "PASS no problems in 0 systems".
  it('run with no path from inside a system\'s folder, checks that system and says so', async () => {
    const root = makeRepo({ ...compliantFiles(), '.git/HEAD': 'ref: refs/heads/main\n' });
    const run = await cli(['check'], path.join(root, 'sys/docs'));
    expect(run.stderr).toBe('modelgate: checking the system in .. (its ai-system.yaml is above this folder)\n');
    expect(run.stdout).toContain('no problems in 1 system');
    // New user: a path given that holds no manifest, inside a system's folder, checked nothing and passed.
    const given = await cli(['check', 'sys/docs'], root);
    expect(given.stderr).toBe('modelgate: checking the system in sys (its ai-system.yaml is above this folder)\n');
    expect(given.stdout).toContain('no problems in 1 system');
  });

  it('a path given that holds manifests of its own is the path checked, though a system lies above it', async () => {
    const root = makeRepo({ ...compliantFiles(), 'sys/sub/ai-system.yaml': 'schemaVersion: 1\nid: sub\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const run = await cli(['check', 'sys/sub', '--format', 'json'], root);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { systems: Array<{ id: string }> }).systems.map((s) => s.id)).toEqual(['sub']);
  });

  it('a waivers file asked for by name must exist', async () => {
    const root = makeRepo(compliantFiles());
    const run = await cli(['check', '--waivers', 'nope.yaml'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--waivers nope.yaml does not exist');
  });

  it('a broken policy file names the file, line and column', async () => {
    const dir = makeRepo({ ...compliantFiles(), 'p.yaml': 'extends: baseline\nrules:\n  card/license: fatal\n' });
    const { code, stderr } = await cli(['check', '--policy', 'p.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('modelgate: p.yaml:3:17: rules["card/license"]: "fatal" is not allowed; use one of: error, warning, notice, off\n');
  });
});

describe('help, version, rules and explain', () => {
  const root = makeRepo({});
  it('--help prints usage and exits 0; no command prints usage and exits 2', async () => {
    expect(await cli(['--help'], root)).toMatchObject({ code: 0, stdout: expect.stringContaining('modelgate check [path] [options]') });
    expect(await cli([], root)).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
  });

  // From a new user: rules, explain and policy refused --help as an unknown option (exit 2).
  it.each([['check'], ['baseline'], ['rules'], ['explain'], ['policy', 'validate'], ['policy', 'test']])('%s --help prints usage and exits 0', async (...command) => {
    expect(await cli([...command, '--help'], root)).toMatchObject({ code: 0, stdout: expect.stringContaining('modelgate explain <rule-id>'), stderr: '' });
  });

  // From a new user: explain refused --no-color, which check takes (a script passes it to every command).
  it.each([['explain', 'bias/report-cited'], ['rules']])('%s accepts --no-color', async (...command) => {
    expect(await cli([...command, '--no-color'], root)).toMatchObject({ code: 0, stderr: '' });
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    expect(await cli(['--version'], root)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('rules lists the active rules with severities and controls', async () => {
    const { code, stdout } = await cli(['rules'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^oversight\/stop +error +People can stop the system, with evidence\n +evidences ISO\/IEC 42001 A\.9\.3; EU AI Act Art\.14\(4\)\(e\); NIST AI RMF MANAGE 2\.4 · supports ISO\/IEC 42001 A\.6\.1\.3$/m);
    const json = JSON.parse((await cli(['rules', '--format', 'json'], root)).stdout);
    expect(json.find((r: { id: string }) => r.id === 'card/contact')).toMatchObject({ severity: 'warning', title: 'The card says whom to contact' });
  });

  // Applies: says which systems a rule's `when` selects, an obligation included; Checks: one check
  // per line, its options as key: value lines, not JSON.
  it.each([
    [
      'transparency/duties-declared',
      'Applies:   systems with the EU AI Act Art.50 obligation (Transparency for certain AI systems): risk tiers limited, gpai, gpai-systemic, or any tier that interacts with people, generates content, recognises emotions, categorises people by biometric data, makes deep fakes or generates text published to inform the public (Art. 50(6)); for the provider or deployer; from 2026-08-02 (timeline: regulation)\n' +
        'Checks:    given $.manifest, in order:\n' +
        '           - present on transparency.interactsWithPeople\n' +
        '           - present on transparency.generatesContent\n',
    ],
    [
      'transparency/content-marking',
      'Applies:   systems with the EU AI Act Art.50(2) obligation (Transparency for certain AI systems): risk tiers limited, gpai, gpai-systemic, or any tier that interacts with people, generates content, recognises emotions, categorises people by biometric data, makes deep fakes or generates text published to inform the public (Art. 50(6)); for the provider; from 2026-08-02 (timeline: regulation)\n' +
        'Checks:    given $.manifest, in order:\n' +
        '           - present-when\n' +
        '               when:\n' +
        '                 field: transparency.generatesContent\n' +
        '                 equals: true\n' +
        '               fields: [transparency.contentMarking.method, transparency.contentMarking.evidence]\n' +
        '           - document-content on transparency.contentMarking.evidence\n' +
        '               kind: content marking description\n' +
        '               topics:\n' +
        '                 - name: a machine-readable marking method\n' +
        '                   terms: [c2pa, content credential, watermark, metadata, fingerprint, provenance, manifest, iptc, xmp, exif, synthid, digital source type, steganograph, cryptographic]\n' +
        '                 - name: how the mark is detected or verified\n' +
        '                   terms: [detect, verif, validat, check, decod, inspect, extract]\n',
    ],
    [
      'transparency/gpai-technical-documentation',
      'Applies:   systems with the EU AI Act Art.53(1)(a) obligation (Obligations of providers of GPAI models): risk tiers gpai, gpai-systemic; for the provider; from 2025-08-02 (timeline: regulation); not for an open-source model with its parameters public and no systemic risk (Art. 53(2))\n',
    ],
    ['oversight/stop', 'Applies:   lifecycle stages verification, deployment, operation\n'],
    ['incidents/reported-in-time', 'Applies:   every system\nChecks:    given $.manifest.monitoring.incidents:\n           - incident-deadlines\n               find: unreported\nFix: '],
  ])('explain %s says which systems it applies to and lists its checks', async (rule, expected) => {
    const { code, stdout } = await cli(['explain', rule], root);
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
    expect(stdout).not.toContain('{"');
  });

  it('explain describes one rule', async () => {
    const { code, stdout } = await cli(['explain', 'oversight/stop'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('oversight/stop: People can stop the system, with evidence');
    expect(stdout).toContain('Evidences: ISO/IEC 42001 A.9.3; EU AI Act Art.14(4)(e); NIST AI RMF MANAGE 2.4\nSupports:  ISO/IEC 42001 A.6.1.3\n');
    // Why it is there, whether or not the rule has a description: each control by its title (a new user found 44 rules with no "why").
    expect(stdout).toContain(
      'Why:       ISO/IEC 42001 A.9.3     Objectives for responsible use of AI system\n' +
        '           EU AI Act Art.14(4)(e)  Human oversight (Art.14)\n' +
        '           NIST AI RMF MANAGE 2.4  Mechanisms to supersede, disengage or deactivate the system\n' +
        '           ISO/IEC 42001 A.6.1.3   Processes for responsible AI system design and development\n',
    );
  });
});

describe('--as-of and --base', () => {
  it('--as-of judges the age of evidence as of that day', async () => {
    const root = makeRepo(compliantFiles());
    expect((await cli(['check', '--as-of', '2099-01-01'], root)).stdout).toMatch(/bias\/report-fresh/);
    expect((await cli(['check', '--as-of', '2099-01-01'], root)).code).toBe(1);
  });

  it.each([
    [['check', '--as-of', 'yesterday'], /^modelgate: as-of must be a date written YYYY-MM-DD, not "yesterday"\n$/],
    [['check', '--as-of', '2026-02-30'], /^modelgate: as-of must be a real date: "2026-02-30" is not one\n$/],
    [['check', '--base', 'main'], /^modelgate: the base "main" is not a commit in this repository/],
  ])('%j exits 2', async (args, message) => {
    const root = makeRepo(compliantFiles());
    const { code, stderr } = await cli(args, root);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('--scope changed', () => {
  // Four systems on main; a branch commits a change to one, leaves one uncommitted in another,
  // and adds a file git does not track to the third's folder.
  it('reports only the systems the changes since --base touch (committed, uncommitted, untracked), as the Action does on a pull request', async () => {
    const files: Record<string, string> = {};
    for (const name of ['a', 'b', 'c', 'd']) {
      for (const [file, text] of Object.entries(withManifest((m) => (m.id = `sys-${name}`)))) files[file.replace(/^sys\//, `${name}/`)] = text as string;
    }
    const root = makeRepo(files);
    commitAll(root);
    git(root, 'checkout', '-q', '-b', 'feature');
    fs.appendFileSync(path.join(root, 'a/README.md'), '\nMore on the limits.\n');
    commitAll(root, 'change a');
    fs.appendFileSync(path.join(root, 'b/README.md'), '\nUncommitted.\n');
    fs.writeFileSync(path.join(root, 'c/notes.md'), 'untracked\n');
    const run = await cli(['check', '--base', 'main', '--scope', 'changed', '--format', 'json'], root);
    const report = JSON.parse(run.stdout);
    expect(report.systems.map((s: { id: string }) => s.id)).toEqual(['sys-a', 'sys-b', 'sys-c']);
    expect(report.scope.skipped.map((s: { id: string }) => s.id)).toEqual(['sys-d']);
    // --scope all (the default) reports every system.
    expect(JSON.parse((await cli(['check', '--base', 'main', '--format', 'json'], root)).stdout).systems).toHaveLength(4);
  });

  it.each([
    [['check', '--scope', 'changed'], /^modelgate: --scope changed reports the systems a change touches, and needs --base <git ref> to know the change\n$/],
    [['check', '--base', 'main', '--scope', 'some'], /^modelgate: --scope must be one of changed, all/],
  ])('%j exits 2', async (args, message) => {
    const root = makeRepo(compliantFiles());
    commitAll(root);
    const { code, stderr } = await cli(args, root);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('modelgate policy validate and policy test', () => {
  const ROOT = path.join(import.meta.dirname, '..', '..');

  it('validate: exit 0 with a summary, exit 2 with file, line and column', async () => {
    expect(await cli(['policy', 'validate', 'docs/examples/central-policy/acme.yaml'], ROOT)).toEqual({
      code: 0,
      stdout: 'docs/examples/central-policy/acme.yaml: valid; 144 rules active from docs/examples/central-policy/acme.yaml → baseline\n',
      stderr: '',
    });
    const dir = makeRepo({ 'bad.yaml': 'rules:\n  acme/x:\n    title: X\n    severity: error\n    given: $.manifest\n    then: { function: presnet }\n    remediation: r\n' });
    expect(await cli(['policy', 'validate', 'bad.yaml'], dir)).toMatchObject({
      code: 2,
      stderr: 'modelgate: bad.yaml:6:23: rule acme/x: unknown check function "presnet" (did you mean "present"?)\n',
    });
  });

  it('validate and check --policy: exit 2 at the line of an EU AI Act reference that does not exist', async () => {
    const dir = makeRepo({
      ...compliantFiles(),
      'bad.yaml': 'extends: baseline\nrules:\n  card/license:\n    supports:\n      euAiAct: [Art.10(99)]\n',
    });
    const refused = 'modelgate: bad.yaml:5:17: rules["card/license"].supports.euAiAct[0]: "Art.10(99)" is not in the EU AI Act: Art.10 has (1) to (6)\n';
    expect(await cli(['policy', 'validate', 'bad.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: refused });
    expect(await cli(['check', '--policy', 'bad.yaml'], dir)).toMatchObject({ code: 2, stderr: refused });
  });

  it('test: runs the cases of the documented central-policy example', async () => {
    const { code, stdout } = await cli(['policy', 'test', 'docs/examples/central-policy/acme-tests'], ROOT);
    expect(stdout).toBe('ok    purpose-missing\nok    purpose-stated\n\n2 of 2 cases passed\n');
    expect(code).toBe(0);
  });

  it('test: exit 1 and says what differs when a case fails', async () => {
    const dir = makeRepo({
      'policy.yaml': 'extends: baseline\n',
      'case/ai-system.yaml': 'id: x\nname: X\nversion: "1"\nlifecycle: design\n',
      'case/expect.yaml': 'expect:\n  verdict: pass\n  failures:\n    - { rule: system/owner, line: 9 }\n  passes: [system/risk-tier]\n',
    });
    const { code, stdout } = await cli(['policy', 'test', '.'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  case\n        verdict is fail, expected pass\n');
    expect(stdout).toContain('        missing: system/owner\n');
    expect(stdout).toContain('        unexpected: system/owner at ai-system.yaml:1: owner.team is missing\n');
    expect(stdout).toContain('        system/risk-tier should pass, but fail\n');
    expect(stdout).toContain('0 of 1 cases passed\n');
  });

  it.each([
    [['policy'], /^modelgate: usage: modelgate policy validate <file> \| modelgate policy test <dir> \[--policy-checkout owner\/repo=<dir>\]\n$/],
    [['policy', 'test', 'nowhere'], /is not a directory of test cases/],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await cli(args, makeRepo({}));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
