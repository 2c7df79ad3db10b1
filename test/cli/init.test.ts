/**
 * `modelgate init` on a folder holding only a real Hugging Face card and a Fairlearn export:
 * the manifest is filled from them and nothing else (every other value is a TODO the gate
 * reports), the policy and workflow are written with their schema lines, existing files are
 * never replaced without --force, and --dry-run writes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const CARD = fs.readFileSync(path.join(FIXTURES, 'corpus/hf-model-cards/wav2vec2-large-xlsr-53-japanese.md'), 'utf8');
const STABLE_CODE = fs.readFileSync(path.join(FIXTURES, 'corpus/hf-model-cards/stabilityai-stable-code-3b.md'), 'utf8');
const TEMPLATE = fs.readFileSync(path.join(FIXTURES, 'corpus/hf-model-cards/hfhub-official-modelcard-template.md'), 'utf8');
const FAIRLEARN = fs.readFileSync(path.join(FIXTURES, 'evidence/bias/fairlearn-metricframes.json'), 'utf8');

const repository = () => makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/eval/fairness.json': FAIRLEARN });

/** Every string in a value, with its path. */
function strings(value: unknown, at = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('modelgate init', () => {
  // Red team: actions/checkout fetches Git LFS pointers, not the model files, unless asked.
  it.each([
    ['checks out Git LFS content where .gitattributes sends files through it', { '.gitattributes': '*.safetensors filter=lfs diff=lfs merge=lfs -text\n' }, { 'fetch-depth': 0, lfs: true }],
    ['leaves Git LFS alone where nothing uses it', { '.gitattributes': '*.md text eol=lf\n' }, { 'fetch-depth': 0 }],
  ])('%s', async (_name, more, checkout) => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, ...more });
    expect((await cli(['init', 'models/asr'], root)).code).toBe(0);
    const file = path.join(root, '.github/workflows/modelgate.yml');
    execFileSync('npx', ['--no-install', 'action-validator', file], { stdio: 'pipe' });
    expect(parse(fs.readFileSync(file, 'utf8')).jobs.gate.steps[0]).toEqual({ uses: 'actions/checkout@v6', with: checkout });
  });

  it('fills the manifest from the card and the Fairlearn export, and marks everything else TODO', async () => {
    const root = repository();
    const { code, stdout } = await cli(['init', 'models/asr'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('model card README.md');
    expect(stdout).toContain('fairlearn bias report eval/fairness.json');
    for (const file of ['models/asr/ai-system.yaml', '.modelgate/policy.yaml', '.github/workflows/modelgate.yml']) {
      expect(fs.readFileSync(path.join(root, file), 'utf8').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\.json$/);
    }
    const manifestText = fs.readFileSync(path.join(root, 'models/asr/ai-system.yaml'), 'utf8');
    // The header names what only the team can declare, the Art. 50 cases among them.
    for (const field of ['risk.euAiAct.tier', 'risk.euAiAct.roles', 'oversight.autonomy', 'transparency.interactsWithPeople', 'generatesContent', 'recognisesEmotions', 'categorisesBiometrically', 'generatesDeepFakes', 'publishesPublicInterestText']) {
      expect(manifestText.split('\n').filter((line) => line.startsWith('#')).join('\n')).toContain(field);
    }
    // Accuracy bounds are offered, not said to be reported: the baseline does not ask for them (a new user waited for that finding).
    const header = manifestText.split('\n').filter((line) => line.startsWith('#'));
    const offered = header.findIndex((line) => line.startsWith('#   intendedUse.accuracy: bounds for the metrics the card reports'));
    expect(offered).toBeGreaterThan(0);
    expect(header[offered - 1]).toBe('# Worth declaring (the baseline does not ask for it; once declared, the gate holds the card to it):');
    const manifest = parse(manifestText);
    const fairlearn = JSON.parse(FAIRLEARN);
    // Taken from the files:
    expect(manifest).toMatchObject({
      schemaVersion: 1,
      id: 'asr',
      name: 'XLSR Wav2Vec2 Japanese by Jonatas Grosman',
      version: `TODO: the version this manifest describes (eval/fairness.json is for ${fairlearn.model_version})`,
      modelCard: 'README.md',
      license: 'apache-2.0',
      data: { datasets: [expect.objectContaining({ id: 'common_voice' })] },
      bias: { reports: [{ path: 'eval/fairness.json', format: 'fairlearn' }] },
    });
    // What the evidence states about the system is a hint for the team to confirm, not a value.
    expect(manifest.bias.sensitiveAttributes).toEqual([expect.stringMatching(/^TODO: the attributes fairness is evaluated for \(the bias report covers \w+/)]);
    // Nothing invented: every other string is a marker the gate reports.
    const fromFiles = new Set(['schemaVersion', 'id', 'name', 'modelCard', 'license', 'data.datasets[0].id', 'bias.reports[0].path', 'bias.reports[0].format']);
    for (const [at, value] of strings(manifest)) {
      if (fromFiles.has(at)) continue;
      expect(value, at).toMatch(/^TODO: /);
    }
    // Fields with fixed choices are left out, listed in a comment.
    expect(manifest.lifecycle).toBeUndefined();
    expect(manifest.risk).toBeUndefined();

    // GitHub's workflow schema (SchemaStore, through @action-validator/cli) accepts the workflow.
    execFileSync('npx', ['--no-install', 'action-validator', path.join(root, '.github/workflows/modelgate.yml')], { stdio: 'pipe' });
    const workflow = parse(fs.readFileSync(path.join(root, '.github/workflows/modelgate.yml'), 'utf8'));
    expect(workflow.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    // One gate per pull request, a stale one cancelled; a push to main runs to the end.
    expect(workflow.concurrency).toEqual({ group: 'modelgate-${{ github.event.pull_request.number || github.ref }}', 'cancel-in-progress': "${{ github.event_name == 'pull_request' }}" });
    // No path: every manifest in the repository is gated, not only the first folder init wrote one for.
    expect(workflow.jobs.gate.steps.at(-1)).toEqual({ uses: 'modelgate/modelgate@v1' });
    expect(parse(fs.readFileSync(path.join(root, '.modelgate/policy.yaml'), 'utf8'))).toEqual({ extends: 'baseline' });

    // The first check reads the manifest (no schema problem) and reports each marker.
    const check = await cli(['check', '--format', 'json'], root);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    const failed = report.findings.filter((f: any) => f.status === 'fail');
    expect(failed.filter((f: any) => f.ruleId.startsWith('manifest/'))).toEqual([]);
    expect(report.policy.packs).toEqual(['.modelgate/policy.yaml', 'baseline']);
    // Every TODO is reported at its line, in fields no other rule reads too (version, purpose).
    const todos = strings(manifest).filter(([, v]) => v.startsWith('TODO: ')).length;
    const markers = failed.filter((f: any) => f.ruleId === 'system/no-placeholders');
    expect(markers).toHaveLength(todos);
    expect(markers.map((f: any) => f.message)).toContainEqual(expect.stringMatching(/^version is still a placeholder: "TODO: the version/));
    expect(failed.map((f: any) => f.ruleId)).toContain('system/risk-tier');
  });

  // Second new user: a service folder that serves a model kept in the repository's models/ got
  // no modelCard and no artifacts, and init had no way to name the model's folder.
  describe('--model, for a system whose model is kept in another folder', () => {
    const RUN = fs.readFileSync(path.join(FIXTURES, 'evidence/monitoring-run/modelgate.json'), 'utf8');
    // The model's folder holds a deployment's monitoring run too, which is not the service's.
    const service = () => makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/eval/fairness.json': FAIRLEARN, 'models/asr/monitoring/latest.json': RUN, 'models/asr/pytorch_model.bin': 'PK\x03\x04 a PyTorch checkpoint', 'services/api/app.py': 'print(1)\n' });

    it("cites the model's card, evidence and files from the service's folder, and the gate reads them", async () => {
      const root = service();
      const { code, stdout } = await cli(['init', 'services/api', '--model', 'models/asr'], root);
      expect(code, stdout).toBe(0);
      expect(stdout).toContain('model card ../../models/asr/README.md');
      const manifest = parse(fs.readFileSync(path.join(root, 'services/api/ai-system.yaml'), 'utf8'));
      expect(manifest).toMatchObject({ id: 'api', modelCard: '../../models/asr/README.md', artifacts: [{ path: '../../models/asr/pytorch_model.bin' }] });
      expect(manifest.bias.reports).toEqual([expect.objectContaining({ path: '../../models/asr/eval/fairness.json' })]);
      expect(manifest.monitoring?.latestRun).toBeUndefined();
      expect(fs.existsSync(path.join(root, 'models/asr/ai-system.yaml'))).toBe(false);
      const out = path.join(root, 'report.json');
      await cli(['check', '.', '--format', 'json', '--output', out, '--as-of', '2026-11-22'], root);
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      // The card is the system's (not an unregistered one), its name matches, and the pickle is asked for a scan.
      const failed = (rule: string) => report.findings.filter((f: any) => f.ruleId === rule && f.status === 'fail').map((f: any) => f.message);
      expect(failed('discovery/unregistered-system')).toEqual([]);
      expect(failed('card/name-matches')).toEqual([]);
      expect(failed('security/scan-covers-artifacts')).toEqual([expect.stringMatching(/^\.\.\/\.\.\/models\/asr\/pytorch_model\.bin ships but no security scan is cited/)]);
    });

    it.each([
      ['a folder that does not exist', 'models/nope', '--model models/nope is not a folder'],
      ['a folder outside the repository', '..', '--model .. is outside the repository root'],
      ["git's own data", '.git', "--model .git is in git's own data (.git), not a folder of the repository"],
    ])('refuses %s, writing nothing', async (_name, model, message) => {
      const root = service();
      fs.mkdirSync(path.join(root, '.git'), { recursive: true });
      const { code, stderr } = await cli(['init', 'services/api', '--model', model], root);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(fs.existsSync(path.join(root, 'services/api/ai-system.yaml'))).toBe(false);
    });

    it('refuses a link that leads out of the repository', async () => {
      const root = service();
      const elsewhere = tempDir();
      fs.writeFileSync(path.join(elsewhere, 'README.md'), CARD);
      fs.symlinkSync(elsewhere, path.join(root, 'models/linked'));
      const { code, stderr } = await cli(['init', 'services/api', '--model', 'models/linked'], root);
      expect(code).toBe(2);
      expect(stderr).toContain('--model models/linked is outside the repository root');
    });
  });

  it("leaves out the folders of other systems below the one it writes", async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'README.md': CARD, 'model.safetensors': 'weights', 'eval/fairness.json': FAIRLEARN, 'serving/ai-system.yaml': 'id: api\n', 'serving/eval/fairness.json': FAIRLEARN, 'serving/weights/model.safetensors': 'weights' });
    const { code, stdout } = await cli(['init', '.', '--dry-run'], root);
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('fairlearn bias report eval/fairness.json');
    expect(stdout).not.toContain('serving/');
  });

  it('never replaces a file without --force: it keeps it, says so, and writes the missing ones', async () => {
    const root = repository();
    fs.mkdirSync(path.join(root, '.modelgate'));
    fs.writeFileSync(path.join(root, '.modelgate/policy.yaml'), 'extends: iso-42001\n');
    const first = await cli(['init', 'models/asr'], root);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('kept (already there; --force replaces it)\n  .modelgate/policy.yaml\n');
    expect(fs.readFileSync(path.join(root, '.modelgate/policy.yaml'), 'utf8')).toBe('extends: iso-42001\n');
    expect(fs.existsSync(path.join(root, 'models/asr/ai-system.yaml'))).toBe(true);
    // A deleted workflow comes back; the edited manifest is left alone.
    fs.appendFileSync(path.join(root, 'models/asr/ai-system.yaml'), 'x-edited: true\n');
    fs.rmSync(path.join(root, '.github/workflows/modelgate.yml'));
    const again = await cli(['init', 'models/asr'], root);
    expect(again.stdout).toContain('wrote\n  .github/workflows/modelgate.yml\n');
    expect(fs.readFileSync(path.join(root, 'models/asr/ai-system.yaml'), 'utf8')).toContain('x-edited: true');
    // Its TODOs are the team's words now (second new user: told to fill in TODOs that were not there).
    expect(first.stdout).toContain('Next: fill in each TODO');
    expect(again.stdout).not.toContain('TODO');
    expect(again.stdout).toContain('Next: modelgate check says what is left to do in the manifest kept, then commit the files.\n');
    // Run once more with every file there, it writes nothing, and says so rather than "Next: fill in each TODO".
    const nothing = await cli(['init', 'models/asr'], root);
    expect(nothing.stdout).not.toContain('wrote\n');
    expect(nothing.stdout.endsWith('Nothing written. modelgate check says what is left to do in them.\n')).toBe(true);
    expect((await cli(['init', 'models/asr', '--force'], root)).code).toBe(0);
    expect(fs.readFileSync(path.join(root, '.modelgate/policy.yaml'), 'utf8')).toContain('extends: baseline');
  });

  it.each([
    ['.modelgate', '.modelgate'],
    ['.github/workflows', '.github/workflows'],
    ['the folder named', 'models/asr'],
  ])('writes nothing, and deletes nothing with --force, through a linked folder out of the repository (%s)', async (_name, linked) => {
    const root = repository();
    const outside = tempDir('outside-');
    if (linked === 'models/asr') {
      fs.cpSync(path.join(root, linked), outside, { recursive: true });
      fs.rmSync(path.join(root, linked), { recursive: true });
    }
    fs.mkdirSync(path.dirname(path.join(root, linked)), { recursive: true });
    fs.symlinkSync(outside, path.join(root, linked));
    const refused = async (args: string[]) => {
      const before = fs.readdirSync(outside).sort();
      const { code, stderr } = await cli(args, root);
      expect(code).toBe(2);
      expect(stderr).toContain(`${linked} is a symbolic link`);
      expect(fs.readdirSync(outside).sort()).toEqual(before);
    };
    // Nothing there to keep: init would write through the link.
    await refused(['init', 'models/asr']);
    // Files of those names there: --force would delete and replace them.
    for (const name of ['policy.yaml', 'modelgate.yml', 'ai-system.yaml']) fs.writeFileSync(path.join(outside, name), 'mine\n');
    await refused(['init', 'models/asr', '--force']);
    for (const name of ['policy.yaml', 'modelgate.yml', 'ai-system.yaml']) expect(fs.readFileSync(path.join(outside, name), 'utf8')).toBe('mine\n');
  });

  it.each([
    ['.git', '.git'],
    ['a nested .git, in another case', 'sub/.GIT/hooks'],
    ['a link into .git', 'linked'],
  ])('reads and writes nothing in git\'s own data: init on %s stops (exit 2)', async (_name, folder) => {
    const root = makeRepo({ '.git/HEAD': 'x', '.git/README.md': CARD, 'sub/.GIT/hooks/README.md': CARD, linked: { symlink: '.git' } });
    const before = fs.readdirSync(path.join(root, '.git')).sort();
    for (const args of [['init', folder, '--dry-run'], ['init', folder]]) {
      const { code, stdout, stderr } = await cli(args, root);
      expect(code).toBe(2);
      expect(stdout).not.toContain('model card');
      expect(stderr).toContain("git's own data");
    }
    expect(fs.readdirSync(path.join(root, '.git')).sort()).toEqual(before);
    expect(fs.existsSync(path.join(root, 'sub/.GIT/hooks/ai-system.yaml'))).toBe(false);
  });

  it('a folder whose name only contains .git (x.git) is an ordinary folder', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/x.git/README.md': CARD });
    const { code, stdout } = await cli(['init', 'models/x.git', '--dry-run'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('model card README.md');
  });

  it('--dry-run prints the files and writes none', async () => {
    const root = repository();
    const { code, stdout } = await cli(['init', 'models/asr', '--dry-run'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('--- models/asr/ai-system.yaml\n# yaml-language-server: $schema=');
    expect(stdout).toContain('--- .github/workflows/modelgate.yml\n');
    expect(fs.existsSync(path.join(root, '.modelgate'))).toBe(false);
  });

  it('on an empty folder says it found nothing and still writes a manifest of markers', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'm/.keep': '' });
    const { code, stdout } = await cli(['init', 'm'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('nothing modelgate reads yet');
    const manifest = parse(fs.readFileSync(path.join(root, 'm/ai-system.yaml'), 'utf8'));
    expect(manifest).toMatchObject({ id: 'm', name: 'm', version: expect.stringMatching(/^TODO: /) });
  });

  // The name comes from the front matter, else the card's title, else the folder; a level-1
  // heading further down (a leaderboard bot's "# [Open LLM Leaderboard Evaluation Results](…)")
  // is not a title, nor is the Hugging Face template's. The id is always the folder's name: a
  // model-index often names the base model, and titles make poor ids.
  it.each([
    ['an H1 first', 'models/sentiment', '---\nlicense: mit\n---\n# Model Card for Sentiment-7B\n\n## Uses\n', 'Sentiment-7B', 'sentiment'],
    ['a linked H1 first', 'models/sentiment', '# [Sentiment-7B](https://example.com/s)\n', 'Sentiment-7B', 'sentiment'],
    ['an H2 first and an H1 later', 'models/sentiment', '---\nlicense: mit\n---\n## Fine-tuning\n\ntext\n\n# [Open LLM Leaderboard Evaluation Results](https://huggingface.co/spaces/x)\n', 'sentiment', 'sentiment'],
    ['no heading', 'models/sentiment', 'A model.\n', 'sentiment', 'sentiment'],
    ['a model-index naming the base model', 'models/stable-code-3b', STABLE_CODE, 'StarCoderBase-3B', 'stable-code-3b'],
    ['a title that is not an id', 'models/gemma-2b', '---\nlicense: gemma\n---\n# Gemma Model Card\n', 'Gemma Model Card', 'gemma-2b'],
    ['the raw template title', 'models/churn', TEMPLATE, 'churn', 'churn'],
    ['a folder name that is not an id', 'models/My Model (v2)!', '# Model Card for Whisper\n', 'Whisper', 'my-model-v2'],
  ])('names the system from %s, and takes its id from the folder', async (_case, folder, card, name, id) => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', [`${folder}/README.md`]: card });
    const plan = planInit(root, path.join(root, folder));
    const manifest = parse(plan.files.find((f) => f.file === `${folder}/ai-system.yaml`)?.text ?? '');
    expect({ name: manifest.name, id: manifest.id }).toEqual({ name, id });
    expect(manifest.id).toMatch(/^[a-z0-9][a-z0-9._-]{0,99}$/);
  });

  it('gives a second folder of the same name an id of its own (its path)', async () => {
    const card = '---\nlicense: mit\n---\n# Model Card for Sentiment\n';
    const root = makeRepo({ '.git/HEAD': 'x', 'models/en/sentiment/README.md': card, 'models/de/sentiment/README.md': card });
    expect((await cli(['init', 'models/en/sentiment'], root)).code).toBe(0);
    expect((await cli(['init', 'models/de/sentiment'], root)).code).toBe(0);
    const idOf = (folder: string) => parse(fs.readFileSync(path.join(root, folder, 'ai-system.yaml'), 'utf8')).id;
    expect([idOf('models/en/sentiment'), idOf('models/de/sentiment')]).toEqual(['sentiment', 'models-de-sentiment']);
    // Both are gated (the workflow names no path), and neither is the other's duplicate.
    const report = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout);
    expect(report.systems.map((s: { id: string }) => s.id)).toEqual(['models-de-sentiment', 'sentiment']);
    expect(report.findings.filter((f: { ruleId: string; status: string }) => f.ruleId === 'manifest/duplicate-id' && f.status === 'fail')).toEqual([]);
  });

  it('names the system from its folder when the card keeps the template title ("Model Card for Model ID")', async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/churn/README.md': '---\nlicense: mit\n---\n# Model Card for Model ID\n' });
    const manifest = parse(planInit(root, path.join(root, 'models/churn')).files[0]?.text ?? '');
    expect({ id: manifest.id, name: manifest.name }).toEqual({ id: 'churn', name: 'churn' });
  });

  // A folder whose card is a dataset card holds data, not a model: init writes nothing there and
  // says where the card belongs (the manifest of the model trained on it).
  const DATASET_CARD = '---\nlicense: cc-by-4.0\npretty_name: reviews\ntask_categories: [text-classification]\n---\n# Reviews\n';
  it.each([['init'], ['init --dry-run'], ['init --force']])('on a folder whose README is a dataset card writes nothing and exits 2 (%s)', async (command) => {
    const root = makeRepo({ '.git/HEAD': 'x', 'data/reviews/README.md': DATASET_CARD });
    const { code, stdout, stderr } = await cli([...command.split(' '), 'data/reviews'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'modelgate: data/reviews/README.md is a dataset card (no model card: the folder describes a dataset, not a model), so init writes no ai-system.yaml for it. ' +
        "Run init on the folder of the model trained on it; that manifest cites this card as data.datasets[].card, a path from the manifest's folder (e.g. card: ../../datasets/imdb/README.md)\n",
    );
    for (const file of ['data/reviews/ai-system.yaml', '.modelgate', '.github']) expect(fs.existsSync(path.join(root, file)), file).toBe(false);
  });

  // From a new user: `init` at the root registered the project's README (`# acme ml`) as a model.
  it.each([
    ['a project README', { 'README.md': '# acme ml\n\nTools for the team.\n' }, 'README.md describes no model'],
    ['no README at all', { 'src/app.py': 'print(1)\n' }, "the repository's root describes no model"],
  ])('at the repository root with %s writes nothing and exits 2, naming the model folder to give', async (_name, files, start) => {
    const root = makeRepo({ '.git/HEAD': 'x', ...files });
    const { code, stdout, stderr } = await cli(['init'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^modelgate: ${start.replace(/[.']/g, '\\$&')} \\(.*Run modelgate init <model-folder>`));
    for (const file of ['ai-system.yaml', '.modelgate', '.github']) expect(fs.existsSync(path.join(root, file)), file).toBe(false);
  });

  it.each([
    ['a model card', { 'README.md': '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Sentiment\n' }],
    ['weights beside a plain README', { 'README.md': '# Sentiment\n', 'model.safetensors': 'x' }],
  ])('at the repository root with %s (a Hub model repository) writes the manifest', async (_name, files) => {
    const root = makeRepo({ '.git/HEAD': 'x', ...files });
    expect((await cli(['init'], root)).code).toBe(0);
    expect(fs.existsSync(path.join(root, 'ai-system.yaml'))).toBe(true);
  });

  // New user: a project README.md beside MODEL_CARD.md at the root was taken as the card, and
  // init refused it ("describes no model") while check asked for init on MODEL_CARD.md's folder.
  it.each([
    ['describes a model in its front matter', '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Sentiment\n'],
    ['has no front matter', '# Sentiment\n\n## Intended use\n\nRanks reviews.\n'],
  ])('at the repository root takes MODEL_CARD.md, which %s, over the project README', async (_name, modelCard) => {
    const root = makeRepo({ '.git/HEAD': 'x', 'README.md': '# acme ml\n\nTools for the team.\n', 'MODEL_CARD.md': modelCard });
    const { code, stderr } = await cli(['init'], root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(parse(fs.readFileSync(path.join(root, 'ai-system.yaml'), 'utf8')).modelCard).toBe('MODEL_CARD.md');
  });

  it("takes a MODEL_CARD.md beside a README that is a dataset card as the model card, and cites the README as the dataset's card", async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/m/README.md': DATASET_CARD, 'models/m/MODEL_CARD.md': '---\nlicense: mit\npipeline_tag: text-classification\n---\n# M\n' });
    const plan = planInit(root, path.join(root, 'models/m'));
    expect(plan.found).toEqual(['model card MODEL_CARD.md', 'dataset card README.md']);
    const manifest = parse(plan.files[0]?.text ?? '');
    expect(manifest.modelCard).toBe('MODEL_CARD.md');
    expect(manifest.data.datasets).toEqual([expect.objectContaining({ id: 'reviews', license: 'cc-by-4.0', card: 'README.md' })]);
  });

  // New user: a dataset card's pretty_name declared the dataset a second time, beside the entry
  // the model card's datasets list gave it.
  it.each([
    ['its folder', 'data/subscriptions-2025h2/README.md', 'Subscriptions 2025 H2'],
    ['its file', 'data/subscriptions-2025h2.md', 'Subscriptions 2025 H2'],
    ['its pretty_name', 'data/card/README.md', 'subscriptions 2025h2'],
  ])('declares a dataset once when the model card lists it by %s', async (_name, file, pretty) => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/m/README.md': '---\nlicense: mit\npipeline_tag: tabular-classification\ndatasets: [subscriptions-2025h2]\n---\n# M\n',
      [`models/m/${file}`]: `---\nlicense: cc-by-4.0\npretty_name: ${pretty}\ntask_categories: [tabular-classification]\n---\n# Subscriptions\n`,
    });
    const manifest = parse(planInit(root, path.join(root, 'models/m')).files[0]?.text ?? '');
    expect(manifest.data.datasets.map((d: Record<string, string>) => [d.id, d.card])).toEqual([['subscriptions-2025h2', file]]);
  });

  it('names a dataset the model card does not list by its card\'s folder, not its display name', async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/m/README.md': '---\nlicense: mit\npipeline_tag: tabular-classification\n---\n# M\n',
      'models/m/data/holdout-2025/README.md': '---\nlicense: cc-by-4.0\npretty_name: Hold-out 2025 (Q4)\ntask_categories: [tabular-classification]\n---\n# Hold-out\n',
    });
    const manifest = parse(planInit(root, path.join(root, 'models/m')).files[0]?.text ?? '');
    expect(manifest.data.datasets.map((d: Record<string, string>) => [d.id, d.card])).toEqual([['holdout-2025', 'data/holdout-2025/README.md']]);
  });

  // Second new user: the version is the first TODO everyone fills, with the card's title saying it.
  it.each([
    ['its title', '---\nlicense: mit\npipeline_tag: text-classification\n---\n# Ticket Router 1.0.0\n', '1.0.0'],
    ['its front matter', '---\nlicense: mit\nversion: v2.1\npipeline_tag: text-classification\n---\n# Ticket Router\n', '2.1'],
  ])('hints at the version the card states in %s, as a marker to confirm', async (_where, card, version) => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': card });
    expect(parse(planInit(root, path.join(root, 'm')).files[0]?.text ?? '').version).toBe(`TODO: the version this manifest describes (the model card says ${version})`);
  });

  it('leaves a marker, not a copy, for a card licence that is not an id; the gate reports it in the manifest', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': '---\nlicense: Apache 2.0\npipeline_tag: text-classification\n---\n# M\n' });
    expect((await cli(['init', 'm'], root)).code).toBe(0);
    const text = fs.readFileSync(path.join(root, 'm/ai-system.yaml'), 'utf8');
    expect(parse(text).license).toBe('TODO: the model\'s licence id (the card\'s license "Apache 2.0" is not an SPDX or Hugging Face license id (did you mean "apache-2.0"?))');
    const failed = JSON.parse((await cli(['check', '--format', 'json'], root)).stdout).findings.filter((f: { status: string }) => f.status === 'fail');
    expect(failed).toContainEqual(expect.objectContaining({ ruleId: 'card/license-known', file: 'm/README.md' }));
    expect(failed).toContainEqual(expect.objectContaining({ file: 'm/ai-system.yaml', message: expect.stringMatching(/^license is still a placeholder/) }));
  });

  it('says which model fields a card\'s front matter lacks, rather than that it has none', async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'm/README.md': '---\nlicense: apache-2.0\n---\n# M\n' });
    expect(planInit(root, path.join(root, 'm')).found).toEqual(["model card README.md (its front matter has none of the model fields: model-index, base_model, pipeline_tag, …; if the model's card is elsewhere, run init with --model <its folder>, or set modelCard to it)"]);
  });
});

