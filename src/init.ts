/**
 * `modelgate init`: the first three files of a repository that adopts the gate, filled from
 * what is already there and nothing else.
 *
 * - `<path>/ai-system.yaml`, from the model card's front matter (name, license, datasets, base
 *   model, pipeline tag, reported metrics), the dataset cards and the evidence files modelgate
 *   reads found in the folder, each cited where its kind says (`init` in
 *   src/evidence/<kind>/kind.ts). What only the team knows is a
 *   `TODO:` marker (the gate reports each one as a placeholder), or, for a field with fixed
 *   choices, a comment listing them (the gate reports it missing). Nothing is invented.
 * - `.modelgate/policy.yaml` (extends baseline) and `.github/workflows/modelgate.yml` (least
 *   permissions, the Action pinned to its major version), at the repository root.
 *
 * Every YAML file starts with a `yaml-language-server` line naming its schema, so editors
 * complete and validate it.
 */
import { squashName } from './text/names.js';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { dirEntries, exists, isFile, isWithin, isLink, linkedFolderOnTheWay, readText, replaceWithText, stat, type Dirent } from './fs/local.js';
import { hintAt, TODO, type FoundEvidence } from './evidence/init-citation.js';
import type { EvidenceKind } from './evidence/kind.js';
import { EVIDENCE_KINDS } from './evidence/registry.js';
import { licenseProblem } from './evaluate/functions/license-id.js';
import { statedVersion } from './evaluate/functions/card-agrees.js';
import { parseEvidence } from './evidence/structured.js';
import { discover, isModelFile, isPickleFile, type Discovery } from './discover/discover.js';
import { normaliseCitation, RepoFs } from './fs/repo-fs.js';
import { notOwn, otherSystems, sharedFiles } from './init-shared.js';
import { MLMODEL, mlflowModel } from './init-mlflow.js';
import { loadManifest, MANIFEST_NAMES, systemId } from './load/manifest.js';
import { parseCard, type Card } from './load/model-card.js';
import type { Section } from './load/markdown.js';
import { cutDelimited, sectionAbsence, undisguised } from './load/placeholder.js';
import { ruleCatalogue } from './policy/catalogue.js';
import { UsageError } from './types.js';

/** Where the schemas are published: the repository at the Action's major tag. */
export const SCHEMA_BASE = 'https://raw.githubusercontent.com/modelgate/modelgate/v1/schemas';
export { TODO };

export interface InitFile {
  /** Repository-relative path. */
  file: string;
  text: string;
}

export interface InitPlan {
  files: InitFile[];
  /** What was found and used, for the user to check. */
  found: string[];
}

const CARD_NAMES = ['README.md', 'MODEL_CARD.md', 'model_card.md', 'modelcard.md'];
const MAX_SCANNED = 2_000;
const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** The extensions of the files init reads as evidence: JSON and YAML, and those a kind has its own parser for. */
const EVIDENCE_EXTENSIONS = new Set(['json', 'yaml', 'yml', ...EVIDENCE_KINDS.flatMap((kind) => kind.extensions ?? [])]);

/**
 * What `init` would write for the folder `target` (inside `root`). `model`: the folder of the
 * model the system ships, when it is kept elsewhere (second new user: a service folder serving
 * a model of the repository's models/ got no card and no artifacts); its card and files are
 * cited by paths from `target`.
 */
