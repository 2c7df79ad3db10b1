/**
 * Discovery: in a git repository, the files git lists (so `.gitignore` is honoured and nothing
 * tracked is skipped); elsewhere, a walk that skips `.git` and `node_modules`. Exclusions come
 * from the policy (the base commit's on a pull request) and the CLI, and prune whole folders.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, discoverAsync, gitListingAhead } from '../../src/discover/discover.js';
import { evaluateGateListingAhead, runGate } from '../../src/engine/gate.js';
import { RepoFs } from '../../src/fs/repo-fs.js';
import { pathKey, UNTOUCHED } from '../../src/discover/scope.js';
import { makeRepo, tempDir, writeFiles, type Files } from '../helpers/repo.js';
import { gitRepo as sharedGitRepo } from '../helpers/git.js';


const MANIFEST = 'id: demo\nname: Demo\nversion: "1.0.0"\n';
const CARD = '---\nlicense: mit\n---\n# Model\n';

const gitRepo = (files: Files) => sharedGitRepo(files).root;

const found = (root: string, options: Parameters<typeof discover>[1] = { scanPath: '' }) => discover(new RepoFs(root), options);

describe('in a git repository', () => {
  it('checks a tracked system under node_modules/ and any other folder a walk would skip', () => {
    const root = gitRepo({ 'node_modules/pkg/ai-system.yaml': MANIFEST, 'a/ai-system.yaml': MANIFEST, 'node_modules/pkg/README.md': CARD });
    expect(found(root)).toEqual({ manifests: ['a/ai-system.yaml', 'node_modules/pkg/ai-system.yaml'], cardCandidates: ['node_modules/pkg/README.md'], modelFiles: {}, pickleFiles: {}, via: 'git' });
  });

  it('skips untracked files under node_modules/ (installed packages, modelgate itself among them) when .gitignore does not list it', () => {
    const root = gitRepo({ 'a/ai-system.yaml': MANIFEST, 'node_modules/tracked/ai-system.yaml': MANIFEST });
    writeFiles(root, { 'node_modules/modelgate/docs/examples/x/ai-system.yaml': MANIFEST, 'node_modules/pkg/README.md': CARD, 'src/node_modules/y/ai-system.yaml': MANIFEST, 'new/ai-system.yaml': MANIFEST });
    expect(found(root)).toEqual({ manifests: ['a/ai-system.yaml', 'new/ai-system.yaml', 'node_modules/tracked/ai-system.yaml'], cardCandidates: [], modelFiles: {}, pickleFiles: {}, via: 'git' });
  });

  it('honours .gitignore, lists untracked files that are not ignored, skips deleted files and submodule folders, and lists a manifest that is a link unless it is another manifest\'s alias', () => {
    const root = gitRepo({
      '.gitignore': 'build/\n',
      'tracked/ai-system.yaml': MANIFEST,
      'deleted/ai-system.yaml': MANIFEST,
      'real/ai-system.yaml': MANIFEST,
      'other/manifest.yaml': MANIFEST,
    });
    writeFiles(root, {
      'build/ai-system.yaml': MANIFEST,
      'new/ai-system.yaml': MANIFEST,
      'alias/ai-system.yaml': { symlink: '../real/ai-system.yaml' },
      'other/ai-system.yaml': { symlink: 'manifest.yaml' },
    });
    fs.rmSync(path.join(root, 'deleted/ai-system.yaml'));
    // A link to a file no other manifest is stands for a system the check reads (passed over, a new
    // system behind one went unchecked); a link to another manifest is that system, found once.
    expect(found(root).manifests).toEqual(['new/ai-system.yaml', 'other/ai-system.yaml', 'real/ai-system.yaml', 'tracked/ai-system.yaml']);
  });

  it('lists names that would be pathspec magic, with newlines, and under a scanned folder only', () => {
    const root = gitRepo({ ':(glob)x/ai-system.yaml': MANIFEST, 'a\nb/ai-system.yaml': MANIFEST, 'other/ai-system.yaml': MANIFEST });
    expect(found(root).manifests).toEqual([':(glob)x/ai-system.yaml', 'a\nb/ai-system.yaml', 'other/ai-system.yaml']);
    expect(found(root, { scanPath: ':(glob)x' }).manifests).toEqual([':(glob)x/ai-system.yaml']);
  });

  it('excludes a folder by its name or by a glob below it, as the walk does', () => {
    const root = gitRepo({ 'vendor/x/ai-system.yaml': MANIFEST, 'third_party/y/ai-system.yaml': MANIFEST, 'keep/ai-system.yaml': MANIFEST });
    expect(found(root, { scanPath: '', exclude: ['vendor', 'third_party/**'] }).manifests).toEqual(['keep/ai-system.yaml']);
  });
});

describe("git's listing taken ahead (the CLI lists while the policy loads)", () => {
  const files = { '.gitignore': 'build/\n', 'a/ai-system.yaml': MANIFEST, 'b/ai-system.yaml': MANIFEST, 'b/README.md': CARD, ':(glob)x/ai-system.yaml': MANIFEST };

  it('finds what discovery finds by itself, for the whole repository and for a folder', async () => {
    const root = gitRepo(files);
    writeFiles(root, { 'build/ai-system.yaml': MANIFEST, 'new/ai-system.yaml': MANIFEST });
    const repo = new RepoFs(root);
    for (const scanPath of ['', 'b', ':(glob)x']) {
      const listing = await gitListingAhead(repo.root, scanPath);
      expect(listing.files, scanPath).toBeDefined();
      expect(discover(repo, { scanPath }, listing), scanPath).toEqual(found(root, { scanPath }));
    }
  });

  it('is not used for another folder or another root: discovery lists for itself', async () => {
    const root = gitRepo(files);
    const repo = new RepoFs(root);
    const ofB = await gitListingAhead(repo.root, 'b');
    expect(discover(repo, { scanPath: '' }, ofB).manifests).toEqual([':(glob)x/ai-system.yaml', 'a/ai-system.yaml', 'b/ai-system.yaml']);
    const forged = { root: `${repo.root}/elsewhere`, startRel: '', files: ['z/ai-system.yaml'] };
    expect(discover(repo, { scanPath: '' }, forged).manifests).toEqual([':(glob)x/ai-system.yaml', 'a/ai-system.yaml', 'b/ai-system.yaml']);
  });

  it('outside git it lists nothing, and discovery walks the folders', async () => {
    const root = makeRepo(files);
    const listing = await gitListingAhead(new RepoFs(root).root, '');
    expect(listing.files).toBeUndefined();
    expect(discover(new RepoFs(root), { scanPath: '' }, listing).via).toBe('walk');
  });

  it('the gate gives the same report with it as without', async () => {
    const root = gitRepo(files);
    const options = { root, policyBaseDir: root, now: new Date('2026-11-22T12:00:00Z'), commit: null };
    expect(JSON.stringify((await evaluateGateListingAhead(options)).report)).toBe(JSON.stringify(runGate(options)));
  });
});

describe('outside git', () => {
  it('walks the folders, skipping node_modules and .git, never following links', () => {
    const root = makeRepo({ 'node_modules/pkg/ai-system.yaml': MANIFEST, 'a/ai-system.yaml': MANIFEST, '.git/ai-system.yaml': MANIFEST, 'l': { symlink: 'a' } });
    expect(found(root)).toEqual({ manifests: ['a/ai-system.yaml'], cardCandidates: [], modelFiles: {}, pickleFiles: {}, via: 'walk' });
  });

  it('finds a manifest that is a link or a FIFO, for the check to read or refuse; a linked card is not a candidate', () => {
    const root = makeRepo({
      'a/ai-system.yaml': MANIFEST,
      'b/ai-system.yaml': { symlink: '../d/manifest.yaml' },
      'd/manifest.yaml': MANIFEST,
      'e/ai-system.yaml': { symlink: '../a/ai-system.yaml' },
      'b/README.md': { symlink: '../a/README.md' },
      'a/README.md': CARD,
    });
    execFileSync('mkfifo', [path.join(root, 'c-ai-system')]);
    fs.mkdirSync(path.join(root, 'c'));
    fs.renameSync(path.join(root, 'c-ai-system'), path.join(root, 'c/ai-system.yaml'));
    // e/ is a's alias: one system, found once.
    expect(found(root)).toEqual({ manifests: ['a/ai-system.yaml', 'b/ai-system.yaml', 'c/ai-system.yaml'], cardCandidates: ['a/README.md'], modelFiles: {}, pickleFiles: {}, via: 'walk' });
  });

  it('a link at the root to a system\'s manifest is that system: one system, its paths read from its own folder', () => {
    const root = gitRepo({ 'systems/cs/ai-system.yaml': MANIFEST, 'ai-system.yaml': { symlink: 'systems/cs/ai-system.yaml' } });
    const report = runGate({ root, policyBaseDir: root, now: new Date('2026-11-22T12:00:00Z'), commit: null });
    expect(report.systems.map((s) => s.manifest)).toEqual(['systems/cs/ai-system.yaml']);
    expect(report.findings.filter((f) => f.ruleId === 'manifest/duplicate-id' && f.status === 'fail')).toEqual([]);
  });

  it('the gate reads a manifest linked inside the repository, and refuses one linked outside or a FIFO, each a finding', () => {
    const outside = makeRepo({ 'secret.yaml': 'id: leaked-secret\n' });
    const root = makeRepo({ 'inside/manifest.yaml': MANIFEST, 'inside/ai-system.yaml': { symlink: 'manifest.yaml' }, 'out/ai-system.yaml': { symlink: path.join(outside, 'secret.yaml') } });
    fs.mkdirSync(path.join(root, 'fifo'));
    execFileSync('mkfifo', [path.join(root, 'fifo/ai-system.yaml')]);
    const report = runGate({ root, policyBaseDir: root, now: new Date('2026-11-22T12:00:00Z'), commit: null });
    expect(report.systems.map((s) => s.manifest)).toEqual(['fifo/ai-system.yaml', 'inside/ai-system.yaml', 'out/ai-system.yaml']);
    const readable = report.findings.filter((f) => f.ruleId === 'manifest/readable' && f.status === 'fail').map((f) => [f.file, f.message]);
    expect(readable).toEqual([
      ['fifo/ai-system.yaml', 'fifo/ai-system.yaml is not a regular file (a device, FIFO or socket)'],
      ['out/ai-system.yaml', 'out/ai-system.yaml is a symbolic link (or lies under one) that leads outside the repository'],
    ]);
    expect(JSON.stringify(report)).not.toContain('leaked-secret');
    expect(report.verdict).toBe('fail');
  });
});

describe("a model's files", () => {
  // One file per folder is enough to say a README there is a model card; data formats are not.
  const files: Files = {
    'm/README.md': CARD,
    'm/model-00001-of-00002.safetensors': 'x',
    'm/model-00002-of-00002.safetensors': 'x',
    'd/unet/diffusion_pytorch_model.bin': 'x',
    'd/model_index.json': '{}',
    'g/llama.Q4_K_M.gguf': 'x',
    'data/features.h5': 'x',
    'data/scaler.pkl': 'x',
    'data/embeddings.pt': 'x',
    'skipped/model.onnx': 'x',
    // Formats data shares, named as a model is (from a new user: PyTorch, YOLO and scikit-learn teams ship these).
    'yolo/best.pt': 'x',
    'sk/credit_model.joblib': 'x',
    'sk2/classifier.pkl': 'x',
    'keras/weights.h5': 'x',
    'torch/model_final.pth': 'x',
  };
  const expected = {
    'm': 'm/model-00001-of-00002.safetensors',
    'd/unet': 'd/unet/diffusion_pytorch_model.bin',
    'd': 'd/model_index.json',
    'g': 'g/llama.Q4_K_M.gguf',
    'yolo': 'yolo/best.pt',
    'sk': 'sk/credit_model.joblib',
    'sk2': 'sk2/classifier.pkl',
    'keras': 'keras/weights.h5',
    'torch': 'torch/model_final.pth',
  };

  it.each([
    ['listed by git', () => gitRepo(files)],
    ['found by walking', () => makeRepo(files)],
  ])('are found by folder, %s, as exclusions allow', (_, make) => {
    const discovery = found(make(), { scanPath: '', exclude: ['skipped/**'] });
    expect(discovery.modelFiles).toEqual(expected);
    // A pickle named as no model is no sign of a model card, but its folder is one the security rules look through.
    expect(discovery.pickleFiles).toEqual({ data: 'data/embeddings.pt' });
  });
});

describe('outside git, the folders read several at a time (discoverAsync)', () => {
  // Wider than the folders read at once, deeper than one level, with every kind of entry the walk skips.
  const files: Files = {
    'node_modules/pkg/ai-system.yaml': MANIFEST,
    '.git/ai-system.yaml': MANIFEST,
    'vendor/x/ai-system.yaml': MANIFEST,
    'l': { symlink: 'a0' },
    'README.md': CARD,
    ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}/deep/er/ai-system.yaml`, MANIFEST])),
    ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}/model_card.md`, CARD])),
  };

  it.each([
    ['the whole repository', { scanPath: '' }],
    ['a folder', { scanPath: 'a1' }],
    ['with exclusions', { scanPath: '', exclude: ['vendor', 'a1*/deep'] }],
    ['with --include', { scanPath: '', include: ['a2*/**'] }],
  ])('finds what the one-at-a-time walk finds: %s', async (_, options) => {
    const root = makeRepo(files);
    const repo = new RepoFs(root);
    const walked = discover(repo, options);
    expect(walked.via).toBe('walk');
    expect(walked.manifests.length).toBeGreaterThan(0);
    expect(await discoverAsync(repo, options)).toEqual(walked);
  });

  it.each([
    ['found by walking', () => makeRepo(files)],
    ['listed by git', () => gitRepo(files)],
  ])('tells of each manifest as it is found (threads start by it), and finds the same: %s', async (_, make) => {
    const repo = new RepoFs(make());
    const told: number[] = [];
    const found = await discoverAsync(repo, { scanPath: '', exclude: ['a3*/**'] }, undefined, (count) => told.push(count));
    expect(found).toEqual(discover(repo, { scanPath: '', exclude: ['a3*/**'] }));
    // One call per manifest kept (not the 11 excluded: a3, a30 to a39), counting up.
    expect(found.manifests.length).toBeGreaterThanOrEqual(29);
    expect(found.manifests.some((m) => m.startsWith('a3'))).toBe(false);
    expect(told).toEqual(Array.from({ length: found.manifests.length }, (_, i) => i + 1));
  });

  it('in git, it takes the listing as discover does; a manifest named, or a path out of the repository, as discover does', async () => {
    const root = gitRepo({ 'a/ai-system.yaml': MANIFEST, 'b/README.md': CARD });
    const repo = new RepoFs(root);
    expect(await discoverAsync(repo, { scanPath: '' }, await gitListingAhead(repo.root, ''))).toEqual(discover(repo, { scanPath: '' }));
    expect(await discoverAsync(repo, { scanPath: 'a/ai-system.yaml' })).toEqual({ manifests: ['a/ai-system.yaml'], cardCandidates: [], modelFiles: {}, pickleFiles: {}, via: 'walk' });
    await expect(discoverAsync(repo, { scanPath: '../..' })).rejects.toThrow(/cannot scan/);
  });
});