describe('from a real card to a green gate, through the built CLI', () => {
  it('init → check (markers reported, nothing invented) → the markers filled → exit 0', () => {
    const root = repository();
    const bin = path.resolve(__dirname, '../../dist/cli/index.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, ...(args[0] === 'check' ? ['--as-of', '2026-11-22'] : [])], { cwd: root, encoding: 'utf8' });
    git(root, 'init', '-q');

    expect(run('init', 'models/asr').status).toBe(0);
    const first = run('check');
    expect(first.status).toBe(1);
    // One line for one marker, naming both rules that found it (the field's and no-placeholders).
    expect(first.stdout).toMatch(/21:9 +error +owner\.team is still a placeholder: "TODO: the owning team" {2}system\/no-placeholders, system\/owner\n/);
    expect(first.stdout.split('How to fix')[0]?.match(/owner\.team/g)).toHaveLength(1);
    expect(first.stdout).toMatch(/risk\.euAiAct\.tier is missing: until it is declared, every rule for high-risk systems applies/);

    // What only the team knows: each TODO replaced, the choices made, the card completed.
    const manifestFile = path.join(root, 'models/asr/ai-system.yaml');
    const manifest = parse(fs.readFileSync(manifestFile, 'utf8'));
    const fill = (value: unknown): unknown =>
      typeof value === 'string' && value.startsWith('TODO: ') ? `Filled in by the team: ${value.slice(6)}` : Array.isArray(value) ? value.map(fill) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)])) : value;
    const filled = fill(manifest) as Record<string, any>;
    filled.owner.contact = 'asr-team@example.com';
    filled.version = '1.2.0';
    filled.bias.sensitiveAttributes = ['age_band', 'sex'];
    filled.lifecycle = 'development';
    filled.risk = { euAiAct: { tier: 'minimal', basis: 'Speech recognition for internal transcripts; not in Annex III' } };
    filled.oversight.autonomy = 'human-in-the-loop';
    Object.assign(filled.data.datasets[0], { license: 'cc0-1.0', revision: '6.1', personalData: { present: false } });
    fs.writeFileSync(manifestFile, stringify(filled));
    fs.appendFileSync(
      path.join(root, 'models/asr/README.md'),
      '\n## Out-of-scope use\n\nNot for transcribing legal proceedings or medical dictation.\n\n## Bias, Risks, and Limitations\n\nAccuracy drops on regional dialects and noisy audio.\n\n## Model Card Contact\n\nasr-team@example.com\n',
    );

    const green = run('check');
    expect(green.stderr).toBe('');
    expect(green.stdout).toMatch(/^PASS {2}/m);
    expect(green.status).toBe(0);
  });
});