export function planInit(root: string, target: string, options: { model?: string } = {}): InitPlan {
  const rel = path.relative(root, target).split(path.sep).join('/');
  const found: string[] = [];
  const local = (file: string) => path.relative(target, file).split(path.sep).join('/');
  const modelFolder = options.model ?? target;

  // The folder's model card: of the usual names, the first whose front matter describes a model,
  // else one named as a model card, else a README that does not describe a dataset (new user: a
  // project README.md beside MODEL_CARD.md was taken, and init at the root refused it).
  const cards = CARD_NAMES.map((name) => path.join(modelFolder, name))
    .filter((file) => isFile(file))
    .map((file) => ({ file, card: parseCard(readText(file), local(file)) }));
  const notData = cards.filter(({ card: read }) => read.kind !== 'dataset');
  const namedCard = notData.find(({ file }) => path.basename(file) !== 'README.md');
  const model = notData.find(({ card: read }) => read.kind === 'model') ?? namedCard ?? notData[0];
  const cardFile = model?.file;
  const card = model?.card;
  // A folder whose card is a dataset card (task_categories, size_categories, …) holds data, not a
  // model: a manifest for it would describe no model and fail every card rule. The data is
  // declared in the manifest of the model trained on it, which cites this card.
  const datasetCard = cards.find(({ card: read }) => read.kind === 'dataset');
  if (!card && datasetCard) {
    const shown = path.relative(root, datasetCard.file).split(path.sep).join('/');
    throw new UsageError(
      `${shown} is a dataset card (no model card: the folder describes a dataset, not a model), so init writes no ai-system.yaml for it. ` +
        'Run init on the folder of the model trained on it; that manifest cites this card as data.datasets[].card, ' +
        'a path from the manifest\'s folder (e.g. card: ../../datasets/imdb/README.md)',
    );
  }
  // At the repository's root, a README with no model fields and no weights beside it is the
  // project's README (a new user's `# acme ml`), not a model card: a manifest for it describes nothing.
  if (rel === '' && options.model === undefined && card?.kind !== 'model' && (namedCard === undefined || model !== namedCard) && !dirEntries(target).some((entry) => entry.isFile() && isModelFile(entry.name))) {
    throw new UsageError(
      `${card ? card.file : "the repository's root"} describes no model (no model fields in a card's front matter: model-index, base_model, pipeline_tag, …; no weights beside it), ` +
        `so init writes no ai-system.yaml at the repository's root. Run modelgate init <model-folder>, the folder of the model's card and files (${modelFolderExamples(root)})`,
    );
  }
  const datasetCards: Array<{ file: string; card: Card }> = [];
  if (card) found.push(`model card ${card.file}${card.kind === 'model' ? '' : " (its front matter has none of the model fields: model-index, base_model, pipeline_tag, …; if the model's card is elsewhere, run init with --model <its folder>, or set modelCard to it)"}`);

  // The evidence files found, by kind: each is cited as its kind's registry object says.
  const evidence = new Map<EvidenceKind, Array<FoundEvidence<unknown>>>();
  // Files another one includes (Fluent Bit's @INCLUDE) are read through it, not cited alone:
  // an outputs.conf on its own routes nothing. Each file's includes as written, and the line
  // init printed for each file.
  const includesOf = new Map<string, string[]>();
  const lines = new Map<string, string>();
  const modelFiles: string[] = [];
  const pickles: string[] = [];
  // The model's folder too, when it is elsewhere: its dataset cards, evidence and model files.
  const stores: string[] = [];
  const files = modelFolder === target || isWithin(target, modelFolder) ? filesUnder(target, stores) : [...new Set([...filesUnder(target, stores), ...filesUnder(modelFolder, stores).filter((file) => !isWithin(target, file))])];
  for (const store of [...new Set(stores)].sort()) {
    found.push(`${local(store)}/ not read: ${path.basename(store) === 'mlruns' ? "MLflow's tracking store" : "MLflow's artifact store"} (each run's records, and a copy of each model it logged), not what the system ships; the model it ships is the one exported (mlflow.<flavor>.save_model) or registered`);
  }
  // The repository's other systems: the ids they hold, the files they cite, their folders.
  const others = otherManifests(root, rel);
  const citedElsewhere = new Map(others.flatMap(({ file, cited }) => [...cited].map((citedFile) => [citedFile, file] as const)));
  // And the folders where repositories keep reports, above the system's (init-shared.ts).
  const own = [...new Set([target, modelFolder])];
  const shared = sharedFiles(root, own);
  const rivals = shared.files.length > 0 ? otherSystems(root, own, others.discovered.manifests, others.ownManifest, [...Object.keys(others.discovered.modelFiles), ...Object.keys(others.discovered.pickleFiles)]) : [];
  found.push(...shared.notes);
  const notCited: string[] = [];
  const sharedOf = new Map(shared.files.map((entry) => [entry.file, entry]));
  for (const file of [...files, ...shared.files.map((entry) => entry.file)]) {
    const name = local(file);
    const inShared = sharedOf.get(file);
    // Whose a file in a shared folder is (undefined: this system's), asked of what init would cite.
    const whyNot = () => (inShared ? notOwn(inShared, own, rivals, root) : undefined);
    if (!inShared && isModelFile(path.posix.basename(name))) modelFiles.push(name);
    else if (!inShared && isPickleFile(path.posix.basename(name))) pickles.push(name);
    if (name.endsWith('.md') && file !== cardFile) {
      if (inShared && stat(file).size > MAX_EVIDENCE_BYTES) continue;
      const parsed = parseCard(readText(file), name);
      if (parsed.kind === 'dataset') {
        const why = whyNot();
        if (why !== undefined) notCited.push(`dataset card ${name} not cited: ${why}`);
        else {
          datasetCards.push({ file: name, card: parsed });
          found.push(`dataset card ${name}`);
        }
      }
      continue;
    }
    if (!EVIDENCE_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) || stat(file).size > MAX_EVIDENCE_BYTES) continue;
    // Parsed as the gate parses it when it is cited, then given to the first kind that recognises it.
    const parsed = parseEvidence(name, readText(file), EVIDENCE_KINDS);
    if (!parsed.ok) continue;
    const includes = EVIDENCE_KINDS.flatMap((kind) => kind.includes?.(parsed.doc) ?? []).map((included) => included.path);
    if (includes.length > 0) includesOf.set(name, includes);
    for (const kind of EVIDENCE_KINDS) {
      // The model's folder elsewhere holds what is about the model, not a deployment's monitoring,
      // incidents or logs (review: init --model cited another system's monitoring run).
      if (!inShared && !isWithin(target, file) && kind.citedBy.every((field) => field.startsWith('monitoring.'))) continue;
      const adapter = kind.init && kind.adapters.find((a) => a.detect(parsed.doc.value));
      if (!adapter || !kind.init) continue;
      const evidenceFile: FoundEvidence<unknown> = { file: name, format: adapter.format, read: adapter.normalise(parsed.doc) };
      if (kind.init.accept && !kind.init.accept(evidenceFile)) continue;
      const line = kind.init.describe?.(evidenceFile) ?? `${adapter.format === 'modelgate' ? '' : `${adapter.format} `}${kind.what} ${name}`;
      // A file another manifest cites is that system's: a report is about one system, and the
      // gate fails a second citer (evidence/own-system).
      const citer = citedElsewhere.get(path.relative(root, file).split(path.sep).join('/'));
      const why = citer !== undefined ? `${citer} cites it` : whyNot();
      if (why !== undefined) {
        notCited.push(`${line} not cited: ${why}`);
        break;
      }
      evidence.set(kind, [...(evidence.get(kind) ?? []), evidenceFile]);
      lines.set(name, line);
      found.push(line);
      break;
    }
  }
  // What init saw and left for the team, after what it cites: at most ten lines, then a count.
  found.push(...notCited.slice(0, MAX_NOT_CITED), ...(notCited.length > MAX_NOT_CITED ? [`and ${notCited.length - MAX_NOT_CITED} more files not cited, for the same reasons`] : []));
  const includedFiles = filesIncluded(includesOf);
  for (const [kind, files] of evidence) evidence.set(kind, files.filter((f) => !includedFiles.has(f.file)));
  for (const file of includedFiles) {
    const line = lines.get(file);
    if (line !== undefined) found.splice(found.indexOf(line), 1, `${line} (included by another config, read through it)`);
  }

  const manifest = manifestFrom(path.basename(target), card, datasetCards);
  manifest.id = unusedId(others.map(({ id }) => id), rel, path.basename(target));
  // The version the card states, as a hint to confirm (second new user: the first TODO everyone
  // fills, with the card's title saying it): card/version-matches compares the two.
  const stated = card && statedVersion(card)?.value;
  if (stated) hintAt(manifest, ['version'], `the model card says ${cardText(stated).replace(/^v/i, '').slice(0, 40)}`);
  // The model files beside the card are what the system ships, and what its security scans must
  // cover (new user: a scan init cited failed for want of artifacts). No date: one init cannot
  // know, and a placeholder would not be a date.
  // No file named as a model, but pickles (`spam_tfidf_lr.joblib`): the model is one of them, and
  // security/scan-covers-artifacts asks for every pickle in the folder (new user: init listed
  // none, and check failed the joblib file it left out). Beside named weights a pickle is data.
  // An MLflow model folder ships what its MLmodel has MLflow load (model.pkl, data/model.pth,
  // model.xgb), not the descriptor beside it (new user: init listed MLmodel, and left a LightGBM
  // model.lgb or a statsmodels pickle out for want of a model's name).
  const names = new Set(files.map(local));
  for (const descriptor of [...names].filter((name) => path.posix.basename(name) === MLMODEL)) {
    const folder = descriptor.slice(0, descriptor.length - MLMODEL.length);
    const file = path.join(target, descriptor);
    const mlflow = stat(file).size <= MAX_EVIDENCE_BYTES ? mlflowModel(readText(file), folder, names) : undefined;
    if (!mlflow || mlflow.loads.length === 0) continue;
    const inFolder = (name: string) => name.startsWith(folder);
    for (const list of [modelFiles, pickles]) list.splice(0, list.length, ...list.filter((name) => !inFolder(name)));
    modelFiles.push(...mlflow.loads);
    modelFiles.sort();
    const shown = mlflow.loads.slice(0, 3).join(', ');
    found.push(`MLflow model ${descriptor} (flavors: ${mlflow.flavors.join(', ')}), which loads ${shown}${mlflow.loads.length > 3 ? ` and ${mlflow.loads.length - 3} more` : ''}: the model is that, not ${MLMODEL} or the environment files beside it`);
  }
  if (modelFiles.length === 0) modelFiles.push(...pickles);
  if (modelFiles.length > 0) {
    manifest.artifacts = modelFiles.slice(0, MAX_ARTIFACTS).map((file) => ({ path: file }));
    const shown = modelFiles.slice(0, 5).join(', ');
    found.push(`model file${modelFiles.length === 1 ? '' : 's'} ${shown}${modelFiles.length > 5 ? ` and ${modelFiles.length - 5} more` : ''} (listed in artifacts${modelFiles.length > MAX_ARTIFACTS ? `, the first ${MAX_ARTIFACTS}` : ''}: remove any the system does not ship)`);
  }
  // In the registry's order, so the manifest reads the same whichever file the folder lists first.
  // Every file init listed, as the manifest cites it: a kind that cites by a pattern checks that
  // the pattern matches only what it found.
  const listed = new Set([...files, ...shared.files.map((entry) => entry.file)].map(local));
  for (const kind of EVIDENCE_KINDS) {
    const cited = evidence.get(kind);
    if (cited) kind.init?.cite(manifest, cited, listed);
  }
  const manifestFile = rel ? `${rel}/ai-system.yaml` : 'ai-system.yaml';
  return {
    found,
    files: [
      { file: manifestFile, text: manifestText(inSchemaOrder(manifest), card) },
      { file: '.modelgate/policy.yaml', text: POLICY },
      { file: '.github/workflows/modelgate.yml', text: usesGitLfs(root) ? WORKFLOW.replace(FETCH_DEPTH, `${FETCH_DEPTH}\n${LFS}`) : WORKFLOW },
    ],
  };
}