describe('exclude in the policy', () => {
  const POLICY = '.modelgate/policy.yaml';

  it('leaves out what the policy excludes; a pack that extends it can only add', () => {
    const root = gitRepo({
      [POLICY]: 'extends: ./org.yaml\nexclude: ["scratch/**"]\n',
      '.modelgate/org.yaml': 'extends: baseline\nexclude: [vendor]\n',
      'vendor/x/ai-system.yaml': MANIFEST,
      'scratch/y/ai-system.yaml': MANIFEST,
      'keep/ai-system.yaml': MANIFEST,
    });
    const report = runGate({ root, policy: POLICY, policyBaseDir: root });
    expect(report.systems.map((s) => s.manifest)).toEqual(['keep/ai-system.yaml']);
  });

  it('on a pull request, an exclusion only the head adds does not apply: the hidden system is still checked', () => {
    const root = gitRepo({ [POLICY]: 'extends: baseline\n', 'models/a/ai-system.yaml': MANIFEST });
    writeFiles(root, { [POLICY]: 'extends: baseline\nexclude: ["models/**"]\n' });
    const report = runGate({ root, policy: POLICY, policyBaseDir: root, base: { ref: 'main', required: true }, policyFrom: 'base' });
    expect(report.systems.map((s) => s.manifest)).toEqual(['models/a/ai-system.yaml']);
    expect(report.findings.some((f) => f.ruleId === 'policy/changed' && f.status === 'fail')).toBe(true);
    // Once merged the exclusion would hide the system: an error now, at the system it hides.
    expect(report.findings.filter((f) => f.ruleId === 'governance/system-removed' && f.status === 'fail').map((f) => [f.file, f.message])).toEqual([
      ['models/a/ai-system.yaml', "once merged, this pull request's policy excludes models/**, which hides models/a/ai-system.yaml from the gate"],
    ]);
  });

  it('is validated: an exclusion must be a list of non-empty globs', () => {
    const root = makeRepo({ [POLICY]: 'extends: baseline\nexclude: vendor\n', 'a/ai-system.yaml': MANIFEST });
    expect(() => runGate({ root, policy: POLICY, policyBaseDir: root })).toThrow(/exclude/);
  });
});