describe('modelgate init: incident logs and security scans', () => {
  it('cites a serious-incident log and a modelscan report found in the folder', async () => {
    const { planInit } = await import('../../src/init.js');
    const incidents = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'incidents', 'modelgate-empty.yaml'), 'utf8');
    const scan = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'security-scan', 'modelscan-clean.json'), 'utf8');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/ops/incidents.yaml': incidents, 'models/asr/security/modelscan.json': scan });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toEqual(expect.arrayContaining(['serious incident log ops/incidents.yaml', 'modelscan model security scan security/modelscan.json']));
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.monitoring).toEqual({ incidents: 'ops/incidents.yaml' });
    expect(manifest.assurance).toEqual({ security: { scans: [{ path: 'security/modelscan.json', format: 'modelscan' }] } });
  });
});

// New user: init on a submodule's folder wrote its three files into the submodule, which the
// repository it was run from could not commit.
describe('modelgate init: a folder that is another repository', () => {
  it('in a submodule writes nothing, exits 2 and says what to do', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/m/README.md': CARD, 'models/m/model.safetensors': 'x' });
    fs.writeFileSync(path.join(root, 'models/m/.git'), 'gitdir: ../../.git/modules/models/m\n');
    const { code, stdout, stderr } = await cli(['init', 'models/m'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^modelgate: models\/m is a submodule, another repository inside this one, so init writes nothing there: .*citing the model's card \(models\/m\/README\.md, written as a path from that folder\).*--root models\/m writes into the submodule\n$/);
    for (const file of ['models/m/ai-system.yaml', 'models/m/.modelgate', 'models/m/.github', '.modelgate', '.github']) expect(fs.existsSync(path.join(root, file)), file).toBe(false);
    // Run from inside it, init writes there: that repository is the one it was run in.
    expect((await cli(['init'], path.join(root, 'models/m'))).code).toBe(0);
    expect(fs.existsSync(path.join(root, 'models/m/ai-system.yaml'))).toBe(true);
  });

  // Review: a clone inside an unrelated repository (a home folder kept in git) is the clone's own.
  it('in a clone inside another repository writes into the clone', async () => {
    const home = makeRepo({ '.git/HEAD': 'x', 'work/proj/.git/HEAD': 'x', 'work/proj/models/m/README.md': CARD });
    expect((await cli(['init', 'work/proj/models/m'], home)).code).toBe(0);
    expect(fs.existsSync(path.join(home, 'work/proj/models/m/ai-system.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(home, 'work/proj/.modelgate/policy.yaml'))).toBe(true);
  });
});

// New user: init cited the scan beside the weights but listed no artifacts, so the fresh
// manifest failed security/scan-clean ("the manifest lists no artifacts").
describe('modelgate init: the model files beside the card', () => {
  it('lists them in artifacts, without a date, and says so', async () => {
    const { planInit } = await import('../../src/init.js');
    const scan = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'security-scan', 'modelscan-clean.json'), 'utf8');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/model/scorer.safetensors': 'weights', 'models/asr/model/config.json': '{}', 'models/asr/security/modelscan.json': scan, 'models/asr/data/features.pkl': 'x' });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toContain('model file model/scorer.safetensors (listed in artifacts: remove any the system does not ship)');
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.artifacts).toEqual([{ path: 'model/scorer.safetensors' }]);
  });

  // New user: a scikit-learn model saved by joblib under a name that says no model was left out,
  // and check then failed it as a pickle nobody listed.
  it('lists the pickles when no file is named as a model', async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/spam/model_card.md': CARD, 'models/spam/spam_tfidf_lr.joblib': 'x' });
    const plan = planInit(root, path.join(root, 'models/spam'));
    expect(plan.found).toContain('model file spam_tfidf_lr.joblib (listed in artifacts: remove any the system does not ship)');
    const manifest = parse(plan.files.find((f) => f.file === 'models/spam/ai-system.yaml')?.text ?? '');
    expect(manifest.artifacts).toEqual([{ path: 'spam_tfidf_lr.joblib' }]);
  });

  it('lists the first 200 shards of a sharded model, and counts the rest', async () => {
    const { planInit } = await import('../../src/init.js');
    const shards = Object.fromEntries(Array.from({ length: 203 }, (_, i) => [`models/llm/model-${String(i + 1).padStart(5, '0')}-of-00203.safetensors`, 'x']));
    const root = makeRepo({ '.git/HEAD': 'x', 'models/llm/README.md': CARD, ...shards });
    const plan = planInit(root, path.join(root, 'models/llm'));
    expect(plan.found).toContain('model files model-00001-of-00203.safetensors, model-00002-of-00203.safetensors, model-00003-of-00203.safetensors, model-00004-of-00203.safetensors, model-00005-of-00203.safetensors and 198 more (listed in artifacts, the first 200: remove any the system does not ship)');
    const manifest = parse(plan.files.find((f) => f.file === 'models/llm/ai-system.yaml')?.text ?? '');
    expect(manifest.artifacts).toHaveLength(200);
  });
});

