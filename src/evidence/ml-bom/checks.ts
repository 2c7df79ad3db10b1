/**
 * An ML-BOM against the manifest and the model card: the same model (name, version), the same
 * datasets, the same licences, and the same hashes for the files and datasets both describe.
 * Where only one side states a value there is nothing to compare (other rules ask for it); where
 * both do, they must agree. Findings land on the BOM's line when the BOM is the side at fault,
 * or the two sides cannot be told apart, and on the manifest's line for what the BOM leaves out.
 */
import { squashName } from '../../text/names.js';
import { licenseKey } from '../../text/license.js';
import { comparedVersion, declaredArtifacts, type AiSystem } from '../../load/manifest.js';
import { asText } from '../../load/source-doc.js';
import { sameRevision } from '../../text/revision.js';
import type { PathSegment } from '../../types.js';
import { defineFunction, unusableEvidence, type CheckFunction, type Failure, type Skip, type SystemContext } from '../check.js';
import type { EvidenceResult } from '../types.js';
import { artifactKey, SameFileIndex, shownPath, toolFileKey, uncomparable } from '../same-file.js';
import { mlBoms } from './formats.js';
import { namesShippedModel } from '../shipped-model.js';
import type { BomHash, MlBom } from './types.js';
import { isLfsPointerText, lfsPointerOid, LFS_POINTER_MAX_BYTES } from '../lfs.js';
import { isLocalUriOutside, isUri } from '../../fs/repo-fs.js';

interface BomEntry {
  path?: unknown;
  format?: unknown;
}

const noOptions = { type: 'object', additionalProperties: false };

function loadBom(system: Pick<SystemContext, 'evidence'>, entry: unknown): EvidenceResult<MlBom> | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { path, format } = entry as BomEntry;
  if (typeof path !== 'string' || path.trim() === '') return undefined;
  return system.evidence.evidence(mlBoms, path, typeof format === 'string' ? format : undefined);
}

/** The cited BOM, read, or the skip of a rule that only compares (ml-bom/readable reports the rest). */
function readBom(system: SystemContext, entry: unknown): MlBom | Skip {
  const bom = loadBom(system, entry);
  if (!bom?.ok) return { skip: 'the ML-BOM could not be read (ml-bom/readable reports why)' };
  return bom.value;
}

const isSkip = (value: MlBom | Skip): value is Skip => 'skip' in value;

/**
 * The licence ids an SPDX expression names, each by licenseKey: "MIT OR Apache-2.0" and
 * "(Apache-2.0 OR MIT)" name the same two, and a BOM may list them as two entries (from a
 * review: such a BOM failed against the manifest's expression). Only the upper-case operators
 * split, as SPDX writes them: a licence's name may hold "and".
 */
function licenseIds(texts: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const text of texts) {
    // Word by word (a pattern around the operators was polynomial on runs of spaces): the words
    // between two operators are one licence.
    let words: string[] = [];
    const end = () => {
      const id = licenseKey(words.join(' '));
      if (id !== '') ids.add(id);
      words = [];
    };
    for (const word of text.replace(/[()]/g, ' ').split(/\s/)) {
      if (word === 'OR' || word === 'AND' || word === 'WITH') end();
      else if (word !== '') words.push(word);
    }
    end();
  }
  return ids;
}

const allIn = (some: ReadonlySet<string>, all: ReadonlySet<string>) => [...some].every((id) => all.has(id));
const strings = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
const sha256Of = (hashes: readonly BomHash[]) => hashes.find((hash) => hash.alg === 'sha256');

export const mlBomReadable = defineFunction<Record<string, never>>({
  name: 'ml-bom-readable',
  description: 'A cited ML-BOM exists, parses, is CycloneDX 1.5+ with a machine-learning-model component and its modelCard, or SPDX 3 with an ai_AIPackage, and its dataset references resolve.',
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    const bom = loadBom(system, target);
    if (!bom) return [{ message: 'the ML-BOM entry has no path', path: targetPath }];
    if (!bom.ok) return [unusableEvidence(bom.problem, [...targetPath, 'path'])];
    return bom.value.problems.map((problem) => ({ message: problem.message, at: problem.at }));
  },
});

