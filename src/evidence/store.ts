/**
 * Evidence for one system, loaded only when a rule asks and cached, so a bias report that four
 * rules look at is read and parsed once. Paths are cited relative to the manifest; a `#section`
 * suffix names a heading inside a Markdown file.
 */
import type { RepoFs } from '../fs/repo-fs.js';
import { parseCard, type Card } from '../load/model-card.js';
import type { Manifest } from '../load/manifest.js';
import type { Location } from '../types.js';
import type { Adapter } from './adapter.js';
import { modelgateBias } from './bias/modelgate.js';
import { modelgateMonitoring } from './monitoring/modelgate.js';
import { parseStructured } from './structured.js';
import type { BiasReport, EvidenceProblem, EvidenceResult, MonitoringConfig } from './types.js';

export const BIAS_ADAPTERS: Adapter<BiasReport>[] = [modelgateBias];
export const MONITORING_ADAPTERS: Adapter<MonitoringConfig>[] = [modelgateMonitoring];

export interface CitedFile {
  /** Repository-relative path of the file. */
  rel: string;
  /** The `#section` part of the citation, if any. */
  fragment?: string;
}

export class EvidenceStore {
  private readonly cache = new Map<string, EvidenceResult<unknown>>();

  constructor(
    readonly repo: RepoFs,
    readonly manifest: Manifest,
  ) {}

  /** Resolves a path cited in the manifest to a regular file inside the repository. */
  file(ref: string): EvidenceResult<CitedFile> {
    const hash = ref.indexOf('#');
    const pathPart = hash >= 0 ? ref.slice(0, hash) : ref;
    const fragment = hash >= 0 ? ref.slice(hash + 1) : undefined;
    const resolved = this.repo.resolve(pathPart, this.manifest.dir);
    if (!resolved.ok) return { ok: false, problem: { message: resolved.problem.message } };
    const stat = this.repo.statFile(resolved.rel);
    if (!stat.ok) return { ok: false, problem: { message: stat.problem.message } };
    const cited: CitedFile = { rel: resolved.rel };
    if (fragment) cited.fragment = fragment;
    return { ok: true, value: cited };
  }

  /** A Markdown card (model or dataset card) cited by the manifest. */
  card(ref: string): EvidenceResult<Card> {
    return this.cached(`card:${ref}`, () => {
      const text = this.text(ref);
      if (!text.ok) return text;
      return { ok: true, value: parseCard(text.value.text, text.value.rel) };
    });
  }

  biasReport(ref: string, format?: string): EvidenceResult<BiasReport> {
    return this.cached(`bias:${format ?? ''}:${ref}`, () => this.structured(ref, format, BIAS_ADAPTERS, 'bias report'));
  }

  monitoringConfig(ref: string, format?: string): EvidenceResult<MonitoringConfig> {
    return this.cached(`monitoring:${format ?? ''}:${ref}`, () =>
      this.structured(ref, format, MONITORING_ADAPTERS, 'monitoring config'),
    );
  }

  private text(ref: string): EvidenceResult<{ rel: string; text: string }> {
    const cited = this.file(ref);
    if (!cited.ok) return cited;
    const read = this.repo.readText(cited.value.rel);
    if (!read.ok) {
      const problem: EvidenceProblem = { message: read.problem.message };
      if (read.problem.line !== undefined) problem.at = { file: cited.value.rel, line: read.problem.line, column: 1 };
      return { ok: false, problem };
    }
    return { ok: true, value: { rel: cited.value.rel, text: read.text } };
  }

  private structured<T>(ref: string, format: string | undefined, adapters: Adapter<T>[], what: string): EvidenceResult<T> {
    const text = this.text(ref);
    if (!text.ok) return text;
    const { rel } = text.value;
    const parsed = parseStructured(rel, text.value.text);
    if (!parsed.ok) {
      const { message, line, column } = parsed.error;
      return { ok: false, problem: { message: `${rel}: ${message}`, at: { file: rel, line, column } } };
    }
    const start: Location = { file: rel, line: 1, column: 1 };
    const adapter = format ? adapters.find((a) => a.format === format) : adapters.find((a) => a.detect(parsed.doc.value));
    if (!adapter) {
      const known = adapters.map((a) => a.format).join(', ');
      return {
        ok: false,
        problem: format
          ? { message: `${what} format "${format}" is not supported; supported: ${known}`, at: start }
          : { message: `${rel} is not a ${what} in a format modelgate reads (${known}); declare its format`, at: start },
      };
    }
    return adapter.normalise(parsed.doc);
  }

  private cached<T>(key: string, load: () => EvidenceResult<T>): EvidenceResult<T> {
    let result = this.cache.get(key) as EvidenceResult<T> | undefined;
    if (!result) {
      result = load();
      this.cache.set(key, result);
    }
    return result;
  }
}