/**
 * The files read through another one, as the gate reads a cited config (EvidenceStore
 * withIncludes): every file it includes, however deep, relative to the cited file's folder.
 * A file is taken as cited when no other file's includes reach it; what those include, at any
 * depth, is read through it.
 */
function filesIncluded(includesOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const MAX_READ = 64; // the store's cap on the files one cited config includes
  const reach = (top: string): Set<string> => {
    const folder = path.posix.dirname(top);
    const reached = new Set<string>();
    const pending = [top];
    while (pending.length > 0 && reached.size < MAX_READ) {
      for (const written of includesOf.get(pending.pop() as string) ?? []) {
        const file = path.posix.normalize(path.posix.join(folder, written.replace(/\\/g, '/')));
        if (file === top || reached.has(file)) continue;
        reached.add(file);
        pending.push(file);
      }
    }
    return reached;
  };
  const reached = new Map([...includesOf.keys()].map((file) => [file, reach(file)]));
  const included = new Set<string>();
  for (const [top, files] of reached) {
    if ([...reached].some(([other, theirs]) => other !== top && theirs.has(top))) continue;
    for (const file of files) included.add(file);
  }
  return included;
}

/** The plan's files that exist already: init keeps them unless `--force`. */
export function existingFiles(root: string, plan: InitPlan): string[] {
  return plan.files.filter(({ file }) => exists(path.join(root, file)) || isLink(path.join(root, file))).map(({ file }) => file);
}