export const mlBomModelAgrees = defineFunction<{ field: 'name' | 'version' }>({
  name: 'ml-bom-model-agrees',
  description: "The ML-BOM's model is this system's: its name is the manifest's id or name (or the card's model-index name), its version the manifest's version.",
  optionsSchema: { type: 'object', required: ['field'], additionalProperties: false, properties: { field: { enum: ['name', 'version'] } } },
  check({ target, options, system }) {
    const bom = readBom(system, target);
    if (isSkip(bom)) return bom;
    const model = bom.model;
    if (!model) return { skip: 'the ML-BOM describes no model (ml-bom/readable reports it)' };
    const data = system.manifest.data;
    if (options.field === 'name') {
      const names = [...strings(data.id), ...strings(data.name), ...cardModelNames(system)];
      if (names.length === 0) return { skip: 'the manifest names no system' };
      // A service's BOM may name the model it serves from another folder (namesShippedModel).
      if (names.some((name) => squashName(name) === squashName(model.name.value)) || namesShippedModel(system, model.name.value)) return [];
      return [{ message: `the ML-BOM's model is "${model.name.value}", but the manifest describes "${asText(data.name ?? data.id)}" (${system.id})`, at: model.name.at }];
    }
    if (asText(data.version ?? '').trim() === '') return { skip: 'the manifest states no version' };
    const version = comparedVersion(data);
    const expected = version.value?.trim().replace(/^v/i, '');
    const described = expected === undefined ? version.described : `the manifest describes version ${expected}`;
    if (!model.version) return [{ message: `the ML-BOM's model "${model.name.value}" states no version; ${described}`, at: model.at }];
    if (model.version.value.replace(/^v/i, '') === expected) return [];
    return [{ message: `the ML-BOM's model is version ${model.version.value}, but ${described}`, at: model.version.at }];
  },
});

/** The names the card's model-index gives the model. */
function cardModelNames(system: SystemContext): string[] {
  const index = system.card?.meta['model-index'];
  return Array.isArray(index) ? index.flatMap((entry) => strings((entry as { name?: unknown } | null)?.name)) : [];
}

interface Declared {
  id: string;
  license?: string;
  sha256?: string;
  revision?: string;
  index: number;
}

function declaredDatasets(data: AiSystem): Declared[] {
  const list = Array.isArray(data.data?.datasets) ? data.data.datasets : [];
  return list.flatMap((dataset, index) => {
    if (!dataset || typeof dataset !== 'object' || typeof dataset.id !== 'string' || dataset.id.trim() === '') return [];
    return [
      {
        id: dataset.id,
        ...(typeof dataset.license === 'string' && dataset.license.trim() !== '' ? { license: dataset.license } : {}),
        ...(typeof dataset.sha256 === 'string' ? { sha256: dataset.sha256.toLowerCase() } : {}),
        ...(typeof dataset.revision === 'string' && dataset.revision.trim() !== '' ? { revision: dataset.revision.trim() } : {}),
        index,
      },
    ];
  });
}

/**
 * The BOM's datasets matched to the manifest's (the same name as its id, squashed): for each
 * declared dataset the first BOM dataset of its name, and the BOM datasets no declared one names.
 * By lookup, once per name: comparing every pair was quadratic (4,000 of each took 20 s).
 */
export function matchDatasets<D extends { id: string }, L extends { name: string }>(declared: readonly D[], listed: readonly L[]): { found: Map<D, L>; extra: L[] } {
  const byName = new Map<string, L>();
  for (const item of listed) {
    const key = squashName(item.name);
    if (!byName.has(key)) byName.set(key, item);
  }
  const names = new Set<string>();
  const found = new Map<D, L>();
  for (const dataset of declared) {
    const key = squashName(dataset.id);
    names.add(key);
    const item = byName.get(key);
    if (item) found.set(dataset, item);
  }
  return { found, extra: listed.filter((item) => !names.has(squashName(item.name))) };
}

