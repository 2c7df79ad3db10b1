/**
 * `modelgate bom`: a CycloneDX 1.6 ML-BOM for one system, written from its manifest, model card
 * and evidence: the system as metadata.component; the model (`machine-learning-model`) with its
 * licence, the files it ships (`file` components with their declared SHA-256) and a modelCard
 * (modelParameters: task, datasets by ref; quantitativeAnalysis: the card's model-index results;
 * considerations: users, use cases, limitations, fairness from the bias reports, the datasets'
 * known biases, and the card's CO2 figure); and one `data` component per declared dataset.
 *
 * What ml-bom/* reads back from it agrees with the manifest it came from (the round trip is
 * tested). Deterministic: the timestamp is the as-of day and the serial number is derived from
 * the document's content, as in the attestation export (cyclonedx.ts, whose helpers it uses).
 * Repository strings are CycloneDX text (no control characters, bounded); URLs that are not
 * plain IRIs are left out rather than written invalid.
 */
import { createHash } from 'node:crypto';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { biasReports } from '../evidence/bias/formats.js';
import type { EvidenceStore } from '../evidence/store.js';
import type { Card } from '../load/model-card.js';
import type { Manifest } from '../load/manifest.js';
import { pathUrl, ref, serialNumberOf, text } from './cyclonedx.js';

type Json = Record<string, unknown>;

export interface MlBomInput {
  manifest: Manifest;
  card?: Card;
  evidence: EvidenceStore;
  /** The as-of day, YYYY-MM-DD: the document's timestamp. */
  asOf: string;
  toolVersion: string;
}

const SPDX = new Map((spdxIds as string[]).map((id) => [id.toLowerCase(), id]));
const strings = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
const first = (value: unknown) => strings(value)[0];
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A URL CycloneDX's iri-reference format accepts: a scheme and no spaces or control characters. */
const plainUrl = (url: string) => /^[a-z][a-z0-9+.-]*:[^\s\p{Cc}<>"{}|\\^`]+$/iu.test(url);

/** A licence as CycloneDX writes it: an SPDX id where it is one, else its name. */
function license(value: string): Json {
  const id = SPDX.get(value.trim().toLowerCase());
  return id ? { license: { id } } : { license: { name: text(value) } };
}

/** The ML-BOM as JSON text (two-space indented, a final newline). */
export function formatMlBom(input: MlBomInput): string {
  const document = mlBomDocument(input);
  const body = JSON.stringify(document, null, 2);
  const serial = serialNumberOf(createHash('sha256').update(body).digest('hex'));
  return `${JSON.stringify({ ...document, serialNumber: serial }, null, 2)}\n`;
}

/** The document, without its serial number (formatMlBom derives it from this). */
export function mlBomDocument({ manifest, card, evidence, asOf, toolVersion }: MlBomInput): Json {
  const data = manifest.data;
  const id = first(data.id) ?? manifest.file;
  const name = first(data.name) ?? id;
  const version = first(data.version);
  const meta = card?.meta ?? {};

  const datasets = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).filter(
    (d): d is NonNullable<typeof d> & { id: string } => isRecord(d) && typeof d.id === 'string' && d.id.trim() !== '',
  );
  const seen = new Set<string>();
  const dataComponents = datasets.flatMap((dataset): Json[] => {
    if (seen.has(dataset.id)) return [];
    seen.add(dataset.id);
    const uri = first(dataset.uri);
    return [
      {
        type: 'data',
        'bom-ref': ref('dataset', id, dataset.id),
        name: text(dataset.id),
        ...(first(dataset.revision) ? { version: text(dataset.revision as string) } : {}),
        ...(first(dataset.source) ? { description: text(dataset.source as string) } : {}),
        ...(first(dataset.license) ? { licenses: [license(dataset.license as string)] } : {}),
        ...(typeof dataset.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(dataset.sha256) ? { hashes: [{ alg: 'SHA-256', content: dataset.sha256.toLowerCase() }] } : {}),
        data: [
          {
            type: 'dataset',
            name: text(dataset.id),
            ...(uri && plainUrl(uri) ? { contents: { url: uri } } : {}),
            ...(first(dataset.role) ? { description: `${text(dataset.role as string)} data` } : {}),
          },
        ],
      },
    ];
  });

  const modelLicense = first(data.license) ?? (first(meta.license) === 'other' ? first(meta.license_name) : first(meta.license));
  const files = (Array.isArray(data.artifacts) ? data.artifacts : []).flatMap((artifact): Json[] =>
    isRecord(artifact) && typeof artifact.path === 'string' && artifact.path.trim() !== ''
      ? [
          {
            type: 'file',
            'bom-ref': ref('artifact', id, artifact.path),
            name: text(artifact.path),
            ...(typeof artifact.sha256 === 'string' && /^[a-f0-9]{64}$/i.test(artifact.sha256) ? { hashes: [{ alg: 'SHA-256', content: artifact.sha256.toLowerCase() }] } : {}),
          },
        ]
      : [],
  );

  const model: Json = {
    type: 'machine-learning-model',
    'bom-ref': ref('model', id),
    name: text(name),
    ...(version ? { version: text(version) } : {}),
    ...(first(data.description) ? { description: text(data.description as string) } : {}),
    ...(modelLicense ? { licenses: [license(modelLicense)] } : {}),
    ...(card ? { externalReferences: [{ type: 'model-card', url: pathUrl(card.file) }] } : {}),
    modelCard: modelCard(manifest, card, evidence, dataComponents),
    ...(files.length > 0 ? { components: files } : {}),
  };

  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      timestamp: `${asOf}T00:00:00Z`,
      tools: { components: [{ type: 'application', 'bom-ref': 'tool:modelgate', name: 'modelgate', version: toolVersion }] },
      component: {
        type: 'application',
        'bom-ref': ref('system', id),
        name: text(id),
        ...(version ? { version: text(version) } : {}),
        ...(name !== id ? { description: text(name) } : {}),
        externalReferences: [{ type: 'other', url: pathUrl(manifest.file), comment: 'the system manifest (ai-system.yaml)' }],
      },
    },
    components: [model, ...dataComponents],
    dependencies: [
      { ref: ref('system', id), dependsOn: [ref('model', id)] },
      { ref: ref('model', id), dependsOn: dataComponents.map((c) => c['bom-ref'] as string) },
    ],
  };
}