describe('changed-files scope and links', () => {
  it('a change to the target of a cited in-repository link touches the system that cites it', async () => {
    const { compliantFiles: files } = await import('../helpers/system.js');
    const base = files();
    const report = base['sys/evidence/bias.json'] as string;
    const root = makeRepo({ ...base, 'shared/bias.json': report, 'sys/evidence/bias.json': { symlink: '../../shared/bias.json' }, 'other.txt': 'x' });
    const touched = runGate({ root, changedFiles: ['shared/bias.json'] });
    expect(touched.systems.map((s) => s.manifest)).toEqual(['sys/ai-system.yaml']);
    // A chain: the middle link retargeted (to a forged report) touches the system too.
    writeFiles(root, { 'shared/2025/bias.json': report, 'shared/current.json': { symlink: '2025/bias.json' }, 'sys/evidence/bias.json': { symlink: '../../shared/current.json' } });
    expect(runGate({ root, changedFiles: ['shared/current.json'] }).systems).toHaveLength(1);
    const untouched = runGate({ root, changedFiles: ['other.txt'] });
    expect(untouched.systems).toEqual([]);
    expect(untouched.scope?.skipped).toEqual([{ manifest: 'sys/ai-system.yaml', id: 'demo-scorer', reason: UNTOUCHED }]);
  });

  // Scope follows what each check read, not what the manifest cites: a file the cited evidence
  // pulls in, or a linked folder partway along a cited path, is as much the system's evidence.
  it.each([
    ['a file a cited Fluent Bit config @INCLUDEs, outside the system folder', 'shared/logging/outputs.conf'],
    ['a linked folder partway along a cited path, outside the system folder', 'shared/logging'],
    ['a linked folder partway along the path a link leads to', 'shared/current'],
  ])('a change to %s touches the system', async (_what, changed) => {
    const { withManifest } = await import('../helpers/system.js');
    const { fixture } = await import('../helpers/evidence.js');
    const conf = fixture('logging/fluent-bit.conf');
    const files = withManifest(
      (m) => {
        m.monitoring.logging = { enabled: true, retentionDays: 400, events: ['score', 'override', 'stop'], configs: [{ path: '../shared/logging/fluent-bit.conf' }] };
      },
      {
        'shared/v1/fluent-bit.conf': `${conf.slice(0, conf.indexOf('[INPUT]'))}${conf.slice(conf.indexOf('[INPUT]'), conf.indexOf('[OUTPUT]'))}@INCLUDE ../current/outputs.conf\n`,
        // The file output, which deletes nothing: logrotate's retention, bounded by volume, would fail logging/retention.
        'shared/2025/outputs.conf': conf.slice(conf.indexOf('[OUTPUT]')).replace('Name         logrotate', 'Name         file'),
        'shared/logging': { symlink: 'v1' },
        'shared/current': { symlink: '2025' },
        'other/ai-system.yaml': 'id: other\nname: Other\nversion: "1"\n',
      },
    );
    const root = makeRepo(files);
    // The config really is read through both links (so the pipeline it describes passes).
    const full = runGate({ root });
    expect(full.findings.filter((f) => f.system === "demo-scorer" && f.ruleId.startsWith("logging/") && f.status === "fail").map((f) => f.message)).toEqual([]);
    const scoped = runGate({ root, changedFiles: [changed === 'shared/logging/outputs.conf' ? 'shared/2025/outputs.conf' : changed] });
    expect(scoped.systems.map((s) => s.id)).toEqual(['demo-scorer']);
    expect(scoped.scope?.skipped.map((s) => s.id)).toEqual(['other']);
  });

  // A latestRun pattern outside the system's folder: a run the pull request adds (in a folder of
  // its own, new too) or removes changes which run is newest, though the check never read it.
  it.each([
    ['a run added in a new folder', 'reports/2026-12-01T06-00/run.json'],
    ['a run removed', 'reports/2026-11-29T06-00/run.json'],
  ])('%s under a latestRun pattern touches the system', async (_what, changed) => {
    const { withManifest, timeAgo } = await import('../helpers/system.js');
    const run = JSON.stringify({ schema: 'modelgate/monitoring-run@1', ranAt: timeAgo(1), tests: [{ name: 'feature_drift', status: 'pass', value: 0.07 }] });
    const root = makeRepo(
      withManifest((m) => (m.monitoring.latestRun = '../reports/*/run.json'), {
        'reports/2026-11-30T06-00/run.json': run,
        'other/ai-system.yaml': 'id: other\nname: Other\nversion: "1"\n',
        'other.txt': 'x',
      }),
    );
    expect(runGate({ root, changedFiles: [changed] }).systems.map((s) => s.id)).toEqual(['demo-scorer']);
    expect(runGate({ root, changedFiles: ['other.txt'] }).systems).toEqual([]);
  });

  // Sixth red team: changes that change what a check reads without changing a path it read.
  it.each([
    ['a .gitattributes above a cited file (its lines change how git checks the file out)', '.gitattributes', {}],
    ['a .gitattributes in a folder above a cited file', 'shared/.gitattributes', {}],
    ['.gitmodules (which folders are other repositories)', '.gitmodules', {}],
    ['a manifest added above a cited report, which makes it another system\'s', 'shared/ai-system.yaml', { 'shared/ai-system.yaml': 'id: shared\nname: Shared\nversion: "1"\n' }],
  ])('a change to %s touches the system', async (_what, changed, more) => {
    const { compliantFiles: files } = await import('../helpers/system.js');
    const base = files();
    const root = makeRepo({ ...base, 'shared/reports/bias.json': base['sys/evidence/bias.json'] as string, 'other/ai-system.yaml': 'id: other\nname: Other\nversion: "1"\n', ...(more as Files) });
    writeFiles(root, { 'sys/ai-system.yaml': (base['sys/ai-system.yaml'] as string).replace('path: evidence/bias.json', 'path: ../shared/reports/bias.json') });
    const scoped = runGate({ root, changedFiles: [changed] });
    expect(scoped.systems.map((s) => s.id)).toContain('demo-scorer');
  });

  it('a card below a manifest a change moves or removes is looked at again', () => {
    const card = '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Reranker\n';
    const root = makeRepo({ 'm/core/ai-system.yaml': 'id: a\nname: A\nversion: "1"\n', 'm/reranker/README.md': card, 'm/reranker/model.pkl': 'x' });
    // The manifest that stood at m/ (above the card) moved to m/core/.
    const report = runGate({ root, changedFiles: ['m/ai-system.yaml', 'm/core/ai-system.yaml'] });
    expect(report.findings.filter((f) => f.ruleId === 'discovery/unregistered-system' && f.status === 'fail').map((f) => f.file)).toEqual(['m/reranker/README.md']);
  });

  it('a card that a system left out cites is registered: a change in its folder reports no unregistered model', () => {
    const card = '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Shared\n';
    const root = makeRepo({ 'systems/a/ai-system.yaml': 'id: a\nname: A\nversion: "1"\nmodelCard: ../../cards/README.md\n', 'cards/README.md': card, 'cards/notes.txt': 'x' });
    const report = runGate({ root, changedFiles: ['cards/notes.txt'] });
    expect(report.scope?.skipped.map((s) => s.id)).toEqual(['a']);
    expect(report.findings.filter((f) => f.ruleId === 'discovery/unregistered-system' && f.status === 'fail')).toEqual([]);
  });

  // New user: `check ml/models/risk` called the card a service elsewhere cites unregistered.
  it('a card that a system outside the scanned folder cites is registered; one no system cites is not', () => {
    const card = '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Risk model\n';
    const files = { 'services/api/ai-system.yaml': 'id: api\nname: API\nversion: "1"\nmodelCard: ../../ml/risk/README.md\n', 'ml/risk/README.md': card, 'ml/risk/model.pkl': 'x', 'ml/other/README.md': card, 'ml/other/model.pkl': 'x' };
    const report = runGate({ root: makeRepo(files), scanPath: 'ml' });
    expect(report.findings.filter((f) => f.ruleId === 'discovery/unregistered-system' && f.status === 'fail').map((f) => f.file)).toEqual(['ml/other/README.md']);
  });

  // A link may climb out of the root and come back in (RepoFs reads it: the real path is
  // inside), relatively or through a link outside the repository: the walk follows it too.
  it.each([
    ['climbs out of the root and back in', (root: string) => `../../../${path.basename(root)}/shared/bias.json`],
    ['is absolute, through a link outside the repository to it', (root: string) => {
      const outside = tempDir('modelgate-alias-');
      fs.symlinkSync(root, path.join(outside, 'checkout'));
      return path.join(outside, 'checkout/shared/bias.json');
    }],
    // On Linux and macOS a backslash is part of a file's name, as the kernel reads the link.
    ['leads to a file with a backslash in its name', () => '../../shared/bias\\report.json'],
  ])('a change to the file a cited link reaches touches the system when the link %s', async (_how, target) => {
    const { compliantFiles: files } = await import('../helpers/system.js');
    const base = files();
    const root = fs.realpathSync(makeRepo({ ...base, 'shared/bias.json': 'not json', 'shared/bias\\report.json': 'not json', 'other.txt': 'x' }));
    const link = target(root);
    writeFiles(root, { 'sys/evidence/bias.json': { symlink: link } });
    // Read through the link: the changed file is what the check judged.
    expect(runGate({ root }).findings.some((f) => f.ruleId === 'bias/report-readable' && f.status === 'fail')).toBe(true);
    const changed = link.endsWith('bias\\report.json') ? 'shared/bias\\report.json' : 'shared/bias.json';
    expect(runGate({ root, changedFiles: [changed] }).systems.map((s) => s.id)).toEqual(['demo-scorer']);
  });

  it('a link chain the walk cannot finish counts as touched; a governance file reached through a link governs through its target', () => {
    const root = makeRepo({ 'a/ai-system.yaml': 'id: a\nname: A\nversion: "1"\nmodelCard: loop/README.md\n', 'other.txt': 'x', 'docs/waivers.yaml': 'waivers: []\n' });
    writeFiles(root, { 'a/loop': { symlink: 'loop' } });
    expect(runGate({ root, changedFiles: ['other.txt'] }).systems.map((s) => s.id)).toEqual(['a']);
    fs.rmSync(path.join(root, 'a/loop'));
    writeFiles(root, { '.github/waivers.yaml': { symlink: '../docs/waivers.yaml' } });
    const report = runGate({ root, waivers: '.github/waivers.yaml', changedFiles: ['docs/waivers.yaml'] });
    expect(report.scope?.all).toBe('the change touches docs/waivers.yaml, which governs every system');
  });

  it.each([
    ['linux', 'Evidence/Bias.json', 'Evidence/Bias.json'],
    ['darwin', 'Evidence/Bias.json', 'evidence/bias.json'],
    ['win32', 'Evidence/Bias.json', 'evidence/bias.json'],
    ['darwin', 'e\u0301valuation.json', '\u00e9valuation.json'],
  ] as const)('on %s, the path %j is compared as %j (the file system finds it so)', (platform, written, key) => {
    expect(pathKey(written, platform)).toBe(key);
  });

  it('a system that shares its id with a touched one is reported too, in discovery order', () => {
    const manifest = 'id: twin\nname: Twin\nversion: "1"\n';
    const root = makeRepo({ 'a/ai-system.yaml': manifest, 'b/ai-system.yaml': manifest, 'c/ai-system.yaml': 'id: c\nname: C\nversion: "1"\n' });
    const report = runGate({ root, changedFiles: ['b/ai-system.yaml'] });
    expect(report.systems.map((s) => s.manifest)).toEqual(['a/ai-system.yaml', 'b/ai-system.yaml']);
    expect(report.findings.filter((f) => f.ruleId === 'manifest/duplicate-id' && f.status === 'fail').map((f) => f.file)).toEqual(['b/ai-system.yaml']);
    expect(report.scope?.skipped.map((s) => s.manifest)).toEqual(['c/ai-system.yaml']);
  });
});