export const mlBomDatasetsAgree = defineFunction<Record<string, never>>({
  name: 'ml-bom-datasets-agree',
  description: "The ML-BOM lists the datasets the manifest declares (data.datasets[].id), no more and no fewer, each at the revision the manifest declares where both state one.",
  optionsSchema: noOptions,
  check({ target, system }) {
    const bom = readBom(system, target);
    if (isSkip(bom)) return bom;
    const declared = declaredDatasets(system.manifest.data);
    if (declared.length === 0 && bom.datasets.length === 0) return { skip: 'neither the manifest nor the ML-BOM lists a dataset' };
    const failures: Failure[] = [];
    const { found, extra } = matchDatasets(declared, bom.datasets);
    for (const listed of extra) {
      failures.push({ message: `the ML-BOM lists dataset "${listed.name}", which the manifest does not declare in data.datasets`, at: listed.at });
    }
    for (const dataset of declared) {
      const listed = found.get(dataset);
      if (!listed) {
        failures.push({ message: `dataset "${dataset.id}" is declared in the manifest but not listed in the ML-BOM ${bom.file}`, path: ['manifest', 'data', 'datasets', dataset.index, 'id'] });
        continue;
      }
      // Red team: both datasets listed at a 2019 version passed beside revisions of 2024 and 2026.
      const version = listed.version?.value.trim();
      if (listed.version && version && dataset.revision !== undefined && !sameRevision(version, dataset.revision)) {
        failures.push({ message: `the ML-BOM lists dataset "${listed.name}" at version "${version}", but the manifest declares it at revision "${dataset.revision}"`, at: listed.version.at });
      }
    }
    return failures;
  },
});

export const mlBomLicensesAgree = defineFunction<Record<string, never>>({
  name: 'ml-bom-licenses-agree',
  description: "The ML-BOM's model licence is the model card's `license` (or `license_name`) and the manifest's `license`; each dataset's licence is the one the manifest declares for it.",
  optionsSchema: noOptions,
  check({ target, system }) {
    const bom = readBom(system, target);
    if (isSkip(bom)) return bom;
    const failures: Failure[] = [];
    let compared = false;
    const model = bom.model;
    if (model && model.licenses.length > 0) {
      const meta = system.card?.meta ?? {};
      const cardLicense = strings(meta.license)[0];
      const cardNames = licenseIds([...strings(meta.license), ...strings(meta.license_name)]);
      const stated = licenseIds(model.licenses.map((l) => l.value));
      const first = model.licenses[0] as (typeof model.licenses)[number];
      if (cardLicense !== undefined) {
        compared = true;
        if (![...stated].some((id) => cardNames.has(id))) {
          failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the model card's license is "${cardLicense}"`, at: first.at });
        }
      }
      const manifestLicense = strings(system.manifest.data.license)[0];
      if (manifestLicense !== undefined) {
        compared = true;
        if (!allIn(licenseIds([manifestLicense]), stated)) {
          failures.push({ message: `the ML-BOM's model licence is ${quoted(model.licenses)}, but the manifest's license is "${manifestLicense}"`, at: first.at });
        }
      }
      // Every licence the BOM states is one of theirs (red team: GPL-3.0-only listed before the
      // card's licence passed, as one of them matched).
      const theirs = new Set([...(cardLicense !== undefined ? cardNames : []), ...(manifestLicense !== undefined ? licenseIds([manifestLicense]) : [])]);
      if (theirs.size > 0 && failures.length === 0) {
        const extra = model.licenses.find((l) => !allIn(licenseIds([l.value]), theirs));
        if (extra) failures.push({ message: `the ML-BOM also gives the model the licence "${extra.value}", which neither the model card nor the manifest states`, at: extra.at });
      }
    }
    const datasets = declaredDatasets(system.manifest.data);
    const { found } = matchDatasets(datasets, bom.datasets);
    for (const dataset of datasets) {
      const listed = found.get(dataset);
      if (!listed || listed.licenses.length === 0 || dataset.license === undefined) continue;
      compared = true;
      const declared = licenseIds([dataset.license]);
      const statesDeclared = allIn(declared, licenseIds(listed.licenses.map((l) => l.value)));
      const extra = listed.licenses.find((l) => !allIn(licenseIds([l.value]), declared));
      if (statesDeclared && !extra) continue;
      if (statesDeclared && extra) {
        failures.push({ message: `the ML-BOM also gives dataset "${listed.name}" the licence "${extra.value}", which the manifest does not declare for it ("${dataset.license}")`, at: extra.at });
        continue;
      }
      failures.push({
        message: `the ML-BOM gives dataset "${listed.name}" the licence ${quoted(listed.licenses)}, but the manifest declares "${dataset.license}"`,
        at: (listed.licenses[0] as (typeof listed.licenses)[number]).at,
      });
    }
    return compared ? failures : { skip: 'no licence is stated on both sides (the ML-BOM and the card or manifest)' };
  },
});

const quoted = (licenses: ReadonlyArray<{ value: string }>) => licenses.map((l) => `"${l.value}"`).join(' and ');