/**
 * Writes the plan's files, except those in `keep`; the ones written. A folder on the way to one
 * that is a symbolic link (a repository may hold `.github/workflows -> ~/somewhere`) stops init
 * before it writes anything: it writes, and with --force deletes, only inside the repository.
 */
export function writeInit(root: string, plan: InitPlan, keep: readonly string[] = []): string[] {
  for (const { file } of plan.files) {
    if (keep.includes(file)) continue;
    const folder = linkedFolderOnTheWay(root, file);
    if (folder !== undefined) throw new UsageError(`${folder} is a symbolic link: modelgate init writes ${file} only inside the repository, not through a link; replace the link with a folder`);
  }
  const written: string[] = [];
  for (const { file, text } of plan.files) {
    if (keep.includes(file)) continue;
    const abs = path.join(root, file);
    // Replace, never write through: a link in its place is removed first.
    replaceWithText(abs, text);
    written.push(file);
  }
  return written;
}

function manifestFrom(
  folder: string,
  card: Card | undefined,
  datasetCards: ReadonlyArray<{ file: string; card: Card }>,
): Record<string, unknown> {
  const meta = card?.meta ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(text).filter((v): v is string => v !== undefined) : text(value) ? [text(value) as string] : []);
  const modelIndex = Array.isArray(meta['model-index']) ? (meta['model-index'][0] as Record<string, unknown> | undefined) : undefined;
  const name = cardText(text(meta.model_name) ?? text(modelIndex?.name) ?? cardTitle(card) ?? folder);
  const stated = text(meta.license);
  // The card's licence when it is an id; when it is not ("Apache 2.0"), a marker that says so,
  // rather than a copy the card's fix would leave behind. A custom one goes by its license_name.
  const problem = stated && stated !== 'other' ? licenseProblem(stated) : undefined;
  const license = stated === 'other' ? text(meta.license_name) : problem ? `${TODO}: the model's licence id (the card's license ${problem.replace(/; for a custom.*$/, '')})` : stated;

  const dataset = (id: string) => ({
    id,
    source: `${TODO}: who produced ${id} and where it came from`,
    license: `${TODO}: the licence ${id} is used under`,
    collection: `${TODO}: how, when and from whom ${id} was collected`,
    revision: `${TODO}: the commit, tag or snapshot of ${id} that was used`,
  });
  const datasets: Array<Record<string, string>> = list(meta.datasets).map(cardText).map(dataset);
  for (const { file, card: datasetCard } of datasetCards) {
    // A dataset goes by its card's file or folder name (data/subscriptions-2025h2/README.md);
    // pretty_name is a display name, and either may be how the model card lists it (new user:
    // "Subscriptions 2025 H2" was declared a second time beside subscriptions-2025h2).
    const base = path.posix.basename(file, path.posix.extname(file));
    const stem = /^readme$/i.test(base) ? path.posix.basename(path.posix.dirname(file)) : base;
    const names = [stem === '.' ? undefined : stem, text(datasetCard.meta.pretty_name)].filter((n): n is string => n !== undefined).map(cardText);
    const known = datasets.find((d) => names.some((n) => squashName(n) === squashName(d.id ?? '')));
    if (known) known.card = file;
    else {
      const id = names[0] ?? cardText(base);
      datasets.push({ ...dataset(id), ...datasetLicense(id, text(datasetCard.meta.license), text(datasetCard.meta.license_name)), card: file });
    }
  }

  return {
    schemaVersion: 1,
    id: slug(folder),
    name,
    version: `${TODO}: the version this manifest describes`,
    description: `${TODO}: what the system does, in a sentence or two`,
    owner: { team: `${TODO}: the owning team`, contact: `${TODO}: an address that reaches it` },
    ...(card ? { modelCard: card.file } : {}),
    ...(license ? { license } : {}),
    ...(list(meta.base_model).length > 0 ? { baseModel: list(meta.base_model).length === 1 ? list(meta.base_model)[0] : list(meta.base_model) } : {}),
    intendedUse: intendedUseFrom(card, text(meta.pipeline_tag)),
    data: { datasets: datasets.length > 0 ? datasets : [{ id: `${TODO}: the training data`, source: `${TODO}: where it came from` }] },
    bias: { sensitiveAttributes: [`${TODO}: the attributes fairness is evaluated for`] },
    oversight: { accountableOwner: `${TODO}: the person accountable for the system's decisions` },
  };
}