function modelCard(manifest: Manifest, card: Card | undefined, evidence: EvidenceStore, datasets: Json[]): Json {
  const data = manifest.data;
  const meta = card?.meta ?? {};
  const parameters: Json = {
    ...(first(meta.pipeline_tag) ? { task: text(meta.pipeline_tag as string) } : {}),
    ...(first(meta.model_type) ? { modelArchitecture: text(meta.model_type as string) } : {}),
    ...(datasets.length > 0 ? { datasets: datasets.map((d) => ({ ref: d['bom-ref'] })) } : {}),
  };
  const metrics = performanceMetrics(meta['model-index']);
  const considerations = considerationsOf(manifest, meta, evidence);
  return {
    'bom-ref': ref('model-card', first(data.id) ?? manifest.file),
    ...(Object.keys(parameters).length > 0 ? { modelParameters: parameters } : {}),
    ...(metrics.length > 0 ? { quantitativeAnalysis: { performanceMetrics: metrics } } : {}),
    ...(Object.keys(considerations).length > 0 ? { considerations } : {}),
  };
}

/** Each metric of the card's model-index results, on the dataset it was measured on. */
function performanceMetrics(index: unknown): Json[] {
  if (!Array.isArray(index)) return [];
  return index.flatMap((entry) =>
    (isRecord(entry) && Array.isArray(entry.results) ? entry.results : []).flatMap((result: unknown) => {
      if (!isRecord(result) || !Array.isArray(result.metrics)) return [];
      const dataset = isRecord(result.dataset) ? first(result.dataset.name) ?? first(result.dataset.type) : undefined;
      return result.metrics.flatMap((metric: unknown): Json[] => {
        if (!isRecord(metric)) return [];
        const type = first(metric.type) ?? first(metric.name);
        const value = typeof metric.value === 'number' || typeof metric.value === 'string' ? String(metric.value) : undefined;
        if (!type || value === undefined) return [];
        return [{ type: text(type), value: text(value), ...(dataset ? { slice: text(dataset) } : {}) }];
      });
    }),
  );
}