// Red team: a pull request added models/shadow/model.pkl (a pickle that ran os.system on load)
// with no card and no manifest, and the required check passed: "PASS 0 systems".
describe('model files no system owns', () => {
  const unregistered = (report: ReturnType<typeof runGate>) =>
    report.findings.filter((f) => f.ruleId === 'discovery/unregistered-system' && f.status === 'fail').map((f) => [f.file, f.line, f.message]);
  const said = (file: string) => `${file} is a model file that no ai-system.yaml registers: no system's folder holds it, no system lists it under artifacts, and no model card describes it`;
  const SYSTEM = { 'models/a/ai-system.yaml': MANIFEST.replace('id: demo', 'id: a') };

  it.each<[string, Files, Array<[string, number, string]>]>([
    ['a pickle named as a model, in a folder of its own', { 'models/shadow/model.pkl': 'x' }, [['models/shadow/model.pkl', 1, said('models/shadow/model.pkl')]]],
    ['safetensors weights at the root', { 'model.safetensors': 'x' }, [['model.safetensors', 1, said('model.safetensors')]]],
    ['weights in a registered system\'s folder', { 'models/a/weights/model.safetensors': 'x' }, []],
    ['a pickle by a name no model has (data, not a model)', { 'cache/features.pkl': 'x' }, []],
    // Red team: PyTorch checkpoints by other names, and compressed pickles of a model, passed.
    ['a PyTorch checkpoint named after its architecture', { 'vision/yolov8n.pt': 'x' }, [['vision/yolov8n.pt', 1, said('vision/yolov8n.pt')]]],
    ['a .pth beside a pickle of data', { 'ml/features.pkl': 'x', 'ml/resnet50.pth': 'x' }, [['ml/resnet50.pth', 1, said('ml/resnet50.pth')]]],
    ['a model\'s pickle compressed', { 'ml/model.pkl.gz': 'x' }, [['ml/model.pkl.gz', 1, said('ml/model.pkl.gz')]]],
    ['a pickle named as a model beside a dataset card', { 'data/README.md': '---\ntask_categories: [text-classification]\n---\n# Reviews\n', 'data/model.pkl': 'x' }, [['data/model.pkl', 1, said('data/model.pkl')]]],
    ['a tensor file beside a dataset card', { 'data/README.md': '---\ntask_categories: [feature-extraction]\n---\n# Embeddings\n', 'data/embeddings.pt': 'x' }, []],
    // Review: any README hid a checkpoint by another name.
    ['a checkpoint by another name beside a README that is no dataset card', { 'det/README.md': '# Detector\n\nStuff.\n', 'det/yolov8n.pt': 'x' }, [['det/yolov8n.pt', 1, said('det/yolov8n.pt')]]],
    ['weights beside a model card (that card is judged instead)', { 'models/b/README.md': CARD, 'models/b/model.safetensors': 'x' }, [['models/b/README.md', 1, expect.stringContaining('is a model card') as unknown as string]]],
    ['weights in the folder a system lists an artifact of; another version below it is not that system\'s', { 'models/a/ai-system.yaml': `${MANIFEST}artifacts:\n  - path: ../../ml/risk/model.safetensors\n`, 'ml/risk/model.safetensors': 'x', 'ml/risk/v2/model.onnx': 'x' }, [['ml/risk/v2/model.onnx', 1, said('ml/risk/v2/model.onnx')]]],
    // Review: an artifact at the root owned every model file in the repository.
    ['a pickle, beside a system that lists a file at the root as an artifact', { 'models/a/ai-system.yaml': `${MANIFEST}artifacts:\n  - path: ../../LICENSE\n`, LICENSE: 'MIT', 'models/shadow/model.pkl': 'x', 'model.onnx': 'x' }, [['model.onnx', 1, said('model.onnx')], ['models/shadow/model.pkl', 1, said('models/shadow/model.pkl')]]],
    ['weights below the folder of a card a system cites', { 'models/a/ai-system.yaml': `${MANIFEST}modelCard: ../../ml/risk/README.md\n`, 'ml/risk/README.md': CARD, 'ml/risk/export/model.onnx': 'x' }, []],
  ])('%s', (_name, files, expected) => {
    expect(unregistered(runGate({ root: makeRepo({ ...SYSTEM, ...files }) }))).toEqual(expected);
  });

  it('in a pull request checked by its changed files: those it touches, not an old one elsewhere', () => {
    const root = makeRepo({ ...SYSTEM, 'legacy/model.onnx': 'x', 'models/shadow/model.pkl': 'x' });
    expect(unregistered(runGate({ root, changedFiles: ['models/shadow/model.pkl'] })).map(([file]) => file)).toEqual(['models/shadow/model.pkl']);
  });

  it('an excluded folder is left out, and --include leaves all of them out (they may be a left-out system\'s)', () => {
    const root = makeRepo({ ...SYSTEM, 'tests/fixtures/model.onnx': 'x' });
    expect(unregistered(runGate({ root, exclude: ['tests/**'] }))).toEqual([]);
    expect(unregistered(runGate({ root, include: ['models/**'] }))).toEqual([]);
    expect(unregistered(runGate({ root }))).toHaveLength(1);
  });

  it('lists the first 50 folders and counts the rest in one more finding; the run fails', () => {
    const files: Files = { ...SYSTEM };
    for (let i = 0; i < 53; i++) files[`fixtures/m${String(i).padStart(2, '0')}/model.onnx`] = 'x';
    const report = runGate({ root: makeRepo(files) });
    const found = unregistered(report);
    expect(found).toHaveLength(51);
    expect(found[50]?.[2]).toBe('and model files in 3 more folders that no ai-system.yaml registers, not listed (a report lists the first 50)');
    expect(report.summary.unregistered).toBe(53);
    expect(report.verdict).toBe('fail');
  });
});