/**
 * A dataset card's licence, for its entry in the manifest: the id it states, except the Hub's
 * "other", which names none (data/dataset-license-known refuses it): a marker with the card's
 * license_name as a hint.
 */
function datasetLicense(id: string, license: string | undefined, licenseName: string | undefined): { license?: string } {
  if (license === undefined) return {};
  if (license !== 'other') return { license };
  return { license: `${TODO}: the licence ${id} is used under; its card says "other"${licenseName ? ` (license_name: ${clipped(cardText(licenseName), 80)})` : ''}, so name it: LicenseRef-<name> for a custom license` };
}

/**
 * intendedUse as markers, with what the card's own sections say in them for the team to confirm:
 * the card's intended use (card/intended-use's section) is the manifest's purpose in the card's
 * words, and each use its out-of-scope section lists (card/out-of-scope-use's) is one the
 * manifest names. Hints, not values: the manifest states what the system is for in this
 * deployment, which the card of the model it runs may not.
 */
function intendedUseFrom(card: Card | undefined, pipelineTag: string | undefined): { purpose: string; outOfScope: string[] } {
  const uses = card && cardSection(card, 'card/intended-use');
  const useSentence = uses && firstSentence(uses.body);
  const outOfScope = card && cardSection(card, 'card/out-of-scope-use');
  const listed = outOfScope ? listItems(outOfScope.body).slice(0, MAX_HINTED_USES) : [];
  const sentence = outOfScope && listed.length === 0 ? firstSentence(outOfScope.body) : undefined;
  // The card's words come last, whole, so deleting the marker up to "says: " keeps them.
  const from = (section: Section) => `the card's "${clipped(cardText(section.heading.title), 60)}"`;
  const purpose = `${TODO}: the decision or task the system supports${pipelineTag ? ` (a ${pipelineTag} model)` : ''}`;
  return {
    purpose: uses && useSentence ? `${purpose}; ${from(uses)} says: ${useSentence}` : purpose,
    outOfScope:
      outOfScope && listed.length > 0
        ? listed.map((use) => `${TODO}: a use the system is not fit for; ${from(outOfScope)} lists: ${use}`)
        : [`${TODO}: uses the system is not fit for${outOfScope && sentence ? `; ${from(outOfScope)} says: ${sentence}` : ''}`],
  };
}