describe('modelgate init: a Fluent Bit config split by @INCLUDE', () => {
  it('cites the main config only: the files it includes are read through it', async () => {
    const { planInit } = await import('../../src/init.js');
    const conf = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'logging', 'fluent-bit.conf'), 'utf8');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/asr/README.md': CARD,
      'models/asr/ops/fluent-bit.conf': `${conf.slice(0, conf.indexOf('[INPUT]'))}@INCLUDE inputs.conf\n@INCLUDE outputs.conf\n`,
      'models/asr/ops/inputs.conf': conf.slice(conf.indexOf('[INPUT]'), conf.indexOf('[OUTPUT]')),
      'models/asr/ops/outputs.conf': conf.slice(conf.indexOf('[OUTPUT]')),
    });
    const plan = planInit(root, path.join(root, 'models/asr'));
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.monitoring).toEqual({ logging: { configs: [{ path: 'ops/fluent-bit.conf', format: 'fluent-bit' }] } });
    expect(plan.found).toEqual(expect.arrayContaining(['fluent-bit logging config ops/fluent-bit.conf', 'fluent-bit logging config ops/outputs.conf (included by another config, read through it)']));
  });
});

describe('modelgate init: a config split over folders', () => {
  // The store reads every file a config includes, however deep, from the cited file's folder (as
  // Fluent Bit does, from the main file's): init marks the same files as read through it.
  it('cites only the main config when an included file in a subfolder includes another', async () => {
    const { planInit } = await import('../../src/init.js');
    const conf = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'logging', 'fluent-bit.conf'), 'utf8');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/asr/README.md': CARD,
      'models/asr/ops/fluent-bit.conf': `${conf.slice(0, conf.indexOf('[INPUT]'))}@INCLUDE sub/inputs.conf\n`,
      'models/asr/ops/sub/inputs.conf': `${conf.slice(conf.indexOf('[INPUT]'), conf.indexOf('[OUTPUT]'))}@INCLUDE outputs.conf\n`,
      'models/asr/ops/outputs.conf': conf.slice(conf.indexOf('[OUTPUT]')),
    });
    const plan = planInit(root, path.join(root, 'models/asr'));
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.monitoring).toEqual({ logging: { configs: [{ path: 'ops/fluent-bit.conf', format: 'fluent-bit' }] } });
    // What init cites, the gate reads as one config that keeps its logs.
    fs.writeFileSync(path.join(root, 'models/asr/ai-system.yaml'), plan.files[0]?.text ?? '');
    const report = await cli(['check', 'models/asr', '--format', 'json'], root);
    const results = JSON.parse(report.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('logging/config-readable') || f.ruleId === 'logging/persistent-pipeline');
    expect(results.map((f: { ruleId: string; status: string }) => [f.ruleId, f.status])).toEqual([['logging/config-readable', 'pass'], ['logging/persistent-pipeline', 'pass']]);
  });
});