export const mlBomHashesAgree = defineFunction<Record<string, never>>({
  name: 'ml-bom-hashes-agree',
  description: "A SHA-256 the ML-BOM gives a file the manifest ships (`artifacts[].sha256`) or a dataset it declares (`data.datasets[].sha256`) is the manifest's, and one it gives the model component is one of the artifacts'.",
  optionsSchema: noOptions,
  check({ target, system }) {
    const bom = readBom(system, target);
    if (isSkip(bom)) return bom;
    const data = system.manifest.data;
    const failures: Failure[] = [];
    let compared = false;
    const artifacts = Array.isArray(data.artifacts) ? data.artifacts : [];
    const files = new SameFileIndex<(typeof bom.files)[number]>();
    for (const file of bom.files) files.add(toolFileKey(file.name), file);
    if (files.missed) {
      compared = true;
      failures.push({ message: `the ML-BOM names ${shownPath(files.missed.key)}, ${files.missed.why}, so its files' hashes cannot all be matched with the manifest's artifacts` });
    }
    // What the BOM says of the files of each list the index keeps, worked out once however many
    // artifact paths match it: n paths d<i>/model.onnx against n files named model.onnx were n².
    const hashesOfList = new WeakMap<readonly number[], BomHashes>();
    const hashesOf = (list: readonly number[]) => {
      let hashes = hashesOfList.get(list);
      if (!hashes) hashesOfList.set(list, (hashes = bomHashes(list.map((order) => ({ order, file: files.item(order) })))));
      return hashes;
    };
    artifacts.forEach((artifact, index) => {
      if (!artifact || typeof artifact.path !== 'string' || typeof artifact.sha256 !== 'string') return;
      const declared = artifact.sha256.toLowerCase();
      const key = artifactKey(artifact.path);
      const why = uncomparable(key);
      if (why) {
        compared = true;
        failures.push({ message: `artifacts[${index}] (${shownPath(artifact.path)}) is ${why}, too long a path for modelgate to match with the ML-BOM's files`, path: ['manifest', 'artifacts', index, 'path'] });
        return;
      }
      let withHash = 0;
      let disagree = 0;
      let first: BomHashes['firsts'][number] | undefined;
      for (const list of files.matchingLists(key)) {
        const hashes = hashesOf(list);
        withHash += hashes.files;
        disagree += hashes.files - (hashes.count.get(declared) ?? 0);
        const differing = hashes.firsts.find((file) => file.hash.value !== declared);
        if (differing && (!first || differing.order < first.order)) first = differing;
      }
      if (withHash === 0) return;
      compared = true;
      // One failure for each artifact, naming the first file that disagrees: a path listed n times
      // against n declarations would otherwise be n² failures.
      if (disagree === 0 || !first) return;
      const more = disagree > 1 ? ` (and ${disagree - 1} more file${disagree === 2 ? '' : 's'} the ML-BOM lists at that path)` : '';
      failures.push({ message: `the ML-BOM gives ${first.name} the SHA-256 ${first.hash.value}, but the manifest declares ${declared} for artifacts[${index}] (${artifact.path})${more}`, at: first.hash.at });
    });
    // The model component's own hash is one of the files the manifest ships (red team: another
    // model's hash on it passed; real BOMs put the weights' hash there).
    const modelHash = bom.model && sha256Of(bom.model.hashes);
    const shipped = declaredArtifacts(data).flatMap(({ sha256 }) => (sha256 === undefined ? [] : [sha256]));
    // The same hash on one of the BOM's files is judged with that file, above: one finding, not two.
    // With several files shipped, a hash on the model may be of their package (an archive, a
    // snapshot), which no artifact has: only a model shipped as one file is compared.
    if (modelHash && shipped.length === 1 && !bom.files.some((file) => sha256Of(file.hashes)?.value === modelHash.value)) {
      compared = true;
      if (!shipped.includes(modelHash.value)) {
        failures.push({ message: `the ML-BOM gives the model "${bom.model?.name.value}" the SHA-256 ${modelHash.value}, but the one file the manifest ships (artifacts) has ${shipped[0]}`, at: modelHash.at });
      }
    }
    const datasets = declaredDatasets(data);
    const { found } = matchDatasets(datasets, bom.datasets);
    for (const dataset of datasets) {
      const listed = found.get(dataset);
      const hash = listed && sha256Of(listed.hashes);
      if (!hash || dataset.sha256 === undefined) continue;
      compared = true;
      if (hash.value !== dataset.sha256) {
        failures.push({ message: `the ML-BOM gives dataset "${listed.name}" the SHA-256 ${hash.value}, but the manifest declares ${dataset.sha256}`, at: hash.at });
      }
    }
    return compared ? failures : { skip: 'no file or dataset has a SHA-256 in both the ML-BOM and the manifest' };
  },
});