/** At most this many of a card's out-of-scope items become markers: the rest the team adds. */
const MAX_HINTED_USES = 10;
/** A hint quotes at most this many characters of the card, cut at a word. */
const HINT_CHARS = 500;

/** The card's section that a card rule judges, found by that rule's own headings, when it says something (not the template's text). */
function cardSection(card: Card, ruleId: string): Section | undefined {
  const options = ruleCatalogue().get(ruleId)?.then?.[0]?.options as { headings?: string[]; contains?: string[] } | undefined;
  if (!options?.headings) return undefined;
  const section = card.outline.find(options.headings, options.contains);
  return section && sectionAbsence(section.body) === undefined ? section : undefined;
}

/** The section's first sentence of prose, on one line: headings, code, tables and comments aside. */
function firstSentence(body: string): string | undefined {
  const prose = proseLines(body).join(' ');
  // A sentence ends before a capital (or at the end), so "e.g. tweets" goes on.
  const end = prose.search(/[.!?](?=\s+[\p{Lu}"'(]|\s*$)/u);
  return prose === '' ? undefined : clipped(end < 0 ? prose : prose.slice(0, end + 1), HINT_CHARS);
}

/** A list item's marker: `- `, `* `, `+ `, `1. `, `1) `. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** The text of each list item of the section (its first line), markup aside. */
function listItems(body: string): string[] {
  return proseLines(body, true)
    .filter((line) => LIST_MARKER.test(line))
    .map((line) => clipped(plainMarkdown(line.replace(LIST_MARKER, '')), HINT_CHARS))
    .filter((item) => item !== '');
}

/** The section's lines of text, trimmed: no headings, fenced code, tables, HTML comments or blank lines; list markers stripped unless `keepMarkers`. */
function proseLines(body: string, keepMarkers = false): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const raw of cutDelimited(body, '<!--', '-->').split(/\r\n|\r|\n/)) {
    const line = cardText(raw);
    if (/^(?:```|~~~)/.test(line)) fenced = !fenced;
    // The section's own text: a subsection ("### Out-of-Scope Use" under "## Uses") is another topic.
    if (!fenced && /^(?:#{1,6}(?:[ \t]|$)|<h[1-6][\s>])/i.test(line)) break;
    // Tables, rules and list items that hold nothing (a `* * *` break, `- - -`) say nothing.
    if (fenced || line === '' || /^(?:\||```|~~~|[-=]{3,}$|(?:[-*_][ \t]*){3,}$)/.test(line)) continue;
    // A bold label leading a line ("**Scope:** Ranks reviews…") names the topic; a bold word ("**Any** use…") is the sentence's.
    const text = keepMarkers ? line : line.replace(LIST_MARKER, '').replace(/^\*\*[^*\n]{1,80}(?::\*\*|\*\*:)/, '');
    if (text.trim() !== '') lines.push(keepMarkers ? text : plainMarkdown(text));
  }
  return lines;
}

/**
 * Text from a card as init writes it into the manifest, on one line and trimmed: invisible
 * characters (a bidi override, a zero-width space) and control characters (C0, C1 and the
 * Unicode line and paragraph separators, which the YAML writer leaves as they are) would reach
 * the manifest, and a terminal showing it, unseen.
 */
function cardText(text: string): string {
  return undisguised(text).replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

/** Markdown inline markup as plain text: emphasis and code marks dropped, links as their text. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** `text` cut to at most `max` characters, at the last space before the cut when there is one. */
function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The manifest's sections in the order of its schema (docs/manifest.md), whichever kind cited what first. */
const SECTION_ORDER = ['schemaVersion', 'id', 'name', 'version', 'description', 'owner', 'modelCard', 'license', 'baseModel', 'intendedUse', 'data', 'bias', 'monitoring', 'oversight', 'assurance', 'supplyChain'];

function inSchemaOrder(manifest: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (SECTION_ORDER.includes(key) ? SECTION_ORDER.indexOf(key) : SECTION_ORDER.length);
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The manifest as YAML, with the schema line and the choices only the team can make as comments. */
function manifestText(manifest: Record<string, unknown>, card: Card | undefined): string {
  const metrics = reportedMetrics(card);
  const head = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/ai-system.schema.json`,
    '# Written by modelgate init from this folder. Each TODO is something only you know, and',
    '# `modelgate check` reports it until it is filled in. Still to declare (the gate reports them):',
    '#   risk.euAiAct.tier: prohibited | high | limited | minimal | gpai | gpai-systemic  (until then, high-risk rules apply)',
    '#   risk.euAiAct.basis: why, starting with the provision, e.g. "Annex III 5(b): creditworthiness"',
    '#   risk.euAiAct.roles: [provider, deployer]  (your roles under the AI Act; until declared, both)',
    '#   lifecycle: design | development | verification | deployment | operation | retired',
    '#   oversight.autonomy: human-in-command | human-in-the-loop | human-on-the-loop | fully-automated',
    '#   transparency.interactsWithPeople, generatesContent: true | false  (EU AI Act Art. 50, asked of limited and gpai tiers and',
    '#     of any system that declares one of its cases true; a deployer also declares recognisesEmotions,',
    '#     categorisesBiometrically, generatesDeepFakes and publishesPublicInterestText)',
    '#   data.datasets[].personalData.present: true | false (when true: purpose, legalBasis, handling)',
    ...(metrics.length > 0
      ? [
          '# Worth declaring (the baseline does not ask for it; once declared, the gate holds the card to it):',
          `#   intendedUse.accuracy: bounds for the metrics the card reports (${metrics.join(', ')})`,
        ]
      : []),
    '',
  ];
  return `${head.join('\n')}${stringify(manifest, { lineWidth: 0 })}`;
}