describe('modelgate init: monitoring run results', () => {
  const run = (ranAt: string) => JSON.stringify({ schema: 'modelgate/monitoring-run@1', ranAt, tests: [{ name: 'PSI below 0.2', status: 'pass' }] });
  const latestRunCited = async (runs: Record<string, string>) => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, ...Object.fromEntries(Object.entries(runs).map(([file, text]) => [`models/asr/${file}`, text])) });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toEqual(expect.arrayContaining(Object.keys(runs).map((file) => `monitoring run result ${file}`)));
    return parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '').monitoring;
  };

  it.each([
    // A job's runs in a folder of their own: a pattern, so the next run needs no edit (the gate judges the newest).
    ['several runs in one folder: a pattern of them', { 'runs/a.json': run('2026-11-20T06:00:00Z'), 'runs/b.json': run('2026-10-01T06:00:00Z') }, 'runs/*.json'],
    ['one run: the file', { 'runs/a.json': run('2026-11-20T06:00:00Z') }, 'runs/a.json'],
    ['runs in two folders: the one that ran last (by its own date, not its name)', { 'runs/a.json': run('2026-11-20T06:00:00Z'), 'old/b.json': run('2026-10-01T06:00:00Z') }, 'runs/a.json'],
  ])('%s as monitoring.latestRun', async (_, runs, cited) => {
    expect(await latestRunCited(runs)).toEqual({ latestRun: cited });
  });

  // Review: a pattern over a folder that also holds another JSON file judged that file a run.
  it('cites the latest run, not a pattern, where the pattern would match a file that is no run', async () => {
    const { planInit } = await import('../../src/init.js');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/runs/2026-12-10.json': run('2026-12-10T06:00:00Z'), 'models/asr/runs/2026-12-11.json': run('2026-12-11T06:00:00Z'), 'models/asr/runs/thresholds.json': '{"psi": 0.2}' });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '').monitoring).toEqual({ latestRun: 'runs/2026-12-11.json' });
  });
});