/** The SHA-256s the ML-BOM gives a list of its files (one list of a SameFileIndex). */
interface BomHashes {
  /** Files with a SHA-256. */
  files: number;
  /** How many files have each SHA-256. */
  count: Map<string, number>;
  /** The first file with each of the first two SHA-256s (one of them differs from any declared one that disagrees), with its place in the BOM. */
  firsts: Array<{ name: string; hash: BomHash; order: number }>;
}

function bomHashes(files: ReadonlyArray<{ order: number; file: { name: string; hashes: readonly BomHash[] } }>): BomHashes {
  const hashes: BomHashes = { files: 0, count: new Map(), firsts: [] };
  for (const { order, file } of files) {
    const hash = sha256Of(file.hashes);
    if (!hash) continue;
    hashes.files++;
    hashes.count.set(hash.value, (hashes.count.get(hash.value) ?? 0) + 1);
    if (hashes.firsts.length < 2 && !hashes.firsts.some((seen) => seen.hash.value === hash.value)) hashes.firsts.push({ name: file.name, hash, order });
  }
  return hashes;
}

/**
 * A shipped model file's declared SHA-256 is the file's, when the file is in the repository: the
 * file hashed (streamed, within the fs layer's hashing cap), or, for a Git LFS pointer, the
 * pointer's `oid sha256:`, which is the SHA-256 of the content it stands for.
 */
export const artifactSha256 = defineFunction<Record<string, never>>({
  name: 'artifact-sha256',
  description: "A shipped model file's declared sha256 (`artifacts[].sha256`) is the file's SHA-256 when it is in the repository, or the oid of the Git LFS pointer committed in its place.",
  optionsSchema: noOptions,
  check({ target, targetPath, system }) {
    if (!target || typeof target !== 'object') return { skip: 'no artifact to check' };
    const { path, sha256 } = target as { path?: unknown; sha256?: unknown };
    if (typeof sha256 !== 'string' || !/^[a-f0-9]{64}$/i.test(sha256)) return { skip: 'the artifact declares no sha256' };
    if (typeof path !== 'string' || path.trim() === '' || isUri(path) || isLocalUriOutside(path)) return { skip: 'the artifact is not a file in this repository' };
    const declared = sha256.toLowerCase();
    // Model files often live in a registry, not in git: absent is nothing to check.
    const resolved = system.evidence.repo.resolve(path, system.manifest.dir);
    if (!resolved.ok && resolved.problem.kind === 'missing') return { skip: `${resolved.rel ?? path} is not in the repository` };
    const located = system.evidence.dataFile(path);
    if (!located.ok) return [{ message: `cannot verify sha256: ${located.problem.message}`, path: [...targetPath, 'path'] }];
    const { rel } = located.value;
    const stat = system.evidence.repo.statFile(rel);
    const at: PathSegment[] = [...targetPath, 'sha256'];
    if (stat.ok && stat.bytes <= LFS_POINTER_MAX_BYTES) {
      const text = system.evidence.repo.readText(rel);
      if (text.ok && isLfsPointerText(text.text)) {
        const oid = lfsPointerOid(text.text);
        if (!oid) return [{ message: `${rel} is a Git LFS pointer without an oid sha256 line, so its content's SHA-256 cannot be read`, path: [...targetPath, 'path'] }];
        return oid === declared ? [] : [{ message: `${rel} is a Git LFS pointer to content with SHA-256 ${oid}, not the declared ${declared}`, path: at }];
      }
    }
    const actual = system.evidence.sha256(rel);
    if (!actual.ok) return [{ message: `cannot verify sha256: ${actual.problem.message}`, path: [...targetPath, 'path'] }];
    return actual.value === declared ? [] : [{ message: `sha256 of ${rel} is ${actual.value}, not the declared ${declared}`, path: at }];
  },
});

export const ML_BOM_CHECKS: ReadonlyArray<CheckFunction<never>> = [mlBomReadable, mlBomModelAgrees, mlBomDatasetsAgree, mlBomLicensesAgree, mlBomHashesAgree, artifactSha256];