function reportedMetrics(card: Card | undefined): string[] {
  const index = card?.meta['model-index'];
  if (!Array.isArray(index)) return [];
  const names = new Set<string>();
  for (const model of index) {
    for (const result of (model as { results?: unknown })?.results instanceof Array ? (model as { results: unknown[] }).results : []) {
      for (const metric of (result as { metrics?: unknown })?.metrics instanceof Array ? (result as { metrics: unknown[] }).metrics : []) {
        const type = (metric as { type?: unknown })?.type;
        if (typeof type === 'string' && /^[\w.@-]{1,40}$/.test(type)) names.add(type);
      }
    }
  }
  return [...names].slice(0, 8);
}

const POLICY = `# yaml-language-server: $schema=${SCHEMA_BASE}/policy-pack.schema.json
# The policy this repository's gate runs: the CLI and the Action both read it. Tighten rules,
# add your own, or leave folders out (exclude:):
# https://github.com/modelgate/modelgate/blob/main/docs/policy.md
extends: baseline
`;

// No `path`: the gate checks every ai-system.yaml in the repository, so a second folder `init`
// writes a manifest for is gated too (the workflow is written once, and kept after).
const WORKFLOW = `# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json
# The gate on every pull request and on main: every ai-system.yaml in the repository, and every
# model card no manifest registers. Make the "gate" job a required check, and
# protect .github/workflows/ and .modelgate/ with CODEOWNERS:
# https://github.com/modelgate/modelgate#a-gate-a-pull-request-cannot-weaken
# modelgate/modelgate@v1 resolves once v1 is released; until then pin a commit SHA
# (uses: modelgate/modelgate@<40-hex sha>).
name: modelgate
on:
  pull_request:
  merge_group:          # a merge queue's groups, where main uses one (judged by main's policy too)
  push:
    branches: [main]
permissions:
  contents: read        # read the repository
  checks: write         # the check run with every annotation
  pull-requests: write  # the sticky comment
concurrency:            # one gate per pull request: a new push cancels its stale run (each push to main runs to the end)
  group: modelgate-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0  # the base commit, for the policy in force and the regression rules
      - uses: modelgate/modelgate@v1
`;

const FETCH_DEPTH = '          fetch-depth: 0  # the base commit, for the policy in force and the regression rules';
/** The most model files init lists in artifacts (a sharded model's shards, say). */
const MAX_ARTIFACTS = 200;

/** Without it a checkout holds Git LFS pointers, and the gate can tell model files only by their names. */
const LFS = '          lfs: true       # the model files Git LFS keeps, so their content is checked, not pointers to it';

/** Whether the repository's .gitattributes sends files through Git LFS. */
function usesGitLfs(root: string): boolean {
  try {
    const file = path.join(root, '.gitattributes');
    return isFile(file) && stat(file).size <= 1024 * 1024 && /\bfilter=lfs\b/.test(readText(file));
  } catch {
    return false;
  }
}

/**
 * Folders of run records, not of what a system ships: MLflow's tracking store (`mlruns/`, one
 * folder per run with its metrics and a copy of each model it logged) and its server's artifact
 * store (`mlartifacts/`). A project's store holds thousands of files, which would use up the walk
 * (MAX_SCANNED) and list every logged model in artifacts.
 */
const RUN_STORES = new Set(['mlruns', 'mlartifacts']);

/**
 * Regular files under `dir`, not following links, skipping dot-folders, node_modules and run
 * stores (RUN_STORES; each one skipped is added to `stores`).
 */
function filesUnder(dir: string, stores: string[] = []): string[] {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0 && files.length < MAX_SCANNED) {
    const current = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = dirEntries(current);
    } catch {
      continue;
    }
    // A folder below with a manifest of its own is another system's: its evidence and model
    // files are its own (new user: init at a Hub model's root cited the monitoring run of the
    // service in serving/).
    if (current !== dir && entries.some((entry) => MANIFEST_NAMES.includes(entry.name))) continue;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && RUN_STORES.has(entry.name)) stores.push(full);
      else if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files.sort();
}