describe('modelgate init: red-team and robustness results', () => {
  it('cites a garak report, a promptfoo output and a Giskard export, their model version left to the team', async () => {
    const { planInit } = await import('../../src/init.js');
    const evidence = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', 'robustness', name), 'utf8');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/chat/README.md': CARD,
      'models/chat/redteam/garak.5b8f1c2e.report.jsonl': evidence('garak-pass.report.jsonl'),
      'models/chat/redteam/promptfoo.json': evidence('promptfoo-pass.json'),
      'models/chat/redteam/giskard-scan.json': evidence('giskard-pass.json'),
      'models/chat/redteam/not-a-report.jsonl': '{"a": 1}\n{"b": 2}\n',
    });
    const plan = planInit(root, path.join(root, 'models/chat'));
    expect(plan.found).toEqual(
      expect.arrayContaining([
        'garak red-team or robustness result redteam/garak.5b8f1c2e.report.jsonl',
        'promptfoo red-team or robustness result redteam/promptfoo.json',
        'giskard red-team or robustness result redteam/giskard-scan.json',
      ]),
    );
    expect(plan.found.join('\n')).not.toContain('not-a-report');
    const manifest = parse(plan.files.find((f) => f.file === 'models/chat/ai-system.yaml')?.text ?? '');
    expect(manifest.assurance.robustness.results).toEqual(
      expect.arrayContaining([
        { path: 'redteam/garak.5b8f1c2e.report.jsonl', format: 'garak', modelVersion: 'TODO' },
        { path: 'redteam/promptfoo.json', format: 'promptfoo', modelVersion: 'TODO' },
        { path: 'redteam/giskard-scan.json', format: 'giskard', modelVersion: 'TODO' },
      ]),
    );
  });
});