function considerationsOf(manifest: Manifest, meta: Record<string, unknown>, evidence: EvidenceStore): Json {
  const data = manifest.data;
  const use = isRecord(data.intendedUse) ? data.intendedUse : {};
  const mitigations = strings(data.bias?.mitigations).map((m) => text(m));
  const mitigation = mitigations.length > 0 ? { mitigationStrategy: mitigations.join('; ') } : {};
  const ethical = (Array.isArray(data.data?.datasets) ? data.data.datasets : []).flatMap((dataset): Json[] =>
    isRecord(dataset) && typeof dataset.id === 'string' && first(dataset.knownBias) ? [{ name: text(`${dataset.id}: ${dataset.knownBias as string}`), ...mitigation }] : [],
  );
  const fairness = fairnessAssessments(manifest, evidence, mitigation);
  const environmental = environmentalOf(meta.co2_eq_emissions);
  return {
    ...(strings(use.users).length > 0 ? { users: strings(use.users).map((u) => text(u)) } : {}),
    ...(first(use.purpose) ? { useCases: [text(use.purpose as string)] } : {}),
    ...(strings(use.limitations).length > 0 ? { technicalLimitations: strings(use.limitations).map((l) => text(l)) } : {}),
    ...(ethical.length > 0 ? { ethicalConsiderations: ethical } : {}),
    ...(environmental ? { environmentalConsiderations: environmental } : {}),
    ...(fairness.length > 0 ? { fairnessAssessments: fairness } : {}),
  };
}

/** One assessment per sensitive attribute the cited bias reports measured: what they found, and the mitigations. */
function fairnessAssessments(manifest: Manifest, evidence: EvidenceStore, mitigation: Json): Json[] {
  const reports = Array.isArray(manifest.data.bias?.reports) ? manifest.data.bias.reports : [];
  // attribute → report file → what it measured
  const found = new Map<string, Map<string, string[]>>();
  for (const entry of reports) {
    if (!isRecord(entry) || typeof entry.path !== 'string' || entry.path.trim() === '') continue;
    const report = evidence.evidence(biasReports, entry.path, typeof entry.format === 'string' ? entry.format : undefined);
    if (!report.ok) continue;
    for (const result of report.value.results) {
      if (typeof result.value !== 'number') continue;
      const byFile = found.get(result.attribute) ?? new Map<string, string[]>();
      const list = byFile.get(report.value.file) ?? [];
      list.push(`${result.metric} ${result.value}${result.group ? ` (${result.group})` : ''}`);
      byFile.set(report.value.file, list);
      found.set(result.attribute, byFile);
    }
  }
  return [...found].map(([attribute, byFile]) => ({
    groupAtRisk: text(`people grouped by ${attribute}`),
    harms: text(`measured in ${[...byFile].map(([file, measured]) => `${file}: ${measured.join(', ')}`).join('; ')}`),
    ...mitigation,
  }));
}

/** The card's co2_eq_emissions (grams of CO2 equivalent, a number or an object with `emissions`), as properties. */
function environmentalOf(co2: unknown): Json | undefined {
  const grams = typeof co2 === 'number' ? co2 : isRecord(co2) && typeof co2.emissions === 'number' ? co2.emissions : undefined;
  if (grams === undefined || !Number.isFinite(grams)) return undefined;
  const properties = [{ name: 'modelgate:co2-eq-emissions-grams', value: String(grams) }];
  if (isRecord(co2)) {
    for (const key of ['source', 'training_type', 'geographical_location', 'hardware_used']) {
      if (first(co2[key])) properties.push({ name: `modelgate:co2-eq-emissions-${key.replace(/_/g, '-')}`, value: text(co2[key] as string) });
    }
  }
  return { properties };
}