/**
 * The system's id: the folder's name, slugged. Not the card's title or its model-index name: a
 * fine-tuned model's model-index often names its base model (stable-code-3b's names
 * StarCoderBase-3B), and titles make poor ids ("Gemma Model Card"). When another manifest in the
 * repository has it already (two folders named alike), the folder's path, then a number: ids
 * must be unique, and the gate fails a second system with the first one's id.
 */
function unusedId(ids: readonly string[], rel: string, folder: string): string {
  const id = slug(folder);
  const taken = new Set(ids);
  const candidates = [id, slug(rel.replaceAll('/', '-') || id)];
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id.slice(0, 95)}-${n}`;
}

/**
 * What to run init on, for a repository whose root is no model's folder: the folders that hold a
 * model's files (an MLflow model's MLmodel, weights, a pickle), outside tests and run stores, at
 * most three; else the usual example.
 */
function modelFolderExamples(root: string): string {
  const discovered = discover(new RepoFs(root), { scanPath: '' });
  const folders = otherSystems(root, [], [], '', [...Object.keys(discovered.modelFiles), ...Object.keys(discovered.pickleFiles)])
    .map((folder) => path.relative(root, folder).split(path.sep).join('/'))
    .filter((folder) => folder !== '');
  if (folders.length === 0) return 'e.g. modelgate init models/my-model';
  return `${folders.length === 1 ? 'the model files here are in' : 'model files are in'} ${folders.slice(0, 3).join(', ')}${folders.length > 3 ? ` and ${folders.length - 3} more folders` : ''}: e.g. modelgate init ${folders[0]}`;
}

/** The repository's manifests other than `rel`'s, with the discovery that found them. */
type OtherManifests = Array<{ file: string; id: string; cited: Set<string> }> & { discovered: Discovery; ownManifest: string };

/**
 * Each other manifest of the repository (not the one init writes, which --force replaces): its
 * id, and the repository files its strings name as paths from its folder (every citation, read
 * the simple way: any string that is a path of the repository, without its #fragment).
 */
function otherManifests(root: string, rel: string): OtherManifests {
  const repo = new RepoFs(root);
  const discovered = discover(repo, { scanPath: '' });
  const ownManifest = rel ? `${rel}/ai-system.yaml` : 'ai-system.yaml';
  const others = Object.assign([] as Array<{ file: string; id: string; cited: Set<string> }>, { discovered, ownManifest });
  for (const file of discovered.manifests) {
    if (file === ownManifest) continue; // the manifest init replaces (--force) keeps its id
    const loaded = loadManifest(repo, file);
    repo.forget(file);
    if (!loaded.ok) continue;
    const cited = new Set<string>();
    const folder = path.posix.dirname(file);
    const pending: unknown[] = [loaded.manifest.data];
    for (let seen = 0; pending.length > 0 && seen < MAX_MANIFEST_VALUES; seen++) {
      const value = pending.pop();
      if (typeof value === 'string') {
        const hash = value.indexOf('#');
        const at = normaliseCitation(hash < 0 ? value : value.slice(0, hash), folder === '.' ? '' : folder);
        if (at.ok && at.rel !== '') cited.add(at.rel);
      } else if (value && typeof value === 'object') pending.push(...Object.values(value));
    }
    others.push({ file, id: systemId(loaded.manifest), cited });
  }
  return others;
}

/** The most values of another manifest init reads for the files it cites. */
const MAX_MANIFEST_VALUES = 20_000;
/** The most lines init prints for files it saw and did not cite. */
const MAX_NOT_CITED = 10;

/** A manifest id from a name: lower case, letters, digits, `.`, `_` and `-`. */
function slug(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 100);
  let end = id.length;
  while (end > 0 && id[end - 1] === '-') end--;
  return id.slice(0, end) || 'my-model';
}

/**
 * The card's title: its first heading, when that is a level-1 heading ("# Model Card for X" →
 * "X"), a title that is one link reduced to its text. An H1 further down ("# [Open LLM Leaderboard
 * Evaluation Results](…)", appended by a leaderboard bot) names a section, not the model.
 */
function cardTitle(card: Card | undefined): string | undefined {
  const first = card?.outline.headings.find((h) => h.kind !== 'label');
  if (first?.level !== 1) return undefined;
  const title = first.title
    .replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1')
    .replace(/^model card for\s+/i, '')
    .trim();
  // "Model ID" is what the Hugging Face template's title says until it is filled in; the raw
  // template says `{{ model_id | default("Model ID", true) }}`.
  return title === '' || /^model id$/i.test(title) || title.includes('{{') ? undefined : title;
}