describe('modelgate init: ML-BOMs', () => {
  it.each([
    ['cyclonedx', 'ml-bom/cyclonedx.json', 'bom/model.cdx.json'],
    ['spdx', 'ml-bom/spdx.json', 'bom/model.spdx.json'],
  ])('cites a %s ML-BOM found in the folder as supplyChain.bom', async (format, fixtureName, where) => {
    const { planInit } = await import('../../src/init.js');
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', fixtureName), 'utf8');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, [`models/asr/${where}`]: text });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toContain(`${format} model bill of materials ${where}`);
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.supplyChain).toEqual({ bom: { path: where, format } });
  });
});

describe('modelgate init: logging configs and emissions files', () => {
  it('cites an OpenTelemetry Collector config, a classic Fluent Bit .conf and a CodeCarbon emissions.csv found in the folder', async () => {
    const { planInit } = await import('../../src/init.js');
    const evidence = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'evidence', name), 'utf8');
    const root = makeRepo({
      '.git/HEAD': 'x',
      'models/asr/README.md': CARD,
      'models/asr/ops/otel-collector.yaml': evidence('logging/otel-collector.yaml'),
      'models/asr/ops/fluent-bit.conf': evidence('logging/fluent-bit.conf'),
      'models/asr/ops/unrelated.conf': 'listen 80;\n',
      'models/asr/train/emissions.csv': evidence('energy/codecarbon.csv'),
      'models/asr/train/losses.csv': 'epoch,loss\n1,0.5\n',
    });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toEqual(
      expect.arrayContaining(['otel-collector logging config ops/otel-collector.yaml', 'fluent-bit logging config ops/fluent-bit.conf', 'codecarbon energy report train/emissions.csv']),
    );
    expect(plan.found.join('\n')).not.toMatch(/unrelated|losses/);
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.monitoring.logging).toEqual({
      configs: [
        { path: 'ops/fluent-bit.conf', format: 'fluent-bit' },
        { path: 'ops/otel-collector.yaml', format: 'otel-collector' },
      ],
    });
    expect(manifest.assurance).toEqual({ energy: { reports: [{ path: 'train/emissions.csv', format: 'codecarbon' }] } });
  });
});

describe('modelgate init: data validation results and Croissant descriptions', () => {
  it("cites each under the dataset it names, and gives one naming no declared dataset its own entry", async () => {
    const { planInit } = await import('../../src/init.js');
    const evidence = (name: string) => fs.readFileSync(path.join(FIXTURES, 'evidence', 'data-quality', name), 'utf8');
    // The card declares common_voice; the validation result names "Common-Voice" (a data asset),
    // the Croissant file names train-2025, which the card does not declare.
    const validation = evidence('great-expectations-1x-validation.json').replaceAll('"train-2025"', '"Common-Voice"');
    const root = makeRepo({ '.git/HEAD': 'x', 'models/asr/README.md': CARD, 'models/asr/quality/common-voice.json': validation, 'models/asr/data/train.croissant.json': evidence('croissant-rai.json') });
    const plan = planInit(root, path.join(root, 'models/asr'));
    expect(plan.found).toEqual(expect.arrayContaining(['great-expectations validation result quality/common-voice.json', 'Croissant dataset description data/train.croissant.json']));
    const manifest = parse(plan.files.find((f) => f.file === 'models/asr/ai-system.yaml')?.text ?? '');
    expect(manifest.data.datasets).toEqual([
      expect.objectContaining({ id: 'common_voice', quality: { path: 'quality/common-voice.json', format: 'great-expectations' } }),
      expect.objectContaining({ id: 'train-2025', source: expect.stringMatching(/^TODO: /), croissant: 'data/train.croissant.json' }),
    ]);
  });
});

describe("modelgate init: the card's intended and out-of-scope uses, as hints in the markers", () => {
  const card = (body: string) => `---\nlicense: mit\npipeline_tag: text-classification\n---\n# Review Sentiment\n\n${body}`;
  const intendedUseOf = async (body: string) => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/m/README.md': card(body) });
    const { code } = await cli(['init', 'models/m'], root);
    expect(code).toBe(0);
    return parse(fs.readFileSync(path.join(root, 'models/m/ai-system.yaml'), 'utf8')).intendedUse;
  };
  const PURPOSE = 'TODO: the decision or task the system supports (a text-classification model)';

  it.each([
    {
      name: "the template's Direct Use and Out-of-Scope Use, filled in: the first sentence, and each listed use",
      body: '## Uses\n\n### Direct Use\n\n**Scope:** Ranks *product reviews* (e.g. app store ones) by [sentiment](https://x.test) for the support queue. It runs nightly.\n\n### Out-of-Scope Use\n\n- Moderating user content\n- 1. Scoring **employees**\n',
      purpose: `${PURPOSE}; the card's "Direct Use" says: Ranks product reviews (e.g. app store ones) by sentiment for the support queue.`,
      outOfScope: [
        'TODO: a use the system is not fit for; the card\'s "Out-of-Scope Use" lists: Moderating user content',
        'TODO: a use the system is not fit for; the card\'s "Out-of-Scope Use" lists: 1. Scoring employees',
      ],
    },
    {
      name: "an out-of-scope section in prose (a bold first word is the sentence's, not a label)",
      body: '## Intended use\n\nTriage.\n\n## Out of scope\n\n<!-- from the template -->\n**Any** use on text that is not a product review.\n',
      purpose: `${PURPOSE}; the card's "Intended use" says: Triage.`,
      outOfScope: ['TODO: uses the system is not fit for; the card\'s "Out of scope" says: Any use on text that is not a product review.'],
    },
    {
      name: "the template's sections left as they are: no hint",
      body: '## Uses\n\n### Direct Use\n\n[More Information Needed]\n\n### Out-of-Scope Use\n\n[More Information Needed]\n',
      purpose: PURPOSE,
      outOfScope: ['TODO: uses the system is not fit for'],
    },
    {
      // The review: with no Direct Use heading, "Uses" was found, and its out-of-scope subsection read as the purpose.
      name: 'a section whose only text is a subsection: no hint from the subsection',
      body: '## Uses\n\n### Out-of-Scope Use\n\n- Moderating user content. Never do it.\n\n* * *\n- - -\n',
      purpose: PURPOSE,
      outOfScope: ['TODO: a use the system is not fit for; the card\'s "Out-of-Scope Use" lists: Moderating user content. Never do it.'],
    },
    {
      name: 'control characters in the card (C1, line separators) do not reach the manifest',
      body: '## Intended use\n\nTriage\u009b2J of\u2028reviews.\n',
      purpose: `${PURPOSE}; the card's "Intended use" says: Triage 2J of reviews.`,
      outOfScope: ['TODO: uses the system is not fit for'],
    },
    {
      name: 'hidden characters in the card do not reach the manifest',
      body: '## Intended use\n\nTri\u200bage of re\u202eviews.\n',
      purpose: `${PURPOSE}; the card's "Intended use" says: Triage of reviews.`,
      outOfScope: ['TODO: uses the system is not fit for'],
    },
  ])('$name', async ({ body, purpose, outOfScope }) => {
    expect(await intendedUseOf(body)).toEqual({ purpose, outOfScope });
  });

  it('quotes at most 500 characters of a section, cut at a word, and at most 10 of its listed uses', async () => {
    const long = 'words '.repeat(100);
    const items = Array.from({ length: 12 }, (_, i) => `- use ${i}`).join('\n');
    const { purpose, outOfScope } = await intendedUseOf(`## Intended use\n\n${long}\n\n## Out-of-Scope Use\n\n${items}\n`);
    expect(purpose).toMatch(/says: (words ){82}words…$/);
    expect(outOfScope).toHaveLength(10);
  });
});

describe("modelgate init: a dataset card's licence", () => {
  const datasetCard = (license: string) => `---\n${license}pretty_name: reviews\ntask_categories: [text-classification]\n---\n# Reviews\n`;
  it.each([
    ['an id: copied', 'license: cc-by-4.0\n', 'cc-by-4.0'],
    ['"other", with its license_name: a marker naming it', 'license: other\nlicense_name: acme-reviews-terms\n', 'TODO: the licence reviews is used under; its card says "other" (license_name: acme-reviews-terms), so name it: LicenseRef-<name> for a custom license'],
    ['"other" alone: a marker', 'license: other\n', 'TODO: the licence reviews is used under; its card says "other", so name it: LicenseRef-<name> for a custom license'],
  ])('%s', async (_name, license, expected) => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/m/README.md': CARD, 'models/m/data/reviews.md': datasetCard(license) });
    expect((await cli(['init', 'models/m'], root)).code).toBe(0);
    const manifest = parse(fs.readFileSync(path.join(root, 'models/m/ai-system.yaml'), 'utf8'));
    expect(manifest.data.datasets).toContainEqual(expect.objectContaining({ id: 'reviews', card: 'data/reviews.md', license: expected }));
  });
});

describe('modelgate init --dry-run', () => {
  // The review: the files init would write were printed raw, and a card's text is in them.
  it('prints the files as terminal text: a control character from the card is shown escaped', async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'models/m/README.md': '---\nlicense: mit\nbase_model: "org/base\\u009b2J"\n---\n# M\n' });
    const { code, stdout } = await cli(['init', 'models/m', '--dry-run'], root);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u009b');
    expect(stdout).toMatch(/baseModel: .*org\/base\\x9b2J/);
  });
});
